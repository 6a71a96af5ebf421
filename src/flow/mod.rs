//! The question flow: facts, the questions that ask for them, the decision graph, its outcomes,
//! and the walk that turns answers into the next question or an outcome.

pub mod condition;
pub mod countries;
mod evaluate;
pub mod facts;
pub mod graph;
pub mod outcomes;
pub mod questions;

pub use condition::{holds, holds_on};
pub use evaluate::*;
