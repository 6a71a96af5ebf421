//! Shared by the native tests that walk the flow: the fixed "today", answers as a query string
//! gives them, and one evaluate call that fails the test on an error.

// Each test file uses what it needs of this module.
#![allow(dead_code)]

use aifc_eligibility::api::{evaluate, quote, EvaluateRequest, QuoteRequest};
use aifc_eligibility::out::flow::Evaluation;
use aifc_eligibility::out::quote::Quote;
use aifc_eligibility_engine::facts::Raw;
use chrono::NaiveDate;

/// A complete work-visa journey from abroad: an employee of the AIFC, qualified, no family.
pub const WORK_FROM_ABROAD: &[(&str, &str)] = &[
    ("need", "work"),
    ("location", "outside"),
    ("citizenship", "IN"),
    ("role", "employee"),
    ("meetsQualifications", "true"),
    ("term", "up-to-2-years"),
    ("family", "false"),
    ("branch", "false"),
];

/// "Today" for every call that does not give its own date.
pub const TODAY: &str = "2026-11-24";

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default()
}

/// An answer as a query string carries it: `true`/`false` as booleans, anything else as text.
pub fn raw(v: &str) -> Raw {
    match v {
        "true" => Raw::Bool(true),
        "false" => Raw::Bool(false),
        _ => Raw::Str(v.to_string()),
    }
}

/// `evaluate` for these answers, in `lang` (English when `None`), on `date`.
pub fn evaluate_on<K: AsRef<str>, V: AsRef<str>>(answers: &[(K, V)], lang: Option<&str>, date: &str) -> Evaluation {
    let req = EvaluateRequest {
        answers: answers.iter().map(|(k, v)| (k.as_ref().to_string(), raw(v.as_ref()))).collect(),
        lang: lang.map(str::to_string),
        date: Some(date.to_string()),
    };
    let shown: Vec<String> = answers.iter().map(|(k, v)| format!("{}={}", k.as_ref(), v.as_ref())).collect();
    evaluate(&req, today()).unwrap_or_else(|e| panic!("{}: {e}", shown.join("&")))
}

/// The fact asked next after `answers` on the fixed day, or panics with the outcome reached instead.
pub fn next_question(answers: &[(&str, &str)]) -> &'static str {
    match evaluate_on(answers, None, TODAY) {
        Evaluation::Question { question, .. } => question.id,
        Evaluation::Outcome { outcome, .. } => panic!("{answers:?}: expected a question, got outcome {}", outcome.id),
    }
}

/// A quote in English applied for on `date`, failing the test on an error.
pub fn quote_on(service: &str, variant: Option<&str>, date: &str) -> Quote {
    let req = QuoteRequest {
        service: service.to_string(),
        variant: variant.map(str::to_string),
        lang: None,
        date: Some(date.to_string()),
    };
    quote(&req, today()).unwrap_or_else(|e| panic!("{service}: {e}"))
}
