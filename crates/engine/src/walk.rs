//! The walk: from the start node, follow the branch each known fact picks; stop at the first fact
//! not yet known (a question) or at an outcome, with a quote per step and its plan. Plain values:
//! the API crate reads them in the visitor's language.

use chrono::NaiveDate;

use crate::calendar::{self, WindowStatus};
use crate::catalog::{self, Note, Variant};
use crate::error::{Code, Error, Result};
use crate::facts::{Fact, Facts, Value};
use crate::flow::condition::{all_hold, holds_on};
use crate::flow::graph::{node, Node, START};
use crate::flow::outcomes::{NoService, Outcome, Rule, ToConfirm};
use crate::plan::{self, Plan};
use crate::quote::{self, taken_on, Quoted};

/// What the flow says next.
#[derive(Debug, Clone)]
pub enum Walked {
    Question {
        /// The fact asked for, and the node of the graph asking it.
        fact: Fact,
        node: &'static str,
        progress: Progress,
        path: Vec<(Fact, Value)>,
    },
    Outcome {
        outcome: Box<Reached>,
        progress: Progress,
        path: Vec<(Fact, Value)>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Questions answered on the way here.
    pub answered: usize,
    /// Questions still to come on the longest way from here (0 at an outcome).
    pub remaining: usize,
}

/// The outcome reached, as values.
#[derive(Debug, Clone)]
pub struct Reached {
    /// The outcome node of the graph.
    pub id: &'static str,
    /// One quote per service, in the order the visitor does them, each with `why`.
    pub quotes: Vec<Quoted>,
    /// The outcome's notes whose conditions hold.
    pub notes: Vec<&'static Note>,
    pub no_service: Option<&'static NoService>,
    /// The visa's expiry and its extension window against the evaluation date, where the outcome
    /// shows it.
    pub window: Option<(NaiveDate, WindowStatus)>,
    /// The doubt the Centre must settle first, where one holds.
    pub to_confirm: Option<&'static ToConfirm>,
    pub plan: Plan,
}

/// The most nodes a walk may visit: the graph is acyclic and far smaller; this only guards it.
const MAX_STEPS: usize = 64;

/// The next question, or the outcome, for these answers.
pub fn walk(facts: &Facts, today: NaiveDate) -> Result<Walked> {
    let mut id = START;
    let mut path = Vec::new();
    // Only the answers the walk actually used decide the outcome: an answer left over from another
    // path (a role, a host change) must not filter documents or add steps.
    let mut used = Facts::default();
    for _ in 0..MAX_STEPS {
        match node(id) {
            Some(Node::Ask { fact, branches }) => match facts.get(*fact) {
                None => {
                    let progress = Progress { answered: path.len(), remaining: remaining(id, facts, today, 0) };
                    return Ok(Walked::Question { fact: *fact, node: id, progress, path });
                }
                Some(value) => {
                    if used.get(*fact).is_none() {
                        path.push((*fact, value));
                        used.set(*fact, value);
                    }
                    id = branches
                        .iter()
                        .find(|b| holds_on(b.test, value, today))
                        .map(|b| b.next)
                        .ok_or_else(|| internal(&format!("no branch of {id} takes {}", value.to_query())))?;
                }
            },
            Some(Node::Assume { fact, value, next }) => {
                if used.get(*fact).is_none() {
                    used.set(*fact, *value);
                }
                id = next;
            }
            Some(Node::End(outcome)) => {
                let outcome = Box::new(reach(id, outcome, &used, today)?);
                let progress = Progress { answered: path.len(), remaining: 0 };
                return Ok(Walked::Outcome { outcome, progress, path });
            }
            None => return Err(internal(&format!("the flow names a node {id} it does not have"))),
        }
    }
    Err(internal("the flow did not end"))
}

fn internal(what: &str) -> Error {
    // Unreachable by the graph tests; still a value, never a panic.
    Error::new(Code::Internal, format!("internal error in the flow: {what}"))
}

/// The longest number of questions still to ask from `id`, following known answers.
fn remaining(id: &str, facts: &Facts, today: NaiveDate, depth: usize) -> usize {
    if depth > MAX_STEPS {
        return 0;
    }
    match node(id) {
        Some(Node::Ask { fact, branches }) => match facts.get(*fact) {
            Some(v) => branches
                .iter()
                .find(|b| holds_on(b.test, v, today))
                .map_or(0, |b| remaining(b.next, facts, today, depth + 1)),
            None => 1 + branches.iter().map(|b| remaining(b.next, facts, today, depth + 1)).max().unwrap_or(0),
        },
        Some(Node::Assume { next, .. }) => remaining(next, facts, today, depth + 1),
        _ => 0,
    }
}

fn reach(id: &'static str, o: &'static Outcome, facts: &Facts, today: NaiveDate) -> Result<Reached> {
    let picked: Vec<&Rule> =
        o.steps.iter().filter_map(|step| step.rules.iter().find(|r| all_hold(r.when, facts))).collect();
    let mut quotes = Vec::with_capacity(picked.len());
    // Steps follow one another: each is applied for when the one before it is ready (the work visa
    // after the qualification exemption is decided), so its dates and MCI year count from there.
    let mut applied = today;
    for rule in &picked {
        let service =
            catalog::find(rule.service).ok_or_else(|| internal(&format!("unknown service {}", rule.service)))?;
        let mut q = quote::quote(quote::Ask {
            service,
            variant: variant_for(service, facts, applied),
            date: applied,
            facts: Some(facts),
            all_rows_if_no_variant: true,
        })?;
        q.why = Some(rule.why);
        if let Some(ready) = q.ready {
            applied = ready.latest;
        }
        quotes.push(q);
    }
    // A field of the outcome's data, not its id: the extension and its closed and expired ends.
    let window = match facts.get(Fact::VisaExpires) {
        Some(Value::Date(expires)) if o.window => Some((expires, calendar::window_status(expires, today)?)),
        _ => None,
    };
    let plan = plan::plan(&quotes, facts, today);
    Ok(Reached {
        id,
        quotes,
        notes: o.notes.iter().filter(|n| all_hold(n.when, facts)).map(|n| &n.note).collect(),
        no_service: o.no_service.as_ref(),
        window,
        to_confirm: o.to_confirm.iter().find(|c| all_hold(c.when, facts)),
        plan,
    })
}

/// The fee row the answers choose: the visa term, or the role for the temporary residence permit.
fn variant_for(service: &catalog::Service, facts: &Facts, applied: NaiveDate) -> Option<Variant> {
    // The rows of the edition in force on the day the application is taken, as the quote reads them.
    let taken = taken_on(applied).unwrap_or(applied);
    let rows: Vec<Variant> = service.tariff(taken).map(|t| t.fees.variants().collect()).unwrap_or_default();
    [Fact::Term, Fact::Role]
        .into_iter()
        .filter_map(|f| facts.choice(f).and_then(Variant::parse))
        .find(|v| rows.contains(v))
}
