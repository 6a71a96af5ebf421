//! The widget tests' stories, recorded: each story of `tests/widget/stories.json` (the answers the
//! widget tests click through) evaluated on the widget tests' day, 25 March 2026, as a small block
//! in `tests/expected/stories.txt`. The widget tests read their expected outcomes from this file
//! (`recordedOutcome()` in `tests/widget/recorded.mjs`), not from the package the widget runs, so a fault of the
//! built package (the wasm, its glue, the answer's transport) cannot agree with itself.
//!
//! A block holds what the widget shows for the story: the outcome, its services in order, each
//! service's fee row and duty, ready dates, documents in order with who provides them, next steps,
//! notes, the plan's total and date, and the words the sheets (`tests/expected/<service>.txt`) do
//! not hold for these answers: why a service applies, its guide section, why no service applies,
//! the extension window's message, in English, Russian and Kazakh; notes and next steps' titles in
//! English. After a deliberate change run `UPDATE_EXPECT=1 cargo test --test rules` and read the diff.

use serde_json::Value;

use crate::common;
use crate::recorded;

/// "Today" in every widget test (`TODAY` of tests/widget/helpers.mjs).
const WIDGET_TODAY: &str = "2026-03-25";

const LANGS: [&str; 3] = ["en", "ru", "kk"];

/// The stories' file, shared with the widget tests.
const STORIES: &str = include_str!("../widget/stories.json");

/// A string field, or `-` when absent.
fn text<'a>(v: &'a Value, key: &str) -> &'a str {
    v.get(key).and_then(Value::as_str).unwrap_or("-")
}

/// A field that is present and not null.
fn some<'a>(v: &'a Value, key: &str) -> Option<&'a Value> {
    v.get(key).filter(|x| !x.is_null())
}

fn list(v: &Value) -> impl Iterator<Item = &Value> {
    v.as_array().into_iter().flatten()
}

/// An answer as the query string writes it (the widget sends numbers and booleans as JSON).
fn answer(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// `<indent><what> <lang>: <words>` for each language, the words taken by `words` from that
/// language's answer.
fn words(out: &mut Vec<String>, indent: &str, what: &str, each: &[Value; 3], words: impl Fn(&Value) -> Option<&str>) {
    for (lang, v) in LANGS.iter().zip(each) {
        if let Some(w) = words(v) {
            out.push(format!("{indent}{what} {lang}: {w}"));
        }
    }
}

/// `document <by> <id>` (and `[conditions]`) per document, in the answer's order.
fn documents(out: &mut Vec<String>, indent: &str, docs: &Value) {
    for d in list(docs) {
        let conditions: Vec<&str> = list(&d["conditions"]).filter_map(Value::as_str).collect();
        let mut line = format!("{indent}document {} {}", text(d, "by"), text(d, "id"));
        if !conditions.is_empty() {
            line += &format!(" [{}]", conditions.join(", "));
        }
        out.push(line);
    }
}

fn notes(out: &mut Vec<String>, indent: &str, notes: &Value) {
    for n in list(notes) {
        out.push(format!("{indent}note [{}] en: {}", text(n, "kind"), text(n, "text")));
    }
}

/// One service of the outcome, `q` in each language.
fn quote(out: &mut Vec<String>, q: &[Value; 3]) {
    let en = &q[0];
    let mut head = format!("  {}", text(en, "service"));
    if let Some(v) = en.get("variant").and_then(Value::as_str) {
        head += &format!(" ({v})");
    }
    let fees: Vec<String> = list(&en["fees"]).map(|f| format!("{} {}", text(f, "tier"), text(f, "kzt"))).collect();
    head += &format!(": {}", if fees.is_empty() { "no fee".to_string() } else { fees.join(", ") });
    if let Some(d) = some(en, "stateDuty") {
        head += &format!("; duty {} MCI of {} = {}", text(d, "mci"), d["mciYear"], text(d, "kzt"));
    }
    out.push(head);
    if let Some(r) = some(en, "readyBy") {
        let mut line = format!(
            "    ready: applied {}, taken {}, earliest {}, latest {}",
            text(r, "applied"),
            text(r, "taken"),
            text(r, "earliest"),
            text(r, "latest")
        );
        if let Some(d) = r.get("withDelay").and_then(Value::as_str) {
            line += &format!(", with delay {d} ({} days)", r["delayDays"]);
        }
        if r["sameDay"] == Value::Bool(true) {
            line += ", same day";
        }
        out.push(line);
    }
    documents(out, "    ", &en["documents"]);
    for step in list(&en["nextSteps"]) {
        out.push(format!("    then {}", text(step, "place")));
        out.push(format!("      title en: {}", text(step, "title")));
        documents(out, "      ", &step["documents"]);
        notes(out, "      ", &step["notes"]);
    }
    notes(out, "    ", &en["notes"]);
    words(out, "    ", "why", q, |v| v.get("why").and_then(Value::as_str));
    words(out, "    ", "section", q, |v| v["section"].get("label").and_then(Value::as_str));
}

/// The block of one story: its outcome in English, Russian and Kazakh.
fn block(name: &str, answers: &[(String, String)]) -> String {
    let each: [Value; 3] = LANGS.map(|lang| {
        let ev = common::evaluate_on(answers, Some(lang), WIDGET_TODAY);
        let json = serde_json::to_value(ev).expect("an answer is JSON");
        assert!(json["outcome"].is_object(), "{name}: the story ends in an outcome, not {}", json["kind"]);
        json["outcome"].clone()
    });
    let o = &each[0];
    let query: Vec<String> = answers.iter().map(|(k, v)| format!("{k}={v}")).collect();
    let services: Vec<&str> = list(&o["services"]).filter_map(Value::as_str).collect();
    let total = &o["plan"]["total"];
    let mut t = format!("total {}", text(total, "kzt"));
    if total["complete"] == Value::Bool(false) {
        t += " incomplete";
    }
    if total["provisional"] == Value::Bool(true) {
        t += " provisional";
    }
    let mut out = vec![
        format!("{name}: {}", query.join("&")),
        format!("  outcome {} [{}]; {t}, ready {}", text(o, "id"), services.join(", "), text(&o["plan"], "readyBy")),
    ];
    if let Some(c) = some(o, "toConfirm") {
        out.push(format!("  confirm {}", text(c, "kind")));
    }
    let quotes = each.each_ref().map(|o| o["quotes"].as_array().cloned().unwrap_or_default());
    for i in 0..quotes[0].len() {
        quote(&mut out, &quotes.each_ref().map(|q| q[i].clone()));
    }
    if let Some(n) = some(o, "noService") {
        let alts: Vec<&str> = list(&n["alternatives"]).map(|a| text(a, "id")).collect();
        out.push(format!("  no service, instead [{}]", alts.join(", ")));
        let no = each.each_ref().map(|o| o["noService"].clone());
        words(&mut out, "    ", "reason", &no, |n| n.get("reason").and_then(Value::as_str));
        words(&mut out, "    ", "instead", &no, |n| n.get("instead").and_then(Value::as_str));
    }
    if let Some(w) = some(o, "extensionWindow") {
        let (e, l, x, st) = (text(w, "earliest"), text(w, "latest"), text(w, "expires"), text(w, "status"));
        out.push(format!("  window {e}..{l}, expires {x}, {st}"));
        let win = each.each_ref().map(|o| o["extensionWindow"].clone());
        words(&mut out, "    ", "message", &win, |w| w.get("message").and_then(Value::as_str));
    }
    out.join("\n") + "\n"
}

#[test]
fn every_widget_story_gives_its_recorded_outcome_on_the_widget_tests_day() {
    let stories: Value = serde_json::from_str(STORIES).expect("tests/widget/stories.json is JSON");
    let blocks: Vec<String> = list(&stories)
        .map(|s| {
            let answers: Vec<(String, String)> = s["answers"]
                .as_object()
                .expect("a story's answers")
                .iter()
                .map(|(k, v)| (k.clone(), answer(v)))
                .collect();
            block(text(s, "name"), &answers)
        })
        .collect();
    assert!(blocks.len() >= 10, "{} stories", blocks.len());
    recorded::check("tests/expected/stories.txt", &blocks.join("\n"));
}
