//! What `quote()` answers (also each step of an outcome): the service made concrete, in the
//! visitor's language (the engine's `quote::Quoted`, translated).

use serde::Serialize;

#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Quote {
    #[cfg_attr(test, ts(type = "ServiceId"))]
    pub service: &'static str,
    pub title: &'static str,
    pub section: SectionOut,
    pub audience: &'static str,
    /// The fee row quoted (`null` when the service has one row or none).
    #[cfg_attr(test, ts(type = "Variant | null"))]
    pub variant: Option<&'static str>,
    /// The fee rows a visitor can choose between.
    #[cfg_attr(test, ts(type = "Labelled<Variant>[]"))]
    pub variants: Vec<Labelled>,
    /// Every tier the guide gives for the row (for all rows, each marked, when no row is chosen).
    pub fees: Vec<FeeOut>,
    /// False where the guide gives no fee table (the extension sections).
    pub fees_listed: bool,
    pub state_duty: Option<DutyOut>,
    pub processing: Option<ProcessingOut>,
    /// When the application is made on the quote's date, by when it should be ready.
    pub ready_by: Option<ReadyBy>,
    /// True where the guide warns that the state body may add up to 30 calendar days
    /// (`readyBy.delayDays`).
    pub state_delay: bool,
    pub apply: Vec<&'static str>,
    pub documents: Vec<DocOut>,
    pub next_steps: Vec<NextStepOut>,
    pub notes: Vec<NoteOut>,
    /// In an outcome: why this service applies.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub why: Option<&'static str>,
}

#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "Section"))]
pub struct SectionOut {
    pub chapter: &'static str,
    pub number: Option<&'static str>,
    pub label: String,
}

/// In TypeScript `Labelled<Id>` (src/types.d.ts), generic over the ids' vocabulary: ts-rs cannot
/// derive a generic type from this one, so the fields that hold it name the vocabulary.
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
pub struct Labelled {
    pub id: &'static str,
    pub label: &'static str,
}

/// One tier of a fee row. The tiers are alternatives: the visitor pays one of them.
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "Fee"))]
pub struct FeeOut {
    #[cfg_attr(test, ts(type = "Tier"))]
    pub tier: &'static str,
    /// The tier's name: the tiers are alternatives, one of which is paid.
    pub label: &'static str,
    /// What the tier buys (the guide's footnote).
    pub help: &'static str,
    /// Whole tenge, as a decimal string.
    #[cfg_attr(test, ts(type = "Kzt"))]
    pub kzt: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional, type = "Variant"))]
    pub variant: Option<&'static str>,
}

#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "StateDuty"))]
#[serde(rename_all = "camelCase")]
pub struct DutyOut {
    /// The multiple of the MCI, as the guide gives it ("0.5", "30").
    pub mci: String,
    /// The MCI used, in tenge.
    #[cfg_attr(test, ts(type = "Kzt"))]
    pub mci_value: String,
    /// The year whose MCI was used.
    pub mci_year: i32,
    /// The duty in tenge, exact ("2162.50").
    #[cfg_attr(test, ts(type = "Kzt"))]
    pub kzt: String,
    /// True when the application year has no published MCI yet.
    pub provisional: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub reason: Option<&'static str>,
}

#[derive(Serialize, Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "Processing"))]
pub struct ProcessingOut {
    #[cfg_attr(test, ts(type = r#""working-days" | "minutes""#))]
    pub unit: &'static str,
    pub min: u16,
    pub max: u16,
}

#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ReadyBy {
    /// The date the visitor applies (the quote's date).
    #[cfg_attr(test, ts(type = "IsoDate"))]
    pub applied: String,
    /// The day the Centre takes the application: `applied` itself on a working day, else the next
    /// working day. Every count starts from it, so an application made on a Saturday or a holiday
    /// is ready on the same date as one made on the next working day.
    #[cfg_attr(test, ts(type = "IsoDate"))]
    pub taken: String,
    /// The end of the processing time (for a range, its shorter end).
    #[cfg_attr(test, ts(type = "IsoDate"))]
    pub earliest: String,
    /// The end of the processing time (for a range, its longer end).
    #[cfg_attr(test, ts(type = "IsoDate"))]
    pub latest: String,
    /// `latest` plus the state body's possible delay (`delayDays`), where the guide warns of it.
    #[cfg_attr(test, ts(type = "IsoDate | null"))]
    pub with_delay: Option<String>,
    /// The calendar days the state body may add after `latest` (30 in the guide), where the guide
    /// warns of it; the screens say the number from here.
    pub delay_days: Option<u16>,
    /// A service measured in minutes is done the same day, in the office hours.
    pub same_day: bool,
    /// True when a date falls in a year whose holidays are not all known yet.
    pub provisional: bool,
}

#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "DocumentItem"))]
pub struct DocOut {
    pub id: &'static str,
    pub text: &'static str,
    /// The guide's conditions in words ("for category B2", "for a representative office or
    /// branch"). "If any" and "optional" are flags, in `conditions` only: a screen shows each once
    /// (before, the widget showed them as a tag and again inside this text).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub when: Option<String>,
    /// The same conditions as ids.
    #[cfg_attr(test, ts(type = "Condition[]"))]
    pub conditions: Vec<&'static str>,
    /// Who provides it: `company`, `applicant`, `family`, or `advice` (a line of advice, not a document).
    #[cfg_attr(test, ts(type = "Provider"))]
    pub by: &'static str,
}

#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "NextStep"))]
pub struct NextStepOut {
    #[cfg_attr(test, ts(type = r#""embassy-or-airport" | "embassy""#))]
    pub place: &'static str,
    pub title: &'static str,
    pub documents: Vec<DocOut>,
    pub notes: Vec<NoteOut>,
}

#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "Note"))]
pub struct NoteOut {
    #[cfg_attr(test, ts(type = r#""guide" | "guide-silent""#))]
    pub kind: &'static str,
    pub text: &'static str,
}
