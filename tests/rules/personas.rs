//! Real visitors, kept as data in `tests/personas/visitors.txt`, each walked through the public
//! `evaluate` the way the widget does: the engine asks, the visitor answers that one question from
//! what they know, and nothing else. Each ends at the outcome and services argued from the guide
//! in the file. A visitor asked something they cannot answer, or something listed under
//! `not_asked`, fails the test.

use aifc_eligibility::api::{evaluate, EvaluateRequest};
use aifc_eligibility::out::flow::Evaluation;
use aifc_eligibility_engine::facts::Raw;
use chrono::NaiveDate;
use std::collections::BTreeMap;
use std::fmt::Write;

/// One visitor of the file.
#[derive(Debug, Default)]
struct Persona {
    line: usize,
    who: String,
    date: Option<String>,
    knows: BTreeMap<String, String>,
    outcome: String,
    services: Vec<String>,
    why: String,
    not_asked: Vec<String>,
    ready_by: Option<String>,
    /// The doubt the answer leads with (`outcome.toConfirm.kind`), or `-` for none.
    to_confirm: Option<String>,
}

impl Persona {
    /// The visitor's answer to one question, from what they know.
    fn answer(&self, fact: &str) -> Option<Raw> {
        self.knows.get(fact).map(|v| match v.as_str() {
            "true" => Raw::Bool(true),
            "false" => Raw::Bool(false),
            v => Raw::Str(v.to_string()),
        })
    }
}

fn personas() -> Vec<Persona> {
    let text = include_str!("../personas/visitors.txt");
    let mut all = Vec::new();
    let mut cur: Option<Persona> = None;
    for (i, raw_line) in text.lines().enumerate() {
        let line = raw_line.trim();
        if line.starts_with('#') {
            continue;
        }
        if line.is_empty() {
            all.extend(cur.take());
            continue;
        }
        let (key, value) = line.split_once(": ").unwrap_or_else(|| panic!("line {}: not `key: value`", i + 1));
        let p = cur.get_or_insert_with(|| Persona { line: i + 1, ..Persona::default() });
        let words = || value.split_whitespace().map(str::to_string).collect::<Vec<_>>();
        match key {
            "persona" => p.who = value.to_string(),
            "date" => p.date = Some(value.to_string()),
            "answers" => {
                for pair in value.split_whitespace() {
                    let (k, v) = pair.split_once('=').unwrap_or_else(|| panic!("line {}: {pair}", i + 1));
                    assert!(p.knows.insert(k.to_string(), v.to_string()).is_none(), "line {}: {k} twice", i + 1);
                }
            }
            "outcome" => p.outcome = value.to_string(),
            "services" => p.services = if value == "-" { Vec::new() } else { words() },
            "why" => p.why = value.to_string(),
            "not_asked" => p.not_asked = words(),
            "ready_by" => p.ready_by = Some(value.to_string()),
            "to_confirm" => p.to_confirm = Some(value.to_string()),
            other => panic!("line {}: unknown key {other}", i + 1),
        }
    }
    all.extend(cur);
    all
}

/// What the walk ended with: the outcome id, its services, the questions asked in order, and the
/// first service's latest ready-by date.
struct Walked {
    outcome: &'static str,
    services: Vec<&'static str>,
    asked: Vec<&'static str>,
    ready_by: Option<String>,
    to_confirm: Option<&'static str>,
    /// The outcome in words, for `tests/expected/personas.txt`.
    summary: String,
}

fn summarise(o: &aifc_eligibility::out::flow::OutcomeOut) -> String {
    let mut s = String::new();
    if let Some(c) = &o.to_confirm {
        let services: Vec<&str> = c.services.iter().map(|a| a.id).collect();
        let _ = writeln!(s, "  to confirm first [{}]: {}\n    {}", c.kind, c.title, c.text);
        if let Some(src) = &c.source {
            let _ = writeln!(s, "    source: {}: {}", src.label, src.quote);
        }
        if let Some(centre) = c.centre {
            let _ = writeln!(s, "    the Centre meanwhile: {centre} {services:?}");
        }
    }
    for q in &o.quotes {
        let dates = q.ready_by.as_ref().map_or(String::new(), |r| {
            let delay = r.with_delay.as_deref().map_or(String::new(), |d| format!(", {d} with the state's delay"));
            format!(" (taken {}, ready {}{delay})", r.taken, r.latest)
        });
        let fee = q.fees.first().map_or("no fee listed".to_string(), |f| format!("{} KZT", f.kzt));
        let duty = q.state_duty.as_ref().map_or(String::new(), |d| format!(" + duty {} KZT", d.kzt));
        let _ = writeln!(s, "  service: {}{dates}; {fee}{duty}; {} documents", q.service, q.documents.len());
        let _ = writeln!(s, "    why: {}", q.why.unwrap_or_default());
    }
    if let Some(n) = &o.no_service {
        let alts: Vec<&str> = n.alternatives.iter().map(|a| a.id).collect();
        let _ = writeln!(s, "  no service: {}\n    instead: {}\n    alternatives: {alts:?}", n.reason, n.instead);
    }
    if let Some(w) = &o.extension_window {
        let _ = writeln!(
            s,
            "  window: {} to {}, expires {}: {} ({})",
            w.earliest, w.latest, w.expires, w.status, w.message
        );
    }
    for n in &o.notes {
        let _ = writeln!(s, "  note [{}]: {}", n.kind, n.text);
    }
    s
}

fn walk(p: &Persona, lang: &str) -> Result<Walked, String> {
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).ok_or("date")?;
    let mut given: BTreeMap<String, Raw> = BTreeMap::new();
    let mut asked = Vec::new();
    for _ in 0..20 {
        let req = EvaluateRequest {
            answers: given.clone(),
            lang: Some(lang.to_string()),
            date: Some(p.date.clone().unwrap_or_else(|| "2026-11-24".to_string())),
        };
        match evaluate(&req, today).map_err(|e| e.to_string())? {
            Evaluation::Question { question, .. } => {
                let answer = p
                    .answer(question.id)
                    .ok_or_else(|| format!("asked {:?}, which the visitor cannot answer", question.id))?;
                asked.push(question.id);
                given.insert(question.id.to_string(), answer);
            }
            Evaluation::Outcome { outcome, .. } => {
                return Ok(Walked {
                    outcome: outcome.id,
                    services: outcome.services.clone(),
                    asked,
                    ready_by: outcome.quotes.first().and_then(|q| q.ready_by.as_ref()).map(|r| r.latest.clone()),
                    to_confirm: outcome.to_confirm.as_ref().map(|c| c.kind),
                    summary: summarise(&outcome),
                })
            }
        }
    }
    Err("no outcome after 20 questions".to_string())
}

#[test]
fn the_file_holds_at_least_forty_visitors_each_with_a_reason_from_the_guide() {
    let all = personas();
    assert!(all.len() >= 40, "{} visitors", all.len());
    for p in &all {
        assert!(!p.who.is_empty() && !p.outcome.is_empty() && !p.why.is_empty(), "line {}: incomplete", p.line);
        assert!(p.knows.contains_key("need"), "line {}: {} knows no need", p.line, p.who);
    }
}

#[test]
fn every_visitor_answering_only_what_is_asked_reaches_the_services_the_guide_gives_them() {
    let mut wrong = Vec::new();
    for p in personas() {
        match walk(&p, "en") {
            Err(e) => wrong.push(format!("line {} {}: {e}", p.line, p.who)),
            Ok(w) => {
                let expected: Vec<&str> = p.services.iter().map(String::as_str).collect();
                if w.outcome != p.outcome || w.services != expected {
                    wrong.push(format!(
                        "line {} {}: got {} {:?}, expected {} {:?} ({})",
                        p.line, p.who, w.outcome, w.services, p.outcome, expected, p.why
                    ));
                }
                for f in &p.not_asked {
                    if w.asked.contains(&f.as_str()) {
                        wrong.push(format!("line {} {}: was asked {f} ({:?})", p.line, p.who, w.asked));
                    }
                }
                // A short CIS or EAEU stay leads with its doubt; every other answer leads with none.
                let confirm = p.to_confirm.as_deref().filter(|k| *k != "-");
                if w.to_confirm != confirm {
                    wrong.push(format!(
                        "line {} {}: to confirm {:?}, expected {confirm:?}",
                        p.line, p.who, w.to_confirm
                    ));
                }
                if let Some(d) = &p.ready_by {
                    if w.ready_by.as_deref() != Some(d.as_str()) {
                        wrong.push(format!("line {} {}: ready by {:?}, expected {d}", p.line, p.who, w.ready_by));
                    }
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn every_visitor_gets_the_same_services_in_russian_and_kazakh() {
    for p in personas() {
        let en = walk(&p, "en").map(|w| (w.outcome, w.services, w.asked));
        for lang in ["ru", "kk"] {
            let other = walk(&p, lang).map(|w| (w.outcome, w.services, w.asked));
            assert_eq!(en, other, "line {} {} in {lang}", p.line, p.who);
        }
    }
}

#[test]
fn every_visitor_s_answer_matches_its_recorded_result() {
    // Reviewed with `git diff`; after a deliberate change run `UPDATE_EXPECT=1 cargo test --test
    // rules` and read the diff before committing.
    let mut out = String::new();
    for p in personas() {
        let _ = writeln!(out, "{}", p.who);
        match walk(&p, "en") {
            Ok(w) => {
                let _ = writeln!(out, "  asked: {}\n  outcome: {}", w.asked.join(" "), w.outcome);
                out.push_str(&w.summary);
            }
            Err(e) => {
                let _ = writeln!(out, "  error: {e}");
            }
        }
        out.push('\n');
    }
    crate::recorded::check("tests/expected/personas.txt", &out);
}
