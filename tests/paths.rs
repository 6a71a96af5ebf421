//! Every path of the question flow, recorded: for each set of answers that reaches an outcome,
//! the outcome id, its services and a digest of the whole answer (every text, amount, date and
//! the plan) in English, Russian and Kazakh, in `tests/expected/paths.txt`.
//!
//! This is the safety net for moving the guide's content out of the code (issue 13): a move that
//! changes nothing a visitor sees leaves this file byte-identical; any change shows, path by path,
//! in review. After a deliberate change run `UPDATE_EXPECTED=1 cargo test --test paths` and read
//! the diff (the per-service files in `tests/expected/` show what changed in words).

use std::fmt::Write;
use std::path::PathBuf;

use aifc_eligibility::out::flow::Evaluation;
use aifc_eligibility_engine::facts::Fact;

mod common;

fn eval(answers: &[(String, String)], lang: &str) -> Evaluation {
    common::evaluate_on(answers, Some(lang), common::TODAY)
}

/// FNV-1a, 64 bits: a stable digest of the answer's full debug text (no crate needed for it).
fn digest(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// One line per path, in a stable order: answers, outcome id, services, digests en/ru/kk.
fn record() -> String {
    let mut lines = Vec::new();
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
            Evaluation::Outcome { outcome, .. } => {
                let query: Vec<String> = answers.iter().map(|(k, v)| format!("{k}={v}")).collect();
                let mut line = format!("{} -> {} [{}]", query.join("&"), outcome.id, outcome.services.join(", "));
                for lang in ["en", "ru", "kk"] {
                    let _ = write!(line, " {lang}:{:016x}", digest(&format!("{:?}", eval(&answers, lang))));
                }
                lines.push(line);
            }
        }
    }
    lines.sort();
    lines.join("\n") + "\n"
}

#[test]
fn every_path_gives_its_recorded_answer_in_three_languages() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/expected/paths.txt");
    let now = record();
    assert!(now.lines().count() > 1000, "{} paths", now.lines().count());
    if std::env::var_os("UPDATE_EXPECTED").is_some() {
        std::fs::write(&path, &now).expect("write expected");
        return;
    }
    let recorded = std::fs::read_to_string(&path).unwrap_or_default();
    let changed: Vec<&str> = now.lines().filter(|l| !recorded.lines().any(|r| r == *l)).take(10).collect();
    assert!(
        recorded == now,
        "paths differ from tests/expected/paths.txt (first changed lines below); after a deliberate change run \
         UPDATE_EXPECTED=1 cargo test --test paths and review the diff:\n{}",
        changed.join("\n")
    );
}
