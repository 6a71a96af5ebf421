//! An edition's services as data (`content/guide-<year>/*.toml` beside `tariffs.toml`): read,
//! checked and turned into the engine's `Service` statics.
//!
//! - `documents.toml`: every document text once (`[[document]]`: its stable id, its message, who
//!   provides it).
//! - `links.toml`: the places a visitor opens (`[[link]]`), each with the source of its address.
//! - every other file (one per chapter of the guide, and `shared.toml` for what the guide repeats)
//!   holds `[[service]]`s, in the guide's order, and what they name by id: `[[list]]` (a document
//!   list shared by services), `[[note]]` and `[[steps]]`.
//!
//! A service names its title, audience, steps and notes by message id (`texts/en/*.ftl`), its
//! documents by document id, a shared list, note or steps by their id: a name that does not exist
//! stops the build, saying which file and service name it. So does a chapter, condition, place,
//! note kind or provider the engine does not know: the build reads the engine's own enums
//! (`crates/engine/src/vocabulary.rs`, each defined there once) and writes their variants.
//!
//! An edition `based_on` another gives only what changed: a `[[service]]` with its id and the
//! fields it replaces (documents, notes, ...), a list, note, steps or link with the id it replaces
//! or adds, and new documents.

use std::collections::BTreeSet;
use std::fmt::{self, Write as _};
use std::fs;
use std::path::{Path, PathBuf};

use toml::{Table, Value};

use super::vocabulary::{Chapter, Cond, NoteKind, Place, Provider};

/// The variant of the engine's vocabulary `all` (`crate::vocabulary`) that a data file names, as the
/// generated code writes it (`Cond::Branch`); a name the engine does not know stops the build,
/// saying where.
pub fn variant<T: Copy + fmt::Debug + fmt::Display>(ty: &str, all: &[T], name: &str, kind: &str, what: &str) -> String {
    match all.iter().find(|v| v.to_string() == name) {
        Some(v) => format!("{ty}::{v:?}"),
        None => {
            let names: Vec<String> = all.iter().map(ToString::to_string).collect();
            panic!("{what}: unknown {kind} `{name}` (one of {names:?})")
        }
    }
}

/// One edition's content, after its `based_on` edition's is laid under it.
#[derive(Clone, Default)]
pub struct Content {
    /// (id, message, provider, file)
    pub documents: Vec<(String, String, String, String)>,
    /// (id, value, file) for lists, notes and steps.
    lists: Vec<(String, Value, String)>,
    notes: Vec<(String, Value, String)>,
    steps: Vec<(String, Value, String)>,
    /// (id, fields, file) in the guide's order.
    pub services: Vec<(String, Table, String)>,
    links: Vec<(String, Table, String)>,
}

fn read(path: &Path) -> Table {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.parse::<Table>().unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn str_of<'a>(t: &'a Table, key: &str, what: &str) -> &'a str {
    t.get(key).and_then(Value::as_str).unwrap_or_else(|| panic!("{what}: `{key}` must be a string"))
}

fn entries<'a>(t: &'a Table, key: &str, file: &str) -> Vec<&'a Table> {
    let Some(v) = t.get(key) else { return Vec::new() };
    let rows = v.as_array().unwrap_or_else(|| panic!("{file}: `{key}` is a list of [[{key}]] tables"));
    rows.iter().map(|r| r.as_table().unwrap_or_else(|| panic!("{file}: a [[{key}]] is a table"))).collect()
}

/// Replaces the entry with this id, or adds it; twice in one edition is an error.
fn put<T>(list: &mut Vec<(String, T, String)>, id: String, value: T, file: &str, seen: &mut BTreeSet<String>) {
    assert!(seen.insert(id.clone()), "{file}: `{id}` is given twice in this edition");
    match list.iter_mut().find(|(i, _, _)| *i == id) {
        Some(slot) => *slot = (id, value, file.to_string()),
        None => list.push((id, value, file.to_string())),
    }
}

/// Reads an edition's folder over `base` (the edition it is based on, if any).
pub fn read_edition(dir: &Path, base: Option<&Content>, root: &Path) -> Content {
    let mut c = base.cloned().unwrap_or_default();
    let name = |p: &Path| p.strip_prefix(root).unwrap_or(p).display().to_string().replace('\\', "/");
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .filter(|p| !matches!(p.file_name().and_then(|n| n.to_str()), Some("edition.toml" | "tariffs.toml")))
        .collect();
    files.sort();
    let seen = BTreeSet::<String>::new;
    let (mut seen_lists, mut seen_notes, mut seen_steps) = (seen(), seen(), seen());
    let (mut seen_services, mut seen_links, mut seen_docs) = (seen(), seen(), seen());
    for path in files {
        let file = name(&path);
        let t = read(&path);
        let kinds: &[&str] = match path.file_name().and_then(|n| n.to_str()) {
            Some("documents.toml") => &["document"],
            Some("links.toml") => &["link"],
            _ => &["service", "list", "note", "steps"],
        };
        if let Some(k) = t.keys().find(|k| !kinds.contains(&k.as_str())) {
            panic!("{file}: `{k}` is not one of {kinds:?}");
        }
        for d in entries(&t, "document", &file) {
            let id = str_of(d, "id", &file).to_string();
            let what = format!("{file}: document {id}");
            let doc = (id.clone(), str_of(d, "text", &what).into(), str_of(d, "by", &what).into(), file.clone());
            assert!(seen_docs.insert(id.clone()), "{what} is given twice");
            if let Some(old) = c.documents.iter().find(|o| o.0 == id) {
                assert!(old.1 == doc.1 && old.2 == doc.2, "{what}: a document's id keeps its text; give a new id");
            } else {
                c.documents.push(doc);
            }
        }
        for l in entries(&t, "list", &file) {
            let id = str_of(l, "id", &file).to_string();
            let docs = l.get("documents").cloned().unwrap_or_else(|| panic!("{file}: list {id}: no `documents`"));
            put(&mut c.lists, id, docs, &file, &mut seen_lists);
        }
        for n in entries(&t, "note", &file) {
            let id = str_of(n, "id", &file).to_string();
            let mut note = n.clone();
            note.remove("id");
            put(&mut c.notes, id, Value::Table(note), &file, &mut seen_notes);
        }
        for s in entries(&t, "steps", &file) {
            let id = str_of(s, "id", &file).to_string();
            let steps = s.get("steps").cloned().unwrap_or_else(|| panic!("{file}: steps {id}: no `steps`"));
            put(&mut c.steps, id, steps, &file, &mut seen_steps);
        }
        for s in entries(&t, "service", &file) {
            let id = str_of(s, "id", &file).to_string();
            let mut fields = s.clone();
            match (base, c.services.iter_mut().find(|(i, _, _)| *i == id)) {
                (Some(_), Some(old)) => {
                    assert!(seen_services.insert(id.clone()), "{file}: service {id} is given twice");
                    // A later edition replaces the fields it gives, and keeps the others.
                    fields.remove("id");
                    old.1.extend(fields);
                    old.2 = file.clone();
                }
                (Some(_), None) => panic!("{file}: {id} is not a service of the edition it is based on"),
                (None, _) => {
                    fields.remove("id");
                    put(&mut c.services, id, fields, &file, &mut seen_services);
                }
            }
        }
        for l in entries(&t, "link", &file) {
            let id = str_of(l, "id", &file).to_string();
            put(&mut c.links, id, l.clone(), &file, &mut seen_links);
        }
    }
    c
}

/// Statics shared by every edition: one per distinct value, so an edition that changes one list
/// adds one list.
#[derive(Default)]
pub struct Pool {
    items: Vec<(String, String, String)>,
}

impl Pool {
    /// The name of a static of type `ty` holding `code`.
    fn name(&mut self, ty: &str, code: String) -> String {
        if let Some((name, _, _)) = self.items.iter().find(|(_, t, c)| t == ty && *c == code) {
            return name.clone();
        }
        let name = format!("C{}", self.items.len());
        self.items.push((name.clone(), ty.to_string(), code));
        name
    }

    pub fn code(&self) -> String {
        let mut out = String::new();
        for (name, ty, code) in &self.items {
            let _ = writeln!(out, "static {name}: {ty} = {code};");
        }
        out
    }
}

/// Checks names against what exists, and writes Rust.
pub struct Gen<'a> {
    pub messages: &'a BTreeSet<String>,
    /// Every document of every edition, in the order of `DOCUMENTS`.
    pub documents: &'a [String],
    pub pool: &'a mut Pool,
}

impl Gen<'_> {
    fn text(&self, msg: &str, what: &str) -> String {
        assert!(
            self.messages.contains(msg),
            "{what}: no message `{msg}` in texts/en/*.ftl (an engine message; a typo?)"
        );
        format!("t!({msg})")
    }

    fn doc(&self, id: &str, what: &str) -> usize {
        self.documents
            .iter()
            .position(|d| d == id)
            .unwrap_or_else(|| panic!("{what}: no document `{id}` in documents.toml"))
    }

    fn named<'v>(list: &'v [(String, Value, String)], id: &str, kind: &str, what: &str) -> &'v Value {
        list.iter().find(|(i, _, _)| i == id).map(|(_, v, _)| v).unwrap_or_else(|| panic!("{what}: no {kind} `{id}`"))
    }

    /// `&C<n>`: a document list, given in place or named.
    fn documents(&mut self, c: &Content, v: &Value, what: &str) -> String {
        let v = match v {
            Value::String(id) => Self::named(&c.lists, id, "[[list]]", what),
            v => v,
        };
        let rows = v.as_array().unwrap_or_else(|| panic!("{what}: `documents` is a list or the id of a [[list]]"));
        let mut docs = Vec::new();
        for row in rows {
            let (id, when) = match row {
                Value::String(id) => (id.as_str(), Vec::new()),
                Value::Table(t) => {
                    if let Some(k) = t.keys().find(|k| !["doc", "when"].contains(&k.as_str())) {
                        panic!("{what}: a document row has `doc` and `when`, not `{k}`");
                    }
                    let when = t.get("when").and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default();
                    let when: Vec<String> = when
                        .iter()
                        .map(|c| {
                            let c = c.as_str().unwrap_or_else(|| panic!("{what}: a condition is a string"));
                            variant("Cond", &Cond::ALL, c, "condition", &format!("{what}: {}", str_of(t, "doc", what)))
                        })
                        .collect();
                    (str_of(t, "doc", what), when)
                }
                _ => panic!("{what}: a document row is an id or {{ doc = ..., when = [...] }}"),
            };
            let i = self.doc(id, what);
            docs.push(format!("Doc {{ doc: &DOCUMENTS[{i}], when: &[{}] }}", when.join(", ")));
        }
        let ty = format!("[Doc; {}]", docs.len());
        format!("&{}", self.pool.name(&ty, format!("[{}]", docs.join(", "))))
    }

    fn note(&self, c: &Content, v: &Value, what: &str) -> String {
        let t = match v {
            Value::String(id) => Self::named(&c.notes, id, "[[note]]", what),
            v => v,
        };
        let t = t.as_table().unwrap_or_else(|| panic!("{what}: a note is an id or {{ kind = ..., text = ... }}"));
        if let Some(k) = t.keys().find(|k| !["kind", "text"].contains(&k.as_str())) {
            panic!("{what}: a note has `kind` and `text`, not `{k}`");
        }
        let kind = variant("NoteKind", &NoteKind::ALL, str_of(t, "kind", what), "note kind", what);
        format!("Note {{ kind: {kind}, text: {} }}", self.text(str_of(t, "text", what), what))
    }

    fn notes(&mut self, c: &Content, v: Option<&Value>, what: &str) -> String {
        let rows = match v {
            None => &[][..],
            Some(v) => v.as_array().map(Vec::as_slice).unwrap_or_else(|| panic!("{what}: `notes` is a list")),
        };
        let notes: Vec<String> = rows.iter().map(|n| self.note(c, n, what)).collect();
        let ty = format!("[Note; {}]", notes.len());
        format!("&{}", self.pool.name(&ty, format!("[{}]", notes.join(", "))))
    }

    fn steps(&mut self, c: &Content, v: &Value, what: &str) -> String {
        let v = match v {
            Value::String(id) => Self::named(&c.steps, id, "[[steps]]", what),
            v => v,
        };
        let rows = v.as_array().unwrap_or_else(|| panic!("{what}: `apply` is a list of messages or a [[steps]] id"));
        let texts: Vec<String> = rows
            .iter()
            .map(|m| self.text(m.as_str().unwrap_or_else(|| panic!("{what}: a step is a message id")), what))
            .collect();
        let ty = format!("[Text; {}]", texts.len());
        format!("&{}", self.pool.name(&ty, format!("[{}]", texts.join(", "))))
    }

    /// `&C<n>`, a `Service` static.
    pub fn service(&mut self, c: &Content, id: &str, s: &Table, file: &str) -> String {
        let what = format!("{file}: service {id}");
        let known = ["id", "chapter", "section", "title", "audience", "apply", "documents", "next_step", "notes"];
        if let Some(k) = s.keys().find(|k| !known.contains(&k.as_str())) {
            panic!("{what}: unknown field `{k}`");
        }
        let chapter = variant("Chapter", &Chapter::ALL, str_of(s, "chapter", &what), "chapter", &what);
        let number = s.get("section").and_then(Value::as_str).map_or("None".into(), |n| format!("Some({n:?})"));
        let title = self.text(str_of(s, "title", &what), &what);
        let audience = self.text(str_of(s, "audience", &what), &what);
        let apply = self.steps(c, s.get("apply").unwrap_or_else(|| panic!("{what}: no `apply`")), &what);
        let documents =
            self.documents(c, s.get("documents").unwrap_or_else(|| panic!("{what}: no `documents`")), &what);
        let next_step = match s.get("next_step").map(|n| n.as_table()) {
            None => "None".to_string(),
            Some(None) => panic!("{what}: `next_step` is a table"),
            Some(Some(n)) => {
                let what = format!("{what}: next_step");
                let place = variant("Place", &Place::ALL, str_of(n, "place", &what), "place", &what);
                let docs =
                    self.documents(c, n.get("documents").unwrap_or_else(|| panic!("{what}: no `documents`")), &what);
                let notes = self.notes(c, n.get("notes"), &what);
                format!("Some(NextStep {{ place: {place}, documents: {docs}, notes: {notes} }})")
            }
        };
        let notes = self.notes(c, s.get("notes"), &what);
        let code = format!(
            "Service {{ id: {id:?}, section: Section {{ chapter: {chapter}, number: {number} }}, \
             title: {title}, audience: {audience}, apply: {apply}, documents: {documents}, next_step: {next_step}, \
             notes: {notes} }}"
        );
        format!("&{}", self.pool.name("Service", code))
    }

    /// `&C<n>`, the edition's links.
    pub fn links(&mut self, c: &Content) -> String {
        let mut links = Vec::new();
        for (id, l, file) in &c.links {
            let what = format!("{file}: link {id}");
            let known = ["id", "url", "label", "purpose", "source", "when"];
            if let Some(k) = l.keys().find(|k| !known.contains(&k.as_str())) {
                panic!("{what}: unknown field `{k}`");
            }
            let url = str_of(l, "url", &what);
            assert!(url.starts_with("https://"), "{what}: `url` is an https address");
            let when = match l.get("when") {
                Some(Value::String(w)) if w == "portal-steps" => "Needs::PortalSteps".to_string(),
                Some(Value::String(w)) if w == "always" => "Needs::Always".to_string(),
                Some(Value::Table(t)) if t.len() == 1 && t.contains_key("document") => {
                    let doc = str_of(t, "document", &what);
                    self.doc(doc, &what);
                    format!("Needs::Document({doc:?})")
                }
                _ => panic!("{what}: `when` is \"portal-steps\", \"always\" or {{ document = \"<id>\" }}"),
            };
            links.push(format!(
                "Link {{ id: {id:?}, url: {url:?}, label: {}, purpose: {}, source: {:?}, when: {when} }}",
                self.text(str_of(l, "label", &what), &what),
                self.text(str_of(l, "purpose", &what), &what),
                str_of(l, "source", &what),
            ));
        }
        let ty = format!("[Link; {}]", links.len());
        format!("&{}", self.pool.name(&ty, format!("[{}]", links.join(", "))))
    }

    /// `DOCUMENTS`: every document text of every edition.
    pub fn document_table(&self, docs: &[(String, String, String, String)]) -> String {
        let mut out = format!("pub static DOCUMENTS: [DocText; {}] = [\n", docs.len());
        for (id, text, by, file) in docs {
            let what = format!("{file}: document {id}");
            let by = variant("Provider", &Provider::ALL, by, "provider (`by`)", &what);
            let _ = writeln!(out, "    DocText {{ id: {id:?}, text: {}, by: {by} }},", self.text(text, &what));
        }
        out.push_str("];\n");
        out
    }
}
