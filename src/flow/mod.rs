//! The question flow: facts, the questions that ask for them, the decision graph, its outcomes,
//! and the walk that turns answers into the next question or an outcome.

mod check;
pub mod countries;
mod evaluate;
pub mod facts;
pub mod graph;
pub mod outcomes;
pub mod questions;

pub use evaluate::*;
