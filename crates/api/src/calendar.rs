//! The engine's calendar, and the `.ics` file of an extension window written in a language.

pub use aifc_eligibility_engine::calendar::*;

mod ics;

pub use ics::{extension_ics, extension_ics_with, format_date, IcsTexts};
