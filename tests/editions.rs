//! The engine picks the guide's edition by the day the application is taken: a later edition is a
//! folder of data (here the test fixture tests/fixtures/guide-2026, which changes one fee, one
//! document list and one service's notes).
//! Run with `cargo test --features fixture-editions --test editions`.

use aifc_eligibility::api::{quote, QuoteRequest};
use aifc_eligibility::lang::Translate;
use aifc_eligibility_engine::catalog::{edition_on, editions, Edition};
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
    let ids = |e: &Edition| e.services.iter().map(|s| s.id).collect::<Vec<_>>();
    assert_eq!(ids(old), ids(new), "the same services, in the same order");
    let changed: Vec<&str> = old
        .services
        .iter()
        .zip(new.services)
        .filter(|(a, b)| format!("{a:?}") != format!("{b:?}"))
        .map(|(a, _)| a.id)
        .collect();
    assert_eq!(changed, ["work-visa", "fingerprinting"]);
    // An unchanged service is the same static in both editions, not a copy.
    let iin = |e: &Edition| e.service("iin").map(|s| s as *const _);
    assert_eq!(iin(old), iin(new));
    // The fixture changes the work visa's notes only: its documents are 2025's.
    let docs = |e: &Edition| e.service("work-visa").map(|s| format!("{:?}", s.documents));
    assert_eq!(docs(old), docs(new));
}

/// A quote in English of `service` applied for on `date`.
fn quoted(service: &str, date: &str) -> aifc_eligibility::out::quote::Quote {
    let variant = (service == "work-visa").then(|| "up-to-2-years".to_string());
    let req = QuoteRequest { service: service.into(), variant, lang: Some("en".into()), date: Some(date.into()) };
    quote(&req, day(date)).expect("a quote")
}

#[test]
fn a_changed_document_list_is_picked_by_date() {
    let docs = |date: &str| quoted("fingerprinting", date).documents.iter().map(|d| d.id).collect::<Vec<_>>();
    // Friday 27 February 2026: the 2025 list, with the arrival notification.
    assert_eq!(docs("2026-02-27"), ["iin", "passport-original-plain", "arrival-notification", "personal-data-consent"]);
    // Monday 2 March 2026: the fixture's list, without it.
    assert_eq!(docs("2026-03-02"), ["iin", "passport-original-plain", "personal-data-consent"]);
}

#[test]
fn changed_notes_are_picked_by_date() {
    let notes = |date: &str| quoted("work-visa", date).notes.iter().map(|n| n.text).collect::<Vec<_>>();
    let (old, new) = (notes("2026-02-27"), notes("2026-03-02"));
    // The fixture drops two notes; the fee-band gap's is never in a quote of a chosen row (issue
    // 25, item 6: the term question tells it), so the verification note shows the change.
    let verification = aifc_eligibility_engine::t!(note_fingerprinting_2025).en();
    let has = |notes: &[&str]| notes.contains(&verification);
    assert!(has(&old), "2025: the note on 2025's verification, {old:?}");
    assert!(!has(&new), "2026: no note on 2025's verification, {new:?}");
    // The state-delay note (from the tariff) comes first in both, then the service's own notes.
    assert_eq!(old.len(), 4, "{old:?}");
    assert_eq!(new.len(), 3, "{new:?}");
    assert_eq!(old[0], new[0]);
    assert_eq!(old[1], new[1], "the qualification-check note stays");
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
