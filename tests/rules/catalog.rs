//! The catalog: the guide's 23 services, each with a tariff per edition, duties as printed,
//! documents stored once. Each service's recorded sheet (`tests/expected/<id>.txt`) and review
//! page are written from its record (`review/record.rs`) and checked in `review_pages.rs`.

use aifc_eligibility_engine::catalog::SERVICES;

use aifc_eligibility::lang::Translate;

use crate::review::record::record;

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

#[test]
fn duties_of_2025_are_the_amounts_printed_in_the_guide() {
    // Guide: 0,5 АЕК (1966 KZT), 30 АЕК (117 960 KZT), 4 АЕК (15 728 KZT).
    for s in SERVICES.iter() {
        if let Some(d) = record(s).monday_2025.state_duty {
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
