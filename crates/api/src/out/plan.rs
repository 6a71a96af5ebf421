//! An outcome's plan (`outcome.plan`): the steps, the total, the timeline and the links.

use serde::Serialize;

#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
/// Each step's cost at the standard tier and date, the total, the timeline and the links.
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "Plan"))]
#[serde(rename_all = "camelCase")]
pub struct PlanOut {
    /// The services in the order they are done, each with its cost and date.
    pub steps: Vec<PlanStep>,
    #[cfg_attr(test, ts(inline))]
    pub total: TotalOut,
    /// When the last step should be ready (the longer end of its processing time).
    #[cfg_attr(test, ts(type = "IsoDate | null"))]
    pub ready_by: Option<String>,
    /// The same allowing for the state body's possible delay, where the guide warns of it.
    #[cfg_attr(test, ts(type = "IsoDate | null"))]
    pub ready_by_with_delay: Option<String>,
    /// Documents to prepare over every step, the embassy or airport step included (advice lines
    /// among the documents are not counted).
    pub documents: usize,
    /// Set when family members apply too: the guide does not say whether fees are per person.
    pub per_person: Option<&'static str>,
    /// The dates to draw, in order.
    pub timeline: Vec<Moment>,
    /// Places to open to act on the outcome.
    #[cfg_attr(test, ts(inline))]
    pub links: Vec<LinkOut>,
}

#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PlanStep {
    #[cfg_attr(test, ts(type = "ServiceId"))]
    pub service: &'static str,
    pub title: &'static str,
    /// The service fee at the standard tier, in tenge; `null` where the guide gives none.
    #[cfg_attr(test, ts(type = "Kzt | null"))]
    pub fee: Option<String>,
    /// The state duty in tenge, exact; `null` where the guide gives none.
    #[cfg_attr(test, ts(type = "Kzt | null"))]
    pub state_duty: Option<String>,
    /// Fee plus duty.
    #[cfg_attr(test, ts(type = "Kzt"))]
    pub subtotal: String,
    /// False where the guide gives no fee for the step: the subtotal is then only the duty.
    pub priced: bool,
    /// The longer end of the processing time, when the application is made as planned.
    #[cfg_attr(test, ts(type = "IsoDate | null"))]
    pub ready_by: Option<String>,
    pub same_day: bool,
    pub documents: usize,
    /// The embassy or airport step that follows, in words.
    pub then: Option<&'static str>,
}

#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct TotalOut {
    /// Every step's fee at the standard tier plus every state duty, in tenge, exact.
    #[cfg_attr(test, ts(type = "Kzt"))]
    pub kzt: String,
    /// True when a duty uses an MCI not yet published for its year.
    pub provisional: bool,
    /// False when a step has no fee in the guide (the total then leaves that fee out).
    pub complete: bool,
    /// The MCI values the duties were converted with, one per year.
    #[cfg_attr(test, ts(inline))]
    pub mci: Vec<MciOut>,
}

#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct MciOut {
    pub year: i32,
    #[cfg_attr(test, ts(type = "Kzt"))]
    pub kzt: String,
    pub provisional: bool,
}

/// A moment on the timeline.
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Moment {
    /// `today`, `apply` (the day the Centre takes the application), `ready`, `delay` (the latest date if the state body delays), `next-step`
    /// (the embassy or airport visit, which the guide gives no time for), `window-opens`,
    /// `window-closes` or `expires` (the extension window).
    #[cfg_attr(
        test,
        ts(
            type = r#""today" | "apply" | "ready" | "delay" | "next-step" | "window-opens" | "window-closes" | "expires""#
        )
    )]
    pub kind: &'static str,
    /// Absent (`null`) where the guide gives no time.
    #[cfg_attr(test, ts(type = "IsoDate | null"))]
    pub date: Option<String>,
    /// The step it belongs to (an index into `steps`).
    pub step: Option<usize>,
    pub provisional: bool,
}

#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct LinkOut {
    pub id: &'static str,
    pub url: &'static str,
    pub label: &'static str,
    pub purpose: &'static str,
}
