//! Shared by the tests that run a build script's check on a changed copy of a folder
//! (`texts_build.rs`, `content_build.rs`): the copy in a temporary folder, the edit, and the
//! check's panic (how a build script stops the build) read back as its message.

// Each test file uses what it needs of this module.
#![allow(dead_code)]

use std::fs;
use std::panic;
use std::path::{Path, PathBuf};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Copies `folder` of the repository into a temporary folder named for `name`, lets `change`
/// edit the copy, runs `check` on the temporary root, and returns what it returned or the
/// message it stopped with.
pub fn on_changed_copy<T>(
    folder: &str,
    name: &str,
    change: impl Fn(&Path),
    check: impl FnOnce(&Path) -> T + panic::UnwindSafe,
) -> Result<T, String> {
    let dir = std::env::temp_dir().join(format!("aifc-{folder}-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    copy(&root().join(folder), &dir.join(folder));
    change(&dir.join(folder));
    let at = dir.clone();
    let result = panic::catch_unwind(move || check(&at)).map_err(|e| {
        e.downcast_ref::<String>()
            .cloned()
            .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default()
    });
    let _ = fs::remove_dir_all(&dir);
    result
}

pub fn copy(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("a temporary folder");
    for entry in fs::read_dir(from).expect("the folder is readable").flatten() {
        let path = entry.path();
        if path.is_dir() {
            copy(&path, &to.join(entry.file_name()));
        } else {
            fs::copy(&path, to.join(entry.file_name())).expect("a copy");
        }
    }
}

/// Replaces the first `from` in `file` by `to`, failing the test if `from` is not there.
pub fn edit(file: &Path, from: &str, to: &str) {
    let text = fs::read_to_string(file).expect("a text file");
    assert!(text.contains(from), "{} holds {from:?}", file.display());
    fs::write(file, text.replacen(from, to, 1)).expect("written");
}
