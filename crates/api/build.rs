//! Checks every language's texts against English (`texts/<language>/*.ftl`; the build fails on a
//! missing message, warns on a translation older than its source) and writes the `Lang` list and
//! one table per language. `AIFC_TEXTS_EXTRA` names a folder with more languages (its own
//! `languages.txt` and one folder per tag), so a test can build with one more language.

use std::path::PathBuf;
use std::{env, fs};

#[allow(dead_code)] // the engine's build uses the rest: the message ids
#[path = "../../build/texts.rs"]
mod texts;

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let root = manifest.join("..").join("..");
    let languages = texts::checked(&root);
    texts::warn_stale(&root.join("texts"), &languages);
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out.join("texts.rs"), texts::generate_tables(&languages)).expect("OUT_DIR is writable");
    // Each language's table as a file, for the build that loads them at run time (separate-texts):
    // scripts/build/engine.mjs copies them into the package.
    let tables = out.join("texts");
    fs::create_dir_all(&tables).expect("OUT_DIR is writable");
    for lang in &languages {
        fs::write(tables.join(format!("{}.txt", lang.tag)), texts::table_file(&languages, lang))
            .expect("OUT_DIR is writable");
    }
}
