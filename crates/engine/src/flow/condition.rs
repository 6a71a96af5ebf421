//! A test on the value of a fact: what a branch of the decision graph (`graph.rs`) and a rule or
//! note of an outcome (`outcomes/`) are made of, and whether it holds. Below both.

use chrono::NaiveDate;

use crate::calendar::{self, Phase};
use crate::facts::{Fact, Facts, Value};

/// A test on the value of a fact.
#[derive(Clone, Copy, Debug)]
pub enum Test {
    /// Always true once the fact is known.
    Any,
    /// The choice or country equals this value.
    Is(&'static str),
    Yes,
    No,
    /// The country is one of these.
    InGroup(&'static [&'static str]),
    /// A number of days greater than this.
    Over(u32),
    /// A number of days no greater than this.
    AtMost(u32),
    /// A visa expiring on this date can no longer be extended on the evaluation date: its last
    /// day to apply (the 5th working day before the expiry) has passed, the visa still valid.
    ExtensionClosed,
    /// A visa expiring on this date has expired by the evaluation date.
    Expired,
}

/// Whether a test holds for a value, on the evaluation date `today` (the extension tests compare
/// a visa's window with it).
pub fn holds_on(test: Test, value: Value, today: NaiveDate) -> bool {
    let phase = |d: NaiveDate| calendar::window_status(d, today).ok().map(|s| s.phase);
    match (test, value) {
        (Test::ExtensionClosed, Value::Date(d)) => phase(d) == Some(Phase::Closed),
        (Test::Expired, Value::Date(d)) => phase(d) == Some(Phase::Expired),
        _ => holds(test, value),
    }
}

/// Whether a test that needs no date holds for a value (the extension tests never do here).
pub fn holds(test: Test, value: Value) -> bool {
    match (test, value) {
        (Test::Any, _) => true,
        (Test::Is(v), Value::Choice(x) | Value::Country(x)) => v == x,
        (Test::Yes, Value::Bool(b)) => b,
        (Test::No, Value::Bool(b)) => !b,
        (Test::InGroup(g), Value::Country(c)) => g.contains(&c),
        (Test::Over(n), Value::Days(d)) => d > n,
        (Test::AtMost(n), Value::Days(d)) => d <= n,
        _ => false,
    }
}

pub fn all_hold(when: &[(Fact, Test)], facts: &Facts) -> bool {
    when.iter().all(|(f, t)| facts.get(*f).is_some_and(|v| holds(*t, v)))
}
