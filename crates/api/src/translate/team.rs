//! A team's plan read in the visitor's language: each person as `evaluate` answers them (the
//! same translation), and the team's totals.

use aifc_eligibility_engine::error::Error;
use aifc_eligibility_engine::money::kzt_string;
use aifc_eligibility_engine::team::{Team, Totals};
use aifc_eligibility_engine::walk::Walked;

use super::flow::{answers, ask, leads, progress_of};
use super::plan::{plan, PER_PERSON};
use crate::lang::{Lang, Translate};
use crate::out::team::{ErrorOut, PersonPlan, ServiceTotal, TeamPlan, TeamTotals};

/// The team's plan in `lang`; `ids` are the people's ids, in the same order; with `with_path`,
/// each person's answers as `evaluate` labels them.
pub fn team(team: &Team, ids: Vec<Option<String>>, lang: Lang, with_path: bool) -> TeamPlan {
    let people = team.people.iter().zip(ids).map(|(p, id)| person(p, id, lang, with_path)).collect();
    TeamPlan { people, totals: totals(&team.totals, lang) }
}

fn person(p: &Result<Walked, Error>, id: Option<String>, lang: Lang, with_path: bool) -> PersonPlan {
    match p {
        Err(e) => PersonPlan::Error { id, error: ErrorOut { code: e.code.as_str(), message: e.message.clone() } },
        Ok(Walked::Question { fact, node, progress, path }) => PersonPlan::Question {
            id,
            question: ask(*fact, node, lang),
            progress: progress_of(*progress),
            path: with_path.then(|| answers(path, lang)),
        },
        Ok(Walked::Outcome { outcome: o, path, .. }) => {
            let (no_service, extension_window, to_confirm) = leads(o, lang);
            let plan = plan(&o.plan, &o.quotes, lang);
            PersonPlan::Outcome {
                id,
                outcome: o.id,
                services: o.quotes.iter().map(|q| q.service.id).collect(),
                steps: plan.steps,
                total: plan.total,
                ready_by: plan.ready_by,
                ready_by_with_delay: plan.ready_by_with_delay,
                per_person: plan.per_person,
                no_service,
                extension_window,
                to_confirm,
                path: with_path.then(|| answers(path, lang)),
            }
        }
    }
}

fn totals(t: &Totals, lang: Lang) -> TeamTotals {
    TeamTotals {
        people: t.people,
        planned: t.planned,
        questions: t.questions,
        errors: t.errors,
        kzt: kzt_string(t.kzt),
        unpriced: t.unpriced,
        to_confirm: t.to_confirm,
        to_confirm_kzt: kzt_string(t.to_confirm_kzt),
        provisional: t.provisional,
        complete: t.complete,
        per_person: t.per_person.then(|| PER_PERSON.get(lang)),
        by_service: t
            .by_service
            .iter()
            .map(|s| ServiceTotal {
                service: s.service.id,
                title: s.service.title.get(lang),
                count: s.count,
                kzt: kzt_string(s.kzt),
                complete: s.complete,
            })
            .collect(),
    }
}
