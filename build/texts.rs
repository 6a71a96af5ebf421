//! The texts of `texts/<language>/*.ftl`: read, checked against English, turned into Rust.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// The interface's own files (the widget's, the team planner's): bundled by scripts/texts.mjs, not the engine's.
const INTERFACE_FILES: [&str; 2] = ["widget.ftl", "planner.ftl"];
const SEP: char = '\u{1F}';

/// One message as a file gives it.
struct Message {
    file: String,
    /// The engine's text, with `{name}` for a variable (widget messages: None).
    text: Option<String>,
    variables: BTreeSet<String>,
    attributes: BTreeSet<String>,
    /// The lines that define it, hashed to tell whether a translation is older than its source.
    raw: String,
}

pub struct Language {
    pub tag: String,
    dir: PathBuf,
    messages: BTreeMap<String, Message>,
}

/// Every language of `texts/` (and of `AIFC_TEXTS_EXTRA`), read and checked against English:
/// the build stops, listing each problem, when one is missing a message or has another's.
pub fn checked(root: &Path) -> Vec<Language> {
    println!("cargo:rerun-if-env-changed=AIFC_TEXTS_EXTRA");
    let texts = root.join("texts");
    println!("cargo:rerun-if-changed={}", texts.display());
    let mut dirs: Vec<(String, PathBuf)> = tags(&texts).into_iter().map(|t| (t.clone(), texts.join(t))).collect();
    if let Ok(extra) = std::env::var("AIFC_TEXTS_EXTRA") {
        let extra = PathBuf::from(extra);
        // Cargo runs a build script in its crate's folder, not the shell's: a relative path
        // would name another folder than the widget's bundler reads.
        assert!(extra.is_absolute(), "AIFC_TEXTS_EXTRA must be an absolute path (it is {})", extra.display());
        println!("cargo:rerun-if-changed={}", extra.display());
        dirs.extend(tags(&extra).into_iter().map(|t| (t.clone(), extra.join(t))));
    }
    let mut errors = Vec::new();
    for (i, (tag, _)) in dirs.iter().enumerate() {
        if dirs[..i].iter().any(|(t, _)| t == tag) {
            errors.push(format!("languages.txt: {tag} is listed twice"));
        }
    }
    let languages: Vec<Language> = dirs.into_iter().map(|(tag, dir)| read_language(tag, dir, &mut errors)).collect();
    if languages.first().map(|l| l.tag.as_str()) != Some("en") {
        errors.push("texts/languages.txt must list en first: English is the source of the interface".into());
    }
    if errors.is_empty() {
        compare(&languages, &mut errors);
    }
    stop_on(&errors);
    languages
}

/// English alone, read and parsed: what the engine's message ids are made from.
pub fn english(root: &Path) -> Language {
    let dir = root.join("texts").join("en");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut errors = Vec::new();
    let en = read_language("en".into(), dir, &mut errors);
    stop_on(&errors);
    en
}

fn stop_on(errors: &[String]) {
    if !errors.is_empty() {
        for e in errors {
            println!("cargo:warning={e}");
        }
        panic!("texts: {} problem(s), listed above", errors.len());
    }
}

/// The tags a `languages.txt` lists, in order.
fn tags(dir: &Path) -> Vec<String> {
    let list = dir.join("languages.txt");
    let text = fs::read_to_string(&list).unwrap_or_else(|e| panic!("{}: {e}", list.display()));
    // A `#` starts a comment, at the start of a line or after a tag (as scripts/texts.mjs reads it).
    text.lines()
        .map(|l| l.split('#').next().unwrap_or_default().trim())
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

fn read_language(tag: String, dir: PathBuf, errors: &mut Vec<String>) -> Language {
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    let mut messages = BTreeMap::new();
    for path in files {
        let file = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        let source = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let resource = match fluent_syntax::parser::parse(source.as_str()) {
            Ok(r) => r,
            Err((_, errs)) => {
                errors.push(format!("{tag}/{file}: not valid Fluent: {errs:?}"));
                continue;
            }
        };
        for entry in resource.body {
            let Entry::Message(m) = entry else { continue };
            let id = m.id.name.to_string();
            let mut variables = BTreeSet::new();
            let text = match (&m.value, INTERFACE_FILES.contains(&file.as_str())) {
                (Some(p), false) => match engine_text(p, &mut variables) {
                    Ok(t) => Some(t),
                    Err(e) => {
                        errors.push(format!("{tag}/{file}: {id}: {e}"));
                        None
                    }
                },
                (None, false) => {
                    errors.push(format!("{tag}/{file}: {id} has no value"));
                    None
                }
                (value, true) => {
                    value.iter().chain(m.attributes.iter().map(|a| &a.value)).for_each(|p| collect(p, &mut variables));
                    None
                }
            };
            if !INTERFACE_FILES.contains(&file.as_str())
                && !id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            {
                errors.push(format!("{tag}/{file}: {id}: an engine message id is snake_case (it becomes a Rust name)"));
            }
            let attributes = m.attributes.iter().map(|a| a.id.name.to_string()).collect();
            let raw = raw_lines(&source, &id);
            let message = Message { file: file.clone(), text, variables, attributes, raw };
            if messages.insert(id.clone(), message).is_some() {
                errors.push(format!("{tag}/{file}: {id} is defined twice"));
            }
        }
    }
    Language { tag, dir, messages }
}

/// An engine text: plain text and variables only (no selectors, no terms), as `{name}`.
fn engine_text(pattern: &Pattern<&str>, variables: &mut BTreeSet<String>) -> Result<String, String> {
    let mut text = String::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => text.push_str(value),
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::VariableReference { id }),
            } => {
                variables.insert(id.name.to_string());
                let _ = write!(text, "{{{}}}", id.name);
            }
            PatternElement::Placeable { expression: Expression::Inline(InlineExpression::StringLiteral { value }) } => {
                // The parser keeps escapes as written (`\u00A0`): write the character itself instead.
                if value.contains('\\') {
                    return Err("an escape in a string literal: write the character itself".into());
                }
                text.push_str(value);
            }
            PatternElement::Placeable { .. } => return Err("only text and { $variables } are allowed here".into()),
        }
    }
    if text.contains(SEP) || text.trim().is_empty() {
        return Err("empty, or holds U+001F".into());
    }
    Ok(text)
}

/// The variables a widget message uses, wherever they are (selectors and variants included).
fn collect(pattern: &Pattern<&str>, variables: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            match expression {
                Expression::Inline(InlineExpression::VariableReference { id }) => {
                    variables.insert(id.name.to_string());
                }
                Expression::Select { selector, variants } => {
                    if let InlineExpression::VariableReference { id } = selector {
                        variables.insert(id.name.to_string());
                    }
                    variants.iter().for_each(|v| collect(&v.value, variables));
                }
                Expression::Inline(_) => {}
            }
        }
    }
}

/// The message's first line and its indented continuation lines.
fn raw_lines(source: &str, id: &str) -> String {
    let mut lines = source.lines().skip_while(|l| !(l.starts_with(id) && l[id.len()..].trim_start().starts_with('=')));
    let mut raw = lines.next().unwrap_or_default().to_string();
    for line in lines.take_while(|l| l.starts_with(' ')) {
        raw.push('\n');
        raw.push_str(line);
    }
    raw
}

/// Every language has exactly English's messages, in the same files, with the same variables.
fn compare(languages: &[Language], errors: &mut Vec<String>) {
    let en = &languages[0];
    for lang in &languages[1..] {
        for (id, m) in &en.messages {
            match lang.messages.get(id) {
                None => errors.push(format!("{}/{}: {id} is missing (it is in en/{})", lang.tag, m.file, m.file)),
                Some(t) if t.file != m.file => {
                    errors.push(format!("{}: {id} is in {}, not {}", lang.tag, t.file, m.file))
                }
                Some(t) if t.variables != m.variables || t.attributes != m.attributes => errors.push(format!(
                    "{}/{}: {id} uses {:?} {:?}; en uses {:?} {:?}",
                    lang.tag, t.file, t.variables, t.attributes, m.variables, m.attributes
                )),
                Some(_) => {}
            }
        }
        for (id, t) in &lang.messages {
            if !en.messages.contains_key(id) {
                errors.push(format!("{}/{}: {id} is not in en: a message starts in English", lang.tag, t.file));
            }
        }
    }
}

/// The source language of a file: its `### Source language: xx` line in English, else English.
fn source_of(en_dir: &Path, file: &str) -> String {
    let text = fs::read_to_string(en_dir.join(file)).unwrap_or_default();
    text.lines()
        .find_map(|l| l.strip_prefix("### Source language: "))
        .and_then(|rest| rest.split(|c: char| !c.is_ascii_alphanumeric() && c != '-').next())
        .unwrap_or("en")
        .to_string()
}

/// FNV-1a, 32 bits: the same in `scripts/texts-reviewed.mjs`.
fn fnv(text: &str) -> String {
    let hash = text.bytes().fold(0x811c_9dc5_u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
    format!("{hash:08x}")
}

/// The translations whose source changed after they were last reviewed ("ru/plan.ftl: id").
pub fn stale(texts: &Path, languages: &[Language]) -> Vec<String> {
    let lock = fs::read_to_string(texts.join("translations.lock")).unwrap_or_default();
    let reviewed: BTreeSet<&str> = lock.lines().filter(|l| !l.starts_with('#')).collect();
    let mut stale = Vec::new();
    for (id, m) in &languages[0].messages {
        let source_tag = source_of(&languages[0].dir, &m.file);
        let Some(source) = languages.iter().find(|l| l.tag == source_tag).and_then(|l| l.messages.get(id)) else {
            continue;
        };
        for lang in languages.iter().filter(|l| l.tag != source_tag && l.dir.starts_with(texts)) {
            if !reviewed.contains(format!("{} {id} {}", lang.tag, fnv(&source.raw)).as_str()) {
                stale.push(format!("{}/{}: {id}", lang.tag, m.file));
            }
        }
    }
    stale
}

/// Warns (without failing the build) about every translation older than its source.
pub fn warn_stale(texts: &Path, languages: &[Language]) {
    let stale = stale(texts, languages);
    for s in stale.iter().take(20) {
        println!(
            "cargo:warning=texts: {s} is older than its source; review it, then run node scripts/texts-reviewed.mjs"
        );
    }
    if stale.len() > 20 {
        println!("cargo:warning=texts: and {} more translations older than their source", stale.len() - 20);
    }
}

/// The engine's message ids, in the order of the tables: English's engine messages, sorted.
pub fn engine_ids(en: &Language) -> Vec<&String> {
    en.messages.iter().filter(|(_, m)| m.text.is_some()).map(|(id, _)| id).collect()
}

/// The engine crate's `Msg` (one variant per engine message), `ALL`, `IDS` and `COUNT`.
pub fn generate_ids(en: &Language) -> String {
    let ids = engine_ids(en);
    let mut out = String::from("// Generated by build.rs from texts/en/: do not edit.\n\n");
    out.push_str("/// Every engine message, named by its id in `texts/<language>/*.ftl`.\n");
    out.push_str("#[allow(non_camel_case_types)]\n#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]\n#[repr(u16)]\npub enum Msg {\n");
    for id in &ids {
        let _ = writeln!(out, "    {id},");
    }
    out.push_str("}\n\n");
    let _ = writeln!(out, "/// How many engine messages there are.\npub const COUNT: usize = {};", ids.len());
    out.push_str("/// Every message, in the order of the tables.\npub const ALL: [Msg; COUNT] = [");
    for id in &ids {
        let _ = write!(out, "Msg::{id}, ");
    }
    out.push_str("];\n/// The id of each message, as in the `.ftl` files.\npub const IDS: [&str; COUNT] = [");
    for id in &ids {
        let _ = write!(out, "{id:?}, ");
    }
    out.push_str("];\n");
    out
}

/// The API crate's `Lang` (one variant per language) and `TABLES` (each language's texts).
pub fn generate_tables(languages: &[Language]) -> String {
    let ids = engine_ids(&languages[0]);
    let mut out = String::from("// Generated by build.rs from texts/: do not edit.\n\n");
    let variants: Vec<String> = languages.iter().map(|l| variant(&l.tag)).collect();
    out.push_str("/// A language the engine answers in: one per folder of `texts/`, in `languages.txt`'s order.\n");
    out.push_str("#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]\npub enum Lang {\n    #[default]\n");
    for v in &variants {
        let _ = writeln!(out, "    {v},");
    }
    out.push_str("}\n\n");
    let _ = writeln!(
        out,
        "impl Lang {{\n    pub const ALL: [Lang; {}] = [{}];",
        languages.len(),
        variants.iter().map(|v| format!("Lang::{v}")).collect::<Vec<_>>().join(", ")
    );
    out.push_str("\n    /// Its tag, as in `texts/languages.txt`.\n    pub fn tag(self) -> &'static str {\n        match self {\n");
    for (l, v) in languages.iter().zip(&variants) {
        let _ = writeln!(out, "            Lang::{v} => {:?},", l.tag);
    }
    out.push_str("        }\n    }\n}\n\n");
    out.push_str("/// The fingerprint of the message ids a table is in the order of: a loaded table must carry it.\n");
    let _ = writeln!(out, "pub const TEXTS_KEY: &str = {:?};", texts_key(languages));
    out.push_str("/// Each language's texts in the order of the engine's `Msg`, separated by U+001F.\n");
    out.push_str("#[cfg(not(feature = \"separate-texts\"))]\n");
    let _ = writeln!(out, "pub static TABLES: [&str; {}] = [", languages.len());
    for lang in languages {
        let _ = writeln!(out, "    {:?},", joined(lang, &ids));
    }
    out.push_str("];\n");
    out
}

/// A language's texts in the order of the engine's `Msg`, separated by U+001F.
fn joined(lang: &Language, ids: &[&String]) -> String {
    let texts: Vec<&str> = ids.iter().map(|id| lang.messages[*id].text.as_deref().unwrap_or_default()).collect();
    texts.join(&SEP.to_string())
}

/// FNV-1a (64 bits) of the message ids in order, as 16 hex digits: a table made for other ids
/// (another build) does not carry it.
fn texts_key(languages: &[Language]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let ids: Vec<&str> = engine_ids(&languages[0]).into_iter().map(String::as_str).collect();
    for byte in ids.join("\n").bytes() {
        hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// The file of one language's texts as `lang::load` takes it: `<tag> U+001E <key> U+001E <table>`.
pub fn table_file(languages: &[Language], lang: &Language) -> String {
    let ids = engine_ids(&languages[0]);
    format!("{}\u{1e}{}\u{1e}{}", lang.tag, texts_key(languages), joined(lang, &ids))
}

/// `en` -> `En`, `en-XA` -> `EnXa`.
fn variant(tag: &str) -> String {
    tag.split('-')
        .map(|part| {
            let lower = part.to_ascii_lowercase();
            let mut chars = lower.chars();
            chars.next().map(|c| c.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
        })
        .collect()
}
