//! The TypeScript declarations of every answer, generated from the types of `out` (which derive
//! `ts_rs::TS` under `cfg(test)` only) and compared with the committed src/types/answers.d.ts:
//! a field renamed, added, removed or made optional here fails until the file is regenerated
//! with `UPDATE_EXPECT=1 cargo test -p aifc-eligibility-api`. The build puts the file beside
//! src/types.d.ts (the functions, the requests and the vocabulary such as `ServiceId` and
//! `IsoDate` that the `ts(type = ..)` attributes name) in the package's one declaration file.

use std::any::TypeId;
use std::collections::{BTreeMap, HashSet};

use ts_rs::{Config, TypeVisitor, TS};

use super::api::{OfficeOut, ServiceOut, VersionOut};
use super::flow::{Evaluation, WindowOut};
use super::quote::Quote;
use super::team::TeamPlan;

const HEADER: &str = "\
// Generated from the Rust types of the answers (crates/api/src/out/) by ts-rs: do not edit.
// `UPDATE_EXPECT=1 cargo test -p aifc-eligibility-api` rewrites it. The build puts it in one
// declaration file with src/types.d.ts, which declares the names used here and not defined here
// (the vocabulary: `ServiceId`, `IsoDate`, `Kzt`, `Labelled` ...).
";

/// Every named type reachable from the answers, each declared once, by name: ts-rs visits a
/// type's dependencies in an order that changes from one compilation to the next.
struct Declarations {
    cfg: Config,
    seen: HashSet<TypeId>,
    by_name: BTreeMap<String, String>,
}

impl TypeVisitor for Declarations {
    fn visit<T: TS + 'static + ?Sized>(&mut self) {
        // Only the derived types have a file of their own; std's (Vec, Option) have none.
        if T::output_path().is_none() || !self.seen.insert(TypeId::of::<T>()) {
            return;
        }
        let docs = T::docs().unwrap_or_default();
        let decl = format!("{docs}export {}\n", laid_out(&T::decl(&self.cfg)));
        self.by_name.insert(T::ident(&self.cfg), decl);
        T::visit_dependencies(self);
    }
}

/// `decl` one field a line, as a person would write it: ts-rs writes each type on one line (its
/// formatter would pull in dprint), which a diff of the file could not be read in.
fn laid_out(decl: &str) -> String {
    fn newline(out: &mut String, depth: usize) {
        out.truncate(out.trim_end_matches(' ').len());
        if !out.ends_with('\n') {
            out.push('\n');
        }
        out.push_str(&"  ".repeat(depth));
    }
    let mut out = String::new();
    let mut open: Vec<char> = Vec::new();
    let mut chars = decl.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            // A string literal (a tag, a literal type) and a doc comment are copied as they are,
            // the comment's lines indented.
            '"' => {
                out.push(c);
                for c in chars.by_ref() {
                    out.push(c);
                    if c == '"' {
                        break;
                    }
                }
            }
            '/' if chars.peek() == Some(&'*') => {
                out.push(c);
                let mut last = c;
                for c in chars.by_ref() {
                    if c == '\n' {
                        newline(&mut out, open.iter().filter(|&&o| o == '{').count());
                    } else {
                        out.push(c);
                    }
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
            }
            '{' | '<' | '[' | '(' => {
                out.push(c);
                open.push(c);
                if c == '{' {
                    newline(&mut out, open.iter().filter(|&&o| o == '{').count());
                }
            }
            '}' | '>' | ']' | ')' => {
                open.pop();
                if c == '}' {
                    newline(&mut out, open.iter().filter(|&&o| o == '{').count());
                }
                out.push(c);
            }
            ',' if open.last() == Some(&'{') => {
                out.push(c);
                newline(&mut out, open.iter().filter(|&&o| o == '{').count());
            }
            '\n' => newline(&mut out, open.iter().filter(|&&o| o == '{').count()),
            ' ' if out.ends_with(' ') || out.ends_with('\n') => {}
            _ => out.push(c),
        }
    }
    out
}

/// The declarations of what each export answers, from its Rust type.
fn answers() -> String {
    let mut d = Declarations { cfg: Config::new(), seen: HashSet::new(), by_name: BTreeMap::new() };
    d.visit::<VersionOut>();
    d.visit::<ServiceOut>();
    d.visit::<Evaluation>();
    d.visit::<Quote>();
    d.visit::<WindowOut>();
    d.visit::<TeamPlan>();
    d.visit::<OfficeOut>();
    let mut out = HEADER.to_owned();
    for decl in d.by_name.values() {
        out.push('\n');
        out.push_str(decl);
    }
    out
}

#[test]
fn the_committed_declarations_are_those_of_the_rust_types() {
    expect_test::expect_file!["../../../../src/types/answers.d.ts"].assert_eq(&answers());
}
