//! Writes the review pages, `docs/review/*.md`: every rule of each service beside its texts in
//! the three languages, and the texts of no service. `cargo run --example review`, then commit the
//! pages (`UPDATE_EXPECT=1 cargo test --test rules` writes them too, and fails while they differ).

use std::fs;
use std::path::Path;

#[path = "../tests/rules/review/mod.rs"]
mod review;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join(review::DIR);
    fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let pages = review::pages(root);
    // A page of a service that is no longer in the catalog goes.
    for entry in fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())).flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(".md") && !pages.iter().any(|(n, _)| *n == name) {
            fs::remove_file(entry.path()).unwrap_or_else(|e| panic!("{name}: {e}"));
        }
    }
    for (name, text) in &pages {
        fs::write(dir.join(name), text).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
    println!("{} pages written to {}/", pages.len(), review::DIR);
}
