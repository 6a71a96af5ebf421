//! aifc-eligibility: the rules of the AIFC Expat Centre guide (Astana) compiled to WebAssembly.
//!
//! Given what a visitor tells us, the engine says which of the Centre's services applies, what
//! to bring, what it costs (service fees and the state duty in MCI, converted with the index of
//! the application's year) and by which date it should be ready (Kazakhstan working days), in
//! English, Russian and Kazakh.
//!
//! Three crates, each above the one below: `aifc_eligibility_engine` (the rules and data, no
//! language, no serde), `aifc_eligibility_api` (requests in, answers out, translated at the edge)
//! and this one, whose `bindings` (compiled only for wasm32) is the one module that speaks
//! `JsValue`. Natively it re-exports the API, which the tests call (the engine's values they
//! import from the engine itself).

pub use aifc_eligibility_api::*;

// The bindings name these modules of the engine `crate::calendar`, `crate::error`, `crate::facts`.
#[cfg(target_arch = "wasm32")]
use aifc_eligibility_engine::{calendar, error, facts};

#[cfg(target_arch = "wasm32")]
pub mod bindings;
