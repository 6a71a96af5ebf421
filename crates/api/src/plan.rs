//! The outcome at a glance: each step with what it costs at the standard tier and when it is
//! ready, the total to pay, how many documents to prepare, the moments to draw on a timeline and
//! the places to open. Everything here is computed from the outcome's quotes and the visitor's
//! answers; nothing in it is new data.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::calendar;
use crate::catalog::edition_on;
use crate::catalog::links::Needs;
use crate::catalog::providers::Provider;
use crate::facts::{Fact, Facts, Value};
use crate::iso;
use crate::lang::Translate;
use crate::lang::{Lang, Text};
use crate::money::kzt_string;
pub use crate::out::plan::*;
use crate::out::quote::{DocOut, Quote};
use crate::t;

pub const PER_PERSON: Text = t!(plan_per_person);

/// The plan of an outcome whose quotes are `quotes`, for the answers on the walked path.
pub fn plan(quotes: &[Quote], facts: &Facts, lang: Lang, today: NaiveDate) -> PlanOut {
    let steps: Vec<PlanStep> = quotes.iter().map(step).collect();
    let mut total = Decimal::ZERO;
    let mut mci: Vec<MciOut> = Vec::new();
    for q in quotes {
        total += subtotal(q);
        if let Some(m) = q.sums.mci {
            if !mci.iter().any(|x| x.year == m.year) {
                mci.push(MciOut { year: m.year, kzt: m.kzt.to_string(), provisional: m.provisional });
            }
        }
    }
    PlanOut {
        total: TotalOut {
            kzt: kzt_string(total),
            provisional: mci.iter().any(|m| m.provisional),
            complete: steps.iter().all(|s| s.priced),
            mci,
        },
        ready_by: quotes.iter().rev().find_map(|q| q.sums.ready).map(|r| iso::date(r.latest)),
        ready_by_with_delay: quotes.iter().rev().find_map(|q| q.sums.ready).and_then(|r| r.with_delay).map(iso::date),
        documents: steps.iter().map(|s| s.documents).sum(),
        per_person: (facts.bool(Fact::Family) == Some(true) && !quotes.is_empty()).then(|| PER_PERSON.get(lang)),
        timeline: timeline(quotes, facts, today),
        links: links(quotes, lang, today),
        steps,
    }
}

/// What a step costs at the standard tier: its fee (none where the guide gives none) plus its
/// state duty, exact. The one place a plan, and a team's plan, adds money.
pub fn subtotal(q: &Quote) -> Decimal {
    Decimal::from(q.sums.standard_kzt.unwrap_or(0)) + q.sums.duty_kzt.unwrap_or(Decimal::ZERO)
}

fn step(q: &Quote) -> PlanStep {
    let fee = q.sums.standard_kzt;
    let duty = q.sums.duty_kzt;
    let to_prepare = |docs: &[DocOut]| docs.iter().filter(|d| d.by != Provider::Advice.id()).count();
    PlanStep {
        service: q.service,
        title: q.title,
        fee: fee.map(|k| k.to_string()),
        state_duty: duty.map(kzt_string),
        subtotal: kzt_string(subtotal(q)),
        priced: fee.is_some(),
        ready_by: q.sums.ready.map(|r| iso::date(r.latest)),
        same_day: q.sums.ready.is_some_and(|r| r.same_day),
        documents: to_prepare(&q.documents) + q.next_steps.iter().map(|n| to_prepare(&n.documents)).sum::<usize>(),
        then: q.next_steps.first().map(|n| n.title),
    }
}

/// Today, each step's application and ready dates (and the latest date if the state body
/// delays), the embassy or airport visit, and the extension window, in date order. A moment
/// without a date stays after the moment before it.
fn timeline(quotes: &[Quote], facts: &Facts, today: NaiveDate) -> Vec<Moment> {
    // Each moment with the date it sorts by: its own, or the one before it.
    let mut moments: Vec<(NaiveDate, Moment)> = Vec::new();
    let mut at = today;
    let mut push = |kind, date: Option<NaiveDate>, step, provisional| {
        if let Some(d) = date {
            at = d;
        }
        // Kept in date order as they come, each after those of its date: what a stable sort
        // would give, without the standard library's sort (about 4 KB of wasm) for a dozen rows.
        let place = moments.partition_point(|(d, _)| *d <= at);
        moments.insert(place, (at, Moment { kind, date: date.map(iso::date), step, provisional }));
    };
    push("today", Some(today), None, false);
    for (i, q) in quotes.iter().enumerate() {
        // A service the guide gives no time for (the extensions) has no row of its own: its
        // window, drawn from the visa's expiry, says when to apply; an undated row would read as
        // "apply now".
        if let Some(r) = q.sums.ready {
            push("apply", Some(r.taken), Some(i), r.provisional);
            if !r.same_day {
                push("ready", Some(r.latest), Some(i), r.provisional);
            }
            if let Some(d) = r.with_delay {
                push("delay", Some(d), Some(i), r.provisional);
            }
        }
        if !q.next_steps.is_empty() {
            push("next-step", None, Some(i), false);
        }
    }
    if let Some(Value::Date(expires)) = facts.get(Fact::VisaExpires) {
        if let Ok(w) = calendar::extension_window(expires) {
            let provisional = calendar::is_provisional(w.earliest) || calendar::is_provisional(expires);
            push("window-opens", Some(w.earliest), None, provisional);
            push("window-closes", Some(w.latest), None, provisional);
            push("expires", Some(expires), None, provisional);
        }
    }
    moments.into_iter().map(|(_, m)| m).collect()
}

/// The links the outcome's services need, in the data's order, as the edition in force on the
/// day an application made today is taken gives them.
fn links(quotes: &[Quote], lang: Lang, today: NaiveDate) -> Vec<LinkOut> {
    let has_doc = |id: &str| {
        quotes.iter().any(|q| {
            q.documents.iter().any(|d| d.id == id)
                || q.next_steps.iter().any(|n| n.documents.iter().any(|d| d.id == id))
        })
    };
    let day = crate::quote::taken_on(today).unwrap_or(today);
    edition_on(day)
        .links
        .iter()
        .filter(|l| match l.when {
            Needs::PortalSteps => quotes.iter().any(|q| !q.apply.is_empty()),
            Needs::Document(id) => has_doc(id),
            Needs::Always => true,
        })
        .map(|l| LinkOut { id: l.id, url: l.url, label: l.label.get(lang), purpose: l.purpose.get(lang) })
        .collect()
}
