//! The build's check of the texts (build/texts.rs, run by the API crate's build script), tested
//! on its own: it stops the build on a message missing in a language or with other variables, and
//! it computes the same hash as scripts/texts-reviewed.mjs, which writes translations.lock.

use crate::build_check;
use crate::content_build::texts;

use std::fs;
use std::path::Path;

use build_check::{copy, edit, on_changed_copy, root};

/// A copy of texts/ in a temporary folder, changed by `change`, checked as the build checks it.
fn check_changed(name: &str, change: impl Fn(&Path)) -> Result<usize, String> {
    on_changed_copy("texts", name, change, |dir| texts::checked(dir).len())
}

#[test]
fn the_texts_as_they_are_pass_the_check() {
    assert_eq!(check_changed("as-is", |_| {}), Ok(3), "en, ru and kk");
}

#[test]
fn a_message_missing_in_a_language_stops_the_build() {
    let result = check_changed("missing", |texts| {
        edit(&texts.join("ru/plan.ftl"), "plan_per_person = ", "plan_per_person_renamed = ");
    });
    assert_eq!(result.map_err(|e| e.starts_with("texts: ")), Err(true), "the build stops");
}

#[test]
fn a_translation_with_other_variables_stops_the_build() {
    let result = check_changed("variables", |texts| {
        edit(&texts.join("kk/calendar-ics.ftl"), "{ $latest }", "{ $last }");
    });
    assert!(result.is_err(), "the build stops");
}

#[test]
fn the_build_and_the_review_script_agree_that_no_translation_is_stale() {
    // translations.lock is written by scripts/texts-reviewed.mjs with its own FNV-1a of the source
    // lines; the build reads it with this one. If the two hashed differently, every translation
    // would be stale here.
    let languages = texts::checked(&root());
    assert_eq!(texts::stale(&root().join("texts"), &languages), Vec::<String>::new());
}

#[test]
fn a_changed_source_makes_its_translations_stale() {
    let dir = std::env::temp_dir().join(format!("aifc-texts-stale-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    copy(&root().join("texts"), &dir.join("texts"));
    edit(&dir.join("texts/en/plan.ftl"), "plan_per_person = The guide", "plan_per_person = The Guide");
    let languages = texts::checked(&dir);
    let stale = texts::stale(&dir.join("texts"), &languages);
    let _ = fs::remove_dir_all(&dir);
    assert_eq!(stale, ["ru/plan.ftl: plan_per_person", "kk/plan.ftl: plan_per_person"]);
}
