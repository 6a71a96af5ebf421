//! aifc-eligibility-api: the AIFC Expat Centre rules engine's API in plain Rust.
//!
//! Requests are checked here, the engine (`aifc_eligibility_engine`) answers, and the answers are
//! shaped (`out`, serialisable) and read in the visitor's language (`lang`: the translation at the
//! edge). The engine's modules are re-exported under the same names, so `catalog`, `calendar` and
//! `flow` are the engine's plus what this crate adds to them.

pub use aifc_eligibility_engine::{countries, error, facts, iso, money, t};

pub mod api;
pub mod calendar;
pub mod catalog;
pub mod flow;
pub mod lang;
pub mod out;
pub mod plan;
pub mod quote;
pub mod team;

/// The version of this package.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
