//! The catalog's recorded files, in one check: each service's sheet (`tests/expected/<id>.txt`)
//! and review page (`docs/review/<id>.md`), both from its record (`review/record.rs`), and the
//! pages of the texts of no service. A change to a rule or a text shows in them, in review, each
//! file with its changed lines. After a deliberate change run
//! `UPDATE_EXPECT=1 cargo test --test rules` and commit the files with it.

use std::fs;
use std::path::Path;

use aifc_eligibility_engine::lang::{Text, ALL_MESSAGES};

use crate::recorded;
use crate::review;

#[test]
fn every_service_s_sheet_and_review_page_and_the_other_pages_are_what_the_code_gives_now() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = review::files(root);
    // A page no longer written (a service removed) goes when recording, and fails otherwise.
    let committed = fs::read_dir(root.join(review::DIR)).map(|d| d.flatten().collect::<Vec<_>>()).unwrap_or_default();
    let mut stale = Vec::new();
    for entry in committed {
        let name = format!("{}/{}", review::DIR, entry.file_name().to_string_lossy());
        if name.ends_with(".md") && !files.iter().any(|(n, _)| *n == name) {
            if recorded::updating() {
                fs::remove_file(entry.path()).expect("remove a page no longer written");
            } else {
                stale.push(name);
            }
        }
    }
    assert!(stale.is_empty(), "{} no longer written: remove them (UPDATE_EXPECT=1 does)", stale.join(", "));
    recorded::check_all(&files);
}

#[test]
fn every_engine_text_is_on_some_review_page() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let pages = review::pages(root);
    let missing: Vec<&str> = ALL_MESSAGES
        .iter()
        .map(|&m| Text::new(m).id())
        .filter(|id| !pages.iter().any(|(_, text)| text.contains(&format!("`{id}`"))))
        .collect();
    assert!(missing.is_empty(), "texts on no review page: {missing:?}");
}
