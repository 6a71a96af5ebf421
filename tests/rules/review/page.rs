//! One service's review page, its record in Markdown: its guide section, fees, duty, time,
//! documents, steps and notes, each text by id beside the rule it belongs to, in every language.

use std::collections::BTreeSet;
use std::fmt::Write;

use aifc_eligibility::lang::Lang;
use aifc_eligibility_engine::catalog::providers::provider;
use aifc_eligibility_engine::catalog::{editions, shared, Doc, Fee, Fees, Mci, Note, NoteKind, Processing};
use aifc_eligibility_engine::lang::Text;
use rust_decimal::Decimal;

use super::record::Record;
use super::{cell, generated_by, header, none, row};
use aifc_eligibility::lang::Translate;

pub fn page(r: &Record, shown: &mut BTreeSet<String>) -> String {
    let s = r.service;
    let mut out = generated_by();
    let number = s.section.number.map_or(String::new(), |n| format!(", section {n}"));
    let _ = writeln!(out, "\n# {}\n\n{}\n", s.id, s.title.en());
    let _ = writeln!(
        out,
        "Guide: chapter `{}`{number} ({}). [All services](README.md)\n",
        s.section.chapter.id(),
        s.section.chapter.title().kk()
    );

    out.push_str("## Section, title and audience\n\n");
    header(&mut out, "rule · id");
    // The section as the answer cites it, in every language.
    let label = s.section.chapter.title();
    let cells: Vec<String> = r.friday.iter().map(|q| cell(&q.section.label)).collect();
    let _ = writeln!(out, "| section · `guide_name`, `{}` | {} |", label.id(), cells.join(" | "));
    row(&mut out, shown, &format!("title · `{}`", s.title.id()), s.title, &none);
    row(&mut out, shown, &format!("audience · `{}`", s.audience.id()), s.audience, &none);

    let mut state_delay = false;
    for edition in editions() {
        let Some(t) = edition.tariff(s.id) else { continue };
        let from = edition.effective_from();
        let _ = writeln!(
            out,
            "\n## Fees, state duty and time: edition {} (from {from}, `content/{}/tariffs.toml`)\n",
            edition.edition, edition.id
        );
        fees(&mut out, &t.fees);
        let _ = writeln!(out, "- State duty: {}", t.state_duty.map_or("none given in the guide".to_string(), mci));
        let _ = writeln!(out, "- Processing time: {}", t.processing.map_or("not given in the guide".to_string(), time));
        let delay = if t.state_delay {
            format!("yes: the note `{}` comes first among the notes", shared::STATE_DELAY.note.text.id())
        } else {
            "no".to_string()
        };
        let days = shared::STATE_DELAY.calendar_days;
        let _ = writeln!(out, "- State delay (up to {days} calendar days on the state body's side): {delay}");
        state_delay |= t.state_delay;
    }

    out.push_str("\n## Application steps\n\n");
    header(&mut out, "step · id");
    for (i, step) in s.apply.iter().enumerate() {
        row(&mut out, shown, &format!("{} · `{}`", i + 1, step.id()), *step, &none);
    }

    let _ = writeln!(out, "\n## Documents ({})\n", s.documents.len());
    documents(&mut out, shown, s.documents);

    if let Some(step) = &s.next_step {
        out.push_str("\n## Next step\n\n");
        header(&mut out, "place · id");
        let place = step.place.label();
        row(&mut out, shown, &format!("`{}` · `{}`", step.place.id(), place.id()), place, &none);
        let _ = writeln!(out, "\n### Its documents ({})\n", step.documents.len());
        documents(&mut out, shown, step.documents);
        out.push_str("\n### Its notes\n\n");
        notes(&mut out, shown, step.notes.iter().map(|n| (n, "")));
    }

    out.push_str("\n## Notes\n\n");
    let delay = state_delay.then_some((&shared::STATE_DELAY.note, " · from `state_delay`"));
    notes(&mut out, shown, delay.into_iter().chain(s.notes.iter().map(|n| (n, ""))));
    out
}

fn fees(out: &mut String, fees: &Fees) {
    let rows: Vec<(Option<String>, &[Fee])> = match fees {
        Fees::NotListed => {
            out.push_str("- Fees: not listed in the guide (`feesListed` is false)\n");
            return;
        }
        Fees::Single(row) => vec![(None, row)],
        Fees::ByVariant(rows) => {
            rows.iter().map(|(v, row)| (Some(format!("`{}` {}", v.id(), v.label().en())), *row)).collect()
        }
    };
    out.push_str("| variant | tier | KZT |\n|---|---|---:|\n");
    for (variant, row) in rows {
        for fee in row {
            let v = variant.as_deref().unwrap_or("(one row)");
            let _ = writeln!(out, "| {v} | `{}` {} | {} |", fee.tier.id(), fee.tier.label().en(), kzt(fee.kzt));
        }
    }
    out.push('\n');
}

/// Whole tenge with thousands separated: 1,440,000.
fn kzt(amount: u32) -> String {
    let digits = amount.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn mci(m: Mci) -> String {
    format!("{} MCI", Decimal::new(m.mantissa, m.scale).normalize())
}

fn time(p: Processing) -> String {
    let (min, max, unit) = match p {
        Processing::WorkingDays { min, max } => (min, max, "working days"),
        Processing::Minutes { min, max } => (min, max, "minutes"),
    };
    if min == max {
        format!("{min} {unit}")
    } else {
        format!("{min}-{max} {unit}")
    }
}

/// The conditions of a bullet, in a language: «when: ...» and its flags, after the text.
fn conditions(doc: &Doc, lang: Lang) -> String {
    let words: Vec<&str> = doc.when.iter().map(|c| c.label().get(lang)).collect();
    if words.is_empty() {
        String::new()
    } else {
        format!("\n*({})*", words.join("; "))
    }
}

fn documents(out: &mut String, shown: &mut BTreeSet<String>, list: &[Doc]) {
    if list.is_empty() {
        out.push_str("None.\n");
        return;
    }
    header(out, "document · who provides it · when · id");
    for (i, d) in list.iter().enumerate() {
        let when: Vec<String> = d.when.iter().map(|c| format!("`{}`", c.id())).collect();
        let when = if when.is_empty() { String::new() } else { format!(" · when {}", when.join(", ")) };
        let first = format!("{} · `{}` · by `{}`{when} · `{}`", i + 1, d.doc.id, provider(d).id(), d.doc.text.id());
        row(out, shown, &first, d.doc.text, &|l| conditions(d, l));
    }
}

fn notes<'a>(out: &mut String, shown: &mut BTreeSet<String>, notes: impl Iterator<Item = (&'a Note, &'a str)>) {
    let notes: Vec<(&Note, &str)> = notes.collect();
    if notes.is_empty() {
        out.push_str("None.\n");
        return;
    }
    header(out, "note · kind · id");
    for (i, (n, from)) in notes.into_iter().enumerate() {
        let kind = match n.kind {
            NoteKind::Guide => "`guide`",
            NoteKind::GuideSilent => "`guide-silent`",
        };
        let text: Text = n.text;
        row(out, shown, &format!("{} · {kind} · `{}`{from}", i + 1, text.id()), text, &none);
    }
}
