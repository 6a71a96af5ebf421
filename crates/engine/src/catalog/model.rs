//! The shape of a service as the guide describes it. The data lives in `content/guide-<year>/`
//! (one file per chapter: what a service is, its documents and notes; `tariffs.toml`: its fees,
//! duty and time), made into statics by the build; this file only says what a service is made of.

use crate::lang::Text;
pub use crate::vocabulary::{Chapter, Cond, NoteKind, Place, Provider, Tier, Variant};

/// Where in the guide a service is: its chapter and the number of its section in that chapter
/// (`None` for chapters that are one section).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Section {
    pub chapter: Chapter,
    pub number: Option<&'static str>,
}

/// One service of the guide, as one edition gives it: `Service::on(day)` is the service as the
/// edition in force that day gives it, `Service::tariff(day)` its fees, state duty and time.
#[derive(Debug)]
pub struct Service {
    /// Stable public id (kebab-case).
    pub id: &'static str,
    pub section: Section,
    pub title: Text,
    /// Who the service is for: the section's opening paragraph.
    pub audience: Text,
    /// How to apply at the Centre, step by step.
    pub apply: &'static [Text],
    /// The guide's document list for the Centre, one entry per bullet, in the guide's order.
    pub documents: &'static [Doc],
    /// The embassy or airport step, where the guide has one.
    pub next_step: Option<NextStep>,
    /// The guide's notes, and where the guide is silent or inconsistent, what we tell the visitor.
    pub notes: &'static [Note],
}

/// A document text. The same text is stored once and shared by every service that lists it
/// (`content/guide-<year>/documents.toml`, made into `catalog::DOCUMENTS`).
#[derive(Debug, PartialEq, Eq)]
pub struct DocText {
    /// Stable id of the document (kebab-case), the same in every service that lists it.
    pub id: &'static str,
    pub text: Text,
    /// Who provides it, read from its own words (see `providers::provider` for a family bullet).
    pub by: Provider,
}

/// One bullet of a document list: the document and the conditions the guide attaches to it.
#[derive(Debug)]
pub struct Doc {
    pub doc: &'static DocText,
    pub when: &'static [Cond],
}

/// A service's fees, state duty and time in one edition of the guide: a `[[service]]` of
/// `content/guide-<year>/tariffs.toml`, made into a static by the build.
#[derive(Debug)]
pub struct Tariff {
    /// The service's id (`Service::id`).
    pub service: &'static str,
    /// The section the row was read from (the same as the service's: a test checks).
    pub section: Section,
    pub fees: Fees,
    /// State duty as a multiple of the MCI; `None` where the guide gives none (a dash or no column).
    pub state_duty: Option<Mci>,
    /// `None` where the guide gives no time (the extension sections).
    pub processing: Option<Processing>,
    /// True where the section's note says the time «мемлекеттік орган тарапынан ... күнтізбелік 30
    /// күнге дейін ұзартылуы мүмкін» (may be extended by up to 30 calendar days on the state
    /// body's side). The rule, its days and its note, is `shared::STATE_DELAY`: the note is added
    /// to the quote's notes, first, and the days to its latest ready date.
    pub state_delay: bool,
}

/// The fee table of a section.
#[derive(Debug)]
pub enum Fees {
    /// The guide gives no fee table for this section (the extension sections).
    NotListed,
    /// One row.
    Single(&'static [Fee]),
    /// Several rows: the visitor picks one (`variant`).
    ByVariant(&'static [(Variant, &'static [Fee])]),
}

/// One amount of a fee table, in whole tenge.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fee {
    pub tier: Tier,
    pub kzt: u32,
}

/// A state duty as a multiple of the monthly calculation index: `mantissa / 10^scale` MCI
/// (0.5 MCI is `Mci { mantissa: 5, scale: 1 }`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mci {
    pub mantissa: i64,
    pub scale: u32,
}

/// How long the Centre takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Processing {
    /// Working days, a range when `min < max` («3-5 жұмыс күні»).
    WorkingDays { min: u16, max: u16 },
    /// Minutes, the same day («20-30 минут»).
    Minutes { min: u16, max: u16 },
}

/// The step after the Centre: at an embassy, or an embassy or international airport.
#[derive(Debug)]
pub struct NextStep {
    pub place: Place,
    /// The guide's list for that step, one entry per bullet.
    pub documents: &'static [Doc],
    pub notes: &'static [Note],
}

/// The guide's warning that the state body may take longer than a service's processing time, as
/// a rule: how many calendar days it may add after the latest ready date, and the note saying so.
#[derive(Debug)]
pub struct StateDelay {
    pub calendar_days: u16,
    pub note: Note,
}

/// A note shown to the visitor.
#[derive(Debug)]
pub struct Note {
    pub kind: NoteKind,
    pub text: Text,
}
