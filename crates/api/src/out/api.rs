//! What `version()`, `services()` and `office()` answer.

use serde::Serialize;

use super::quote::{Labelled, SectionOut};

#[derive(Serialize, Debug)]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "VersionInfo"))]
#[serde(rename_all = "camelCase")]
pub struct VersionOut {
    pub version: &'static str,
    pub guide: &'static str,
    pub guide_edition: &'static str,
    /// The SHA-256 of the guide's text the rules were read from, to tell editions apart.
    pub guide_sha256: &'static str,
    /// The working-day calendar is known to be right from `knownFrom` to `knownUntil`.
    #[cfg_attr(test, ts(inline))]
    pub calendar: CoverageOut,
    /// The last day of the last year with a published MCI.
    #[cfg_attr(test, ts(type = "IsoDate | null"))]
    pub mci_known_until: Option<String>,
}

#[derive(Serialize, Debug)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct CoverageOut {
    #[cfg_attr(test, ts(type = "IsoDate"))]
    pub known_from: String,
    #[cfg_attr(test, ts(type = "IsoDate"))]
    pub known_until: String,
    #[cfg_attr(test, ts(type = "IsoDate"))]
    pub supported_from: String,
    #[cfg_attr(test, ts(type = "IsoDate"))]
    pub supported_until: String,
}

#[derive(Serialize, Debug)]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "ServiceSummary"))]
pub struct ServiceOut {
    #[cfg_attr(test, ts(type = "ServiceId"))]
    pub id: &'static str,
    pub title: &'static str,
    pub section: SectionOut,
    pub audience: &'static str,
    /// The fee rows (`variant` values) a quote needs one of; empty when there is one row or none.
    #[cfg_attr(test, ts(type = "Labelled<Variant>[]"))]
    pub variants: Vec<Labelled>,
}

#[derive(Serialize, Debug)]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "Office"))]
#[serde(rename_all = "camelCase")]
pub struct OfficeOut {
    pub open: bool,
    #[cfg_attr(test, ts(type = r#""open" | "lunch" | "closed" | "day-off""#))]
    pub state: &'static str,
    pub status: &'static str,
    /// Astana local time of the next opening or closing, YYYY-MM-DDTHH:MM.
    #[cfg_attr(test, ts(type = "IsoDateTime"))]
    pub next_change: String,
    pub hours: String,
    pub phones: Vec<PhoneOut>,
    pub email: &'static str,
    pub address: &'static str,
}

#[derive(Serialize, Debug)]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "PhoneLine"))]
pub struct PhoneOut {
    pub number: &'static str,
    pub tel: &'static str,
    pub hours: String,
    pub open: bool,
}
