//! Visitor-facing names of the catalog's enums, and their stable public ids.

use super::model::{Chapter, Cond, Place, Tier, Variant};
use crate::lang::Text;
use crate::t;

impl Chapter {
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

    pub fn id(self) -> &'static str {
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
            Chapter::WorkVisa => t!("Work visa", "Рабочая виза", "Жұмыс визасы"),
            Chapter::InvestorVisa => t!("Investor visa", "Инвесторская виза", "Инвесторлық виза"),
            Chapter::ResidencePermit => t!("Residence permit", "Вид на жительство", "Тұруға ықтиярхат"),
            Chapter::TemporaryResidencePermit => {
                t!("Temporary residence permit", "Разрешение на временное проживание", "Уақытша тұруға рұқсат")
            }
            Chapter::ShortTermBusinessVisa => {
                t!("Short-term business visa", "Краткосрочная деловая виза", "Қысқа мерзімді іскерлік виза")
            }
            Chapter::LongTermBusinessVisa => {
                t!("Long-term business visa", "Долгосрочная деловая виза", "Ұзақ мерзімді іскерлік виза")
            }
            Chapter::VisaCancellation => t!("Visa cancellation", "Аннулирование визы", "Визаның күшін жою"),
            Chapter::OtherServices => t!(
                "Other migration and tax services",
                "Другие миграционные и налоговые услуги",
                "Көші-қон мен салықтың басқа қызметтері"
            ),
            Chapter::QualificationExemption => t!(
                "Applications for exemption from or modification of the qualification requirements",
                "Приём заявлений об освобождении от квалификационных требований или их изменении",
                "Біліктілік талаптарынан босату немесе өзгерту үшін өтініштерді қабылдау"
            ),
        }
    }
}

/// «Guide 2025 · Work visa · 2»: where a visitor finds the service in the guide.
pub fn section_label(chapter: Chapter, number: Option<&str>, lang: crate::lang::Lang) -> String {
    let guide = t!(
        "AIFC Expat Centre guide 2025",
        "Руководство Экспат-центра МФЦА 2025",
        "АХҚО Экспат орталығының нұсқаулығы 2025"
    );
    let mut s = String::new();
    s.push_str(guide.get(lang));
    s.push_str(" · ");
    s.push_str(chapter.title().get(lang));
    if let Some(n) = number {
        s.push_str(" · ");
        s.push_str(n);
    }
    s
}

impl Tier {
    pub const ALL: [Tier; 3] = [Tier::Standard, Tier::WalkIn, Tier::PersonalManager];

    pub fn id(self) -> &'static str {
        match self {
            Tier::Standard => "standard",
            Tier::WalkIn => "walk-in",
            Tier::PersonalManager => "personal-manager",
        }
    }

    /// The tier's name. The tiers are alternatives: the visitor pays one of them.
    pub fn label(self) -> Text {
        match self {
            Tier::Standard => t!("Standard", "Стандартный", "Стандартты"),
            // «Walk-in» is the Centre's own name for the option (kept in brackets); the guide
            // explains it as priority submission, which names it in Russian and Kazakh.
            Tier::WalkIn => {
                t!("Walk-in (priority submission)", "Приоритетная подача (Walk-in)", "Басымдықпен тапсыру (Walk-in)")
            }
            Tier::PersonalManager => t!("Personal manager", "Персональный менеджер", "Дербес менеджер"),
        }
    }

    /// What the tier buys, from the guide's footnotes to its fee tables.
    pub fn help(self) -> Text {
        match self {
            Tier::Standard => t!(
                "The service fee, with no extra option.",
                "Сервисный сбор без дополнительных опций.",
                "Қосымша опцияларсыз сервистік алым."
            ),
            // «Walk-in» опциясы құжаттарды басым түрде тапсыру қызметіне жатады.
            Tier::WalkIn => t!(
                "Priority submission of the documents.",
                "Приоритетная подача документов.",
                "Құжаттарды басымдықпен тапсыру."
            ),
            // Өтінім беру, құжаттарды беру рәсімі және дербес менеджер арқылы жеткізу бойынша толық
            // ақпараттық және консультациялық қолдау.
            Tier::PersonalManager => t!(
                "Full information and advice on applying, submitting the documents and delivery, through a personal manager.",
                "Полное информационное и консультационное сопровождение подачи заявки, документов и доставки через персонального менеджера.",
                "Өтінім беру, құжаттарды тапсыру және дербес менеджер арқылы жеткізу бойынша толық ақпараттық және консультациялық қолдау."
            ),
        }
    }
}

impl Variant {
    pub const ALL: [Variant; 4] = [Variant::UpTo2Years, Variant::ThreeTo5Years, Variant::Employee, Variant::Expert];

    pub fn id(self) -> &'static str {
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
            Variant::UpTo2Years => t!("Up to 2 years", "До 2 лет", "2 жылға дейін"),
            Variant::ThreeTo5Years => t!("From 3 to 5 years", "От 3 до 5 лет", "3-тен 5 жылға дейін"),
            Variant::Employee => t!("For an employee", "Для работника", "Қызметкер үшін"),
            Variant::Expert => t!("For an expert", "Для эксперта", "Сарапшы үшін"),
        }
    }
}

impl Cond {
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

    pub fn id(self) -> &'static str {
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
            Cond::IfAny => t!("if any", "при наличии", "егер бар болса"),
            Cond::Branch => t!(
                "for a representative office or branch",
                "для представительства или филиала",
                "өкілдік / филиал үшін"
            ),
            Cond::FamilyMember => {
                t!("for a family member's visa", "для визы члена семьи", "отбасы мүшесінің визасы үшін")
            }
            Cond::FamilyMembers => t!("for family members", "для членов семьи", "отбасы мүшелеріне арналған"),
            Cond::ForeignEmployee => {
                t!("for the foreign employee", "для иностранного работника", "шетелдік қызметкер үшін")
            }
            Cond::Employees => t!("for employees", "для работников", "қызметкерлер үшін"),
            Cond::CategoryB2 => t!("for category B2", "для категории B2", "B2 санаты үшін"),
            Cond::CategoryB3 => t!("for category B3", "для категории B3", "B3 санаты үшін"),
            Cond::Individual => t!("for an individual", "для физического лица", "жеке тұлға үшін"),
            Cond::LegalEntity => t!("for a legal entity", "для юридического лица", "заңды тұлға үшін"),
            Cond::Child14To18 => t!(
                "for a child aged 14 to 18",
                "для ребёнка в возрасте от 14 до 18 лет",
                "14 пен 18 жас аралығындағы бала үшін"
            ),
            Cond::FamilyOrCivilContract => t!(
                "for family members and for foreign nationals under a civil-law contract",
                "для членов семьи и иностранных граждан по гражданско-правовому договору",
                "отбасы мүшелері мен азаматтық-құқықтық шарт бойынша жұмыс істейтін шетел азаматтары үшін"
            ),
            Cond::FirstApplication => t!(
                "only for the first application: not needed later if a document confirming residency was issued on the initial application",
                "только при первоначальном заявлении: позже не требуется, если по первоначальному заявлению был выдан документ, подтверждающий резидентство",
                "тек бастапқы өтініш үшін: бастапқы өтініш бойынша резиденттікті растайтын құжат берілген болса, кейін талап етілмейді"
            ),
            Cond::Optional => t!("optional", "по желанию", "міндетті емес"),
        }
    }
}

impl Place {
    pub fn id(self) -> &'static str {
        match self {
            Place::EmbassyOrAirport => "embassy-or-airport",
            Place::Embassy => "embassy",
        }
    }

    pub fn label(self) -> Text {
        match self {
            Place::EmbassyOrAirport => t!(
                "Step 2: at a Kazakhstan embassy or an international airport of Kazakhstan",
                "Шаг 2: в посольстве Казахстана или в международном аэропорту Казахстана",
                "2-қадам: Қазақстан елшілігінде / Қазақстанның халықаралық әуежайында"
            ),
            Place::Embassy => t!(
                "Step 2: at a Kazakhstan embassy",
                "Шаг 2: в посольстве Казахстана",
                "2-қадам: Қазақстан елшілігінде"
            ),
        }
    }
}
