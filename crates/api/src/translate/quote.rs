//! A quote read in the visitor's language: the engine's `Quoted` (dates, decimals, message ids)
//! as the serialisable `Quote`.

use chrono::NaiveDate;

use aifc_eligibility_engine::catalog::{Chapter, Fees, Note, Processing, Service, Tariff, Variant};
use aifc_eligibility_engine::money::{kzt_string, PROVISIONAL_MCI};
use aifc_eligibility_engine::quote::{section_on, DocLine, Quoted, ReadyDates};
use aifc_eligibility_engine::{iso, t};

use crate::lang::{fill, Lang, Translate};
use crate::out::quote::{
    DocOut, DutyOut, FeeOut, Labelled, NextStepOut, NoteOut, ProcessingOut, Quote, ReadyBy, SectionOut,
};

/// The quote in `lang`.
pub fn quote(q: &Quoted, lang: Lang) -> Quote {
    let s = q.service;
    let t = q.tariff;
    Quote {
        service: s.id,
        title: s.title.get(lang),
        section: SectionOut {
            chapter: q.section.chapter.id(),
            number: q.section.number,
            label: section_label(q.section.chapter, q.section.number, q.edition, lang),
        },
        audience: s.audience.get(lang),
        variant: q.variant.map(Variant::id),
        variants: variant_labels(t, lang),
        fees: q
            .fees
            .iter()
            .map(|f| FeeOut {
                tier: f.tier.id(),
                label: f.tier.label().get(lang),
                help: f.tier.help().get(lang),
                kzt: f.kzt.to_string(),
                variant: f.variant.map(Variant::id),
            })
            .collect(),
        fees_listed: !matches!(t.fees, Fees::NotListed),
        state_duty: q.duty.map(|duty| DutyOut {
            mci: duty.mci.normalize().to_string(),
            mci_value: duty.mci_value.kzt.to_string(),
            mci_year: duty.mci_value.year,
            kzt: kzt_string(duty.kzt),
            provisional: duty.mci_value.provisional,
            reason: duty.mci_value.provisional.then(|| PROVISIONAL_MCI.get(lang)),
        }),
        processing: t.processing.map(|p| match p {
            Processing::WorkingDays { min, max } => ProcessingOut { unit: "working-days", min, max },
            Processing::Minutes { min, max } => ProcessingOut { unit: "minutes", min, max },
        }),
        ready_by: q.ready.map(ready_by),
        state_delay: t.state_delay,
        apply: s.apply.iter().map(|t| t.get(lang)).collect(),
        documents: documents(&q.documents, lang),
        next_steps: q
            .next_steps
            .iter()
            .map(|n| NextStepOut {
                place: n.step.place.id(),
                title: n.step.place.label().get(lang),
                documents: documents(&n.documents, lang),
                notes: n.step.notes.iter().map(|n| note(n, lang)).collect(),
            })
            .collect(),
        notes: q.notes.iter().map(|n| note(n, lang)).collect(),
        why: q.why.map(|w| w.get(lang)),
    }
}

/// Where the service is in the guide's edition in force on `day`, in the visitor's language.
pub fn section(s: &Service, day: NaiveDate, lang: Lang) -> SectionOut {
    let (section, edition) = section_on(s, day);
    SectionOut {
        chapter: section.chapter.id(),
        number: section.number,
        label: section_label(section.chapter, section.number, edition, lang),
    }
}

/// «Guide 2025 · Work visa · 2»: where a visitor finds the service in the guide, in the edition
/// the answer was read from.
pub fn section_label(chapter: Chapter, number: Option<&str>, edition: &str, lang: Lang) -> String {
    let guide = t!(guide_name);
    let mut s = String::new();
    s.push_str(&fill(guide.get(lang), &[("{edition}", edition)]));
    s.push_str(" · ");
    s.push_str(chapter.title().get(lang));
    if let Some(n) = number {
        s.push_str(" · ");
        s.push_str(n);
    }
    s
}

/// The fee rows of a service's tariff, labelled in the visitor's language.
pub fn variant_labels(t: &Tariff, lang: Lang) -> Vec<Labelled> {
    t.fees.variants().map(|v| Labelled { id: v.id(), label: v.label().get(lang) }).collect()
}

pub fn note(note: &Note, lang: Lang) -> NoteOut {
    NoteOut { kind: note.kind.id(), text: note.text.get(lang) }
}

fn ready_by(r: ReadyDates) -> ReadyBy {
    ReadyBy {
        applied: iso::date(r.applied),
        taken: iso::date(r.taken),
        earliest: iso::date(r.earliest),
        latest: iso::date(r.latest),
        with_delay: r.with_delay.map(iso::date),
        delay_days: r.delay_days,
        same_day: r.same_day,
        provisional: r.provisional,
    }
}

fn documents(list: &[DocLine], lang: Lang) -> Vec<DocOut> {
    list.iter()
        .map(|DocLine { doc: d, by }| DocOut {
            id: d.doc.id,
            text: d.doc.text.get(lang),
            when: {
                let words: Vec<&str> = d.when.iter().filter(|c| !c.is_flag()).map(|c| c.label().get(lang)).collect();
                (!words.is_empty()).then(|| words.join("; "))
            },
            conditions: d.when.iter().map(|c| c.id()).collect(),
            by: by.id(),
        })
        .collect()
}
