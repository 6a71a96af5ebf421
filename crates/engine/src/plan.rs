//! The outcome at a glance: each step with what it costs at the standard tier and when it is
//! ready, the total to pay, how many documents to prepare, the moments to draw on a timeline and
//! the places to open. Everything here is computed from the outcome's quotes and the visitor's
//! answers; nothing in it is new data.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::calendar;
use crate::catalog::edition_on;
use crate::catalog::links::{Link, Needs};
use crate::facts::{Fact, Facts, Value};
use crate::money::MciFor;
use crate::quote::{taken_on, Quoted};

/// The plan of an outcome, as values.
#[derive(Debug, Clone)]
pub struct Plan {
    /// One per quote, in the same order.
    pub steps: Vec<Step>,
    /// Every step's fee at the standard tier plus every state duty, exact.
    pub total: Decimal,
    /// True when a duty uses an MCI not yet published for its year.
    pub provisional: bool,
    /// False when a step has no fee in the guide (the total then leaves that fee out).
    pub complete: bool,
    /// The MCI values the duties were converted with, one per year.
    pub mci: Vec<MciFor>,
    /// When the last step should be ready (the longer end of its processing time).
    pub ready_by: Option<NaiveDate>,
    /// The same allowing for the state body's possible delay, where the guide warns of it.
    pub ready_by_with_delay: Option<NaiveDate>,
    /// Documents to prepare over every step.
    pub documents: usize,
    /// Family members apply too: the guide does not say whether fees are per person.
    pub per_person: bool,
    pub timeline: Vec<Moment>,
    pub links: Vec<&'static Link>,
}

/// One step: its standard fee, duty, subtotal and date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    /// The service fee at the standard tier; `None` where the guide gives none.
    pub fee: Option<u32>,
    pub duty: Option<Decimal>,
    /// Fee plus duty.
    pub subtotal: Decimal,
    /// False where the guide gives no fee for the step: the subtotal is then only the duty.
    pub priced: bool,
    pub ready_by: Option<NaiveDate>,
    pub same_day: bool,
    pub documents: usize,
}

/// What a moment of the timeline marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MomentKind {
    Today,
    /// The day the Centre takes the application.
    Apply,
    Ready,
    /// The latest date if the state body delays.
    Delay,
    /// The embassy or airport visit, which the guide gives no time for.
    NextStep,
    WindowOpens,
    WindowCloses,
    Expires,
}

impl MomentKind {
    pub const fn id(self) -> &'static str {
        match self {
            MomentKind::Today => "today",
            MomentKind::Apply => "apply",
            MomentKind::Ready => "ready",
            MomentKind::Delay => "delay",
            MomentKind::NextStep => "next-step",
            MomentKind::WindowOpens => "window-opens",
            MomentKind::WindowCloses => "window-closes",
            MomentKind::Expires => "expires",
        }
    }
}

/// A moment on the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Moment {
    pub kind: MomentKind,
    /// `None` where the guide gives no time.
    pub date: Option<NaiveDate>,
    /// The step it belongs to (an index into `steps`).
    pub step: Option<usize>,
    pub provisional: bool,
}

/// The plan of an outcome whose quotes are `quotes`, for the answers on the walked path.
pub fn plan(quotes: &[Quoted], facts: &Facts, today: NaiveDate) -> Plan {
    let steps: Vec<Step> = quotes.iter().map(step).collect();
    let mut mci: Vec<MciFor> = Vec::new();
    for m in quotes.iter().filter_map(|q| q.duty).map(|d| d.mci_value) {
        if !mci.iter().any(|x| x.year == m.year) {
            mci.push(m);
        }
    }
    let last_ready = quotes.iter().rev().find_map(|q| q.ready);
    Plan {
        total: quotes.iter().map(Quoted::subtotal).sum(),
        provisional: mci.iter().any(|m| m.provisional),
        complete: steps.iter().all(|s| s.priced),
        mci,
        ready_by: last_ready.map(|r| r.latest),
        ready_by_with_delay: last_ready.and_then(|r| r.with_delay),
        documents: steps.iter().map(|s| s.documents).sum(),
        per_person: facts.bool(Fact::Family) == Some(true) && !quotes.is_empty(),
        timeline: timeline(quotes, facts, today),
        links: links(quotes, today),
        steps,
    }
}

fn step(q: &Quoted) -> Step {
    Step {
        fee: q.standard_kzt,
        duty: q.duty.map(|d| d.kzt),
        subtotal: q.subtotal(),
        priced: q.standard_kzt.is_some(),
        ready_by: q.ready.map(|r| r.latest),
        same_day: q.ready.is_some_and(|r| r.same_day),
        documents: q.to_prepare(),
    }
}

/// Today, each step's application and ready dates (and the latest date if the state body
/// delays), the embassy or airport visit, and the extension window, in date order. A moment
/// without a date stays after the moment before it.
fn timeline(quotes: &[Quoted], facts: &Facts, today: NaiveDate) -> Vec<Moment> {
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
        moments.insert(place, (at, Moment { kind, date, step, provisional }));
    };
    push(MomentKind::Today, Some(today), None, false);
    for (i, q) in quotes.iter().enumerate() {
        // A service the guide gives no time for (the extensions) has no row of its own: its
        // window, drawn from the visa's expiry, says when to apply; an undated row would read as
        // "apply now".
        if let Some(r) = q.ready {
            push(MomentKind::Apply, Some(r.taken), Some(i), r.provisional);
            if !r.same_day {
                push(MomentKind::Ready, Some(r.latest), Some(i), r.provisional);
            }
            if let Some(d) = r.with_delay {
                push(MomentKind::Delay, Some(d), Some(i), r.provisional);
            }
        }
        if !q.next_steps.is_empty() {
            push(MomentKind::NextStep, None, Some(i), false);
        }
    }
    if let Some(Value::Date(expires)) = facts.get(Fact::VisaExpires) {
        if let Ok(w) = calendar::extension_window(expires) {
            let provisional = calendar::is_provisional(w.earliest) || calendar::is_provisional(expires);
            push(MomentKind::WindowOpens, Some(w.earliest), None, provisional);
            push(MomentKind::WindowCloses, Some(w.latest), None, provisional);
            push(MomentKind::Expires, Some(expires), None, provisional);
        }
    }
    moments.into_iter().map(|(_, m)| m).collect()
}

/// The links the outcome's services need, in the data's order, as the edition in force on the
/// day an application made today is taken gives them.
fn links(quotes: &[Quoted], today: NaiveDate) -> Vec<&'static Link> {
    let day = taken_on(today).unwrap_or(today);
    edition_on(day)
        .links
        .iter()
        .filter(|l| match l.when {
            Needs::PortalSteps => quotes.iter().any(|q| !q.service.apply.is_empty()),
            Needs::Document(id) => quotes.iter().any(|q| q.has_document(id)),
            Needs::Always => true,
        })
        .collect()
}
