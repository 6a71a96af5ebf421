//! A test on the value of a fact: what a branch of the decision graph (`graph.rs`) and a rule or
//! note of an outcome (`outcomes/`) are made of, and whether it holds. Below both.
//!
//! A condition names its fact and its value, and an outcome its service, by enum variants, so a
//! misspelt name stops the build at the line that misspells it, not in a check elsewhere. The
//! examples below are compiled by `cargo test` (the engine's doc tests): written correctly, the
//! rule compiles; with one name misspelt, it does not (E0599, no such variant: stable rustdoc does
//! not compare the code, so each failing example is the passing one with one name changed).
//!
//! ```
//! use aifc_eligibility_engine::catalog::ServiceId;
//! use aifc_eligibility_engine::facts::{Choice, Fact};
//! use aifc_eligibility_engine::flow::condition::Test;
//!
//! const WHEN: &[(Fact, Test)] = &[(Fact::Role, Test::Is(Choice::Expert)), (Fact::Location, Test::Is(Choice::Inside))];
//! const SERVICE: ServiceId = ServiceId::BusinessVisaMulti;
//! assert_eq!((WHEN.len(), SERVICE.id()), (2, "business-visa-multi"));
//! ```
//!
//! A misspelt answer value (`Choice::Exprt`):
//!
//! ```compile_fail,E0599
//! use aifc_eligibility_engine::catalog::ServiceId;
//! use aifc_eligibility_engine::facts::{Choice, Fact};
//! use aifc_eligibility_engine::flow::condition::Test;
//!
//! const WHEN: &[(Fact, Test)] = &[(Fact::Role, Test::Is(Choice::Exprt)), (Fact::Location, Test::Is(Choice::Inside))];
//! const SERVICE: ServiceId = ServiceId::BusinessVisaMulti;
//! assert_eq!((WHEN.len(), SERVICE.id()), (2, "business-visa-multi"));
//! ```
//!
//! A misspelt fact (`Fact::Roel`):
//!
//! ```compile_fail,E0599
//! use aifc_eligibility_engine::catalog::ServiceId;
//! use aifc_eligibility_engine::facts::{Choice, Fact};
//! use aifc_eligibility_engine::flow::condition::Test;
//!
//! const WHEN: &[(Fact, Test)] = &[(Fact::Roel, Test::Is(Choice::Expert)), (Fact::Location, Test::Is(Choice::Inside))];
//! const SERVICE: ServiceId = ServiceId::BusinessVisaMulti;
//! assert_eq!((WHEN.len(), SERVICE.id()), (2, "business-visa-multi"));
//! ```
//!
//! A misspelt service (`ServiceId::BusinessVisaMulty`):
//!
//! ```compile_fail,E0599
//! use aifc_eligibility_engine::catalog::ServiceId;
//! use aifc_eligibility_engine::facts::{Choice, Fact};
//! use aifc_eligibility_engine::flow::condition::Test;
//!
//! const WHEN: &[(Fact, Test)] = &[(Fact::Role, Test::Is(Choice::Expert)), (Fact::Location, Test::Is(Choice::Inside))];
//! const SERVICE: ServiceId = ServiceId::BusinessVisaMulty;
//! assert_eq!((WHEN.len(), SERVICE.id()), (2, "business-visa-multi"));
//! ```

use chrono::NaiveDate;

use crate::calendar::{self, Phase};
use crate::facts::{Choice, Fact, Facts, Value};

/// A test on the value of a fact.
#[derive(Clone, Copy, Debug)]
pub enum Test {
    /// Always true once the fact is known.
    Any,
    /// The choice is this value.
    Is(Choice),
    Yes,
    No,
    /// The country is one of these (one country: `InGroup(&[KAZAKHSTAN])`).
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
        (Test::Is(v), Value::Choice(x)) => v == x,
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
