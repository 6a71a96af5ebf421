//! Guide chapter «ЖҰМЫС ВИЗАСЫ»: the C3 work visa and the family member's visa.

use super::documents as d;
use super::shared;
use super::{
    Chapter, Cond, Doc, Fee, Fees, Mci, NextStep, Note, NoteKind, Place, Processing, Section, Service, Tier, Variant,
};
use crate::t;

// Guide: Work visa, section 1, "Қазақстаннан тыс жерлерде жұмыс визасын алу үшін шақыру хаты"
pub static WORK_VISA_INVITATION: Service = Service {
    id: "work-visa-invitation",
    section: Section { chapter: Chapter::WorkVisa, number: Some("1") },
    title: t!(
        "Invitation to obtain visa: C3 work visa, from outside Kazakhstan",
        "Приглашение для получения рабочей визы C3 за пределами Казахстана",
        "Қазақстаннан тыс жерлерде жұмыс визасын алу үшін шақыру хаты",
    ),
    audience: t!(
        "When the employee and their family are outside Kazakhstan, this service request lets you apply in advance at the Expat Centre for the invitation needed to obtain a work visa for the foreign employee and their family members (step 1). The approved invitation must be sent to the invited foreigner, to present at an Embassy of Kazakhstan or on arrival at an airport of Kazakhstan (step 2).",
        "Когда работник и его семья находятся за пределами Казахстана, этот запрос позволяет заранее подать в Экспат-центр заявку на приглашение, необходимое для получения рабочей визы иностранному работнику и членам его семьи (шаг 1). Одобренное приглашение должно быть направлено приглашённому иностранцу для представления в посольстве Казахстана или по прибытии в аэропорт Казахстана (шаг 2).",
        "Бұл қызметке сұрау салу қызметкер мен оның отбасы Қазақстаннан тыс жерде болған кезде, шетелдік қызметкер мен оның отбасы мүшелері үшін жұмыс визасын алу үшін қажетті шақыруға (1-қадам) ЭО-да алдын ала өтінім беруге мүмкіндік береді. Мақұлданған шақыру Қазақстан елшілігіне немесе Қазақстанның әуежайларына келгеннен кейін ұсыну үшін шақырылған шетелдікке жіберілуі тиіс (2-қадам).",
    ),
    apply: &shared::PORTAL_STEPS,
    // Guide: Work visa, section 1, step 1, «Қажетті құжаттар» (13 bullets).
    documents: &[
        Doc { doc: &d::STATE_REGISTRATION_CERTIFICATE, when: &[] },
        Doc { doc: &d::SHAREHOLDERS_DECISION_AND_HEAD_APPOINTMENT, when: &[] },
        Doc { doc: &d::GENERAL_POWER_OF_ATTORNEY, when: &[Cond::Branch, Cond::IfAny] },
        Doc { doc: &d::REPRESENTATIVE_POWER_OF_ATTORNEY, when: &[Cond::IfAny] },
        Doc { doc: &d::INVITATION_LETTER, when: &[] },
        Doc { doc: &d::PASSPORT_COPY, when: &[] },
        Doc { doc: &d::STATE_DUTY_PAYMENT_ORIGINAL, when: &[] },
        Doc { doc: &d::EMPLOYMENT_CONTRACT, when: &[] },
        Doc { doc: &d::QUALIFICATION_PROOF_AND_CV, when: &[Cond::Employees] },
        Doc { doc: &d::REGISTRATION_FORM, when: &[Cond::ForeignEmployee] },
        Doc { doc: &d::MAIN_HOLDER_VALID_WORK_VISA, when: &[Cond::FamilyMember] },
        Doc { doc: &d::MARRIAGE_BIRTH_ADOPTION_CERTIFICATE, when: &[Cond::FamilyMember] },
        // «Дербес деректерді өңдеуге келісім (отбасы мүшесінің визасы үшін)».
        Doc { doc: &d::PERSONAL_DATA_CONSENT, when: &[Cond::FamilyMember] },
    ],
    // Guide: Work visa, section 1, «Тарифтер мен мерзімдер», row «С3 жұмыс визасы және
    // отбасы мүшесінің визасы үшін шақыру хаттарын рәсімдеу»: columns «Сервис алымы» and «Сервис
    // аламы (Walk-in)»; «0,5 АЕК (1966 KZT)»; «5 жұмыс күні».
    fees: Fees::ByVariant(&[
        (
            Variant::UpTo2Years,
            &[Fee { tier: Tier::Standard, kzt: 360_000 }, Fee { tier: Tier::WalkIn, kzt: 470_000 }],
        ),
        (
            Variant::ThreeTo5Years,
            &[Fee { tier: Tier::Standard, kzt: 720_000 }, Fee { tier: Tier::WalkIn, kzt: 940_000 }],
        ),
    ]),
    state_duty: Some(Mci { mantissa: 5, scale: 1 }),
    processing: Some(Processing::WorkingDays { min: 5, max: 5 }),
    state_delay: true,
    // Guide: Work visa, section 1, «2-қадам, Қазақстан елшілігінде / Қазақстанның халықаралық
    // әуежайында». The note under it is cut off in the guide («АХҚО қатысушысы азаматтыққа
    // байланысты арнайы нақты талаптарсыз» and nothing more): the complete sentence of the other
    // sections is used, and the visitor is told it was completed, and from where.
    next_step: Some(NextStep {
        place: Place::EmbassyOrAirport,
        documents: shared::STEP2_DOCS,
        notes: &[shared::EMBASSY_ANY, EMBASSY_NOTE_COMPLETED],
    }),
    notes: &[shared::QUALIFICATION_CHECK, shared::FEE_BANDS_GAP],
};

/// The guide's note under work visa 1, step 2, breaks off mid-sentence.
const EMBASSY_NOTE_COMPLETED: Note = Note {
    kind: NoteKind::GuideSilent,
    text: t!(
        "The guide's note here breaks off mid-sentence; it is completed from the same note in its investor and business visa sections.",
        "Здесь примечание руководства обрывается на полуслове; оно дополнено по такому же примечанию из разделов об инвесторской и деловых визах.",
        "Мұнда нұсқаулықтағы ескертпе сөйлем ортасында үзілген; ол инвесторлық және іскерлік виза бөлімдеріндегі дәл сондай ескертпе бойынша толықтырылды.",
    ),
};

// Guide: Work visa, section 2, «Қажетті құжаттар» (18 bullets). Also the list of the extension
// (section 3), which says the list stays the same.
static WORK_VISA_DOCS: &[Doc] = &[
    Doc { doc: &d::STATE_REGISTRATION_CERTIFICATE, when: &[] },
    Doc { doc: &d::SHAREHOLDERS_DECISION_AND_HEAD_APPOINTMENT, when: &[] },
    Doc { doc: &d::GENERAL_POWER_OF_ATTORNEY, when: &[Cond::Branch, Cond::IfAny] },
    Doc { doc: &d::REPRESENTATIVE_POWER_OF_ATTORNEY, when: &[Cond::IfAny] },
    Doc { doc: &d::HOST_VISA_REQUEST_LETTER, when: &[] },
    Doc { doc: &d::PASSPORT_ORIGINAL, when: &[] },
    Doc { doc: &d::VISA_APPLICATION_FORM_PHOTO, when: &[] },
    Doc { doc: &d::VISA_COPY, when: &[Cond::IfAny] },
    Doc { doc: &d::FINGERPRINTING_CERTIFICATE, when: &[] },
    Doc { doc: &d::ARRIVAL_NOTIFICATION, when: &[] },
    Doc { doc: &d::EMPLOYMENT_CONTRACT_REDACTABLE, when: &[] },
    Doc { doc: &d::ENBEK_WORKPLACE_CERTIFICATE, when: &[] },
    Doc { doc: &d::STATE_DUTY_PAYMENT_ORIGINAL, when: &[] },
    Doc { doc: &d::QUALIFICATION_PROOF_AND_CV, when: &[Cond::Employees] },
    // «Есепке алу нысаны (шетелдік қызметкерлер үшін)».
    Doc { doc: &d::REGISTRATION_FORM, when: &[Cond::ForeignEmployee] },
    Doc { doc: &d::MAIN_HOLDER_VALID_WORK_VISA, when: &[Cond::FamilyMember] },
    Doc { doc: &d::MARRIAGE_BIRTH_ADOPTION_CERTIFICATE, when: &[Cond::FamilyMember] },
    // «Дербес деректерді өңдеуге келісім (отбасы мүшесінің визасы үшін)».
    Doc { doc: &d::PERSONAL_DATA_CONSENT, when: &[Cond::FamilyMember] },
];

// Guide: Work visa, section 2, "Қазақстан аумағында жұмыс визасын алу"
pub static WORK_VISA: Service = Service {
    id: "work-visa",
    section: Section { chapter: Chapter::WorkVisa, number: Some("2") },
    title: t!(
        "C3 work visa, inside Kazakhstan",
        "Получение рабочей визы C3 на территории Казахстана",
        "Қазақстан аумағында жұмыс визасын алу",
    ),
    audience: t!(
        "If the employee and their family are in Kazakhstan, this service request lets you apply at the Expat Centre for a work visa for the foreign employee and their family members.",
        "Если работник и его семья находятся в Казахстане, этот запрос позволяет подать в Экспат-центр заявление на рабочую визу для иностранного работника и членов его семьи.",
        "Егер қызметкер мен оның отбасы Қазақстанда болса, осы қызметке сұрау салу шетелдік қызметкер мен оның отбасы мүшелері үшін ЭО-да жұмыс визасына өтінім беруге мүмкіндік береді.",
    ),
    apply: &shared::PORTAL_STEPS,
    documents: WORK_VISA_DOCS,
    // Guide: Work visa, section 2, «Тарифтер мен мерзімдер», row «С3 жұмыс визасын және
    // отбасы мүшесінің визасын ресімдеу»: columns «Сервистік алым» and «Сервистік алым
    // (Walk-in)»; «30 АЕК (117 960 KZT)»; «5 жұмыс күні».
    fees: Fees::ByVariant(&[
        (
            Variant::UpTo2Years,
            &[Fee { tier: Tier::Standard, kzt: 360_000 }, Fee { tier: Tier::WalkIn, kzt: 470_000 }],
        ),
        (
            Variant::ThreeTo5Years,
            &[Fee { tier: Tier::Standard, kzt: 720_000 }, Fee { tier: Tier::WalkIn, kzt: 940_000 }],
        ),
    ]),
    state_duty: Some(Mci { mantissa: 30, scale: 0 }),
    processing: Some(Processing::WorkingDays { min: 5, max: 5 }),
    state_delay: true,
    next_step: None,
    notes: &[
        shared::QUALIFICATION_CHECK,
        shared::FEE_BANDS_GAP,
        shared::FINGERPRINTING_FREE, shared::FINGERPRINTING_2025,
    ],
};

// Guide: Work visa, section 3, "Жұмыс визасын ұзарту". No fee table, no duty, no time. The guide
// says the list of documents stays the same, so the list is section 2's (the application made
// inside Kazakhstan, where the visa holder is), shared, not copied; the visitor is told so.
pub static WORK_VISA_EXTENSION: Service = Service {
    id: "work-visa-extension",
    section: Section { chapter: Chapter::WorkVisa, number: Some("3") },
    title: t!("C3 work visa extension", "Продление рабочей визы C3", "Жұмыс визасын ұзарту"),
    audience: shared::EXTENSION_WINDOW,
    apply: &shared::NO_APPLY_STEPS,
    documents: WORK_VISA_DOCS,
    fees: Fees::NotListed,
    state_duty: None,
    processing: None,
    state_delay: false,
    next_step: None,
    notes: &[
        shared::EXTENSION_SAME_HOST,
        shared::EXTENSION_SAME_DOCUMENTS,
        shared::EXTENSION_DEADLINES,
        Note {
            kind: NoteKind::GuideSilent,
            text: t!(
                "Ask the Expat Centre what an extension costs and how long it takes: the guide gives no fee, state duty or processing time for it. It says the documents are the same as for a new application, so the list is the one for the work visa obtained inside Kazakhstan; its proof of state-duty payment belongs to that application, and the guide names no duty for an extension.",
                "Уточните в Экспат-центре стоимость и срок продления: в руководстве для продления не указаны ни сбор, ни государственная пошлина, ни срок. Сказано, что документы те же, что и для нового заявления, поэтому приведён перечень для получения рабочей визы на территории Казахстана; документ об оплате государственной пошлины относится к этому заявлению, а пошлину за продление руководство не называет.",
                "Ұзартудың құны мен мерзімін Экспат орталығынан нақтылаңыз: нұсқаулықта ұзарту үшін алым да, мемлекеттік баж да, мерзім де көрсетілмеген. Құжаттар жаңа өтініштегідей екені айтылған, сондықтан Қазақстан аумағында жұмыс визасын алуға арналған тізім берілді; мемлекеттік баждың төленгенін растайтын құжат сол өтінішке қатысты, ал ұзарту үшін бажды нұсқаулық атамайды.",
            ),
        },
        shared::FINGERPRINTING_FREE, shared::FINGERPRINTING_2025,
    ],
};
