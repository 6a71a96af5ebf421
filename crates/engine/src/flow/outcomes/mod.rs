//! The leaves of the flow: which services apply, in the order the visitor does them, and why; or,
//! where the guide offers no service, a plain answer saying so and what to do instead.

use super::condition::Test;
use crate::catalog::{Note, NoteKind, ServiceId};
use crate::countries::CIS_UNSETTLED;
use crate::facts::{Choice, Fact};
use crate::lang::Text;
use crate::t;

/// An outcome of the flow.
#[derive(Debug)]
pub struct Outcome {
    /// The services in the order the visitor must do them; each step picks one service (or none).
    pub steps: &'static [Step],
    /// Set when the guide offers no service for this case.
    pub no_service: Option<NoService>,
    /// Notes that apply when their conditions hold.
    pub notes: &'static [CondNote],
    /// Shows the extension window of the visa (`visaExpires`) against the evaluation date.
    pub window: bool,
    /// The doubts the answer leads with when their conditions hold (`confirm.rs`); the first wins.
    pub to_confirm: &'static [ToConfirm],
}

/// One step of an outcome: the first rule whose conditions all hold picks the service; when none
/// holds the step is skipped.
#[derive(Debug)]
pub struct Step {
    pub rules: &'static [Rule],
}

#[derive(Debug)]
pub struct Rule {
    pub when: &'static [(Fact, Test)],
    /// A service of the catalog.
    pub service: ServiceId,
    /// Why it applies, in the visitor's words.
    pub why: Text,
}

#[derive(Debug)]
pub struct NoService {
    pub reason: Text,
    pub instead: Text,
    /// Services the visitor may ask the Centre about instead.
    pub alternatives: &'static [ServiceId],
}

#[derive(Debug)]
pub struct CondNote {
    pub when: &'static [(Fact, Test)],
    pub note: Note,
}

macro_rules! single {
    ($service:expr, $why:expr) => {
        Step { rules: &[Rule { when: &[], service: $service, why: $why }] }
    };
}

mod confirm;
mod extension;
mod services;
mod visas;
mod work;

pub use confirm::{Source, ToConfirm};
pub use extension::*;
pub use services::*;
pub use visas::*;
pub use work::*;

/// The qualification exemption comes first when the employee does not meet the requirements.
/// Guide, qualification exemption: "once approved, you can obtain a temporary residence permit or
/// a work visa for the foreign employee".
pub(super) const QUALIFICATION_FIRST: Step = Step {
    rules: &[Rule {
        when: &[(Fact::MeetsQualifications, Test::No)],
        service: ServiceId::QualificationExemption,
        why: t!(outcome_qualification_first_why),
    }],
};

pub(super) const NEW_HOST: CondNote =
    CondNote { when: &[(Fact::SameHost, Test::No)], note: Note { kind: NoteKind::Guide, text: t!(note_new_host) } };

pub(super) const CIS_STATUS_UNSETTLED: CondNote = CondNote {
    when: &[(Fact::Citizenship, Test::InGroup(&CIS_UNSETTLED))],
    note: Note { kind: NoteKind::GuideSilent, text: t!(note_cis_status_unsettled) },
};

/// The documents of an application made inside Kazakhstan that the Centre also offers as services
/// (guide, Other services 1, 2 and 5), and the guide's rule that fingerprinting is free once the
/// service fee for a work visa, investor visa or temporary residence permit is paid
/// («...сервистік алым төленген жағдайда тегін жүргізіледі»).
pub(super) const ARRIVAL_AND_FINGERPRINTING: Text = t!(note_arrival_and_fingerprinting);
pub(super) const PREREQUISITES_INSIDE: CondNote = CondNote {
    when: &[(Fact::Location, Test::Is(Choice::Inside))],
    note: Note { kind: NoteKind::Guide, text: ARRIVAL_AND_FINGERPRINTING },
};
pub(super) const PREREQUISITES_TRP: CondNote =
    CondNote { when: &[], note: Note { kind: NoteKind::Guide, text: t!(note_prerequisites_trp) } };
/// Decision (issue 11, point 6): a CIS or EAEU citizen staying no longer than the TRP's 30 or 90
/// days goes on to the visa (the guide: the permit «тиісті санаттағы визаны алмастырады», so
/// without it the visa of that category applies). The guide does not say so outright: since
/// issue 25 the answer leads with that doubt (`confirm.rs`), no longer a note below.
pub(super) const SHORT_STAYS: &[ToConfirm] = &confirm::SHORT_STAYS;

pub(super) const fn for_visa(visa: Choice) -> [(Fact, Test); 1] {
    [(Fact::Visa, Test::Is(visa))]
}
