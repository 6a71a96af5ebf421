//! No language falls back to another: every visitor-facing text exists in English, Russian and
//! Kazakh, and each is written in its own script.

use aifc_eligibility::calendar::{DayOff, Phase, State, ADDRESS, FIXED_HOLIDAYS, PROVISIONAL_REASON};
use aifc_eligibility::catalog::{Chapter, Cond, Tier, Variant, SERVICES};
use aifc_eligibility::flow::facts::{Fact, Kind};
use aifc_eligibility::flow::graph::{Node, GRAPH};
use aifc_eligibility::flow::questions::{option_label, question};
use aifc_eligibility::lang::Text;
use aifc_eligibility::money::PROVISIONAL_MCI;

fn cyrillic(s: &str) -> bool {
    s.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c))
}
fn latin(s: &str) -> bool {
    s.chars().any(|c| c.is_ascii_alphabetic())
}

/// Every text the engine can show, with where it comes from.
fn all_texts() -> Vec<(String, Text)> {
    let mut v: Vec<(String, Text)> = Vec::new();
    for s in SERVICES.iter() {
        v.push((format!("{} title", s.id), s.title));
        v.push((format!("{} audience", s.id), s.audience));
        v.extend(s.apply.iter().map(|t| (format!("{} apply", s.id), *t)));
        v.extend(s.notes.iter().map(|n| (format!("{} note", s.id), n.text)));
        let step_docs = s.next_step.iter().flat_map(|n| n.documents.iter());
        v.extend(s.documents.iter().chain(step_docs).map(|d| (d.doc.id.to_string(), d.doc.text)));
        v.extend(s.next_step.iter().flat_map(|n| n.notes.iter()).map(|n| (format!("{} step note", s.id), n.text)));
        v.extend(s.next_step.iter().map(|n| (format!("{} place", s.id), n.place.label())));
    }
    v.extend(Chapter::ALL.iter().map(|c| (format!("chapter {}", c.id()), c.title())));
    v.extend(Cond::ALL.iter().map(|c| (format!("condition {}", c.id()), c.label())));
    v.extend(Tier::ALL.iter().map(|t| (format!("tier {}", t.id()), t.label())));
    v.extend(Tier::ALL.iter().map(|t| (format!("tier help {}", t.id()), t.help())));
    for l in &aifc_eligibility::catalog::links::LINKS {
        v.push((format!("link {}", l.id), l.label));
        v.push((format!("link purpose {}", l.id), l.purpose));
    }
    v.push(("per-person fees".into(), aifc_eligibility::plan::PER_PERSON));
    v.extend(Variant::ALL.iter().map(|t| (format!("variant {}", t.id()), t.label())));
    for f in Fact::ALL {
        let q = question(f);
        v.push((format!("question {}", f.id()), q.text));
        v.extend(q.help.map(|h| (format!("help {}", f.id()), h)));
        let values: Vec<&str> = match f.kind() {
            Kind::Choice(vs) => vs.to_vec(),
            Kind::Bool => vec!["true", "false"],
            _ => vec![],
        };
        for value in values {
            let (label, help) = option_label(f, value).unwrap_or_else(|| panic!("{} {value} has no label", f.id()));
            v.push((format!("option {} {value}", f.id()), label));
            v.extend(help.map(|h| (format!("option help {} {value}", f.id()), h)));
        }
    }
    for (id, node) in GRAPH {
        if let Node::End(o) = node {
            v.extend(o.steps.iter().flat_map(|s| s.rules.iter()).map(|r| (format!("why {id}"), r.why)));
            v.extend(o.notes.iter().map(|n| (format!("outcome note {id}"), n.note.text)));
            if let Some(n) = &o.no_service {
                v.push((format!("no service {id}"), n.reason));
                v.push((format!("instead {id}"), n.instead));
            }
        }
    }
    v.extend(FIXED_HOLIDAYS.iter().map(|h| ("holiday".to_string(), h.name)));
    v.push(("weekend".into(), DayOff::Weekend.text()));
    for p in [Phase::NotYetOpen, Phase::Open, Phase::Closed, Phase::Expired] {
        v.push((format!("{p:?}"), p.text()));
    }
    for s in [State::Open, State::Lunch, State::BeforeOpening, State::ClosedForTheDay, State::DayOff] {
        v.push((format!("{s:?}"), s.text()));
    }
    v.push(("address".into(), ADDRESS));
    v.push(("provisional calendar".into(), PROVISIONAL_REASON));
    v.push(("provisional MCI".into(), PROVISIONAL_MCI));
    v
}

#[test]
fn every_text_exists_in_all_three_languages() {
    let texts = all_texts();
    assert!(texts.len() > 400, "{} texts", texts.len());
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
