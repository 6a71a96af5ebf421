//! Outcomes of the services asked for directly: cancellation and the other migration and tax
//! services, the qualification exemption.

use super::super::condition::Test;
use super::*;
use crate::facts::Fact;
use crate::t;

pub static VISA_CANCELLATION: Outcome = Outcome {
    steps: &[Step {
        rules: &[
            Rule {
                when: &[(Fact::Location, Test::Is("outside"))],
                service: "visa-cancellation",
                why: t!(outcome_visa_cancellation_why_1),
            },
            Rule {
                when: &[(Fact::Location, Test::Is("inside"))],
                service: "visa-cancellation-exit-visa",
                why: t!(outcome_visa_cancellation_why_2),
            },
        ],
    }],
    no_service: None,
    window: false,
    to_confirm: &[],
    notes: &[],
};

pub static ARRIVAL_NOTIFICATION: Outcome = Outcome {
    steps: &[single!("arrival-notification", t!(outcome_arrival_notification_why))],
    no_service: None,
    window: false,
    to_confirm: &[],
    notes: &[],
};

pub static IIN: Outcome = Outcome {
    steps: &[single!("iin", t!(outcome_iin_why))],
    no_service: None,
    window: false,
    notes: &[],
    to_confirm: &[],
};

pub static TAX_RESIDENCY: Outcome = Outcome {
    steps: &[single!("tax-residency-certificate", t!(outcome_tax_residency_why))],
    no_service: None,
    window: false,
    to_confirm: &[],
    notes: &[],
};

pub static TAX_RESIDENCY_INVESTMENT_RESIDENT: Outcome = Outcome {
    steps: &[single!(
        "tax-residency-certificate-investment-resident",
        t!(outcome_tax_residency_investment_resident_why)
    )],
    no_service: None,
    window: false,
    to_confirm: &[],
    notes: &[],
};

pub static DIGITAL_SIGNATURE: Outcome = Outcome {
    steps: &[single!("digital-signature", t!(outcome_digital_signature_why))],
    no_service: None,
    window: false,
    to_confirm: &[],
    notes: &[],
};

pub static FINGERPRINTING: Outcome = Outcome {
    steps: &[single!("fingerprinting", t!(outcome_fingerprinting_why))],
    no_service: None,
    window: false,
    to_confirm: &[],
    notes: &[],
};

pub static QUALIFICATION_EXEMPTION: Outcome = Outcome {
    steps: &[single!("qualification-exemption", t!(outcome_qualification_exemption_why))],
    no_service: None,
    window: false,
    to_confirm: &[],
    notes: &[],
};
