//! An outcome's plan read in the visitor's language: the engine's `Plan` as `PlanOut`.

use aifc_eligibility_engine::lang::Text;
use aifc_eligibility_engine::money::kzt_string;
use aifc_eligibility_engine::plan::Plan;
use aifc_eligibility_engine::quote::Quoted;
use aifc_eligibility_engine::{iso, t};

use crate::lang::{Lang, Translate};
use crate::out::plan::{LinkOut, MciOut, Moment, PlanOut, PlanStep, TotalOut};

pub const PER_PERSON: Text = t!(plan_per_person);

/// The plan of an outcome whose quotes are `quotes`, in `lang`.
pub fn plan(p: &Plan, quotes: &[Quoted], lang: Lang) -> PlanOut {
    PlanOut {
        steps: quotes
            .iter()
            .zip(&p.steps)
            .map(|(q, s)| PlanStep {
                service: q.service.id,
                title: q.service.title.get(lang),
                fee: s.fee.map(|k| k.to_string()),
                state_duty: s.duty.map(kzt_string),
                subtotal: kzt_string(s.subtotal),
                priced: s.priced,
                ready_by: s.ready_by.map(iso::date),
                same_day: s.same_day,
                documents: s.documents,
                then: q.next_steps.first().map(|n| n.step.place.label().get(lang)),
            })
            .collect(),
        total: TotalOut {
            kzt: kzt_string(p.total),
            provisional: p.provisional,
            complete: p.complete,
            mci: p
                .mci
                .iter()
                .map(|m| MciOut { year: m.year, kzt: m.kzt.to_string(), provisional: m.provisional })
                .collect(),
        },
        ready_by: p.ready_by.map(iso::date),
        ready_by_with_delay: p.ready_by_with_delay.map(iso::date),
        documents: p.documents,
        per_person: p.per_person.then(|| PER_PERSON.get(lang)),
        timeline: p
            .timeline
            .iter()
            .map(|m| Moment {
                kind: m.kind.id(),
                date: m.date.map(iso::date),
                step: m.step,
                provisional: m.provisional,
            })
            .collect(),
        links: p
            .links
            .iter()
            .map(|l| LinkOut { id: l.id, url: l.url, label: l.label.get(lang), purpose: l.purpose.get(lang) })
            .collect(),
    }
}
