//! Visitor-facing names of the catalog's enums (their stable public ids are `crate::vocabulary`'s).

use super::model::{Chapter, Cond, Place, Tier, Variant};
use crate::lang::Text;
use crate::t;

impl Chapter {
    /// The chapter's heading (Kazakh as in the guide's table of contents, in sentence case).
    pub fn title(self) -> Text {
        match self {
            Chapter::WorkVisa => t!(chapter_title_work_visa),
            Chapter::InvestorVisa => t!(chapter_title_investor_visa),
            Chapter::ResidencePermit => t!(chapter_title_residence_permit),
            Chapter::TemporaryResidencePermit => {
                t!(chapter_title_temporary_residence_permit)
            }
            Chapter::ShortTermBusinessVisa => {
                t!(chapter_title_short_term_business_visa)
            }
            Chapter::LongTermBusinessVisa => {
                t!(chapter_title_long_term_business_visa)
            }
            Chapter::VisaCancellation => t!(chapter_title_visa_cancellation),
            Chapter::OtherServices => t!(chapter_title_other_services),
            Chapter::QualificationExemption => t!(chapter_title_qualification_exemption),
        }
    }
}

impl Tier {
    /// The tier's name. The tiers are alternatives: the visitor pays one of them.
    pub fn label(self) -> Text {
        match self {
            Tier::Standard => t!(tier_label_standard),
            // «Walk-in» is the Centre's own name for the option (kept in brackets); the guide
            // explains it as priority submission, which names it in Russian and Kazakh.
            Tier::WalkIn => {
                t!(tier_label_walk_in)
            }
            Tier::PersonalManager => t!(tier_label_personal_manager),
        }
    }

    /// What the tier buys, from the guide's footnotes to its fee tables.
    pub fn help(self) -> Text {
        match self {
            Tier::Standard => t!(tier_help_standard),
            // «Walk-in» опциясы құжаттарды басым түрде тапсыру қызметіне жатады.
            Tier::WalkIn => t!(tier_help_walk_in),
            // Өтінім беру, құжаттарды беру рәсімі және дербес менеджер арқылы жеткізу бойынша толық
            // ақпараттық және консультациялық қолдау.
            Tier::PersonalManager => t!(tier_help_personal_manager),
        }
    }
}

impl Variant {
    pub fn label(self) -> Text {
        match self {
            Variant::UpTo2Years => t!(variant_label_up_to_2_years),
            Variant::ThreeTo5Years => t!(variant_label_3_to_5_years),
            Variant::Employee => t!(variant_label_employee),
            Variant::Expert => t!(variant_label_expert),
        }
    }
}

impl Cond {
    /// "If any" and "optional" qualify a document rather than say whom it is for: they are shown
    /// as flags, not in a document's `when` words.
    pub fn is_flag(self) -> bool {
        matches!(self, Cond::IfAny | Cond::Optional)
    }

    pub fn label(self) -> Text {
        match self {
            Cond::IfAny => t!(cond_label_if_any),
            Cond::Branch => t!(cond_label_branch),
            Cond::FamilyMember => {
                t!(cond_label_family_member)
            }
            Cond::FamilyMembers => t!(cond_label_family_members),
            Cond::ForeignEmployee => {
                t!(cond_label_foreign_employee)
            }
            Cond::Employees => t!(cond_label_employees),
            Cond::CategoryB2 => t!(cond_label_category_b2),
            Cond::CategoryB3 => t!(cond_label_category_b3),
            Cond::Individual => t!(cond_label_individual),
            Cond::LegalEntity => t!(cond_label_legal_entity),
            Cond::Child14To18 => t!(cond_label_child_14_to_18),
            Cond::FamilyOrCivilContract => t!(cond_label_family_or_civil_contract),
            Cond::FirstApplication => t!(cond_label_first_application),
            Cond::Optional => t!(cond_label_optional),
        }
    }
}

impl Place {
    pub fn label(self) -> Text {
        match self {
            Place::EmbassyOrAirport => t!(place_label_embassy_or_airport),
            Place::Embassy => t!(place_label_embassy),
        }
    }
}
