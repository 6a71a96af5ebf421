//! The one mechanism for recorded answers: expect-test's files. Each recorded file is compared
//! whole with what the code gives now. After a deliberate change run
//! `UPDATE_EXPECT=1 cargo test --test rules`: the files are rewritten, and `git diff` shows what
//! changed, to read before committing.
//!
//! What is recorded where: `tests/expected/<service>.txt` (catalog.rs), `tests/expected/paths.txt`
//! (paths.rs), `tests/expected/personas.txt` (personas.rs) and `docs/review/*.md`
//! (review_pages.rs).

use std::collections::BTreeSet;
use std::path::Path;

use expect_test::ExpectFile;

/// Past this size expect-test's report (the recorded text, the new text and the difference, each
/// whole) would bury the change: the changed lines alone are shown.
const WHOLE_TEXT_UP_TO: usize = 100_000;

fn file(path: &str) -> ExpectFile {
    expect_test::expect_file![Path::new(env!("CARGO_MANIFEST_DIR")).join(path)]
}

/// Whether this run records (`UPDATE_EXPECT` set) instead of comparing.
pub fn updating() -> bool {
    std::env::var_os("UPDATE_EXPECT").is_some()
}

/// Fails unless `now` is the recorded file at `path` (from the repository's root), naming the
/// lines that changed; with `UPDATE_EXPECT` set, records `now` there instead.
pub fn check(path: &str, now: &str) {
    let file = file(path);
    let before = file.data();
    if before != now && !updating() {
        let (old, new): (BTreeSet<&str>, BTreeSet<&str>) = (before.lines().collect(), now.lines().collect());
        let gone = before.lines().filter(|l| !new.contains(l)).map(|l| format!("- {l}"));
        let came = now.lines().filter(|l| !old.contains(l)).map(|l| format!("+ {l}"));
        let lines: Vec<String> = gone.chain(came).take(40).collect();
        eprintln!("{path} differs from what the code gives now (UPDATE_EXPECT=1 records it):\n{}", lines.join("\n"));
        assert!(before.len().max(now.len()) <= WHOLE_TEXT_UP_TO, "{path} differs: its changed lines are above");
    }
    file.assert_eq(now);
}
