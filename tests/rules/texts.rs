//! No language falls back to another: every visitor-facing text exists in English, Russian and
//! Kazakh, and each is written in its own script.

use aifc_eligibility::lang::Translate;
use aifc_eligibility_engine::catalog::SERVICES;
use aifc_eligibility_engine::flow::graph::{Node, GRAPH};
use aifc_eligibility_engine::lang::{Text, ALL_MESSAGES};
use std::path::Path;

fn cyrillic(s: &str) -> bool {
    s.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c))
}
fn latin(s: &str) -> bool {
    s.chars().any(|c| c.is_ascii_alphabetic())
}

/// Every text the engine has: every message of `texts/<language>/*.ftl` but the widget's.
fn all_texts() -> Vec<(String, Text)> {
    ALL_MESSAGES.iter().map(|&m| (Text::new(m).id().to_string(), Text::new(m))).collect()
}

/// The files with this extension under a folder, read as text.
fn sources(dir: &Path, ext: &str, out: &mut String) {
    for entry in std::fs::read_dir(dir).expect("the folder is readable").flatten() {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, ext, out);
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push_str(&std::fs::read_to_string(&path).expect("a source file is readable"));
        }
    }
}

#[test]
fn every_message_is_used_by_the_engine() {
    // A message no code or data names is dead text: a translator would keep translating it for
    // nobody. The guide's data (`content/`) names its messages as TOML strings.
    let mut src = String::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for dir in ["src", "crates/engine/src", "crates/api/src"] {
        sources(&root.join(dir), "rs", &mut src);
    }
    let mut data = String::new();
    sources(&root.join("content"), "toml", &mut data);
    let unused: Vec<String> = all_texts()
        .into_iter()
        .map(|(id, _)| id)
        .filter(|id| {
            // `Msg::id` as a whole word: `Msg::doc_x` must not count as a use of `Msg::doc`.
            let msg = format!("Msg::{id}");
            let whole = src
                .match_indices(&msg)
                .any(|(at, _)| !src[at + msg.len()..].starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_'));
            !src.contains(&format!("t!({id})")) && !whole && !data.contains(&format!("\"{id}\""))
        })
        .collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
}

#[test]
fn every_text_exists_in_all_three_languages() {
    let texts = all_texts();
    assert!(texts.len() > 350, "{} texts", texts.len());
    let missing: Vec<&str> = texts.iter().filter(|(_, t)| !t.is_complete()).map(|(w, _)| w.as_str()).collect();
    assert!(missing.is_empty(), "missing a language: {missing:?}");
}

#[test]
fn each_language_is_written_in_its_own_script() {
    let mut wrong = Vec::new();
    for (where_, t) in all_texts() {
        if !latin(t.en()) {
            wrong.push(format!("{where_}: English {:?}", t.en()));
        }
        // Russian and Kazakh may be a bare name or number (e.g. a phone), never English prose.
        for (lang, s) in [("ru", t.ru()), ("kk", t.kk())] {
            if !cyrillic(s) && s.split_whitespace().count() > 2 {
                wrong.push(format!("{where_}: {lang} {s:?}"));
            }
        }
        if (t.en() == t.ru() || t.en() == t.kk()) && latin(t.en()) && t.en().split_whitespace().count() > 1 {
            wrong.push(format!("{where_}: the same text in two languages {:?}", t.en()));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn kazakh_texts_use_kazakh_letters() {
    // Kazakh prose of any length has at least one of ә ғ қ ң ө ұ ү һ і; Russian copied into the
    // Kazakh slot would not.
    let kazakh = |s: &str| s.chars().any(|c| "әғқңөұүһіӘҒҚҢӨҰҮҺІ".contains(c));
    let odd: Vec<String> = all_texts()
        .into_iter()
        .filter(|(_, t)| t.kk().split_whitespace().count() >= 6 && !kazakh(t.kk()))
        .map(|(w, t)| format!("{w}: {}", t.kk()))
        .collect();
    assert!(odd.is_empty(), "{odd:#?}");
}

#[test]
fn every_note_where_the_guide_is_silent_is_advice_the_visitor_can_act_on() {
    // Issue 10: "Ask the Centre whether ...: the guide does not say." Every one of them (issue 25,
    // item 6: the note on where a broken sentence was completed from is no longer shown).
    let mut notes: Vec<(String, Text)> = Vec::new();
    for s in SERVICES.iter() {
        let step = s.next_step.iter().flat_map(|n| n.notes.iter());
        for n in
            s.notes.iter().chain(step).filter(|n| n.kind == aifc_eligibility_engine::catalog::NoteKind::GuideSilent)
        {
            notes.push((s.id.to_string(), n.text));
        }
    }
    for (id, node) in GRAPH {
        if let Node::End(o) = node {
            notes.extend(
                o.notes
                    .iter()
                    .filter(|n| n.note.kind == aifc_eligibility_engine::catalog::NoteKind::GuideSilent)
                    .map(|n| (id.to_string(), n.note.text)),
            );
        }
    }
    assert!(notes.len() >= 15, "{}", notes.len());
    let not_advice: Vec<String> = notes
        .iter()
        .filter(|(_, t)| !t.en().to_lowercase().contains("ask the") || !t.ru().contains("точните"))
        .map(|(w, t)| format!("{w}: {}", t.en()))
        .collect();
    assert!(not_advice.is_empty(), "{not_advice:#?}");
}

#[test]
fn the_centres_address_names_its_pavilion_in_every_language() {
    let address = aifc_eligibility_engine::calendar::ADDRESS;
    assert!(address.en().contains("C3.3") && address.ru().contains("C3.3") && address.kk().contains("C3.3"));
}
