//! Native latency of `evaluate` and `quote` (the same functions the wasm exports call) and the time
//! to walk every path of the question flow, for the benchmark table (`scripts/bench.sh`):
//! `cargo run --release --example bench-native` prints one JSON object on stdout.
//!
//! Calls are timed in batches (100 batches of 100 calls by default, after a warm-up), the same
//! way bench/run.mjs times them in Node and Chromium, so the three columns compare like with like.
//! `BENCH_BATCHES` and `BENCH_BATCH_SIZE` override the counts; `BENCH_WALKS` the number of walks.

use aifc_eligibility::api::{evaluate, quote, EvaluateRequest, QuoteRequest};
use aifc_eligibility::out::flow::Evaluation;
use aifc_eligibility_engine::facts::{Fact, Raw};
use chrono::NaiveDate;
use std::hint::black_box;
use std::time::Instant;

/// "Today" for every call, as in tests/rules/flow.rs.
const TODAY: &str = "2026-11-24";

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default()
}

fn raw(v: &str) -> Raw {
    match v {
        "true" => Raw::Bool(true),
        "false" => Raw::Bool(false),
        _ => Raw::Str(v.to_string()),
    }
}

fn eval_request(answers: &[(&str, &str)], lang: Option<&str>) -> EvaluateRequest {
    EvaluateRequest {
        answers: answers.iter().map(|(k, v)| (k.to_string(), raw(v))).collect(),
        lang: lang.map(str::to_string),
        date: Some(TODAY.into()),
    }
}

/// A work visa from abroad, with family and a branch: the invitation plus a qualification
/// exemption (bench/run.mjs uses the same answers).
const WORK_ABROAD: &[(&str, &str)] = &[
    ("need", "work"),
    ("location", "outside"),
    ("citizenship", "IN"),
    ("role", "employee"),
    ("meetsQualifications", "false"),
    ("term", "up-to-2-years"),
    ("family", "true"),
    ("branch", "true"),
];

/// A temporary residence permit for a CIS employee inside Kazakhstan, with family and a branch.
const TRP: &[(&str, &str)] = &[
    ("need", "work"),
    ("location", "inside"),
    ("citizenship", "KG"),
    ("stayDays", "200"),
    ("role", "employee"),
    ("meetsQualifications", "false"),
    ("family", "true"),
    ("branch", "true"),
];

/// The values a walk answers a fact with: the same as tests/rules/flow.rs, from the graph itself.
fn values_of(fact: Fact) -> Vec<String> {
    aifc_eligibility_engine::flow::graph::sample_values(fact)
}

/// Depth-first over the flow through the public `evaluate`: (paths, evaluate calls, deepest path).
fn walk_all() -> Result<(usize, usize, usize), String> {
    let (mut paths, mut calls, mut deepest) = (0, 0, 0);
    let mut stack: Vec<Vec<(String, String)>> = vec![vec![]];
    while let Some(answers) = stack.pop() {
        let pairs: Vec<(&str, &str)> = answers.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        calls += 1;
        match evaluate(&eval_request(&pairs, None), today()) {
            Ok(Evaluation::Question { question, .. }) => {
                let fact = Fact::parse(question.id).ok_or_else(|| format!("unknown fact {}", question.id))?;
                if answers.len() >= 20 {
                    return Err(format!("a path that does not end: {answers:?}"));
                }
                for v in values_of(fact) {
                    let mut a = answers.clone();
                    a.push((question.id.to_string(), v));
                    stack.push(a);
                }
            }
            Ok(Evaluation::Outcome { .. }) => {
                paths += 1;
                deepest = deepest.max(answers.len());
            }
            Err(e) => return Err(format!("{answers:?}: {e}")),
        }
    }
    Ok((paths, calls, deepest))
}

/// Sorted samples summarised as JSON: median, p10, p90, min, max and the count.
fn stats(mut xs: Vec<f64>) -> String {
    xs.sort_by(f64::total_cmp);
    let q = |p: f64| {
        // Linear interpolation between the closest ranks, as bench/run.mjs does.
        let pos = p * (xs.len() - 1) as f64;
        let (lo, hi) = (pos.floor() as usize, pos.ceil() as usize);
        xs[lo] + (xs[hi] - xs[lo]) * (pos - lo as f64)
    };
    format!(
        r#"{{"median":{:.6},"p10":{:.6},"p90":{:.6},"min":{:.6},"max":{:.6},"n":{}}}"#,
        q(0.5),
        q(0.1),
        q(0.9),
        xs[0],
        xs[xs.len() - 1],
        xs.len()
    )
}

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).filter(|&n| n > 0).unwrap_or(default)
}

/// Per-call microseconds of each batch of `size` calls, after one warm-up batch.
fn time_batches(batches: usize, size: usize, f: &dyn Fn() -> bool) -> Result<Vec<f64>, String> {
    for _ in 0..size {
        if !f() {
            return Err("a call failed".into());
        }
    }
    let mut out = Vec::with_capacity(batches);
    for _ in 0..batches {
        let t = Instant::now();
        let mut ok = true;
        for _ in 0..size {
            ok &= black_box(f());
        }
        out.push(t.elapsed().as_secs_f64() * 1e6 / size as f64);
        if !ok {
            return Err("a call failed".into());
        }
    }
    Ok(out)
}

fn run() -> Result<String, String> {
    let batches = env_usize("BENCH_BATCHES", 100);
    let size = env_usize("BENCH_BATCH_SIZE", 100);
    let walks = env_usize("BENCH_WALKS", 10);

    let work = eval_request(WORK_ABROAD, Some("ru"));
    let trp = eval_request(TRP, Some("ru"));
    let q = QuoteRequest {
        service: "work-visa".into(),
        variant: Some("3-to-5-years".into()),
        lang: Some("kk".into()),
        date: Some(TODAY.into()),
    };
    // The answers must reach outcomes, or the bench would time something else.
    for (name, req) in [("work", &work), ("trp", &trp)] {
        match evaluate(req, today()) {
            Ok(Evaluation::Outcome { .. }) => {}
            Ok(Evaluation::Question { question, .. }) => {
                return Err(format!("{name} answers stop at question {}", question.id))
            }
            Err(e) => return Err(format!("{name}: {e}")),
        }
    }
    quote(&q, today()).map_err(|e| format!("quote: {e}"))?;

    let eval_work = time_batches(batches, size, &|| black_box(evaluate(black_box(&work), today())).is_ok())?;
    let eval_trp = time_batches(batches, size, &|| black_box(evaluate(black_box(&trp), today())).is_ok())?;
    let quote_us = time_batches(batches, size, &|| black_box(quote(black_box(&q), today())).is_ok())?;

    let mut walk_ms = Vec::with_capacity(walks);
    let mut shape = (0, 0, 0);
    for _ in 0..walks {
        let t = Instant::now();
        shape = black_box(walk_all()?);
        walk_ms.push(t.elapsed().as_secs_f64() * 1e3);
    }
    let (paths, calls, deepest) = shape;

    Ok(format!(
        concat!(
            r#"{{"unit":{{"calls":"us per call","walk":"ms per walk"}},"batches":{},"batchSize":{},"#,
            r#""evaluateWork":{},"evaluateTrp":{},"quote":{},"#,
            r#""walk":{{"paths":{},"calls":{},"deepest":{},"ms":{}}}}}"#
        ),
        batches,
        size,
        stats(eval_work),
        stats(eval_trp),
        stats(quote_us),
        paths,
        calls,
        deepest,
        stats(walk_ms)
    ))
}

fn main() {
    match run() {
        Ok(json) => println!("{json}"),
        Err(e) => {
            eprintln!("bench-native: {e}");
            std::process::exit(1);
        }
    }
}
