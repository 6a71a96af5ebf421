//! The walk: from the start node, follow the branch each known fact picks; stop at the first fact
//! not yet known (a question) or at an outcome.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::calendar::{self, Phase};
use crate::catalog::{self, Variant};
use crate::error::{Code, Error, Result};
use crate::facts::{Fact, Facts, Kind, Raw, Value};
use crate::lang::{Lang, Text, Translate};
pub use crate::out::flow::*;
use crate::out::quote::NoteOut;
use crate::quote;
use crate::t;
use aifc_eligibility_engine::flow::condition::{all_hold, holds_on};
use aifc_eligibility_engine::flow::graph::{node, Node, START};
use aifc_eligibility_engine::flow::outcomes::{Outcome, Rule};
use aifc_eligibility_engine::flow::questions::{option_label, question};

impl From<Value> for AnswerValue {
    fn from(v: Value) -> AnswerValue {
        match v {
            Value::Bool(b) => AnswerValue::Bool(b),
            Value::Days(n) => AnswerValue::Num(n),
            other => AnswerValue::Str(other.to_query()),
        }
    }
}

/// The most nodes a walk may visit: the graph is acyclic and far smaller; this only guards it.
const MAX_STEPS: usize = 64;

/// The answers as a caller gives them, checked, then walked: what `evaluate()` answers, and
/// what `plan()` answers for each person of a team (one function, so the two cannot differ).
pub fn evaluate_answers(answers: &BTreeMap<String, Raw>, lang: Lang, today: NaiveDate) -> Result<Evaluation> {
    let facts = Facts::from_raw(answers.iter().map(|(k, v)| (k.as_str(), v)))?;
    evaluate(&facts, lang, today)
}

/// The next question, or the outcome, for these answers.
pub fn evaluate(facts: &Facts, lang: Lang, today: NaiveDate) -> Result<Evaluation> {
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
                    return Ok(Evaluation::Question { question: ask(*fact, id, lang), progress, path });
                }
                Some(value) => {
                    if used.get(*fact).is_none() {
                        path.push(answered(*fact, value, lang));
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
                let outcome = build_outcome(id, outcome, &used, lang, today)?;
                let progress = Progress { answered: path.len(), remaining: 0 };
                return Ok(Evaluation::Outcome { outcome, progress, path });
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

fn ask(fact: Fact, node: &'static str, lang: Lang) -> QuestionOut {
    let q = question(fact);
    let options = |values: &[&'static str]| -> Vec<OptionOut> {
        values
            .iter()
            .filter_map(|v| {
                option_label(fact, v).map(|(label, help)| OptionOut {
                    value: match fact.kind() {
                        Kind::Bool => AnswerValue::Bool(*v == "true"),
                        _ => AnswerValue::Str((*v).to_string()),
                    },
                    label: label.get(lang),
                    help: help.map(|h| h.get(lang)),
                })
            })
            .collect()
    };
    let (options, input) = match fact.kind() {
        Kind::Choice(values) => (Some(options(&values.iter().map(|c| c.id()).collect::<Vec<_>>())), None),
        Kind::Bool => (Some(options(&["true", "false"])), None),
        Kind::Country => (None, Some(Input { kind: "country", min: None, max: None })),
        Kind::Days { min, max } => {
            (None, Some(Input { kind: "number", min: Some(AnswerValue::Num(min)), max: Some(AnswerValue::Num(max)) }))
        }
        Kind::Date => (
            None,
            Some(Input {
                kind: "date",
                min: Some(AnswerValue::Str(crate::iso::date(crate::facts::first_expiry()))),
                max: Some(AnswerValue::Str(crate::iso::date(calendar::SUPPORTED_UNTIL))),
            }),
        ),
    };
    QuestionOut { id: fact.id(), node, text: q.text.get(lang), help: q.help.map(|h| h.get(lang)), options, input }
}

fn answered(fact: Fact, value: Value, lang: Lang) -> Answered {
    let query = value.to_query();
    let answer = option_label(fact, &query).map_or_else(|| query.clone(), |(label, _)| label.get(lang).to_string());
    Answered { fact: fact.id(), question: question(fact).text.get(lang), answer, value: value.into() }
}

fn build_outcome(id: &'static str, o: &Outcome, facts: &Facts, lang: Lang, today: NaiveDate) -> Result<OutcomeOut> {
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
            lang,
            date: applied,
            facts: Some(facts),
            all_rows_if_no_variant: true,
        })?;
        q.why = Some(rule.why.get(lang));
        if let Some(ready) = q.sums.ready {
            applied = ready.latest;
        }
        quotes.push(q);
    }
    let no_service = o.no_service.as_ref().map(|n| NoServiceOut {
        reason: n.reason.get(lang),
        instead: n.instead.get(lang),
        alternatives: labelled(n.alternatives, lang),
    });
    // A field of the outcome's data, not its id: the extension and its closed and expired ends.
    let extension_window = match facts.get(Fact::VisaExpires) {
        Some(Value::Date(expires)) if o.window => {
            let mut w = window(expires, today, lang)?;
            // Where the outcome itself says what to do (too late, expired), the window keeps its
            // dates and a short status, so the advice is not said twice.
            if o.no_service.is_some() {
                w.message = calendar::window_status(expires, today)?.phase.text().get(lang);
            }
            Some(w)
        }
        _ => None,
    };
    let to_confirm = o.to_confirm.iter().find(|c| all_hold(c.when, facts)).map(|c| {
        Box::new(ToConfirmOut {
            kind: c.kind,
            title: c.title.get(lang),
            text: c.text.get(lang),
            source: c.source.as_ref().map(|s| SourceOut {
                label: s.label.get(lang),
                quote: s.quote,
                quote_lang: s.quote_lang,
            }),
            centre: c.centre.map(|t| t.get(lang)),
            services: labelled(c.services, lang),
        })
    });
    let plan = Box::new(crate::plan::plan(&quotes, facts, lang, today));
    Ok(OutcomeOut {
        id,
        services: quotes.iter().map(|q| q.service).collect(),
        quotes,
        notes: o.notes.iter().filter(|n| all_hold(n.when, facts)).map(|n| NoteOut::from_note(&n.note, lang)).collect(),
        no_service,
        extension_window,
        to_confirm,
        plan,
    })
}

/// Services named by id, with their titles.
fn labelled(ids: &[catalog::ServiceId], lang: Lang) -> Vec<quote::Labelled> {
    ids.iter()
        .filter_map(|a| catalog::find(a))
        .map(|s| quote::Labelled { id: s.id, label: s.title.get(lang) })
        .collect()
}

/// The fee row the answers choose: the visa term, or the role for the temporary residence permit.
fn variant_for(service: &catalog::Service, facts: &Facts, applied: NaiveDate) -> Option<Variant> {
    // The rows of the edition in force on the day the application is taken, as the quote reads them.
    let taken = crate::quote::taken_on(applied).unwrap_or(applied);
    let rows: Vec<Variant> = service.tariff(taken).map(|t| t.fees.variants().collect()).unwrap_or_default();
    [Fact::Term, Fact::Role]
        .into_iter()
        .filter_map(|f| facts.choice(f).and_then(Variant::parse))
        .find(|v| rows.contains(v))
}

/// The extension window for a visa expiring on `expires`, seen on `today`.
pub fn window(expires: NaiveDate, today: NaiveDate, lang: Lang) -> Result<WindowOut> {
    let status = calendar::window_status(expires, today)?;
    let w = status.window;
    let (code, message) = match status.phase {
        Phase::NotYetOpen => ("before", WINDOW_BEFORE),
        Phase::Open => ("open", WINDOW_OPEN),
        Phase::Closed => ("closed", WINDOW_CLOSED),
        Phase::Expired => ("expired", WINDOW_EXPIRED),
    };
    Ok(WindowOut {
        expires: crate::iso::date(expires),
        earliest: crate::iso::date(w.earliest),
        latest: crate::iso::date(w.latest),
        status: code,
        message: message.get(lang),
        provisional: status.provisional,
    })
}

const WINDOW_BEFORE: Text = t!(window_advice_before);
const WINDOW_OPEN: Text = t!(window_advice_open);
const WINDOW_CLOSED: Text = t!(window_advice_closed);
const WINDOW_EXPIRED: Text = t!(window_advice_expired);
