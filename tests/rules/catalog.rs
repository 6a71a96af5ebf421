//! One recorded result per service, in `tests/expected/<id>.txt`: fees, duty in 2025 and 2026,
//! time, ready-by dates, documents and notes. Reviewed with `git diff`; after a deliberate change
//! run `UPDATE_EXPECT=1 cargo test --test rules` and read the diff before committing.

use aifc_eligibility::api::{quote, QuoteRequest};
use aifc_eligibility::lang::Translate;
use aifc_eligibility::out::quote::{DocOut, Quote};
use aifc_eligibility_engine::catalog::SERVICES;
use chrono::NaiveDate;

use crate::recorded;
use std::fmt::Write;

fn q(service: &str, variant: Option<&str>, lang: &str, date: &str) -> Quote {
    let req = QuoteRequest {
        service: service.to_string(),
        variant: variant.map(str::to_string),
        lang: Some(lang.to_string()),
        date: Some(date.to_string()),
    };
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).expect("date");
    quote(&req, today).unwrap_or_else(|e| panic!("{service}: {e}"))
}

/// The first fee row of a service with several, to quote it at all.
fn first_variant(id: &str) -> Option<&'static str> {
    let edition = &aifc_eligibility_engine::catalog::editions()[0];
    edition.tariff(id).and_then(|t| t.fees.variants().next()).map(|v| v.id())
}

#[test]
fn every_service_has_one_tariff_in_every_edition_read_from_its_own_section() {
    // content/guide-<year>/tariffs.toml carries each row's section: it must be the service's.
    for edition in aifc_eligibility_engine::catalog::editions() {
        assert_eq!(edition.tariffs.len(), SERVICES.len(), "{}", edition.id);
        for s in SERVICES.iter() {
            let t = edition.tariff(s.id).unwrap_or_else(|| panic!("{}: no tariff for {}", edition.id, s.id));
            assert_eq!(t.section, s.section, "{}: {}", edition.id, s.id);
        }
    }
}

fn docs(out: &mut String, list: &[DocOut], kk: &[DocOut]) {
    for (i, (d, k)) in list.iter().zip(kk).enumerate() {
        let flags: Vec<&str> = d.conditions.iter().copied().filter(|c| ["if-any", "optional"].contains(c)).collect();
        let words = d.when.iter().map(String::as_str).chain(flags).collect::<Vec<_>>();
        let when = if words.is_empty() { String::new() } else { format!("  [{}]", words.join("; ")) };
        let _ = writeln!(out, "  {:>2}. {}{when}\n      en: {}\n      kk: {}", i + 1, d.id, d.text, k.text);
    }
}

fn render(id: &str) -> String {
    let first = first_variant(id);
    let en25 = q(id, first, "en", "2025-06-02");
    let en26 = q(id, first, "en", "2026-03-20");
    let kk = q(id, first, "kk", "2026-03-20");
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{id}\n{}\n  en: {}\n  ru: {}\n  kk: {}",
        en26.section.label,
        en26.title,
        q(id, first, "ru", "2026-03-20").title,
        kk.title
    );
    let _ = writeln!(s, "fees:");
    if en26.variants.is_empty() {
        let row: Vec<String> = en26.fees.iter().map(|f| format!("{} {}", f.tier, f.kzt)).collect();
        let _ = writeln!(s, "  {}", if row.is_empty() { "none listed".to_string() } else { row.join(", ") });
    }
    for v in &en26.variants {
        let row: Vec<String> =
            q(id, Some(v.id), "en", "2026-03-20").fees.iter().map(|f| format!("{} {}", f.tier, f.kzt)).collect();
        let _ = writeln!(s, "  {}: {}", v.id, row.join(", "));
    }
    match (&en25.state_duty, &en26.state_duty) {
        (Some(a), Some(b)) => {
            let _ = writeln!(
                s,
                "state duty: {} MCI; 2025: {} x {} = {} KZT; 2026: {} x {} = {} KZT",
                a.mci, a.mci, a.mci_value, a.kzt, b.mci, b.mci_value, b.kzt
            );
        }
        _ => {
            let _ = writeln!(s, "state duty: none");
        }
    }
    match (&en26.processing, &en26.ready_by) {
        (Some(p), Some(r)) => {
            let _ = writeln!(s, "processing: {}-{} {}", p.min, p.max, p.unit);
            let _ = writeln!(
                s,
                "ready by, applied Friday {} (before Nauryz): {} to {}; with the state's delay {}",
                r.applied,
                r.earliest,
                r.latest,
                r.with_delay.as_deref().unwrap_or("(no delay note)")
            );
        }
        _ => {
            let _ = writeln!(s, "processing: not given");
        }
    }
    // An application made on a closed day is taken on the next working day.
    if let Some(r) = q(id, first, "en", "2025-06-07").ready_by {
        let _ = writeln!(
            s,
            "ready by, applied Saturday {}: taken {}, ready {} to {}; duty year {}",
            r.applied,
            r.taken,
            r.earliest,
            r.latest,
            q(id, first, "en", "2025-06-07").state_duty.map_or("(no duty)".to_string(), |d| d.mci_year.to_string())
        );
    }
    let _ = writeln!(s, "apply:");
    for a in &en26.apply {
        let _ = writeln!(s, "  - {a}");
    }
    let _ = writeln!(s, "documents ({}):", en26.documents.len());
    docs(&mut s, &en26.documents, &kk.documents);
    for (step, kstep) in en26.next_steps.iter().zip(&kk.next_steps) {
        let _ = writeln!(s, "next step: {} ({})", step.title, step.place);
        docs(&mut s, &step.documents, &kstep.documents);
        for n in &step.notes {
            let _ = writeln!(s, "  note [{}]: {}", n.kind, n.text);
        }
    }
    let _ = writeln!(s, "notes:");
    for n in &en26.notes {
        let _ = writeln!(s, "  - [{}] {}", n.kind, n.text);
    }
    s
}

#[test]
fn every_service_matches_its_recorded_result() {
    for s in SERVICES.iter() {
        recorded::check(&format!("tests/expected/{}.txt", s.id), &render(s.id));
    }
}

#[test]
fn duties_of_2025_are_the_amounts_printed_in_the_guide() {
    // Guide: 0,5 АЕК (1966 KZT), 30 АЕК (117 960 KZT), 4 АЕК (15 728 KZT).
    for s in SERVICES.iter() {
        let first = first_variant(s.id);
        if let Some(d) = q(s.id, first, "en", "2025-06-02").state_duty {
            let printed = match d.mci.as_str() {
                "0.5" => "1966",
                "30" => "117960",
                "4" => "15728",
                other => panic!("{}: a duty of {other} MCI is not in the guide", s.id),
            };
            assert_eq!(d.kzt, printed, "{}", s.id);
        }
    }
}

#[test]
fn the_catalog_is_the_guide_s_23_services_in_order_with_unique_ids() {
    let ids: Vec<&str> = SERVICES.iter().map(|s| s.id).collect();
    assert_eq!(ids.len(), 23);
    let mut sorted = ids.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(sorted.len(), 23);
    assert_eq!(ids[0], "work-visa-invitation");
    assert_eq!(ids[22], "qualification-exemption");
}

#[test]
fn documents_are_stored_once() {
    // The same id always means the same text, in every service that lists it.
    let mut seen: std::collections::BTreeMap<&str, &str> = Default::default();
    for s in SERVICES.iter() {
        let steps = s.next_step.iter().flat_map(|n| n.documents.iter());
        for d in s.documents.iter().chain(steps) {
            let prev = seen.insert(d.doc.id, d.doc.text.kk());
            assert!(prev.is_none_or(|p| p == d.doc.text.kk()), "{} has two texts", d.doc.id);
        }
    }
}
