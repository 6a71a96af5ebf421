//! The outcome at a glance (`outcome.plan`): what a visitor sees first after the last answer.
//! Each test is a visitor; the expected amounts are the guide's, worked out by hand.

use std::collections::BTreeMap;

use aifc_eligibility::api::{evaluate, EvaluateRequest};
use aifc_eligibility::out::flow::{Evaluation, OutcomeOut};
use aifc_eligibility_engine::facts::Raw;
use chrono::NaiveDate;

fn outcome(answers: &[(&str, Raw)], date: &str) -> OutcomeOut {
    let req = EvaluateRequest {
        answers: answers.iter().map(|(k, v)| ((*k).to_string(), v.clone())).collect::<BTreeMap<_, _>>(),
        lang: Some("en".to_string()),
        date: Some(date.to_string()),
    };
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).expect("date");
    match evaluate(&req, today).expect("evaluates") {
        Evaluation::Outcome { outcome, .. } => outcome,
        Evaluation::Question { question, .. } => panic!("still asks {}", question.id),
    }
}

fn s(v: &str) -> Raw {
    Raw::Str(v.to_string())
}

fn b(v: bool) -> Raw {
    Raw::Bool(v)
}

fn work_visa_from_abroad(family: bool) -> Vec<(&'static str, Raw)> {
    vec![
        ("need", s("work")),
        ("location", s("outside")),
        ("citizenship", s("IN")),
        ("role", s("employee")),
        ("meetsQualifications", b(true)),
        ("term", s("up-to-2-years")),
        ("family", b(family)),
        ("branch", b(false)),
    ]
}

#[test]
fn an_employee_invited_from_abroad_sees_one_step_its_total_and_its_date() {
    // The work visa invitation's row "up to 2 years": the total is its standard fee plus its duty.
    let o = outcome(&work_visa_from_abroad(false), "2026-03-25");
    let p = &o.plan;
    assert_eq!(p.steps.len(), 1);
    let step = &p.steps[0];
    assert_eq!(step.service, "work-visa-invitation");
    let q = &o.quotes[0];
    let standard = q.fees.iter().find(|f| f.tier == "standard").expect("a standard fee");
    assert_eq!(step.fee.as_deref(), Some(standard.kzt.as_str()));
    assert_eq!(step.state_duty.as_deref(), q.state_duty.as_ref().map(|d| d.kzt.as_str()));
    assert_eq!(p.total.kzt, step.subtotal);
    assert!(p.total.complete);
    assert_eq!(p.ready_by.as_deref(), q.ready_by.as_ref().map(|r| r.latest.as_str()));
    let delay = q.ready_by.as_ref().and_then(|r| r.with_delay.as_deref());
    assert!(delay.is_some(), "the guide warns of the state body's delay for the invitation");
    assert_eq!(p.ready_by_with_delay.as_deref(), delay, "the plan says the latest date too");
    assert!(p.per_person.is_none(), "no family: nothing to say about per-person fees");
    assert!(p.documents >= q.documents.len(), "the documents of the Centre and of step 2 are counted");
    let kinds: Vec<&str> = p.timeline.iter().map(|m| m.kind).collect();
    assert_eq!(kinds.first(), Some(&"today"));
    assert!(kinds.contains(&"ready") && kinds.contains(&"next-step"), "{kinds:?}");
    let links: Vec<&str> = p.links.iter().map(|l| l.id).collect();
    assert!(
        links.contains(&"aifc-portal") && links.contains(&"egov") && links.contains(&"qualification-rules"),
        "{links:?}"
    );
    assert!(!links.contains(&"enbek"), "the workplace certificate is not on the invitation's list");
}

#[test]
fn the_total_adds_each_fee_and_duty_exactly() {
    // Work visa inside Kazakhstan, 3 to 5 years, in 2026: 720,000 + 30 MCI x 4,325 = 849,750 KZT.
    let answers = vec![
        ("need", s("work")),
        ("location", s("inside")),
        ("citizenship", s("GB")),
        ("role", s("employee")),
        ("meetsQualifications", b(true)),
        ("term", s("3-to-5-years")),
        ("family", b(true)),
        ("branch", b(false)),
    ];
    let o = outcome(&answers, "2026-03-25");
    assert_eq!(o.plan.steps.iter().map(|s| s.service).collect::<Vec<_>>(), ["work-visa"]);
    assert_eq!(o.plan.total.kzt, "849750");
    assert_eq!(o.plan.total.mci.iter().map(|m| (m.year, m.kzt.as_str())).collect::<Vec<_>>(), [(2026, "4325")]);
    assert!(o.plan.per_person.is_some(), "family members apply too: the guide is silent on per-person fees");
}

#[test]
fn an_exemption_then_a_visa_is_summed_over_both_steps() {
    let mut answers = work_visa_from_abroad(false);
    answers.retain(|(k, _)| *k != "meetsQualifications");
    answers.push(("meetsQualifications", b(false)));
    let o = outcome(&answers, "2026-03-25");
    let p = &o.plan;
    assert_eq!(p.steps.len(), 2, "{:?}", p.steps.iter().map(|s| s.service).collect::<Vec<_>>());
    let sum: rust_decimal::Decimal =
        p.steps.iter().map(|s| s.subtotal.parse::<rust_decimal::Decimal>().expect("decimal")).sum();
    assert_eq!(p.total.kzt.parse::<rust_decimal::Decimal>().expect("decimal"), sum);
    assert_eq!(p.ready_by, p.steps[1].ready_by, "ready when the last step is");
}

#[test]
fn an_extension_shows_its_window_on_the_timeline_and_no_price() {
    let answers = vec![
        ("need", s("extend")),
        ("visa", s("work")),
        ("sameHost", b(true)),
        ("visaExpires", s("2026-04-30")),
        ("family", b(false)),
        ("branch", b(false)),
    ];
    let o = outcome(&answers, "2026-03-25");
    let kinds: Vec<&str> = o.plan.timeline.iter().map(|m| m.kind).collect();
    for k in ["window-opens", "window-closes", "expires"] {
        assert!(kinds.contains(&k), "{k} in {kinds:?}");
    }
    assert!(o.plan.timeline.iter().all(|m| m.date.is_some()), "no undated row: the window says when to apply");
    let dated: Vec<&str> = o.plan.timeline.iter().filter_map(|m| m.date.as_deref()).collect();
    assert!(dated.windows(2).all(|w| w[0] <= w[1]), "in date order: {dated:?}");
    if !o.plan.steps.is_empty() {
        assert!(!o.plan.total.complete, "the guide gives no fee for an extension");
    }
}
