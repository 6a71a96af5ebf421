//! Places a visitor opens to act: the portals the guide names, and the Centre's own site where
//! the guide's links are empty. The widget requests none of them; it only shows them as links.
//! The links are data, `content/guide-<year>/links.toml` (`Edition::links`); this file says what
//! a link is.
//!
//! The guide names Egov.kz, Enbek.kz and pki.gov.kz in its document lists. Its links to the AIFC
//! portal and to the qualification act are empty (`[АХҚО порталы](#)`, `[AIFC Qualifications
//! Necessary for Employment in the AIFC](#)`), so no address for them is guessed: the visitor is
//! sent to the Centre's site (expatcentre.aifc.kz, named on the AIFC's own visa services page,
//! aifc.kz/visa-services) and told to find them there.

use crate::lang::Text;

/// A place to open.
#[derive(Debug)]
pub struct Link {
    /// Stable id (kebab-case).
    pub id: &'static str,
    pub url: &'static str,
    pub label: Text,
    /// What the visitor does there, in a few words.
    pub purpose: Text,
    /// Where the address comes from.
    pub source: &'static str,
    /// Shown when the outcome needs it.
    pub when: Needs,
}

/// What in an outcome makes a link useful.
#[derive(Clone, Copy, Debug)]
pub enum Needs {
    /// A service whose application starts on the AIFC portal (the guide's «АХҚО порталы арқылы» steps).
    PortalSteps,
    /// A document of this id is on the list.
    Document(&'static str),
    /// Every outcome, with a service or without.
    Always,
}
