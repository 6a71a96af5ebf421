//! Writes the engine's typed message ids (`Msg`, from `texts/en/*.ftl`) and the guide's editions
//! (`content/guide-<year>/`, see `build/editions.rs` and `build/catalog.rs`), and the MCI and the
//! holidays (`content/parameters/`, `build/parameters.rs`). The languages' texts are the API crate's.

use std::path::PathBuf;
use std::{env, fs};

#[path = "../../build/catalog.rs"]
mod catalog;
#[path = "../../build/editions.rs"]
mod editions;
#[path = "../../build/parameters.rs"]
mod parameters;
#[allow(dead_code)] // the API crate's build uses the rest: checking every language, the tables
#[path = "../../build/texts.rs"]
mod texts;
/// The engine's vocabularies, which the data files name (the engine compiles the same file).
#[allow(dead_code)]
#[path = "src/vocabulary.rs"]
mod vocabulary;

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let root = manifest.join("..").join("..");
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let en = texts::english(&root);
    fs::write(out.join("ids.rs"), texts::generate_ids(&en)).expect("OUT_DIR is writable");
    let messages = texts::engine_ids(&en).into_iter().cloned().collect();
    let fixtures = env::var_os("CARGO_FEATURE_FIXTURE_EDITIONS").is_some();
    fs::write(out.join("editions.rs"), editions::generate(&root, fixtures, &messages)).expect("OUT_DIR is writable");
    fs::write(out.join("mci.rs"), parameters::mci(&root)).expect("OUT_DIR is writable");
    fs::write(out.join("holidays.rs"), parameters::holidays(&root, &messages)).expect("OUT_DIR is writable");
}
