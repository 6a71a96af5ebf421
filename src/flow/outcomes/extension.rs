//! Outcomes of the extension path.

use super::super::facts::Fact;
use super::super::graph::Test;
use super::*;
use crate::catalog::{Note, NoteKind};
use crate::lang::Text;
use crate::t;

const EXTENSION_WHY: Text = t!(
    "The host party is unchanged, so the visa can be extended: apply no earlier than 30 and no later than 5 working days before it expires.",
    "Принимающая сторона не изменилась, поэтому визу можно продлить: заявление подаётся не ранее чем за 30 и не позднее чем за 5 рабочих дней до окончания её срока.",
    "Қабылдаушы тарап өзгеріссіз қалды, сондықтан визаны ұзартуға болады: өтініш визаның мерзімі аяқталғанға дейін отыз жұмыс күнінен ерте емес және бес жұмыс күнінен кешіктірілмей беріледі."
);

pub static EXTENSION: Outcome = Outcome {
    steps: &[Step {
        rules: &[
            Rule { when: &[(Fact::Visa, Test::Is("work"))], service: "work-visa-extension", why: EXTENSION_WHY },
            Rule {
                when: &[(Fact::Visa, Test::Is("investor"))],
                service: "investor-visa-extension",
                why: EXTENSION_WHY,
            },
            Rule {
                when: &[(Fact::Visa, Test::Is("business-single"))],
                service: "business-visa-single-extension",
                why: EXTENSION_WHY,
            },
            Rule {
                when: &[(Fact::Visa, Test::Is("business-multi"))],
                service: "business-visa-multi-extension",
                why: EXTENSION_WHY,
            },
        ],
    }],
    no_service: None,
    notes: &[
        CondNote { when: &for_visa("work"), note: Note { kind: NoteKind::Guide, text: ARRIVAL_AND_FINGERPRINTING } },
        CondNote {
            when: &for_visa("investor"),
            note: Note { kind: NoteKind::Guide, text: ARRIVAL_AND_FINGERPRINTING },
        },
        CondNote {
            when: &for_visa("business-multi"),
            note: Note { kind: NoteKind::Guide, text: ARRIVAL_AND_FINGERPRINTING },
        },
    ],
};
