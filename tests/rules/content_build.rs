//! The build's check of the guide's data and the parameters (build/catalog.rs, build/editions.rs
//! and build/parameters.rs, run by the engine's build script), tested on its own: a name in
//! content/ that names nothing stops the build, saying which file and which service, a parameter
//! without its source stops it too. The names it knows are the engine's own enums (one definition,
//! crates/engine/src/vocabulary.rs, mounted here as the build mounts it).

#[path = "../../build/catalog.rs"]
mod catalog;
#[path = "../../build/editions.rs"]
mod editions;
#[path = "../../build/parameters.rs"]
mod parameters;
// Also what texts_build.rs tests (one module: a file loaded twice would be compiled twice).
#[allow(dead_code)]
#[path = "../../build/texts.rs"]
pub(crate) mod texts;
// The engine's vocabularies, mounted at the test crate's root (its macro names `$crate::vocabulary`).
use crate::vocabulary;

use crate::build_check;

use std::collections::BTreeSet;
use std::path::Path;

use build_check::{edit, on_changed_copy, root};

/// A copy of content/ in a temporary folder, changed by `change`, generated as the build does.
fn generate_changed(name: &str, change: impl Fn(&Path)) -> Result<String, String> {
    let messages: BTreeSet<String> = texts::engine_ids(&texts::english(&root())).into_iter().cloned().collect();
    on_changed_copy("content", name, change, move |dir| {
        let mut code = editions::generate(dir, false, &messages);
        code.push_str(&parameters::mci(dir));
        code.push_str(&parameters::holidays(dir, &messages));
        code
    })
}

/// The build's message when `from` becomes `to` in `file` (a path in content/).
fn stops(name: &str, file: &str, from: &str, to: &str) -> String {
    match generate_changed(name, |dir| edit(&dir.join(file), from, to)) {
        Ok(_) => panic!("the build went on with {to:?} in {file}"),
        Err(message) => message,
    }
}

#[test]
fn the_guide_as_it_is_builds() {
    let code = generate_changed("as-is", |_| {}).expect("content/ passes the check");
    assert!(code.contains("pub static SERVICES: [&Service; 23]"), "23 services");
    assert!(code.contains("pub static DOCUMENTS: [DocText; 71]"), "71 documents");
    assert!(code.contains("pub static MCI_TABLE: [MciValue; 3]"), "three years of MCI");
    assert!(code.contains("pub static FIXED_HOLIDAYS: [FixedHoliday; 15]"), "15 fixed holidays");
}

#[test]
fn a_misspelt_message_id_stops_the_build() {
    let e =
        stops("message", "guide-2025/1-work-visa.toml", "title = \"work_visa_title\"", "title = \"work_visa_titel\"");
    assert!(e.contains("content/guide-2025/1-work-visa.toml: service work-visa: no message `work_visa_titel`"), "{e}");
}

#[test]
fn a_misspelt_document_id_stops_the_build() {
    let e = stops(
        "document",
        "guide-2025/8-other-services.toml",
        "\"entry-passport-original\"",
        "\"entry-pasport-original\"",
    );
    assert!(e.contains("8-other-services.toml: service iin: no document `entry-pasport-original`"), "{e}");
}

#[test]
fn a_misspelt_condition_stops_the_build() {
    let e = stops(
        "condition",
        "guide-2025/4-temporary-residence-permit.toml",
        "when = [\"employees\"]",
        "when = [\"employes\"]",
    );
    assert!(
        e.contains("service temporary-residence-permit: qualification-proof-and-cv: unknown condition `employes`"),
        "{e}"
    );
}

#[test]
fn a_misspelt_note_id_stops_the_build() {
    let e = stops("note", "guide-2025/1-work-visa.toml", "\"fee-bands-gap\"", "\"fee-band-gap\"");
    assert!(e.contains("service work-visa-invitation: no [[note]] `fee-band-gap`"), "{e}");
}

#[test]
fn a_misspelt_service_id_stops_the_build() {
    // The service's id no longer matches its tariff's.
    let e = stops("service", "guide-2025/8-other-services.toml", "id = \"iin\"", "id = \"iim\"");
    assert!(e.contains("iin has a tariff but is no [[service]] of the edition"), "{e}");
}

#[test]
fn a_misspelt_link_document_stops_the_build() {
    let e = stops("link", "guide-2025/links.toml", "document = \"pki-application\"", "document = \"pki-aplication\"");
    assert!(e.contains("links.toml: link pki: no document `pki-aplication`"), "{e}");
}

#[test]
fn a_misspelt_holiday_name_stops_the_build() {
    let e = stops("holiday", "parameters/holidays.toml", "\"holiday_nauryz\"", "\"holiday_nawruz\"");
    assert!(e.contains("holidays.toml: fixed holiday 3-21: no message `holiday_nawruz`"), "{e}");
}

#[test]
fn a_parameter_without_its_source_stops_the_build() {
    let line = "source = \"Law on the republican budget for 2025-2027 (zakon.kz/pravo/6500457)\"";
    let e = stops("mci-source", "parameters/mci.toml", line, "");
    assert!(e.contains("mci.toml: 2025: every row names its public `source`"), "{e}");
    let line = "source = \"Order No. 436 of 21 November 2024 (Sunday 5 January 2025 worked, Friday 3 January off)\"";
    let e = stops("transfer-source", "parameters/holidays.toml", line, "source = \" \"");
    assert!(e.contains("holidays.toml: transfer: every row names its public `source`"), "{e}");
}

#[test]
fn a_year_missing_from_the_mci_stops_the_build() {
    let e = stops("mci-gap", "parameters/mci.toml", "year = 2025", "year = 2027");
    assert!(e.contains("mci.toml: 2027: years follow one another"), "{e}");
}
