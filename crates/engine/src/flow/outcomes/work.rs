//! Outcomes of the work path: the work visa, the temporary residence permit, and the answers for
//! a citizen of Kazakhstan.

use super::super::condition::Test;
use super::*;
use crate::catalog::{Note, NoteKind};
use crate::facts::{Choice, Fact};
use crate::t;

pub static WORK_VISA: Outcome = Outcome {
    steps: &[
        QUALIFICATION_FIRST,
        Step {
            rules: &[
                Rule {
                    when: &[(Fact::Location, Test::Is(Choice::Outside))],
                    service: ServiceId::WorkVisaInvitation,
                    why: t!(outcome_work_visa_why_1),
                },
                Rule {
                    when: &[(Fact::Location, Test::Is(Choice::Inside))],
                    service: ServiceId::WorkVisa,
                    why: t!(outcome_work_visa_why_2),
                },
            ],
        },
    ],
    no_service: None,
    window: false,
    to_confirm: SHORT_STAYS,
    notes: &[PREREQUISITES_INSIDE, NEW_HOST, CIS_STATUS_UNSETTLED],
};

pub static TEMPORARY_RESIDENCE_PERMIT: Outcome = Outcome {
    steps: &[
        QUALIFICATION_FIRST,
        single!(ServiceId::TemporaryResidencePermit, t!(outcome_temporary_residence_permit_why)),
    ],
    no_service: None,
    window: false,
    to_confirm: &[],
    notes: &[
        CondNote {
            when: &[(Fact::Location, Test::Is(Choice::Outside))],
            note: Note { kind: NoteKind::Guide, text: t!(outcome_temporary_residence_permit_note_1) },
        },
        // See graph.rs, "multi.citizenship".
        CondNote {
            when: &[(Fact::Need, Test::Is(Choice::BusinessMulti))],
            note: Note { kind: NoteKind::Guide, text: t!(outcome_temporary_residence_permit_note_2) },
        },
        PREREQUISITES_TRP,
        NEW_HOST,
        CIS_STATUS_UNSETTLED,
    ],
};

// Every path that issues a visa or permit ends here for a citizen of Kazakhstan (see graph.rs).
pub static KAZAKHSTAN_CITIZEN: Outcome = Outcome {
    steps: &[],
    no_service: Some(NoService {
        reason: t!(outcome_kazakhstan_citizen_reason),
        instead: t!(outcome_kazakhstan_citizen_instead),
        alternatives: &[],
    }),
    window: false,
    to_confirm: &[],
    notes: &[],
};
