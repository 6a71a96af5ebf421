//! What the widget asks for each fact, and the labels of the answers, in three languages.

use crate::facts::{Choice, Fact};
use crate::lang::Text;
use crate::t;

/// A question: its text and the help shown under it.
pub struct Question {
    pub text: Text,
    pub help: Option<Text>,
}

/// The question that asks for `fact`.
pub fn question(fact: Fact) -> Question {
    let (text, help) = match fact {
        Fact::Need => (t!(question_need), Some(t!(question_need_help))),
        Fact::Location => (t!(question_location), Some(t!(question_location_help))),
        Fact::Citizenship => (t!(question_citizenship), Some(t!(question_citizenship_help))),
        Fact::StayDays => (t!(question_stay_days), Some(t!(question_stay_days_help))),
        Fact::Role => (t!(question_role), Some(t!(question_role_help))),
        Fact::Term => (t!(question_term), Some(t!(question_term_help))),
        Fact::InvestmentResident => (t!(question_investment_resident), Some(t!(question_investment_resident_help))),
        Fact::Category => (t!(question_category), None),
        Fact::Family => (t!(question_family), Some(t!(question_family_help))),
        Fact::Branch => (t!(question_branch), Some(t!(question_branch_help))),
        Fact::MeetsQualifications => (t!(question_meets_qualifications), Some(t!(question_meets_qualifications_help))),
        Fact::Visa => (t!(question_visa), None),
        Fact::SameHost => (t!(question_same_host), Some(t!(question_same_host_help))),
        Fact::VisaExpires => (t!(question_visa_expires), Some(t!(question_visa_expires_help))),
        Fact::ApplicantType => (t!(question_applicant_type), None),
    };
    Question { text, help }
}

/// The label (and help) of one answer value.
pub fn option_label(fact: Fact, value: &str) -> Option<(Text, Option<Text>)> {
    match value {
        "true" => Some((t!(option_yes), None)),
        "false" => Some((t!(option_no), None)),
        _ => choice_label(fact, Choice::parse(value)?),
    }
}

/// The label (and help) of a choice, as the question that asks for `fact` offers it.
pub fn choice_label(fact: Fact, value: Choice) -> Option<(Text, Option<Text>)> {
    let label = match (fact, value) {
        (Fact::Need, Choice::Work) => (t!(option_need_work), None),
        (Fact::Need, Choice::Invest) => (t!(option_need_invest), None),
        (Fact::Need, Choice::BusinessVisit) => {
            (t!(option_need_business_visit), Some(t!(option_need_business_visit_help)))
        }
        (Fact::Need, Choice::BusinessMulti) => {
            (t!(option_need_business_multi), Some(t!(option_need_business_multi_help)))
        }
        (Fact::Need, Choice::ResidencePermit) => (t!(option_need_residence_permit), None),
        (Fact::Need, Choice::Extend) => (t!(option_need_extend), None),
        (Fact::Need, Choice::Cancel) => (t!(option_need_cancel), None),
        (Fact::Need, Choice::ArrivalNotification) => (t!(option_need_arrival_notification), None),
        (Fact::Need, Choice::Iin) => (t!(option_need_iin), None),
        (Fact::Need, Choice::TaxResidency) => (t!(option_need_tax_residency), None),
        (Fact::Need, Choice::DigitalSignature) => (t!(option_need_digital_signature), None),
        (Fact::Need, Choice::Fingerprinting) => (t!(option_need_fingerprinting), None),
        (Fact::Need, Choice::QualificationExemption) => (t!(option_need_qualification_exemption), None),
        (Fact::Location, Choice::Inside) => (t!(option_location_inside), None),
        (Fact::Location, Choice::Outside) => (t!(option_location_outside), None),
        (Fact::Role, Choice::Employee) => (t!(option_role_employee), Some(t!(option_role_employee_help))),
        (Fact::Role, Choice::Expert) => (t!(option_role_expert), Some(t!(option_role_expert_help))),
        (Fact::Term, Choice::UpTo2Years) => (t!(option_term_up_to_2_years), None),
        (Fact::Term, Choice::ThreeTo5Years) => (t!(option_term_3_to_5_years), None),
        (Fact::Category, Choice::B2) => (t!(option_category_b2), None),
        (Fact::Category, Choice::B3) => (t!(option_category_b3), None),
        (Fact::Visa, Choice::Work) => (t!(option_visa_work), None),
        (Fact::Visa, Choice::Investor) => (t!(option_visa_investor), None),
        (Fact::Visa, Choice::BusinessSingle) => (t!(option_visa_business_single), None),
        (Fact::Visa, Choice::BusinessMulti) => (t!(option_visa_business_multi), None),
        (Fact::Visa, Choice::Trp) => (t!(option_visa_trp), Some(t!(option_visa_trp_help))),
        (Fact::ApplicantType, Choice::Individual) => (t!(option_applicant_type_individual), None),
        (Fact::ApplicantType, Choice::LegalEntity) => (t!(option_applicant_type_legal_entity), None),
        _ => return None,
    };
    Some(label)
}
