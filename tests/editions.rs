//! The engine picks the guide's edition by the day the application is taken: a later edition is a
//! folder of data (here the test fixture tests/fixtures/guide-2026, which changes one fee).
//! Run with `cargo test --features fixture-editions --test editions`.

use aifc_eligibility::api::{quote, QuoteRequest};
use aifc_eligibility::catalog::{edition_on, editions};
use chrono::NaiveDate;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("a date")
}

/// The work visa's fees for up to 2 years, applied for on `date`.
fn work_visa_fees(date: &str) -> Vec<(String, String)> {
    let req = QuoteRequest {
        service: "work-visa".into(),
        variant: Some("up-to-2-years".into()),
        lang: None,
        date: Some(date.into()),
    };
    let q = quote(&req, day(date)).expect("a quote");
    q.fees.iter().map(|f| (f.tier.to_string(), f.kzt.clone())).collect()
}

#[test]
fn the_fixture_edition_is_compiled_in_after_2025() {
    let ids: Vec<&str> = editions().iter().map(|e| e.id).collect();
    assert_eq!(ids, ["guide-2025", "guide-2026"]);
    assert_eq!(edition_on(day("2026-03-01")).id, "guide-2025");
    assert_eq!(edition_on(day("2026-03-02")).id, "guide-2026");
    assert_eq!(edition_on(day("2024-12-31")).id, "guide-2025", "before every edition: the oldest");
}

#[test]
fn an_application_is_quoted_with_the_edition_in_force_on_the_day_it_is_taken() {
    let standard = |date: &str| work_visa_fees(date).into_iter().find(|(t, _)| t == "standard").map(|(_, k)| k);
    // Friday 27 February 2026: the 2025 edition.
    assert_eq!(standard("2026-02-27").as_deref(), Some("360000"));
    // Monday 2 March 2026, the fixture's first day: its new fee.
    assert_eq!(standard("2026-03-02").as_deref(), Some("380000"));
    // Sunday 1 March: a closed day, so the application is taken on Monday 2 March: the new fee.
    assert_eq!(standard("2026-03-01").as_deref(), Some("380000"));
}

#[test]
fn an_edition_changes_only_what_its_folder_gives() {
    let (old, new) = (&editions()[0], &editions()[1]);
    assert_eq!(old.tariffs.len(), new.tariffs.len(), "every service has a tariff in both");
    let changed: Vec<&str> = old
        .tariffs
        .iter()
        .zip(new.tariffs)
        .filter(|(a, b)| format!("{a:?}") != format!("{b:?}"))
        .map(|(a, _)| a.service)
        .collect();
    assert_eq!(changed, ["work-visa"]);
}

#[test]
fn a_quote_cites_the_edition_it_was_read_from() {
    let label = |date: &str| {
        let req =
            QuoteRequest { service: "iin".into(), variant: None, lang: Some("en".into()), date: Some(date.into()) };
        quote(&req, day(date)).expect("a quote").section.label
    };
    assert_eq!(label("2026-02-27"), "AIFC Expat Centre guide 2025 · Other migration and tax services · 2");
    assert_eq!(
        label("2026-03-02"),
        "AIFC Expat Centre guide 2026 (test fixture) · Other migration and tax services · 2"
    );
}
