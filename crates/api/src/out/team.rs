//! What `plan()` answers for a team: each person's plan in the order given, and the team's
//! totals at the standard tier.

use serde::Serialize;

use super::flow::{Answered, NoServiceOut, Progress, QuestionOut, ToConfirmOut, WindowOut};
use super::plan::{PlanStep, TotalOut};

#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct TeamPlan {
    /// One entry per person, in the order of the request.
    pub people: Vec<PersonPlan>,
    #[cfg_attr(test, ts(inline))]
    pub totals: TeamTotals,
}

/// One person: the outcome of their answers, the next question they still have to answer, or
/// the error in their answers (the others are planned all the same).
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum PersonPlan {
    Outcome {
        /// The person's `id` as given, or `null`.
        id: Option<String>,
        /// The outcome node of the flow (`outcome.id` of `evaluate`).
        outcome: &'static str,
        /// The services in the order the person does them.
        #[cfg_attr(test, ts(type = "ServiceId[]"))]
        services: Vec<&'static str>,
        /// `outcome.plan.steps` of `evaluate`: each service's standard fee, duty, subtotal and date.
        steps: Vec<PlanStep>,
        /// `outcome.plan.total`.
        #[cfg_attr(test, ts(inline))]
        total: TotalOut,
        #[cfg_attr(test, ts(type = "IsoDate | null"))]
        ready_by: Option<String>,
        #[cfg_attr(test, ts(type = "IsoDate | null"))]
        ready_by_with_delay: Option<String>,
        /// Set when family members apply too: the guide does not say whether fees are per person.
        per_person: Option<&'static str>,
        /// Why no service applies, where none does.
        #[cfg_attr(test, ts(inline))]
        no_service: Option<NoServiceOut>,
        /// An extension's window: the first and last day to apply and the expiry date.
        extension_window: Option<WindowOut>,
        /// Set when the outcome rests on a doubt the Centre must settle first: this person's
        /// money is kept out of `totals.kzt` and added to `totals.toConfirmKzt`.
        to_confirm: Option<Box<ToConfirmOut>>,
        /// With `withPath`: the answers on the person's path as `evaluate` labels them.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[cfg_attr(test, ts(optional))]
        path: Option<Vec<Answered>>,
    },
    Question {
        id: Option<String>,
        /// The next question this person's answers need (as `evaluate` asks it).
        question: QuestionOut,
        progress: Progress,
        /// With `withPath`.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[cfg_attr(test, ts(optional))]
        path: Option<Vec<Answered>>,
    },
    Error {
        id: Option<String>,
        /// The code and message `evaluate` would have thrown for this person.
        #[cfg_attr(test, ts(inline))]
        error: ErrorOut,
    },
}

/// An error as a value.
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ErrorOut {
    /// The codes a person's own error can have (the whole call throws only for the request itself).
    #[cfg_attr(test, ts(type = "PersonErrorCode"))]
    pub code: &'static str,
    pub message: String,
}

#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct TeamTotals {
    /// People in the request.
    pub people: usize,
    /// People whose answers reach an outcome (a "no service" answer included).
    pub planned: usize,
    /// People who still have a question to answer.
    pub questions: usize,
    /// People whose answers were refused.
    pub errors: usize,
    /// The confirmed people's totals added up, in tenge, exact (standard tier plus state duty):
    /// the people flagged "to confirm" are left out (see `toConfirmKzt`).
    #[cfg_attr(test, ts(type = "Kzt"))]
    pub kzt: String,
    /// Confirmed people whose plan has a step without a fee in the guide ("ask the Centre"): `kzt`
    /// leaves those fees out.
    pub unpriced: usize,
    /// Planned people whose outcome the Centre must confirm first (short CIS/EAEU stays).
    pub to_confirm: usize,
    /// Their totals added up, apart from `kzt`, in tenge, exact.
    #[cfg_attr(test, ts(type = "Kzt"))]
    pub to_confirm_kzt: String,
    /// True when a duty uses an MCI not yet published for its year.
    pub provisional: bool,
    /// False when a step of someone's plan has no fee in the guide (the sum leaves it out).
    pub complete: bool,
    /// Set when a planned person's family applies too: the guide does not say whether fees are
    /// per person, so the sum counts each applicant's fees once.
    pub per_person: Option<&'static str>,
    /// Each service planned, in the guide's order: how many people do it and what it costs them.
    #[cfg_attr(test, ts(inline))]
    pub by_service: Vec<ServiceTotal>,
}

#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ServiceTotal {
    #[cfg_attr(test, ts(type = "ServiceId"))]
    pub service: &'static str,
    pub title: &'static str,
    pub count: usize,
    /// The steps' subtotals added up, in tenge, exact (the confirmed people's only).
    #[cfg_attr(test, ts(type = "Kzt"))]
    pub kzt: String,
    /// False when the guide gives no fee for this service: `kzt` is then only the duties.
    pub complete: bool,
}
