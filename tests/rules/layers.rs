//! The house has no import cycle: reads every file of each crate (`crates/engine/src`,
//! `crates/api/src`, `src`), builds the graph of which module
//! uses which (from `use` trees and from `crate::`, `super::`, `self::` and child-module paths in
//! the code, macros included) and fails on any cycle, printing it with the line behind each edge.
//!
//! A node is a top-level module (`quote`, `walk`, `api`) or, inside a module that is a directory,
//! one of its direct submodules (`flow::evaluate`, `flow::outcomes`, `catalog::model`): a directory
//! module's own file (`mod.rs`) is a node of its own, so using `crate::flow::Evaluation`, which
//! `flow/mod.rs` re-exports, is an edge to `flow`, and `flow` to `flow::evaluate`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

#[path = "layers/source.rs"]
mod source;
use source::{code_only, is_ident, paths};

/// A source file: its module path (`["flow", "evaluate"]`) and its code.
struct File {
    path: PathBuf,
    module: Vec<String>,
    code: String,
}

fn files(dir: &Path, src: &Path, out: &mut Vec<File>) {
    let mut entries: Vec<PathBuf> =
        std::fs::read_dir(dir).expect("read src").map(|e| e.expect("entry").path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            files(&path, src, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let rel = path.strip_prefix(src).expect("under src").with_extension("");
            let mut module: Vec<String> = rel.iter().map(|s| s.to_string_lossy().into_owned()).collect();
            if matches!(module.last().map(String::as_str), Some("mod" | "lib")) {
                module.pop();
            }
            let code = code_only(&std::fs::read_to_string(&path).expect("read file"));
            out.push(File { path, module, code });
        }
    }
}

/// A node of the graph at `depth` 1 (top-level modules) or 2 (and the direct submodules of a
/// directory module).
fn node(module: &[String], depth: usize) -> String {
    module.iter().take(depth).cloned().collect::<Vec<_>>().join("::")
}

/// The module a path names, absolute (`["flow", "facts", "Fact"]` -> the longest prefix that is a
/// module), from a file of module `file` (inside its inline modules `inner`); `None` for another
/// crate's path or a local item.
fn resolve(file: &File, inner: &[String], segs: &[String], ctx: &Crate) -> Option<Vec<String>> {
    let abs = absolute(file, inner, segs, ctx)?;
    // A macro exported at the crate's root belongs to the file that defines it (`crate::t!`).
    if let Some(home) = abs.first().and_then(|m| ctx.macros.get(m)) {
        return Some(home.clone());
    }
    Some(ctx.home(abs))
}

/// The path from the crate's root; `None` for another crate's path or a local item.
fn absolute(file: &File, inner: &[String], segs: &[String], ctx: &Crate) -> Option<Vec<String>> {
    let here: Vec<String> = file.module.iter().chain(inner).cloned().collect();
    let first = segs.first()?.as_str();
    let abs: Vec<String> = match first {
        "crate" | "$crate" => segs[1..].to_vec(),
        "self" => here.iter().chain(&segs[1..]).cloned().collect(),
        "super" => {
            let ups = segs.iter().take_while(|s| *s == "super").count();
            let base = here.len().checked_sub(ups)?;
            here[..base].iter().chain(&segs[ups..]).cloned().collect()
        }
        _ if inner.is_empty() && ctx.modules.contains(&[file.module.clone(), vec![first.to_string()]].concat()) => {
            file.module.iter().chain(segs).cloned().collect()
        }
        _ => return None,
    };
    Some(abs)
}

impl Crate {
    /// The module that defines what `abs` names, through `pub use` re-exports: `catalog::Service`
    /// is `catalog::model`'s (`pub use model::*`), `flow::Evaluation` `flow::evaluate`'s.
    fn home(&self, mut abs: Vec<String>) -> Vec<String> {
        for _ in 0..8 {
            let Some(m) = (0..=abs.len()).rev().map(|n| abs[..n].to_vec()).find(|m| self.modules.contains(m)) else {
                return Vec::new();
            };
            let Some(name) = abs.get(m.len()) else { return m };
            let via = self.reexports.get(&m).and_then(|list| {
                list.iter().find_map(|(named, target)| match named {
                    Some(n) if n == name => Some(target.clone()),
                    None if self.defines(target, name) => Some([target.clone(), vec![name.clone()]].concat()),
                    _ => None,
                })
            });
            match via {
                Some(target) => abs = [target, abs[m.len() + 1..].to_vec()].concat(),
                None => return m,
            }
        }
        abs
    }

    /// Whether the module's file defines an item `name`.
    fn defines(&self, module: &[String], name: &str) -> bool {
        let Some(code) = self.code.get(module) else { return false };
        let words: Vec<&str> = code.split(|c: char| !is_ident(c) && c != '!').filter(|w| !w.is_empty()).collect();
        words.windows(2).any(|w| {
            w[1] == name
                && ["fn", "struct", "enum", "const", "static", "type", "trait", "mod", "union", "macro_rules!"]
                    .contains(&w[0])
        })
    }
}

/// A `pub use`: the name it gives (`None` for a glob) and the path it stands for.
type Reexport = (Option<String>, Vec<String>);

struct Crate {
    /// Every module with a file.
    modules: BTreeSet<Vec<String>>,
    /// `#[macro_export]` macros and the module defining each.
    macros: BTreeMap<String, Vec<String>>,
    /// Each module's code.
    code: BTreeMap<Vec<String>, String>,
    /// Each module's `pub use`: a name and the path it stands for, or (`None`) a glob's module.
    reexports: BTreeMap<Vec<String>, Vec<Reexport>>,
}

/// node -> node it uses -> the first place it does (file:line and the path).
type Graph = BTreeMap<String, BTreeMap<String, String>>;

/// The graph of one crate of the workspace (`crates/engine`, `crates/api`, or `.` for this one).
fn graph(krate: &str, depth: usize) -> Graph {
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(krate).join("src");
    let mut all = Vec::new();
    files(&src, &src, &mut all);
    let mut ctx = Crate {
        modules: all.iter().map(|f| f.module.clone()).collect(),
        macros: BTreeMap::new(),
        code: all.iter().map(|f| (f.module.clone(), f.code.clone())).collect(),
        reexports: BTreeMap::new(),
    };
    for f in &all {
        for (at, _) in f.code.match_indices("#[macro_export]") {
            if let Some(name) = f.code[at..].split("macro_rules!").nth(1).and_then(|r| r.split_whitespace().next()) {
                ctx.macros.insert(name.to_string(), f.module.clone());
            }
        }
    }
    for f in &all {
        for (inner, segs, _, public) in paths(&f.code) {
            let glob = segs.last().is_some_and(|s| s == "*");
            let named = segs.iter().filter(|s| *s != "*").cloned().collect::<Vec<_>>();
            if !public || !inner.is_empty() {
                continue;
            }
            let Some(abs) = absolute(f, &[], &named, &ctx) else { continue };
            let name = (!glob).then(|| named.last().cloned()).flatten();
            ctx.reexports.entry(f.module.clone()).or_default().push((name, abs));
        }
    }
    let mut g = Graph::new();
    for f in &all {
        let from = node(&f.module, depth);
        g.entry(from.clone()).or_default();
        for (inner, segs, line, _) in paths(&f.code) {
            let Some(to) = resolve(f, &inner, &segs, &ctx).map(|m| node(&m, depth)) else { continue };
            if to != from && !to.is_empty() {
                let shown = f.path.strip_prefix(src.parent().unwrap_or(&src)).unwrap_or(&f.path).display().to_string();
                g.entry(from.clone())
                    .or_default()
                    .entry(to)
                    .or_insert_with(|| format!("{shown}:{line} {}", segs.join("::")));
            }
        }
    }
    g.remove("");
    g
}

/// The nodes `from` reaches (itself only through a cycle).
fn reach(g: &Graph, from: &str) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut todo: Vec<&String> = g.get(from).map(|e| e.keys().collect()).unwrap_or_default();
    while let Some(n) = todo.pop() {
        if seen.insert(n.clone()) {
            todo.extend(g.get(n).map(|e| e.keys().collect::<Vec<_>>()).unwrap_or_default());
        }
    }
    seen
}

/// The groups of modules that depend on each other (strongly connected, more than one), each with
/// one cycle through its first module: the shortest way back to it.
fn cycles(g: &Graph) -> Vec<(Vec<String>, Vec<String>)> {
    let reaches: BTreeMap<&String, BTreeSet<String>> = g.keys().map(|n| (n, reach(g, n))).collect();
    let mut groups: Vec<Vec<String>> = Vec::new();
    for (n, r) in &reaches {
        let group: Vec<String> =
            r.iter().filter(|m| reaches.get(m).is_some_and(|back| back.contains(*n))).cloned().collect();
        if group.len() > 1 && !groups.iter().any(|known| known.contains(n)) {
            groups.push(group);
        }
    }
    groups
        .into_iter()
        .map(|group| {
            let start = &group[0];
            let mut prev: BTreeMap<&String, &String> = BTreeMap::new();
            let mut queue = std::collections::VecDeque::from([start]);
            while let Some(v) = queue.pop_front() {
                for w in g[v].keys().filter(|w| group.contains(w)) {
                    if !prev.contains_key(w) {
                        prev.insert(w, v);
                        queue.push_back(w);
                    }
                }
                if prev.contains_key(start) {
                    break;
                }
            }
            let mut cycle = vec![start.clone()];
            let mut at = prev.get(start).copied();
            while let Some(v) = at.filter(|v| *v != start) {
                cycle.push(v.clone());
                at = prev.get(v).copied();
            }
            cycle.push(start.clone());
            cycle.reverse();
            (group, cycle)
        })
        .collect()
}

fn assert_acyclic(g: &Graph, what: &str) {
    let found = cycles(g);
    let shown: Vec<String> = found
        .iter()
        .map(|(members, c)| {
            let steps: Vec<String> =
                c.windows(2).map(|w| format!("  {} -> {}   ({})", w[0], w[1], g[&w[0]][&w[1]])).collect();
            format!("{} depend on each other; one cycle:\n{}", members.join(", "), steps.join("\n"))
        })
        .collect();
    assert!(found.is_empty(), "{} import cycle(s) among {what}:\n{}", found.len(), shown.join("\n\n"));
}

/// The crates and an edge each really has, so that an empty graph cannot pass. Between crates the
/// layers are Cargo's: the engine cannot name the API, the API not the wasm module.
/// (This package's own code is `bindings` alone, so its top level has no edge to expect.)
type Edges = &'static [(&'static str, &'static str)];
const CRATES: [(&str, Edges, Edges); 3] = [
    (
        "crates/engine",
        &[("catalog", "lang"), ("flow", "catalog"), ("walk", "quote")],
        &[("catalog::shared", "lang"), ("flow::graph", "flow::condition")],
    ),
    (
        "crates/api",
        &[("api", "translate"), ("translate", "out")],
        &[("translate::flow", "translate::quote"), ("translate::plan", "lang")],
    ),
    (".", &[], &[("bindings::request", "bindings::out"), ("bindings", "bindings::request")]),
];

#[test]
fn the_top_level_modules_have_no_cycle() {
    for (krate, edges, _) in CRATES {
        let g = graph(krate, 1);
        for &(from, to) in edges {
            assert!(
                g.get(from).is_some_and(|e| e.contains_key(to)),
                "{krate}: expected an edge {from} -> {to}; graph: {g:#?}"
            );
        }
        assert_acyclic(&g, &format!("the top-level modules of {krate}"));
    }
}

#[test]
fn the_submodules_have_no_cycle() {
    for (krate, _, edges) in CRATES {
        let g = graph(krate, 2);
        for &(from, to) in edges {
            assert!(
                g.get(from).is_some_and(|e| e.contains_key(to)),
                "{krate}: expected an edge {from} -> {to}; graph: {g:#?}"
            );
        }
        assert_acyclic(&g, &format!("the modules of {krate} and the submodules of its directories"));
    }
}
