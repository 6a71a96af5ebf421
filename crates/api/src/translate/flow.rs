//! The walk read in the visitor's language: the next question with its options, the answers on
//! the way, or the outcome with its quotes, notes, window, doubt and plan.

use chrono::NaiveDate;

use aifc_eligibility_engine::calendar::{self, Phase, WindowStatus};
use aifc_eligibility_engine::catalog;
use aifc_eligibility_engine::facts::{first_expiry, Fact, Kind, Value};
use aifc_eligibility_engine::flow::questions::{option_label, question};
use aifc_eligibility_engine::lang::Text;
use aifc_eligibility_engine::walk::{self, Reached, Walked};
use aifc_eligibility_engine::{iso, t};

use super::plan::plan;
use super::quote::{note, quote};
use crate::lang::{Lang, Translate};
use crate::out::flow::{
    AnswerValue, Answered, Evaluation, Input, NoServiceOut, OptionOut, OutcomeOut, Progress, QuestionOut, SourceOut,
    ToConfirmOut, WindowOut,
};
use crate::out::quote::Labelled;

/// The walk in `lang`.
pub fn evaluation(w: &Walked, lang: Lang) -> Evaluation {
    match w {
        Walked::Question { fact, node, progress, path } => Evaluation::Question {
            question: ask(*fact, node, lang),
            progress: progress_of(*progress),
            path: answers(path, lang),
        },
        Walked::Outcome { outcome, progress, path } => Evaluation::Outcome {
            outcome: outcome_of(outcome, lang),
            progress: progress_of(*progress),
            path: answers(path, lang),
        },
    }
}

pub fn progress_of(p: walk::Progress) -> Progress {
    Progress { answered: p.answered, remaining: p.remaining }
}

/// The answers on the path, as the questions label them.
pub fn answers(path: &[(Fact, Value)], lang: Lang) -> Vec<Answered> {
    path.iter().map(|(fact, value)| answered(*fact, *value, lang)).collect()
}

fn answer_value(v: Value) -> AnswerValue {
    match v {
        Value::Bool(b) => AnswerValue::Bool(b),
        Value::Days(n) => AnswerValue::Num(n),
        other => AnswerValue::Str(other.to_query()),
    }
}

/// The question asking for `fact`, at `node`.
pub fn ask(fact: Fact, node: &'static str, lang: Lang) -> QuestionOut {
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
                min: Some(AnswerValue::Str(iso::date(first_expiry()))),
                max: Some(AnswerValue::Str(iso::date(calendar::SUPPORTED_UNTIL))),
            }),
        ),
    };
    QuestionOut { id: fact.id(), node, text: q.text.get(lang), help: q.help.map(|h| h.get(lang)), options, input }
}

fn answered(fact: Fact, value: Value, lang: Lang) -> Answered {
    let query = value.to_query();
    let answer = option_label(fact, &query).map_or_else(|| query.clone(), |(label, _)| label.get(lang).to_string());
    Answered { fact: fact.id(), question: question(fact).text.get(lang), answer, value: answer_value(value) }
}

/// The outcome in `lang`.
pub fn outcome_of(o: &Reached, lang: Lang) -> OutcomeOut {
    let (no_service, extension_window, to_confirm) = leads(o, lang);
    OutcomeOut {
        id: o.id,
        services: o.quotes.iter().map(|q| q.service.id).collect(),
        quotes: o.quotes.iter().map(|q| quote(q, lang)).collect(),
        notes: o.notes.iter().map(|n| note(n, lang)).collect(),
        no_service,
        extension_window,
        to_confirm,
        plan: Box::new(plan(&o.plan, &o.quotes, lang)),
    }
}

/// What an outcome says besides its services: why none applies, the extension window, the doubt.
pub type Leads = (Option<NoServiceOut>, Option<WindowOut>, Option<Box<ToConfirmOut>>);

/// The outcome's [`Leads`] in `lang`.
pub fn leads(o: &Reached, lang: Lang) -> Leads {
    let no_service = o.no_service.map(|n| NoServiceOut {
        reason: n.reason.get(lang),
        instead: n.instead.get(lang),
        alternatives: labelled(n.alternatives, lang),
    });
    let extension_window = o.window.map(|(expires, status)| {
        let mut w = window(expires, &status, lang);
        // Where the outcome itself says what to do (too late, expired), the window keeps its
        // dates and a short status, so the advice is not said twice.
        if o.no_service.is_some() {
            w.message = status.phase.text().get(lang);
        }
        w
    });
    let to_confirm = o.to_confirm.map(|c| {
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
    (no_service, extension_window, to_confirm)
}

/// Services named by id, with their titles.
fn labelled(ids: &[catalog::ServiceId], lang: Lang) -> Vec<Labelled> {
    ids.iter().filter_map(|a| catalog::find(a)).map(|s| Labelled { id: s.id, label: s.title.get(lang) }).collect()
}

/// The extension window for a visa expiring on `expires`, as `status` sees it.
pub fn window(expires: NaiveDate, status: &WindowStatus, lang: Lang) -> WindowOut {
    let w = status.window;
    let (code, message) = match status.phase {
        Phase::NotYetOpen => ("before", WINDOW_BEFORE),
        Phase::Open => ("open", WINDOW_OPEN),
        Phase::Closed => ("closed", WINDOW_CLOSED),
        Phase::Expired => ("expired", WINDOW_EXPIRED),
    };
    WindowOut {
        expires: iso::date(expires),
        earliest: iso::date(w.earliest),
        latest: iso::date(w.latest),
        status: code,
        message: message.get(lang),
        provisional: status.provisional,
    }
}

const WINDOW_BEFORE: Text = t!(window_advice_before);
const WINDOW_OPEN: Text = t!(window_advice_open);
const WINDOW_CLOSED: Text = t!(window_advice_closed);
const WINDOW_EXPIRED: Text = t!(window_advice_expired);
