//! The question flow: the questions that ask for the facts, the decision graph, its outcomes, and
//! the walk that turns answers into the next question or an outcome. The facts themselves and the
//! countries they name are below the flow (`crate::facts`, `crate::countries`), since a quote and
//! a plan read them too; `flow::facts` and `flow::countries` are the same modules.

mod check;
pub mod condition;
pub mod graph;
pub mod outcomes;
pub mod questions;

pub use crate::{countries, facts};
pub use condition::{holds, holds_on};
