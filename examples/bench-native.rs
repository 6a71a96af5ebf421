//! Native latency of `evaluate` and `quote` (the same functions the wasm exports call), for the
//! benchmark table: `cargo run --release --example bench-native`.

use aifc_eligibility::api::{evaluate, quote, EvaluateRequest, QuoteRequest};
use aifc_eligibility::flow::facts::Raw;
use chrono::NaiveDate;
use std::hint::black_box;
use std::time::Instant;

fn main() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default();
    let answers = [
        ("need", Raw::Str("work".into())),
        ("location", Raw::Str("outside".into())),
        ("citizenship", Raw::Str("IN".into())),
        ("meetsQualifications", Raw::Bool(false)),
        ("term", Raw::Str("up-to-2-years".into())),
        ("family", Raw::Bool(true)),
        ("branch", Raw::Bool(true)),
    ];
    let eval = EvaluateRequest {
        answers: answers.iter().map(|(k, v)| (k.to_string(), v.clone())).collect(),
        lang: Some("ru".into()),
        date: Some("2026-11-24".into()),
    };
    let q = QuoteRequest {
        service: "work-visa".into(),
        variant: Some("3-to-5-years".into()),
        lang: Some("kk".into()),
        date: Some("2026-11-24".into()),
    };
    let n = 10_000;
    for (name, f) in [
        ("evaluate", &(|| drop(black_box(evaluate(&eval, today)))) as &dyn Fn()),
        ("quote", &|| drop(black_box(quote(&q, today)))),
    ] {
        let mut runs: Vec<f64> = (0..5)
            .map(|_| {
                let t = Instant::now();
                for _ in 0..n {
                    f();
                }
                t.elapsed().as_secs_f64() * 1e6 / f64::from(n)
            })
            .collect();
        runs.sort_by(f64::total_cmp);
        println!(
            "{name}: median {:.2} us per call (min {:.2}, max {:.2}) over 5 x {n} calls",
            runs[2], runs[0], runs[4]
        );
    }
}
