//! Issue 11, "truth to the guide, second pass": each test is a visitor who got a wrong date, a
//! contradiction or no answer, and what the engine tells them now, with the guide's words.

use aifc_eligibility::api::{evaluate, quote, EvaluateRequest, QuoteRequest};
use aifc_eligibility::flow::facts::Raw;
use aifc_eligibility::flow::{Evaluation, OutcomeOut};
use aifc_eligibility::quote::Quote;
use chrono::NaiveDate;

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

fn quote_on(service: &str, variant: Option<&str>, date: &str) -> Quote {
    let req = QuoteRequest {
        service: service.to_string(),
        variant: variant.map(str::to_string),
        lang: None,
        date: Some(date.to_string()),
    };
    quote(&req, today()).unwrap_or_else(|e| panic!("{service}: {e}"))
}

fn outcome_on(answers: &[(&str, &str)], date: &str) -> OutcomeOut {
    let req = EvaluateRequest {
        answers: answers.iter().map(|(k, v)| (k.to_string(), raw(v))).collect(),
        lang: None,
        date: Some(date.to_string()),
    };
    match evaluate(&req, today()) {
        Ok(Evaluation::Outcome { outcome, .. }) => outcome,
        Ok(Evaluation::Question { question, .. }) => panic!("{answers:?}: asked {} instead of an outcome", question.id),
        Err(e) => panic!("{answers:?}: {e}"),
    }
}

// --- 1. Dates from a closed day ----------------------------------------------------------------

#[test]
fn an_employer_applying_for_a_work_visa_on_a_saturday_gets_the_date_of_the_next_working_day() {
    // Saturday 7 June 2025 (Friday 6 June was Kurban Ait): taken on Monday 9 June, so ready on
    // the 5th working day after it, 16 June, exactly as for an application made on that Monday.
    let saturday = quote_on("work-visa", Some("up-to-2-years"), "2025-06-07");
    let monday = quote_on("work-visa", Some("up-to-2-years"), "2025-06-09");
    let (s, m) = (saturday.ready_by.expect("dates"), monday.ready_by.expect("dates"));
    assert_eq!((s.applied.as_str(), s.taken.as_str()), ("2025-06-07", "2025-06-09"));
    assert_eq!(s.latest, "2025-06-16");
    assert_eq!((s.earliest, s.latest, s.with_delay), (m.earliest, m.latest, m.with_delay));
}

#[test]
fn a_visitor_asking_for_a_same_day_service_on_a_holiday_is_served_on_the_day_it_is_taken() {
    // Same-day services and working-day services agree: both start on the day it is taken.
    let q = quote_on("arrival-notification", None, "2026-03-23").ready_by.expect("dates");
    assert_eq!((q.taken.as_str(), q.latest.as_str(), q.same_day), ("2026-03-26", "2026-03-26", true));
    let visa = quote_on("work-visa", Some("up-to-2-years"), "2026-03-23").ready_by.expect("dates");
    assert_eq!(visa.taken, q.taken);
}

#[test]
fn an_application_made_on_a_sunday_new_year_s_eve_pays_the_duty_of_the_year_it_is_taken() {
    // Sunday 31 December 2028: taken in January 2029, so the duty is the one of 2029, whose MCI
    // is not published yet: the last known one (2026) is used and flagged provisional.
    let q = quote_on("work-visa", Some("up-to-2-years"), "2028-12-31");
    assert!(q.ready_by.expect("dates").taken.starts_with("2029-01-"));
    let duty = q.state_duty.expect("duty");
    assert_eq!(duty.mci_year, 2026);
    assert!(duty.provisional);
}

#[test]
fn the_ready_by_date_of_an_outcome_counts_from_the_first_working_day_too() {
    let o = outcome_on(
        &[
            ("need", "work"),
            ("location", "inside"),
            ("citizenship", "GB"),
            ("role", "employee"),
            ("meetsQualifications", "true"),
            ("term", "up-to-2-years"),
            ("family", "false"),
            ("branch", "false"),
        ],
        "2025-06-07",
    );
    assert_eq!(o.quotes[0].ready_by.as_ref().map(|r| r.latest.as_str()), Some("2025-06-16"));
}

// --- 3. An extension that is too late or expired ------------------------------------------------

fn extend_work(expires: &str) -> Vec<(&'static str, String)> {
    vec![
        ("need", "extend".into()),
        ("visa", "work".into()),
        ("sameHost", "true".into()),
        ("visaExpires", expires.into()),
        ("family", "false".into()),
        ("branch", "false".into()),
    ]
}

fn outcome_of(answers: &[(&'static str, String)], date: &str) -> OutcomeOut {
    let pairs: Vec<(&str, &str)> = answers.iter().map(|(k, v)| (*k, v.as_str())).collect();
    outcome_on(&pairs, date)
}

#[test]
fn a_work_visa_holder_whose_last_day_to_apply_has_passed_is_not_offered_the_extension() {
    // Visa expires Friday 27 November 2026; the 5th working day before it is 20 November.
    let o = outcome_of(&extend_work("2026-11-27"), "2026-11-24");
    assert_eq!(o.id, "extension-closed");
    assert!(o.services.is_empty() && o.quotes.is_empty());
    let w = o.extension_window.expect("the window and its dates stay");
    assert_eq!((w.status, w.latest.as_str()), ("closed", "2026-11-20"));
    let n = o.no_service.expect("what to do");
    assert!(n.reason.contains("too late") && n.instead.contains("fines") && n.instead.contains("expat@aifc.kz"));
    assert!(!n.reason.contains("can be extended"));
}

#[test]
fn a_work_visa_holder_whose_visa_has_expired_is_told_so_and_to_contact_the_centre() {
    let o = outcome_of(&extend_work("2026-03-31"), "2026-11-24");
    assert_eq!(o.id, "extension-expired");
    assert!(o.services.is_empty());
    assert_eq!(o.extension_window.map(|w| w.status), Some("expired"));
    let n = o.no_service.expect("what to do");
    assert!(n.reason.contains("expired") && n.instead.contains("+7 (7172) 64 73 33"));
}

#[test]
fn a_work_visa_holder_inside_the_window_still_gets_the_extension_and_its_window() {
    let o = outcome_of(&extend_work("2026-12-31"), "2026-11-24");
    assert_eq!(o.id, "extension");
    assert_eq!(o.services, ["work-visa-extension"]);
    assert_eq!(o.extension_window.map(|w| w.status), Some("open"));
}

#[test]
fn a_visa_expiring_too_late_is_not_asked_about_family_or_branch() {
    let req = EvaluateRequest {
        answers: extend_work("2026-11-27").into_iter().take(4).map(|(k, v)| (k.to_string(), raw(&v))).collect(),
        lang: Some("kk".into()),
        date: Some("2026-11-24".into()),
    };
    let Ok(Evaluation::Outcome { outcome, .. }) = evaluate(&req, today()) else { panic!("an outcome at once") };
    assert_eq!(outcome.id, "extension-closed");
}
