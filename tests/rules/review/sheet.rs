//! A service's sheet, `tests/expected/<id>.txt`: its record in plain lines, as the answer gives
//! it: fees, duty in 2025 and 2026, time, ready-by dates, documents and notes, in English with
//! the titles and documents in Kazakh too.

use std::fmt::Write;

use aifc_eligibility::out::quote::DocOut;

use super::record::Record;

pub fn sheet(r: &Record) -> String {
    let id = r.service.id;
    let (en26, kk) = (r.said("en"), r.said("kk"));
    let (en25, saturday) = (&r.monday_2025, &r.saturday_2025);
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{id}\n{}\n  en: {}\n  ru: {}\n  kk: {}",
        en26.section.label,
        en26.title,
        r.said("ru").title,
        kk.title
    );
    let _ = writeln!(s, "fees:");
    if en26.variants.is_empty() {
        let row: Vec<String> = en26.fees.iter().map(|f| format!("{} {}", f.tier, f.kzt)).collect();
        let _ = writeln!(s, "  {}", if row.is_empty() { "none listed".to_string() } else { row.join(", ") });
    }
    for (v, q) in en26.variants.iter().zip(&r.rows) {
        let row: Vec<String> = q.fees.iter().map(|f| format!("{} {}", f.tier, f.kzt)).collect();
        let _ = writeln!(s, "  {}: {}", v.id, row.join(", "));
    }
    match (&en25.state_duty, &en26.state_duty) {
        (Some(a), Some(b)) => {
            let _ = writeln!(
                s,
                "state duty: {} MCI; 2025: {} x {} = {} KZT; 2026: {} x {} = {} KZT",
                a.mci, a.mci, a.mci_value, a.kzt, b.mci, b.mci_value, b.kzt
            );
        }
        _ => {
            let _ = writeln!(s, "state duty: none");
        }
    }
    match (&en26.processing, &en26.ready_by) {
        (Some(p), Some(r)) => {
            let _ = writeln!(s, "processing: {}-{} {}", p.min, p.max, p.unit);
            let _ = writeln!(
                s,
                "ready by, applied Friday {} (before Nauryz): {} to {}; with the state's delay {}",
                r.applied,
                r.earliest,
                r.latest,
                r.with_delay.as_deref().unwrap_or("(no delay note)")
            );
        }
        _ => {
            let _ = writeln!(s, "processing: not given");
        }
    }
    // An application made on a closed day is taken on the next working day.
    if let Some(r) = &saturday.ready_by {
        let _ = writeln!(
            s,
            "ready by, applied Saturday {}: taken {}, ready {} to {}; duty year {}",
            r.applied,
            r.taken,
            r.earliest,
            r.latest,
            saturday.state_duty.as_ref().map_or("(no duty)".to_string(), |d| d.mci_year.to_string())
        );
    }
    let _ = writeln!(s, "apply:");
    for a in &en26.apply {
        let _ = writeln!(s, "  - {a}");
    }
    let _ = writeln!(s, "documents ({}):", en26.documents.len());
    docs(&mut s, &en26.documents, &kk.documents);
    for (step, kstep) in en26.next_steps.iter().zip(&kk.next_steps) {
        let _ = writeln!(s, "next step: {} ({})", step.title, step.place);
        docs(&mut s, &step.documents, &kstep.documents);
        for n in &step.notes {
            let _ = writeln!(s, "  note [{}]: {}", n.kind, n.text);
        }
    }
    let _ = writeln!(s, "notes:");
    for n in &en26.notes {
        let _ = writeln!(s, "  - [{}] {}", n.kind, n.text);
    }
    s
}

fn docs(out: &mut String, list: &[DocOut], kk: &[DocOut]) {
    for (i, (d, k)) in list.iter().zip(kk).enumerate() {
        let flags: Vec<&str> = d.conditions.iter().copied().filter(|c| ["if-any", "optional"].contains(c)).collect();
        let words = d.when.iter().map(String::as_str).chain(flags).collect::<Vec<_>>();
        let when = if words.is_empty() { String::new() } else { format!("  [{}]", words.join("; ")) };
        let _ = writeln!(out, "  {:>2}. {}{when}\n      en: {}\n      kk: {}", i + 1, d.id, d.text, k.text);
    }
}
