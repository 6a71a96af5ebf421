//! Outcomes of the investor, business-visa and residence-permit paths.

use super::super::condition::Test;
use super::*;
use crate::catalog::{Note, NoteKind};
use crate::countries::CIS;
use crate::facts::{Choice, Fact};
use crate::t;

pub static INVESTOR_VISA: Outcome = Outcome {
    steps: &[Step {
        rules: &[
            Rule {
                when: &[(Fact::InvestmentResident, Test::Yes), (Fact::Location, Test::Is(Choice::Outside))],
                service: ServiceId::InvestorVisaA6Invitation,
                why: t!(outcome_investor_visa_why_1),
            },
            Rule {
                when: &[(Fact::Location, Test::Is(Choice::Outside))],
                service: ServiceId::InvestorVisaA5Invitation,
                why: t!(outcome_investor_visa_why_2),
            },
            Rule {
                when: &[(Fact::Location, Test::Is(Choice::Inside))],
                service: ServiceId::InvestorVisaA5,
                why: t!(outcome_investor_visa_why_3),
            },
        ],
    }],
    no_service: None,
    window: false,
    to_confirm: &[],
    notes: &[
        // Decision: the guide's A6 service is an invitation from abroad only, and its A5 service
        // inside Kazakhstan is not restricted to non-residents (its documents accept the AIFC
        // Administration's letter of support), so an investment resident inside gets the A5
        // visa, told plainly why.
        CondNote {
            when: &[(Fact::InvestmentResident, Test::Yes), (Fact::Location, Test::Is(Choice::Inside))],
            note: Note { kind: NoteKind::GuideSilent, text: t!(outcome_investor_visa_note) },
        },
        PREREQUISITES_INSIDE,
        NEW_HOST,
    ],
};

pub static BUSINESS_VISA_SINGLE: Outcome = Outcome {
    steps: &[single!(ServiceId::BusinessVisaSingleInvitation, t!(outcome_business_visa_single_why))],
    no_service: None,
    window: false,
    to_confirm: &[],
    notes: &[NEW_HOST],
};

pub static NO_SINGLE_ENTRY_INSIDE: Outcome = Outcome {
    steps: &[],
    no_service: Some(NoService {
        reason: t!(outcome_no_single_entry_inside_reason),
        instead: t!(outcome_no_single_entry_inside_instead),
        alternatives: &[ServiceId::BusinessVisaSingleExtension, ServiceId::BusinessVisaMulti],
    }),
    window: false,
    to_confirm: &[],
    notes: &[],
};

// Guide, short-term business visa 2: «Қабылдаушы тарап ауысқан жағдайда жаңа виза алуға жаңа
// өтініш беріледі»; and the chapter has no service for the visa inside Kazakhstan. Decision: the
// holder whose host changed is not offered the extension (the outcome above offers it to a
// holder with the same host); the multiple-entry visa is the guide's service inside Kazakhstan.
pub static NO_SINGLE_ENTRY_NEW_HOST: Outcome = Outcome {
    steps: &[],
    no_service: Some(NoService {
        reason: t!(outcome_no_single_entry_new_host_reason),
        instead: t!(outcome_no_single_entry_new_host_instead),
        alternatives: &[ServiceId::BusinessVisaMulti],
    }),
    window: false,
    to_confirm: &[],
    notes: &[],
};

pub static BUSINESS_VISA_MULTI: Outcome = Outcome {
    steps: &[Step {
        rules: &[
            // An expert on a civil-law contract who chose "work" (graph.rs, "work.role").
            Rule {
                when: &[(Fact::Need, Test::Is(Choice::Work)), (Fact::Location, Test::Is(Choice::Outside))],
                service: ServiceId::BusinessVisaMultiInvitation,
                why: t!(outcome_business_visa_multi_why_1),
            },
            Rule {
                when: &[(Fact::Need, Test::Is(Choice::Work)), (Fact::Location, Test::Is(Choice::Inside))],
                service: ServiceId::BusinessVisaMulti,
                why: t!(outcome_business_visa_multi_why_2),
            },
            Rule {
                when: &[(Fact::Location, Test::Is(Choice::Outside))],
                service: ServiceId::BusinessVisaMultiInvitation,
                why: t!(outcome_business_visa_multi_why_3),
            },
            Rule {
                when: &[(Fact::Location, Test::Is(Choice::Inside))],
                service: ServiceId::BusinessVisaMulti,
                why: t!(outcome_business_visa_multi_why_4),
            },
        ],
    }],
    no_service: None,
    window: false,
    to_confirm: SHORT_STAYS,
    notes: &[EXPERT_NOT_EMPLOYEE, FOUNDER_FROM_CIS, PREREQUISITES_INSIDE, NEW_HOST],
};

pub static RESIDENCE_PERMIT: Outcome = Outcome {
    steps: &[single!(ServiceId::ResidencePermit, t!(outcome_residence_permit_why))],
    no_service: None,
    window: false,
    to_confirm: &[],
    notes: &[],
};

pub static NO_RESIDENCE_PERMIT: Outcome = Outcome {
    steps: &[],
    no_service: Some(NoService {
        reason: t!(outcome_no_residence_permit_reason),
        instead: t!(outcome_no_residence_permit_instead),
        alternatives: &[ServiceId::WorkVisa, ServiceId::TemporaryResidencePermit],
    }),
    window: false,
    to_confirm: &[],
    notes: &[],
};

// See graph.rs, "work.role": an expert who chose "work" reaches the B2 visa.
const EXPERT_NOT_EMPLOYEE: CondNote = CondNote {
    when: &[(Fact::Need, Test::Is(Choice::Work))],
    note: Note { kind: NoteKind::GuideSilent, text: t!(note_expert_not_employee) },
};

// See graph.rs, "multi.citizenship": the TRP's fee rows are for employees and experts only.
const FOUNDER_FROM_CIS: CondNote = CondNote {
    when: &[(Fact::Category, Test::Is(Choice::B3)), (Fact::Citizenship, Test::InGroup(&CIS))],
    note: Note { kind: NoteKind::GuideSilent, text: t!(note_founder_from_cis) },
};
