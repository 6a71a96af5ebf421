//! Visitor-facing names of the catalog's enums, and their stable public ids.

use super::model::{Chapter, Cond, NoteKind, Place, Tier, Variant};
use crate::lang::Text;
use crate::same;
use crate::t;

impl Chapter {
    /// The chapter a data file names; stops the build on a name the engine does not know.
    pub(crate) const fn from_id(id: &str) -> Chapter {
        let mut i = 0;
        while i < Chapter::ALL.len() {
            if same(Chapter::ALL[i].id(), id) {
                return Chapter::ALL[i];
            }
            i += 1;
        }
        panic!("content/: unknown chapter")
    }

    pub const ALL: [Chapter; 9] = [
        Chapter::WorkVisa,
        Chapter::InvestorVisa,
        Chapter::ResidencePermit,
        Chapter::TemporaryResidencePermit,
        Chapter::ShortTermBusinessVisa,
        Chapter::LongTermBusinessVisa,
        Chapter::VisaCancellation,
        Chapter::OtherServices,
        Chapter::QualificationExemption,
    ];

    pub const fn id(self) -> &'static str {
        match self {
            Chapter::WorkVisa => "work-visa",
            Chapter::InvestorVisa => "investor-visa",
            Chapter::ResidencePermit => "residence-permit",
            Chapter::TemporaryResidencePermit => "temporary-residence-permit",
            Chapter::ShortTermBusinessVisa => "short-term-business-visa",
            Chapter::LongTermBusinessVisa => "long-term-business-visa",
            Chapter::VisaCancellation => "visa-cancellation",
            Chapter::OtherServices => "other-services",
            Chapter::QualificationExemption => "qualification-exemption",
        }
    }

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
    /// The tier a data file names; stops the build on a name the engine does not know.
    pub(crate) const fn from_id(id: &str) -> Tier {
        let mut i = 0;
        while i < Tier::ALL.len() {
            if same(Tier::ALL[i].id(), id) {
                return Tier::ALL[i];
            }
            i += 1;
        }
        panic!("content/: unknown fee tier")
    }

    pub const ALL: [Tier; 3] = [Tier::Standard, Tier::WalkIn, Tier::PersonalManager];

    pub const fn id(self) -> &'static str {
        match self {
            Tier::Standard => "standard",
            Tier::WalkIn => "walk-in",
            Tier::PersonalManager => "personal-manager",
        }
    }

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
    /// The fee row a data file names; stops the build on a name the engine does not know.
    pub(crate) const fn from_id(id: &str) -> Variant {
        let mut i = 0;
        while i < Variant::ALL.len() {
            if same(Variant::ALL[i].id(), id) {
                return Variant::ALL[i];
            }
            i += 1;
        }
        panic!("content/: unknown fee variant")
    }

    pub const ALL: [Variant; 4] = [Variant::UpTo2Years, Variant::ThreeTo5Years, Variant::Employee, Variant::Expert];

    pub const fn id(self) -> &'static str {
        match self {
            Variant::UpTo2Years => "up-to-2-years",
            Variant::ThreeTo5Years => "3-to-5-years",
            Variant::Employee => "employee",
            Variant::Expert => "expert",
        }
    }

    pub fn parse(id: &str) -> Option<Variant> {
        Variant::ALL.into_iter().find(|v| v.id() == id)
    }

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
    /// The document condition (`when`) a data file names; stops the build on a name the engine does not know.
    pub(crate) const fn from_id(id: &str) -> Cond {
        let mut i = 0;
        while i < Cond::ALL.len() {
            if same(Cond::ALL[i].id(), id) {
                return Cond::ALL[i];
            }
            i += 1;
        }
        panic!("content/: unknown document condition (`when`)")
    }

    pub const ALL: [Cond; 14] = [
        Cond::IfAny,
        Cond::Branch,
        Cond::FamilyMember,
        Cond::FamilyMembers,
        Cond::ForeignEmployee,
        Cond::Employees,
        Cond::CategoryB2,
        Cond::CategoryB3,
        Cond::Individual,
        Cond::LegalEntity,
        Cond::Child14To18,
        Cond::FamilyOrCivilContract,
        Cond::FirstApplication,
        Cond::Optional,
    ];

    /// "If any" and "optional" qualify a document rather than say whom it is for: they are shown
    /// as flags, not in a document's `when` words.
    pub fn is_flag(self) -> bool {
        matches!(self, Cond::IfAny | Cond::Optional)
    }

    pub const fn id(self) -> &'static str {
        match self {
            Cond::IfAny => "if-any",
            Cond::Branch => "branch",
            Cond::FamilyMember => "family-member",
            Cond::FamilyMembers => "family-members",
            Cond::ForeignEmployee => "foreign-employee",
            Cond::Employees => "employees",
            Cond::CategoryB2 => "category-b2",
            Cond::CategoryB3 => "category-b3",
            Cond::Individual => "individual",
            Cond::LegalEntity => "legal-entity",
            Cond::Child14To18 => "child-14-to-18",
            Cond::FamilyOrCivilContract => "family-or-civil-contract",
            Cond::FirstApplication => "first-application",
            Cond::Optional => "optional",
        }
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
    /// The next-step place a data file names; stops the build on a name the engine does not know.
    pub(crate) const fn from_id(id: &str) -> Place {
        let mut i = 0;
        while i < Place::ALL.len() {
            if same(Place::ALL[i].id(), id) {
                return Place::ALL[i];
            }
            i += 1;
        }
        panic!("content/: unknown next-step place")
    }

    pub const ALL: [Place; 2] = [Place::EmbassyOrAirport, Place::Embassy];

    pub const fn id(self) -> &'static str {
        match self {
            Place::EmbassyOrAirport => "embassy-or-airport",
            Place::Embassy => "embassy",
        }
    }

    pub fn label(self) -> Text {
        match self {
            Place::EmbassyOrAirport => t!(place_label_embassy_or_airport),
            Place::Embassy => t!(place_label_embassy),
        }
    }
}

impl NoteKind {
    /// The note kind a data file names; stops the build on a name the engine does not know.
    pub(crate) const fn from_id(id: &str) -> NoteKind {
        let mut i = 0;
        while i < NoteKind::ALL.len() {
            if same(NoteKind::ALL[i].id(), id) {
                return NoteKind::ALL[i];
            }
            i += 1;
        }
        panic!("content/: unknown note kind")
    }

    pub const ALL: [NoteKind; 2] = [NoteKind::Guide, NoteKind::GuideSilent];

    /// As answers and data files name it.
    pub const fn id(self) -> &'static str {
        match self {
            NoteKind::Guide => "guide",
            NoteKind::GuideSilent => "guide-silent",
        }
    }
}
