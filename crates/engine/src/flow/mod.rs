//! The question flow: the questions that ask for the facts, the decision graph and its outcomes.
//! The walk that turns answers into the next question or an outcome, in the visitor's language,
//! is the API crate's (`flow::evaluate` there). The facts themselves and the countries they name
//! are below the flow (`crate::facts`, `crate::countries`), since a quote and a plan read them
//! too; `flow::facts` and `flow::countries` are the same modules.

mod check;
pub mod condition;
pub mod graph;
pub mod outcomes;
pub mod questions;

pub use crate::{countries, facts};
pub use condition::{holds, holds_on};
