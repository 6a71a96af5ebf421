//! A team's plan: many people at once, as an employer's HR staff bring employees, experts and
//! their families. Each person is walked exactly as `evaluate` walks one visitor (the same facts,
//! the same outcome, the same `outcome.plan`); this module only keeps each person's result apart
//! (an error in one person's answers is that person's, never the batch's) and adds the team's
//! totals at the standard tier, exact, with the guide's open question about family members' fees.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::catalog::SERVICES;
use crate::error::{Code, Error, Result};
use crate::facts::Raw;
use crate::flow::{self, Answered, Evaluation, OutcomeOut};
use crate::lang::{Lang, Translate};
use crate::money::kzt_string;
pub use crate::out::team::*;
use crate::plan::{subtotal, PER_PERSON};

/// The most people one call plans: a large employer's intake, planned in well under a second.
/// More is refused (`too-large`) before anyone is planned; split the team into several calls.
pub const MAX_PEOPLE: usize = 5_000;
/// The longest `id` a person may carry, in characters. Ids are only echoed back: two people may
/// share one (results are in the request's order).
pub const MAX_ID_CHARS: usize = 100;

/// One person as given: an optional id, and their answers as `evaluate` takes them, or the
/// error met reading them (a caller's row that is not an object, say), which is kept as that
/// person's result.
#[derive(Debug, Clone, PartialEq)]
pub struct PersonIn {
    pub id: Option<String>,
    pub answers: core::result::Result<BTreeMap<String, Raw>, Error>,
}

impl PersonIn {
    pub fn new(id: Option<&str>, answers: BTreeMap<String, Raw>) -> PersonIn {
        PersonIn { id: id.map(str::to_string), answers: Ok(answers) }
    }
}

pub fn too_many_people(given: usize) -> Error {
    Error::new(
        Code::TooLarge,
        format!("plan() takes at most {MAX_PEOPLE} people in one call, not {given}: split the team"),
    )
}

/// Each person's plan in the order given, and the team's totals, in `lang` on `date`; with
/// `with_path`, each person's answers as `evaluate` labels them. Only the number of people can
/// refuse the whole team.
pub fn plan(given: &[PersonIn], lang: Lang, date: NaiveDate, with_path: bool) -> Result<TeamPlan> {
    if given.len() > MAX_PEOPLE {
        return Err(too_many_people(given.len()));
    }
    let mut sums = Sums::default();
    let people = given
        .iter()
        .map(|p| {
            let id = p.id.clone();
            match person(p, lang, date) {
                Err(e) => {
                    sums.errors += 1;
                    PersonPlan::Error { id, error: ErrorOut { code: e.code.as_str(), message: e.message } }
                }
                Ok(Evaluation::Question { question, progress, path }) => {
                    sums.questions += 1;
                    PersonPlan::Question { id, question, progress, path: with_path.then_some(path) }
                }
                Ok(Evaluation::Outcome { outcome, path, .. }) => {
                    sums.add(&outcome);
                    outcome_of(id, outcome, with_path.then_some(path))
                }
            }
        })
        .collect();
    Ok(TeamPlan { people, totals: sums.totals(given.len(), lang) })
}

/// One person, as `evaluate` answers their answers on `date` (the same function).
fn person(p: &PersonIn, lang: Lang, date: NaiveDate) -> Result<Evaluation> {
    if let Some(id) = &p.id {
        let n = id.chars().count();
        if n == 0 || n > MAX_ID_CHARS {
            return Err(Error::new(
                Code::InvalidRequest,
                format!("a person's id must be 1 to {MAX_ID_CHARS} characters, not {n}"),
            ));
        }
    }
    let answers = p.answers.as_ref().map_err(Clone::clone)?;
    flow::evaluate_answers(answers, lang, date)
}

fn outcome_of(id: Option<String>, o: OutcomeOut, path: Option<Vec<Answered>>) -> PersonPlan {
    let plan = *o.plan;
    PersonPlan::Outcome {
        id,
        outcome: o.id,
        services: o.services,
        steps: plan.steps,
        total: plan.total,
        ready_by: plan.ready_by,
        ready_by_with_delay: plan.ready_by_with_delay,
        per_person: plan.per_person,
        no_service: o.no_service,
        extension_window: o.extension_window,
        to_confirm: o.to_confirm,
        path,
    }
}

/// One service's line of the totals: its id, title, count, sum and whether every fee was known.
type ServiceSum = (&'static str, &'static str, usize, Decimal, bool);

/// The running totals, as exact decimals until the end.
#[derive(Default)]
struct Sums {
    planned: usize,
    questions: usize,
    errors: usize,
    /// The confirmed people's money.
    kzt: Decimal,
    /// Confirmed people whose plan leaves a fee out (the guide gives none: "ask the Centre").
    unpriced: usize,
    /// People flagged "to confirm", and their money, kept apart from `kzt`.
    to_confirm: usize,
    to_confirm_kzt: Decimal,
    provisional: bool,
    incomplete: bool,
    per_person: bool,
    /// By the service's place in the guide (confirmed people only).
    by_service: Vec<Option<ServiceSum>>,
}

impl Sums {
    fn add(&mut self, o: &OutcomeOut) {
        self.planned += 1;
        // A person the Centre must confirm first is not part of the money the team is told it
        // will pay: their sum is shown apart, so an HR officer does not budget for a visa the
        // person may not need (issue 25: the short CIS/EAEU stays).
        if o.to_confirm.is_some() {
            self.to_confirm += 1;
            self.to_confirm_kzt += o.quotes.iter().map(subtotal).sum::<Decimal>();
            return;
        }
        self.provisional |= o.plan.total.provisional;
        self.incomplete |= !o.plan.total.complete;
        self.per_person |= o.plan.per_person.is_some();
        if o.plan.steps.iter().any(|s| !s.priced) {
            self.unpriced += 1;
        }
        for (q, step) in o.quotes.iter().zip(&o.plan.steps) {
            let cost = subtotal(q);
            self.kzt += cost;
            let place = SERVICES.iter().position(|s| s.id == q.service).unwrap_or(SERVICES.len());
            if self.by_service.len() <= place {
                self.by_service.resize(place + 1, None);
            }
            let entry = self.by_service[place].get_or_insert((q.service, q.title, 0, Decimal::ZERO, true));
            entry.2 += 1;
            entry.3 += cost;
            entry.4 &= step.priced;
        }
    }

    fn totals(self, people: usize, lang: Lang) -> TeamTotals {
        TeamTotals {
            people,
            planned: self.planned,
            questions: self.questions,
            errors: self.errors,
            kzt: kzt_string(self.kzt),
            unpriced: self.unpriced,
            to_confirm: self.to_confirm,
            to_confirm_kzt: kzt_string(self.to_confirm_kzt),
            provisional: self.provisional,
            complete: !self.incomplete,
            per_person: self.per_person.then(|| PER_PERSON.get(lang)),
            by_service: self
                .by_service
                .into_iter()
                .flatten()
                .map(|(service, title, count, kzt, complete)| ServiceTotal {
                    service,
                    title,
                    count,
                    kzt: kzt_string(kzt),
                    complete,
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    //! The "to confirm" flag comes from the engine for a few outcomes (short CIS/EAEU stays);
    //! here it is set by hand on a plain outcome, to test the sums alone.
    use super::*;
    use crate::out::flow::ToConfirmOut;

    fn work_visa() -> OutcomeOut {
        let answers: BTreeMap<String, Raw> = [
            ("need", Raw::Str("work".into())),
            ("location", Raw::Str("outside".into())),
            ("citizenship", Raw::Str("IN".into())),
            ("role", Raw::Str("employee".into())),
            ("meetsQualifications", Raw::Bool(true)),
            ("term", Raw::Str("up-to-2-years".into())),
            ("family", Raw::Bool(false)),
            ("branch", Raw::Bool(false)),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
        let date = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default();
        match flow::evaluate_answers(&answers, Lang::En, date) {
            Ok(Evaluation::Outcome { outcome, .. }) => outcome,
            other => panic!("the work visa is an outcome: {other:?}"),
        }
    }

    #[test]
    fn a_person_to_confirm_is_kept_out_of_the_confirmed_total_and_counted_apart() {
        let sure = work_visa();
        let mut doubt = work_visa();
        doubt.to_confirm = Some(Box::new(ToConfirmOut {
            kind: "cis-short-stay",
            title: "Ask the Centre first",
            text: "Ask the Centre",
            source: None,
            centre: None,
            services: vec![],
        }));
        let one: Decimal = sure.quotes.iter().map(subtotal).sum();
        assert!(one > Decimal::ZERO);
        let mut sums = Sums::default();
        sums.add(&sure);
        sums.add(&doubt);
        let t = sums.totals(2, Lang::En);
        assert_eq!((t.planned, t.to_confirm, t.unpriced), (2, 1, 0));
        assert_eq!(t.kzt, kzt_string(one), "the confirmed total is the sure person's alone");
        assert_eq!(t.to_confirm_kzt, kzt_string(one), "the flagged person's money is shown apart");
        assert_eq!(t.by_service.iter().map(|s| s.count).sum::<usize>(), sure.quotes.len());
    }
}
