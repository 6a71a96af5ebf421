//! Outcomes of the extension path.

use super::super::condition::Test;
use super::*;
use crate::catalog::{Note, NoteKind};
use crate::facts::{Choice, Fact};
use crate::lang::Text;
use crate::t;

const EXTENSION_WHY: Text = t!(outcome_extension_why);

pub static EXTENSION: Outcome = Outcome {
    steps: &[Step {
        rules: &[
            Rule {
                when: &[(Fact::Visa, Test::Is(Choice::Work))],
                service: ServiceId::WorkVisaExtension,
                why: EXTENSION_WHY,
            },
            Rule {
                when: &[(Fact::Visa, Test::Is(Choice::Investor))],
                service: ServiceId::InvestorVisaExtension,
                why: EXTENSION_WHY,
            },
            Rule {
                when: &[(Fact::Visa, Test::Is(Choice::BusinessSingle))],
                service: ServiceId::BusinessVisaSingleExtension,
                why: EXTENSION_WHY,
            },
            Rule {
                when: &[(Fact::Visa, Test::Is(Choice::BusinessMulti))],
                service: ServiceId::BusinessVisaMultiExtension,
                why: EXTENSION_WHY,
            },
        ],
    }],
    no_service: None,
    window: true,
    to_confirm: &[],
    notes: &[
        CondNote {
            when: &for_visa(Choice::Work),
            note: Note { kind: NoteKind::Guide, text: ARRIVAL_AND_FINGERPRINTING },
        },
        CondNote {
            when: &for_visa(Choice::Investor),
            note: Note { kind: NoteKind::Guide, text: ARRIVAL_AND_FINGERPRINTING },
        },
        CondNote {
            when: &for_visa(Choice::BusinessMulti),
            note: Note { kind: NoteKind::Guide, text: ARRIVAL_AND_FINGERPRINTING },
        },
    ],
};

// Guide, the four extension sections: «... бес жұмыс күнінен кешіктірілмей берілуі тиіс» and «Бас
// тартуды және көші-қон режимін бұзғаны үшін ықтимал айыппұлдарды болдырмау үшін өтініш берудің
// белгіленген мерзімдерін сақтау өте маңызды.» Decision: past the last day there is no extension
// to apply for, so no service is named (never "apply for the extension" beside "too late"); the
// guide says nothing of what can be done then, so the visitor is told to contact the Centre at
// once (the guide's all-day line and e-mail, «БАЙЛАНЫС ДЕРЕКТЕРІ», written into the text so a
// printed answer keeps them) and that the guide does not say. The window (its dates) stays in the outcome.
pub static EXTENSION_CLOSED: Outcome = Outcome {
    steps: &[],
    no_service: Some(NoService {
        reason: t!(outcome_extension_closed_reason),
        instead: t!(outcome_extension_closed_instead),
        alternatives: &[],
    }),
    window: true,
    to_confirm: &[],
    notes: &[],
};

/// Same guide words as [`EXTENSION_CLOSED`]; the visa has expired.
pub static EXTENSION_EXPIRED: Outcome = Outcome {
    steps: &[],
    no_service: Some(NoService {
        reason: t!(outcome_extension_expired_reason),
        instead: t!(outcome_extension_expired_instead),
        alternatives: &[],
    }),
    window: true,
    to_confirm: &[],
    notes: &[],
};

// Guide, temporary residence permit, the fee row «Отбасы мүшелерін қоса алғанда, уақытша тұруға
// рұқсат алуға/ұзарту»: one service obtains or extends the permit.
pub static TRP_EXTENSION: Outcome = Outcome {
    steps: &[single!(ServiceId::TemporaryResidencePermit, t!(outcome_trp_extension_why))],
    no_service: None,
    window: false,
    to_confirm: &[],
    notes: &[
        // Decision: the window of the extension sections is written for visas («Визаның
        // қолданылу мерзімін ұзартуға өтініш ...»); the TRP chapter gives none. Not applied to a
        // TRP; the visitor is told to ask.
        CondNote { when: &[], note: Note { kind: NoteKind::GuideSilent, text: t!(outcome_trp_extension_note) } },
        PREREQUISITES_TRP,
    ],
};
