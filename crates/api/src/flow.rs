//! The engine's question flow, and the walk that answers in the visitor's language: the next
//! question, or the outcome with a quote per step and its plan.

pub use aifc_eligibility_engine::flow::*;

mod evaluate;

pub use evaluate::*;
