//! Places a visitor opens to act: the portals the guide names, and the Centre's own site where
//! the guide's links are empty. The widget requests none of them; it only shows them as links.
//!
//! The guide names Egov.kz, Enbek.kz and pki.gov.kz in its document lists. Its links to the AIFC
//! portal and to the qualification act are empty (`[АХҚО порталы](#)`, `[AIFC Qualifications
//! Necessary for Employment in the AIFC](#)`), so no address for them is guessed: the visitor is
//! sent to the Centre's site (expatcentre.aifc.kz, named on the AIFC's own visa services page,
//! aifc.kz/visa-services) and told to find them there.

use crate::lang::Text;
use crate::t;

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

pub static LINKS: [Link; 6] = [
    Link {
        id: "aifc-portal",
        url: "https://expatcentre.aifc.kz",
        label: t!(link_aifc_portal_label),
        purpose: t!(link_aifc_portal_purpose),
        source: "Guide 2025, application steps («АХҚО порталы арқылы», link empty); expatcentre.aifc.kz on aifc.kz/visa-services",
        when: Needs::PortalSteps,
    },
    Link {
        id: "egov",
        url: "https://egov.kz",
        label: t!(link_egov_label),
        purpose: t!(link_egov_purpose),
        source: "Guide 2025, document lists: «Заңды тұлғаны мемлекеттік тіркеу туралы анықтама (Egov.kz)»",
        when: Needs::Document("state-registration-certificate"),
    },
    Link {
        id: "enbek",
        url: "https://enbek.kz",
        label: t!(link_enbek_label),
        purpose: t!(link_enbek_purpose),
        source: "Guide 2025, work visa documents: «Enbek.kz порталынан жұмыс орны туралы анықтама»",
        when: Needs::Document("enbek-workplace-certificate"),
    },
    Link {
        id: "pki",
        url: "https://pki.gov.kz",
        label: t!(link_pki_label),
        purpose: t!(link_pki_purpose),
        source: "Guide 2025, digital signature: «pki.gov.kz порталында қалыптастырылған өтінім»",
        when: Needs::Document("pki-application"),
    },
    Link {
        id: "qualification-rules",
        url: "https://expatcentre.aifc.kz",
        label: t!(link_qualification_rules_label),
        purpose: t!(link_qualification_rules_purpose),
        source: "Guide 2025, work visa documents: «AIFC Qualifications Necessary for Employment in the AIFC» (link empty); AIFC act GR0009 of 10 December 2017",
        when: Needs::Document("qualification-proof-and-cv"),
    },
    Link {
        id: "visa-services",
        url: "https://aifc.kz/visa-services",
        label: t!(link_visa_services_label),
        purpose: t!(link_visa_services_purpose),
        source: "aifc.kz/visa-services (the AIFC's page naming the Expat Centre)",
        when: Needs::Always,
    },
];
