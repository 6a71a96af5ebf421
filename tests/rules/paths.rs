//! Every path of the question flow, recorded: for each set of answers that reaches an outcome,
//! one readable line in `tests/expected/paths.txt` with what the visitor is told there, in the
//! answer's own terms (the JSON the widget reads): the outcome, its services, the doubt to confirm
//! first, and for each service its fee row, duty, ready-by dates, documents and notes, then the
//! plan's total and date. A change shows as the lines it changes, path by path, in the diff.
//!
//! The line holds no words: English, Russian and Kazakh must give the same line (a language
//! changes words, never a fee, a date, a document or a note), and the words themselves are
//! recorded once each, in the sheets (`tests/expected/<service>.txt`) and the review pages
//! (`docs/review/`). After a deliberate change run `UPDATE_EXPECT=1 cargo test --test rules` and
//! read the diff.

use aifc_eligibility::out::flow::Evaluation;
use aifc_eligibility_engine::facts::Fact;
use serde_json::Value;

use crate::common;
use crate::recorded;

fn eval(answers: &[(String, String)], lang: &str) -> Evaluation {
    common::evaluate_on(answers, Some(lang), common::TODAY)
}

/// A string field, or `-` when absent.
fn text<'a>(v: &'a Value, key: &str) -> &'a str {
    v.get(key).and_then(Value::as_str).unwrap_or("-")
}

/// The `kind` of every entry of a list of notes, space-separated.
fn kinds(v: &Value) -> String {
    let all: Vec<&str> = v.as_array().into_iter().flatten().map(|n| text(n, "kind")).collect();
    all.join(" ")
}

/// One service of the answer: `id (variant): fee + duty KZT, ready taken..latest (with delay),
/// N documents, notes kinds`.
fn quote(q: &Value) -> String {
    let mut s = text(q, "service").to_string();
    if let Some(v) = q.get("variant").and_then(Value::as_str) {
        s += &format!(" ({v})");
    }
    let fee = q["fees"].as_array().and_then(|f| f.first()).map_or("no fee".to_string(), |f| text(f, "kzt").to_string());
    s += &format!(": {fee}");
    if let Some(d) = q.get("stateDuty").filter(|d| !d.is_null()) {
        s += &format!(" + duty {}", text(d, "kzt"));
    }
    if let Some(r) = q.get("readyBy").filter(|r| !r.is_null()) {
        s += &format!(", ready {}..{}", text(r, "taken"), text(r, "latest"));
        if let Some(d) = r.get("withDelay").and_then(Value::as_str) {
            s += &format!(" ({d})");
        }
    }
    let steps: Vec<usize> = q["nextSteps"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|n| n["documents"].as_array().map_or(0, Vec::len))
        .collect();
    s += &format!(", {} documents", q["documents"].as_array().map_or(0, Vec::len));
    for n in steps {
        s += &format!(" then {n}");
    }
    let notes = kinds(&q["notes"]);
    if !notes.is_empty() {
        s += &format!(", notes {notes}");
    }
    s
}

/// The line of an outcome, after its answers.
fn outcome(o: &Value) -> String {
    let services: Vec<&str> = o["services"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
    let mut parts = vec![format!("{} [{}]", text(o, "id"), services.join(", "))];
    if let Some(c) = o.get("toConfirm").filter(|c| !c.is_null()) {
        parts.push(format!("confirm {}", text(c, "kind")));
    }
    parts.extend(o["quotes"].as_array().into_iter().flatten().map(quote));
    if let Some(n) = o.get("noService").filter(|n| !n.is_null()) {
        let alts: Vec<&str> = n["alternatives"].as_array().into_iter().flatten().map(|a| text(a, "id")).collect();
        parts.push(format!("no service, instead [{}]", alts.join(", ")));
    }
    if let Some(w) = o.get("extensionWindow").filter(|w| !w.is_null()) {
        let (e, l, x, st) = (text(w, "earliest"), text(w, "latest"), text(w, "expires"), text(w, "status"));
        parts.push(format!("window {e}..{l}, expires {x}, {st}"));
    }
    let notes = kinds(&o["notes"]);
    if !notes.is_empty() {
        parts.push(format!("notes {notes}"));
    }
    let plan = &o["plan"];
    let total = &plan["total"];
    let mut t = format!("total {}", text(total, "kzt"));
    if total["complete"] == Value::Bool(false) {
        t += " incomplete";
    }
    if total["provisional"] == Value::Bool(true) {
        t += " provisional";
    }
    parts.push(format!("{t}, ready {}", text(plan, "readyBy")));
    parts.join("; ")
}

/// The line of one path in one language.
fn line(answers: &[(String, String)], lang: &str) -> String {
    let query: Vec<String> = answers.iter().map(|(k, v)| format!("{k}={v}")).collect();
    let json = serde_json::to_value(eval(answers, lang)).expect("an answer is JSON");
    format!("{} -> {}", query.join("&"), outcome(&json["outcome"]))
}

/// One line per path, in a stable order, with the paths whose line differs between languages.
fn record() -> (String, Vec<String>) {
    let mut lines = Vec::new();
    let mut differ = Vec::new();
    let mut stack: Vec<Vec<(String, String)>> = vec![vec![]];
    while let Some(answers) = stack.pop() {
        match eval(&answers, "en") {
            Evaluation::Question { question, .. } => {
                let fact = Fact::parse(question.id).expect("questions ask facts");
                for v in aifc_eligibility_engine::flow::graph::sample_values(fact) {
                    let mut next = answers.clone();
                    next.push((question.id.to_string(), v));
                    stack.push(next);
                }
            }
            Evaluation::Outcome { .. } => {
                let en = line(&answers, "en");
                for lang in ["ru", "kk"] {
                    let other = line(&answers, lang);
                    if other != en {
                        differ.push(format!("{lang}: {other}\nen: {en}"));
                    }
                }
                lines.push(en);
            }
        }
    }
    lines.sort();
    (lines.join("\n") + "\n", differ)
}

#[test]
fn every_path_gives_its_recorded_answer_the_same_in_three_languages() {
    let (now, differ) = record();
    assert!(now.lines().count() > 1000, "{} paths", now.lines().count());
    assert!(differ.is_empty(), "a language changes more than words on {} paths:\n{}", differ.len(), differ.join("\n"));
    recorded::check("tests/expected/paths.txt", &now);
}
