//! What `evaluate()` answers: the next question, or the outcome with its quotes and plan.

use serde::Serialize;

use super::plan::PlanOut;
use super::quote::{Labelled, NoteOut, Quote};

/// What the flow says next.
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Evaluation {
    Question { question: QuestionOut, progress: Progress, path: Vec<Answered> },
    Outcome { outcome: OutcomeOut, progress: Progress, path: Vec<Answered> },
}

#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "Question"))]
pub struct QuestionOut {
    /// The fact asked for: the key of its answer.
    #[cfg_attr(test, ts(type = "Fact"))]
    pub id: &'static str,
    /// The node of the graph asking it.
    pub node: &'static str,
    pub text: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub help: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub options: Option<Vec<OptionOut>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional, inline))]
    pub input: Option<Input>,
}

#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "QuestionOption"))]
pub struct OptionOut {
    pub value: AnswerValue,
    pub label: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub help: Option<&'static str>,
}

/// An answer as JSON: a string, a number or a boolean.
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(untagged)]
pub enum AnswerValue {
    Str(String),
    Num(u32),
    Bool(bool),
}

/// A free input instead of options.
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Input {
    /// `country` (an ISO 3166-1 alpha-2 code), `number` or `date`.
    #[cfg_attr(test, ts(type = r#""country" | "number" | "date""#))]
    pub kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub min: Option<AnswerValue>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub max: Option<AnswerValue>,
}

#[derive(Serialize, Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Progress {
    /// Questions answered on the way here.
    pub answered: usize,
    /// Questions still to come on the longest way from here (0 at an outcome).
    pub remaining: usize,
}

/// One answered question on the way to here, for the summary with its "Change" links.
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Answered {
    #[cfg_attr(test, ts(type = "Fact"))]
    pub fact: &'static str,
    pub question: &'static str,
    /// The answer in words (a country code for `citizenship`: the widget names it).
    pub answer: String,
    pub value: AnswerValue,
}

#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "Outcome"))]
#[serde(rename_all = "camelCase")]
pub struct OutcomeOut {
    /// The outcome node of the graph. `extension-closed` (the last day to apply, 5 working days
    /// before expiry, has passed) and `extension-expired` (the visa has expired) name no service:
    /// `services` and `quotes` are empty, `noService` says why and to contact the Centre,
    /// `extensionWindow` keeps the dates.
    pub id: &'static str,
    /// The services in the order the visitor does them.
    #[cfg_attr(test, ts(type = "ServiceId[]"))]
    pub services: Vec<&'static str>,
    /// One quote per service, same order, each with `why`.
    pub quotes: Vec<Quote>,
    pub notes: Vec<NoteOut>,
    #[cfg_attr(test, ts(inline))]
    pub no_service: Option<NoServiceOut>,
    pub extension_window: Option<WindowOut>,
    /// Set when the outcome rests on a doubt the Centre must settle before the visitor applies or
    /// pays (a citizen of another EAEU state staying 90 days or fewer, of a CIS state 30 or
    /// fewer): the answer leads with it, and a team's plan keeps the person out of its confirmed
    /// total. The services and the plan are what the guide gives, if the Centre says the visitor
    /// needs them.
    pub to_confirm: Option<Box<ToConfirmOut>>,
    /// The outcome at a glance: steps with cost and date, the total, the timeline, the links.
    pub plan: Box<PlanOut>,
}

#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct NoServiceOut {
    pub reason: &'static str,
    pub instead: &'static str,
    #[cfg_attr(test, ts(type = "Labelled<ServiceId>[]"))]
    pub alternatives: Vec<Labelled>,
}

#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "ToConfirm"))]
pub struct ToConfirmOut {
    /// A stable code: `eaeu-short-stay` or `cis-short-stay`.
    #[cfg_attr(test, ts(type = r#""eaeu-short-stay" | "cis-short-stay""#))]
    pub kind: &'static str,
    /// The first screen's heading.
    pub title: &'static str,
    /// The doubt, whom to ask and how (the Centre's phone and e-mail are in it).
    pub text: &'static str,
    /// A public source beside the guide: its name in the visitor's language, and its own words
    /// in the language they were written in (`quoteLang`, a BCP 47 tag: the EAEU Treaty's, `ru`),
    /// never translated.
    #[cfg_attr(test, ts(inline))]
    pub source: Option<SourceOut>,
    /// What the Centre can do for the visitor meanwhile, and those services.
    pub centre: Option<&'static str>,
    #[cfg_attr(test, ts(type = "Labelled<ServiceId>[]"))]
    pub services: Vec<Labelled>,
}

#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct SourceOut {
    pub label: &'static str,
    /// The source's own words, in the language it was written in (`quoteLang`), never translated.
    pub quote: &'static str,
    pub quote_lang: &'static str,
}

/// The extension window of a visa, against the evaluation date.
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "ExtensionWindow"))]
pub struct WindowOut {
    #[cfg_attr(test, ts(type = "IsoDate"))]
    pub expires: String,
    /// The 30th working day before the expiry date.
    #[cfg_attr(test, ts(type = "IsoDate"))]
    pub earliest: String,
    /// The 5th working day before the expiry date.
    #[cfg_attr(test, ts(type = "IsoDate"))]
    pub latest: String,
    /// `before` (too early), `open`, `closed` (past the latest day) or `expired`.
    #[cfg_attr(test, ts(type = r#""before" | "open" | "closed" | "expired""#))]
    pub status: &'static str,
    pub message: &'static str,
    pub provisional: bool,
}
