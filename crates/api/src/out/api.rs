//! What `version()`, `services()` and `office()` answer.

use serde::Serialize;

use super::quote::{Labelled, SectionOut};

#[derive(Serialize, Debug)]
#[serde(rename_all = "camelCase")]
pub struct VersionOut {
    pub version: &'static str,
    pub guide: &'static str,
    pub guide_edition: &'static str,
    /// The SHA-256 of the guide's text the rules were read from, to tell editions apart.
    pub guide_sha256: &'static str,
    /// The working-day calendar is known to be right from `knownFrom` to `knownUntil`.
    pub calendar: CoverageOut,
    /// The last year with a published MCI.
    pub mci_known_until: Option<String>,
}

#[derive(Serialize, Debug)]
#[serde(rename_all = "camelCase")]
pub struct CoverageOut {
    pub known_from: String,
    pub known_until: String,
    pub supported_from: String,
    pub supported_until: String,
}

#[derive(Serialize, Debug)]
pub struct ServiceOut {
    pub id: &'static str,
    pub title: &'static str,
    pub section: SectionOut,
    pub audience: &'static str,
    /// The fee rows (`variant` values) a quote needs one of; empty when there is one row or none.
    pub variants: Vec<Labelled>,
}

#[derive(Serialize, Debug)]
#[serde(rename_all = "camelCase")]
pub struct OfficeOut {
    pub open: bool,
    pub state: &'static str,
    pub status: &'static str,
    pub next_change: String,
    pub hours: String,
    pub phones: Vec<PhoneOut>,
    pub email: &'static str,
    pub address: &'static str,
}

#[derive(Serialize, Debug)]
pub struct PhoneOut {
    pub number: &'static str,
    pub tel: &'static str,
    pub hours: String,
    pub open: bool,
}
