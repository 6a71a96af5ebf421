//! The translation at the edge, in one place: the engine's answers (dates, decimals, message
//! ids) read in the visitor's language and shaped as the serialisable `out` types. Nothing here
//! computes: every amount, date and choice is the engine's (`aifc_eligibility_engine::{quote,
//! plan, walk, team}`).

mod flow;
mod plan;
mod quote;
mod team;

pub use flow::{evaluation, window};
pub use quote::{quote, section, section_label, variant_labels};
pub use team::team;
