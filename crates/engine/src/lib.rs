//! aifc-eligibility-engine: the rules of the AIFC Expat Centre guide (Astana) as data and code.
//!
//! The catalog of services with their documents and notes, their tariffs per edition of the guide
//! (`content/`), the question flow (facts, decision graph, outcomes), Kazakhstan's working days and
//! the MCI. It knows no language (its texts are message ids, `lang::Text`), no serialisation and
//! no JavaScript: the API crate reads its texts in the visitor's language and shapes the answers.
//! It also computes the answers themselves, as plain values (dates, decimals, message ids): a
//! quote (`quote`), an outcome's plan (`plan`), the walk to the next question or an outcome
//! (`walk`) and a team's plan with its totals (`team`).

pub mod calendar;
pub mod catalog;
pub mod countries;
pub mod error;
pub mod facts;
pub mod flow;
pub mod iso;
pub mod lang;
pub mod money;
pub mod plan;
pub mod quote;
pub mod team;
pub mod vocabulary;
pub mod walk;

/// Two strings are equal (usable in a `const fn`, where `==` on `str` is not).
pub(crate) const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}
