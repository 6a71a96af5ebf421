//! Outcomes of the services asked for directly: cancellation and the other migration and tax
//! services, the qualification exemption.

use super::super::condition::Test;
use super::*;
use crate::facts::{Choice, Fact};
use crate::t;

pub static VISA_CANCELLATION: Outcome = Outcome {
    steps: &[Step {
        rules: &[
            Rule {
                when: &[(Fact::Location, Test::Is(Choice::Outside))],
                service: ServiceId::VisaCancellation,
                why: t!(outcome_visa_cancellation_why_1),
            },
            Rule {
                when: &[(Fact::Location, Test::Is(Choice::Inside))],
                service: ServiceId::VisaCancellationExitVisa,
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
    steps: &[single!(ServiceId::ArrivalNotification, t!(outcome_arrival_notification_why))],
    no_service: None,
    window: false,
    to_confirm: &[],
    notes: &[],
};

pub static IIN: Outcome = Outcome {
    steps: &[single!(ServiceId::Iin, t!(outcome_iin_why))],
    no_service: None,
    window: false,
    notes: &[],
    to_confirm: &[],
};

pub static TAX_RESIDENCY: Outcome = Outcome {
    steps: &[single!(ServiceId::TaxResidencyCertificate, t!(outcome_tax_residency_why))],
    no_service: None,
    window: false,
    to_confirm: &[],
    notes: &[],
};

pub static TAX_RESIDENCY_INVESTMENT_RESIDENT: Outcome = Outcome {
    steps: &[single!(
        ServiceId::TaxResidencyCertificateInvestmentResident,
        t!(outcome_tax_residency_investment_resident_why)
    )],
    no_service: None,
    window: false,
    to_confirm: &[],
    notes: &[],
};

pub static DIGITAL_SIGNATURE: Outcome = Outcome {
    steps: &[single!(ServiceId::DigitalSignature, t!(outcome_digital_signature_why))],
    no_service: None,
    window: false,
    to_confirm: &[],
    notes: &[],
};

pub static FINGERPRINTING: Outcome = Outcome {
    steps: &[single!(ServiceId::Fingerprinting, t!(outcome_fingerprinting_why))],
    no_service: None,
    window: false,
    to_confirm: &[],
    notes: &[],
};

pub static QUALIFICATION_EXEMPTION: Outcome = Outcome {
    steps: &[single!(ServiceId::QualificationExemption, t!(outcome_qualification_exemption_why))],
    no_service: None,
    window: false,
    to_confirm: &[],
    notes: &[],
};
