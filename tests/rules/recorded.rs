//! The one mechanism for recorded answers: expect-test's files. Each recorded file is compared
//! whole with what the code gives now. After a deliberate change run
//! `UPDATE_EXPECT=1 cargo test --test rules`: the files are rewritten, and `git diff` shows what
//! changed, to read before committing.
//!
//! What is recorded where: each service's sheet `tests/expected/<service>.txt` and review page
//! `docs/review/<service>.md`, from one record, and the other review pages (review_pages.rs);
//! `tests/expected/paths.txt` (paths.rs); `tests/expected/personas.txt` (personas.rs).

use std::path::Path;

use expect_test::ExpectFile;

/// At most this many changed lines are shown per file: past it, `git diff` after recording reads better.
const SHOWN: usize = 60;

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
    check_all(&[(path.to_string(), now.to_string())]);
}

/// `check` for several files at once: every file that differs is named with its changed lines,
/// then the test fails once (so one change shows in every file it reaches, in one run).
pub fn check_all(files: &[(String, String)]) {
    let mut differ = Vec::new();
    for (path, now) in files {
        let file = file(path);
        if updating() {
            file.assert_eq(now);
            continue;
        }
        let before = file.data();
        if before != *now {
            eprintln!("{path} differs from what the code gives now:\n{}\n", changed_lines(&before, now).join("\n"));
            differ.push(path.as_str());
        }
    }
    assert!(
        differ.is_empty(),
        "{} differ: their changed lines are above (line numbers in the recorded file, -, and the new text, +); \
         after a deliberate change UPDATE_EXPECT=1 records them",
        differ.join(", ")
    );
}

/// The lines that differ, as a line diff: `  12 - old` (line 12 of `before`), `  12 + new`
/// (line 12 of `now`), at most `SHOWN`.
fn changed_lines(before: &str, now: &str) -> Vec<String> {
    let (a, b): (Vec<&str>, Vec<&str>) = (before.lines().collect(), now.lines().collect());
    // The unchanged start and end are left out before comparing what lies between.
    let head = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let tail = a[head..].iter().rev().zip(b[head..].iter().rev()).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[head..a.len() - tail], &b[head..b.len() - tail]);
    // Longest common subsequence of the rest; too large a rest (a rewrite) is shown as removed then added.
    let (n, m) = (a.len(), b.len());
    let mut common = vec![0u32; if n * m <= 4_000_000 { (n + 1) * (m + 1) } else { 0 }];
    let at = |i: usize, j: usize| i * (m + 1) + j;
    if !common.is_empty() {
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                common[at(i, j)] = if a[i] == b[j] {
                    common[at(i + 1, j + 1)] + 1
                } else {
                    common[at(i + 1, j)].max(common[at(i, j + 1)])
                };
            }
        }
    }
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while (i < n || j < m) && out.len() < SHOWN {
        if i < n && j < m && a[i] == b[j] {
            (i, j) = (i + 1, j + 1);
        } else if i < n && (j == m || common.is_empty() || common[at(i + 1, j)] >= common[at(i, j + 1)]) {
            out.push(format!("{:>5} - {}", head + i + 1, a[i]));
            i += 1;
        } else {
            out.push(format!("{:>5} + {}", head + j + 1, b[j]));
            j += 1;
        }
    }
    if out.is_empty() {
        out.push("(every line is the same: only the file's end differs, a final newline)".to_string());
    }
    out
}

#[test]
fn a_difference_is_named_by_its_lines_and_their_numbers() {
    // A repeated line removed and one added: a comparison of sets of lines would see neither.
    assert_eq!(changed_lines("a\nb\nb\nc\n", "a\nb\nc\nd\n"), ["    3 - b", "    4 + d"]);
    assert_eq!(changed_lines("a\nold\nc\n", "a\nnew\nc\n"), ["    2 - old", "    2 + new"]);
    assert_eq!(changed_lines("a\n", "a"), ["(every line is the same: only the file's end differs, a final newline)"]);
}
