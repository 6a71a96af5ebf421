//! The review pages in `docs/review/` are what `cargo run --example review` writes from the
//! catalog and the texts now: a change to a rule or a text shows in them, in review. After a
//! deliberate change run `cargo run --example review` (or `UPDATE_EXPECTED=1 cargo test --test
//! review_pages`) and commit the pages with it.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use aifc_eligibility_engine::lang::{Text, ALL_MESSAGES};

mod review;

#[test]
fn the_committed_review_pages_are_what_the_generator_writes_now() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join(review::DIR);
    let pages = review::pages(root);
    if std::env::var_os("UPDATE_EXPECTED").is_some() {
        fs::create_dir_all(&dir).expect("create docs/review");
        for entry in fs::read_dir(&dir).expect("read docs/review").flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(".md") && !pages.iter().any(|(n, _)| *n == name) {
                fs::remove_file(entry.path()).expect("remove a page no longer written");
            }
        }
        for (name, text) in &pages {
            fs::write(dir.join(name), text).expect("write a review page");
        }
    }
    let mut differ: Vec<String> = pages
        .iter()
        .filter(|(name, text)| fs::read_to_string(dir.join(name)).ok().as_deref() != Some(text.as_str()))
        .map(|(name, _)| name.clone())
        .collect();
    let written: BTreeSet<&str> = pages.iter().map(|(n, _)| n.as_str()).collect();
    let committed = fs::read_dir(&dir).map(|d| d.flatten().collect::<Vec<_>>()).unwrap_or_default();
    for entry in committed {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(".md") && !written.contains(name.as_str()) {
            differ.push(format!("{name} (no longer written)"));
        }
    }
    assert!(
        differ.is_empty(),
        "docs/review differs from what the generator writes now: {differ:?}\nrun `{}` (or UPDATE_EXPECTED=1 \
         cargo test --test review_pages), read the diff and commit the pages",
        review::REGENERATE
    );
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
