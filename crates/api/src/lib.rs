//! aifc-eligibility-api: the AIFC Expat Centre rules engine's API in plain Rust.
//!
//! The engine (`aifc_eligibility_engine`) computes every answer as plain values (dates, decimals,
//! message ids); this crate checks the requests (`api`), and translates the engine's values into
//! the serialisable answers (`translate`, into the shapes of `out`), read in the visitor's
//! language (`lang`). It imports the engine by its own name: none of the engine's modules is
//! re-exported here.

pub mod api;
pub mod ics;
pub mod lang;
pub mod out;
pub mod translate;

/// The version of this package.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
