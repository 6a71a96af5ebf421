//! The JSON the wasm answers with (`json::to_string`, crates/api/src/json.rs) is serde_json's, byte
//! for byte: on every answer of every path of the flow in every language (as an outcome and as a
//! team of one), every quote, the services, the version, the office, the extension windows, and
//! on any string (escapes).
#![cfg(not(target_arch = "wasm32"))]

use crate::common;

use aifc_eligibility::api::{
    evaluate, extension_window, office, plan, quote, services, version, EvaluateRequest, OfficeRequest, PersonIn,
    PlanRequest, QuoteRequest, WindowRequest,
};
use aifc_eligibility::json;
use aifc_eligibility::lang::Lang;
use aifc_eligibility::out::flow::Evaluation;
use aifc_eligibility_engine::facts::Fact;
use aifc_eligibility_engine::flow::graph::sample_values;
use chrono::NaiveDateTime;
use common::{raw, today};
use proptest::prelude::*;
use serde::Serialize;

fn same<T: Serialize>(value: &T, what: &str) {
    let ours = json::to_string(value).unwrap_or_else(|e| panic!("{what}: {e}"));
    let theirs = serde_json::to_string(value).unwrap_or_else(|e| panic!("{what}: serde_json: {e}"));
    assert_eq!(ours, theirs, "{what}");
    // With the texts compiled in there is no file to fill holes from: `to_parts` is the whole text.
    let (bytes, places) = json::to_parts(value).unwrap_or_else(|e| panic!("{what}: {e}"));
    assert!(bytes == theirs.as_bytes() && places.is_empty(), "{what}: to_parts");
}

#[test]
fn every_answer_of_the_flow_is_written_as_serde_json_writes_it() {
    let mut paths = 0;
    for lang in Lang::ALL {
        let tag = Some(lang.tag().to_string());
        let mut stack: Vec<Vec<(String, String)>> = vec![vec![]];
        while let Some(answers) = stack.pop() {
            let map = answers.iter().map(|(k, v)| (k.clone(), raw(v))).collect();
            let req = EvaluateRequest { answers: map, lang: tag.clone(), date: Some(common::TODAY.into()) };
            let shown = format!("{lang}: {answers:?}");
            let ev = evaluate(&req, today()).unwrap_or_else(|e| panic!("{shown}: {e}"));
            same(&ev, &shown);
            match ev {
                Evaluation::Question { question, .. } => {
                    let fact = Fact::parse(question.id).unwrap_or_else(|| panic!("unknown fact {}", question.id));
                    for v in sample_values(fact) {
                        let mut next = answers.clone();
                        next.push((question.id.to_string(), v));
                        stack.push(next);
                    }
                }
                Evaluation::Outcome { .. } => {
                    paths += 1;
                    let person = PersonIn::new(Some("a"), req.answers.clone());
                    let team = PlanRequest {
                        people: vec![person],
                        lang: tag.clone(),
                        date: req.date.clone(),
                        with_path: true,
                    };
                    same(&plan(&team, today()).unwrap_or_else(|e| panic!("{shown}: {e}")), &shown);
                }
            }
        }
    }
    assert!(paths > 1000, "{paths} paths");
}

#[test]
fn every_quote_and_the_other_answers_are_written_as_serde_json_writes_them() {
    same(&version(today()), "version");
    for lang in Lang::ALL {
        let tag = Some(lang.tag().to_string());
        let all = services(lang, today());
        same(&all, "services");
        for s in &all {
            let variants: Vec<Option<String>> = if s.variants.is_empty() {
                vec![None]
            } else {
                s.variants.iter().map(|v| Some(v.id.to_string())).collect()
            };
            for variant in variants {
                for date in ["2026-03-20", "2026-11-28", "2027-03-01"] {
                    let req = QuoteRequest {
                        service: s.id.to_string(),
                        variant: variant.clone(),
                        lang: tag.clone(),
                        date: Some(date.into()),
                    };
                    same(&quote(&req, today()).unwrap_or_else(|e| panic!("{}: {e}", s.id)), s.id);
                }
            }
        }
        for at in ["2026-11-24T10:00", "2026-11-24T13:30", "2026-11-28T10:00"] {
            let req = OfficeRequest { lang: tag.clone(), at: Some(at.into()) };
            let now = NaiveDateTime::default();
            same(&office(&req, now).unwrap_or_else(|e| panic!("{at}: {e}")), at);
        }
        for expires in ["2026-11-20", "2026-11-25", "2026-12-31", "2027-03-01"] {
            let req = WindowRequest { expires: expires.into(), lang: tag.clone(), date: Some(common::TODAY.into()) };
            same(&extension_window(&req, today()).unwrap_or_else(|e| panic!("{expires}: {e}")), expires);
        }
    }
}

proptest! {
    #[test]
    fn any_string_number_and_list_is_written_as_serde_json_writes_it(
        s in any::<String>(), n in any::<i64>(), u in any::<u64>(), b in any::<bool>(), list in any::<Vec<Option<String>>>()
    ) {
        let value = (&s, n, u, b, &list, Some(s.as_str()), None::<u8>);
        prop_assert_eq!(json::to_string(&value).ok(), serde_json::to_string(&value).ok());
    }
}

/// Every ASCII character and a few others, at every place of the first eight-byte words (the writer
/// looks for escapes eight bytes at a time, then byte by byte).
#[test]
fn every_character_is_escaped_as_serde_json_escapes_it_wherever_it_stands() {
    let others = ['é', 'ж', '«', '\u{2028}', '\u{1F600}'];
    for c in (0..=0x7f_u8).map(char::from).chain(others) {
        for at in 0..20 {
            let s = format!(
                "{}{c}{}",
                "ж".repeat(at / 2).chars().chain("a".repeat(at % 2).chars()).collect::<String>(),
                "b".repeat(9)
            );
            assert_eq!(json::to_string(&s).ok(), serde_json::to_string(&s).ok(), "{c:?} after {at} bytes");
        }
    }
}
