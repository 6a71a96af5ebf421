//! The build's check of the texts (build/texts.rs, run by the API crate's build script), tested
//! on its own: it stops the build on a message missing in a language or with other variables, and
//! it computes the same hash as scripts/texts-reviewed.mjs, which writes translations.lock.

#[allow(dead_code)]
#[path = "../build/texts.rs"]
mod texts;

use std::fs;
use std::panic;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A copy of texts/ in a temporary folder, changed by `change`, checked as the build checks it.
fn check_changed(name: &str, change: impl Fn(&Path)) -> Result<usize, String> {
    let dir = std::env::temp_dir().join(format!("aifc-texts-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    copy(&root().join("texts"), &dir.join("texts"));
    change(&dir.join("texts"));
    let result = panic::catch_unwind(|| texts::checked(&dir).len()).map_err(|e| {
        e.downcast_ref::<String>()
            .cloned()
            .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default()
    });
    let _ = fs::remove_dir_all(&dir);
    result
}

fn copy(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("a temporary folder");
    for entry in fs::read_dir(from).expect("texts/ is readable").flatten() {
        let path = entry.path();
        if path.is_dir() {
            copy(&path, &to.join(entry.file_name()));
        } else {
            fs::copy(&path, to.join(entry.file_name())).expect("a copy");
        }
    }
}

fn edit(file: &Path, from: &str, to: &str) {
    let text = fs::read_to_string(file).expect("a text file");
    assert!(text.contains(from), "{} holds {from:?}", file.display());
    fs::write(file, text.replacen(from, to, 1)).expect("written");
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
