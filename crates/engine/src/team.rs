//! A team's plan: many people at once, as an employer's HR staff bring employees, experts and
//! their families. Each person is walked exactly as one visitor is (`walk::walk`: the same facts,
//! the same outcome, the same plan); this module only keeps each person's result apart (an error
//! in one person's answers is that person's, never the batch's) and adds the team's totals at the
//! standard tier, exact, with the guide's open question about family members' fees.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::catalog::{Service, SERVICES};
use crate::error::Result;
use crate::facts::Facts;
use crate::walk::{walk, Reached, Walked};

/// Each person's walk in the order given, and the team's totals.
#[derive(Debug, Clone)]
pub struct Team {
    pub people: Vec<Result<Walked>>,
    pub totals: Totals,
}

/// The team's totals, exact.
#[derive(Debug, Clone, Default)]
pub struct Totals {
    /// People given.
    pub people: usize,
    /// People whose answers reach an outcome (a "no service" answer included).
    pub planned: usize,
    /// People who still have a question to answer.
    pub questions: usize,
    /// People whose answers were refused.
    pub errors: usize,
    /// The confirmed people's money.
    pub kzt: Decimal,
    /// Confirmed people whose plan leaves a fee out (the guide gives none: "ask the Centre").
    pub unpriced: usize,
    /// People flagged "to confirm", and their money, kept apart from `kzt`.
    pub to_confirm: usize,
    pub to_confirm_kzt: Decimal,
    pub provisional: bool,
    /// False when a step of a confirmed person's plan has no fee in the guide.
    pub complete: bool,
    /// A confirmed person's family applies too: the guide does not say whether fees are per person.
    pub per_person: bool,
    /// Each service planned for the confirmed people, in the guide's order.
    pub by_service: Vec<ServiceSum>,
}

/// One service's line of the totals.
#[derive(Debug, Clone, Copy)]
pub struct ServiceSum {
    /// The service as the first person's quote gives it.
    pub service: &'static Service,
    pub count: usize,
    pub kzt: Decimal,
    /// False when the guide gives no fee for this service.
    pub complete: bool,
}

/// Each person's walk on `date` (their answers as facts, or the error met reading them), and the
/// team's totals.
pub fn plan(people: Vec<Result<Facts>>, date: NaiveDate) -> Team {
    let people: Vec<Result<Walked>> = people.into_iter().map(|p| p.and_then(|facts| walk(&facts, date))).collect();
    let totals = totals(&people);
    Team { people, totals }
}

/// The totals of these walks.
pub fn totals(people: &[Result<Walked>]) -> Totals {
    let mut sums =
        Sums { totals: Totals { people: people.len(), complete: true, ..Totals::default() }, by_service: Vec::new() };
    for p in people {
        match p {
            Err(_) => sums.totals.errors += 1,
            Ok(Walked::Question { .. }) => sums.totals.questions += 1,
            Ok(Walked::Outcome { outcome, .. }) => sums.add(outcome),
        }
    }
    sums.done()
}

/// The running totals, by the service's place in the guide until the end.
struct Sums {
    totals: Totals,
    by_service: Vec<Option<ServiceSum>>,
}

impl Sums {
    fn add(&mut self, o: &Reached) {
        let t = &mut self.totals;
        t.planned += 1;
        // A person the Centre must confirm first is not part of the money the team is told it
        // will pay: their sum is shown apart, so an HR officer does not budget for a visa the
        // person may not need (issue 25: the short CIS/EAEU stays).
        if o.to_confirm.is_some() {
            t.to_confirm += 1;
            t.to_confirm_kzt += o.plan.total;
            return;
        }
        t.provisional |= o.plan.provisional;
        t.complete &= o.plan.complete;
        t.per_person |= o.plan.per_person;
        if o.plan.steps.iter().any(|s| !s.priced) {
            t.unpriced += 1;
        }
        for (q, step) in o.quotes.iter().zip(&o.plan.steps) {
            t.kzt += step.subtotal;
            let place = SERVICES.iter().position(|s| s.id == q.service.id).unwrap_or(SERVICES.len());
            if self.by_service.len() <= place {
                self.by_service.resize(place + 1, None);
            }
            let entry = self.by_service[place].get_or_insert(ServiceSum {
                service: q.service,
                count: 0,
                kzt: Decimal::ZERO,
                complete: true,
            });
            entry.count += 1;
            entry.kzt += step.subtotal;
            entry.complete &= step.priced;
        }
    }

    fn done(mut self) -> Totals {
        self.totals.by_service = self.by_service.into_iter().flatten().collect();
        self.totals
    }
}

#[cfg(test)]
mod tests {
    //! The "to confirm" flag comes from the flow for a few outcomes (short CIS/EAEU stays); here
    //! it is set by hand on a plain outcome, to test the sums alone.
    use super::*;
    use crate::facts::Raw;
    use crate::flow::outcomes::ToConfirm;

    static DOUBT: ToConfirm = ToConfirm {
        kind: "cis-short-stay",
        when: &[],
        title: crate::t!(option_yes),
        text: crate::t!(option_yes),
        source: None,
        centre: None,
        services: &[],
    };

    fn work_visa() -> Result<Walked> {
        let answers = [
            ("need", Raw::Str("work".into())),
            ("location", Raw::Str("outside".into())),
            ("citizenship", Raw::Str("IN".into())),
            ("role", Raw::Str("employee".into())),
            ("meetsQualifications", Raw::Bool(true)),
            ("term", Raw::Str("up-to-2-years".into())),
            ("family", Raw::Bool(false)),
            ("branch", Raw::Bool(false)),
        ];
        let facts = Facts::from_raw(answers.iter().map(|(k, v)| (*k, v)))?;
        walk(&facts, NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default())
    }

    #[test]
    fn a_person_to_confirm_is_kept_out_of_the_confirmed_total_and_counted_apart() {
        let sure = work_visa();
        let mut doubt = work_visa();
        let Ok(Walked::Outcome { outcome, .. }) = &sure else { panic!("the work visa is an outcome: {sure:?}") };
        let one: Decimal = outcome.quotes.iter().map(|q| q.subtotal()).sum();
        let steps = outcome.quotes.len();
        assert!(one > Decimal::ZERO);
        if let Ok(Walked::Outcome { outcome, .. }) = &mut doubt {
            outcome.to_confirm = Some(&DOUBT);
        }
        let t = totals(&[sure, doubt]);
        assert_eq!((t.planned, t.to_confirm, t.unpriced), (2, 1, 0));
        assert_eq!(t.kzt, one, "the confirmed total is the sure person's alone");
        assert_eq!(t.to_confirm_kzt, one, "the flagged person's money is shown apart");
        assert_eq!(t.by_service.iter().map(|s| s.count).sum::<usize>(), steps);
    }
}
