//! The review pages in `docs/review/` are recorded answers like the sheets of `tests/expected/`,
//! by the same mechanism (`recorded`): what the `review` module writes now from the catalog and
//! the texts, a change to a rule or a text showing in them, in review. After a deliberate change
//! run `UPDATE_EXPECT=1 cargo test --test rules` (or `cargo run --example review`, which the pages
//! name) and commit the pages with it.

use std::fs;
use std::path::Path;

use aifc_eligibility_engine::lang::{Text, ALL_MESSAGES};

use crate::recorded;
use crate::review;

#[test]
fn the_committed_review_pages_are_what_the_generator_writes_now() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join(review::DIR);
    let pages = review::pages(root);
    // A page no longer written (a service removed) goes when recording, and fails otherwise.
    let committed = fs::read_dir(&dir).map(|d| d.flatten().collect::<Vec<_>>()).unwrap_or_default();
    let mut stale = Vec::new();
    for entry in committed {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(".md") && !pages.iter().any(|(n, _)| *n == name) {
            if recorded::updating() {
                fs::remove_file(entry.path()).expect("remove a page no longer written");
            } else {
                stale.push(name);
            }
        }
    }
    assert!(stale.is_empty(), "{} no longer written: remove them (UPDATE_EXPECT=1 does)", stale.join(", "));
    for (name, text) in &pages {
        recorded::check(&format!("{}/{name}", review::DIR), text);
    }
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
