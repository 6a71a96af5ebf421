//! aifc-eligibility: the rules of the AIFC Expat Centre guide (Astana, 2025 edition).
//!
//! Given what a visitor tells us, the engine says which of the Centre's services applies, what
//! to bring, what it costs (service fees and the state duty in MCI, converted with the index of
//! the application's year) and by which date it should be ready (Kazakhstan working days), in
//! English, Russian and Kazakh.
//!
//! The engine is plain Rust and knows nothing of JavaScript: `bindings` (compiled only for
//! wasm32) is the one module that speaks `JsValue`.

pub mod api;
pub mod calendar;
pub mod catalog;
pub mod countries;
pub mod error;
pub mod facts;
pub mod flow;
pub mod iso;
pub mod lang;
pub mod money;
pub mod out;
pub mod plan;
pub mod quote;

#[cfg(target_arch = "wasm32")]
pub mod bindings;

/// The version of this package.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
