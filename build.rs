//! Turns the texts in `texts/<language>/*.ftl` into typed message ids and one table per language.
//!
//! The build fails when a message is missing in a language, is there only in a translation, or
//! uses other variables than its source; it warns when a translation is older than its source
//! (`texts/translations.lock`). `widget.ftl` is the widget's and is checked here too; every other
//! file is the engine's. Nothing is parsed at run time: the engine reads the tables written here.
//!
//! It also reads the guide's editions (`content/guide-<year>/`): see `build/editions.rs`.
//!
//! `AIFC_TEXTS_EXTRA` names a folder with more languages (its own `languages.txt` and one folder
//! per tag), so a test can build with one more language without touching `texts/`.

use std::path::PathBuf;
use std::{env, fs};

#[path = "build/editions.rs"]
mod editions;
#[path = "build/texts.rs"]
mod texts;

use texts::{compare, generate, read_language, tags, warn_stale, Language};

fn main() {
    println!("cargo:rerun-if-changed=texts");
    println!("cargo:rerun-if-env-changed=AIFC_TEXTS_EXTRA");
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let texts = root.join("texts");
    let mut dirs: Vec<(String, PathBuf)> = tags(&texts).into_iter().map(|t| (t.clone(), texts.join(t))).collect();
    if let Ok(extra) = env::var("AIFC_TEXTS_EXTRA") {
        let extra = PathBuf::from(extra);
        println!("cargo:rerun-if-changed={}", extra.display());
        dirs.extend(tags(&extra).into_iter().map(|t| (t.clone(), extra.join(t))));
    }
    let mut errors = Vec::new();
    let languages: Vec<Language> = dirs.into_iter().map(|(tag, dir)| read_language(tag, dir, &mut errors)).collect();
    if languages.first().map(|l| l.tag.as_str()) != Some("en") {
        errors.push("texts/languages.txt must list en first: English is the source of the interface".into());
    }
    if errors.is_empty() {
        compare(&languages, &mut errors);
    }
    if !errors.is_empty() {
        for e in &errors {
            println!("cargo:warning={e}");
        }
        panic!("texts: {} problem(s), listed above", errors.len());
    }
    warn_stale(&texts, &languages);
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out.join("texts.rs"), generate(&languages)).expect("OUT_DIR is writable");
    let fixtures = env::var_os("CARGO_FEATURE_FIXTURE_EDITIONS").is_some();
    fs::write(out.join("editions.rs"), editions::generate(&root, fixtures)).expect("OUT_DIR is writable");
}
