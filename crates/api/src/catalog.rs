//! The engine's catalog, and the labels that read its texts in a language.

pub use aifc_eligibility_engine::catalog::*;

pub mod labels;
