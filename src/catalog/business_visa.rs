//! Guide chapters «ҚЫСҚА МЕРЗІМДІ ІСКЕРЛІК ВИЗА» (single-entry business visa) and «ҰЗАҚ МЕРЗІМДІ
//! ІСКЕРЛІК ВИЗА» (multiple-entry business visa, B2 / B3).
//!
//! The fee tables of these chapters mark walk-in «**» and personal manager «*» (the other way
//! round from the work-visa tables): the tiers are read from the column headers «(Walk-in)» and
//! «(дербес менеджер)», never from the stars.

use super::documents as d;
use super::shared;
use super::{Chapter, Cond, Doc, Fee, Fees, Mci, NextStep, Note, NoteKind, Place, Processing, Section, Service, Tier};
use crate::t;

// =============================================================================================
// ҚЫСҚА МЕРЗІМДІ ІСКЕРЛІК ВИЗА
// =============================================================================================

// Guide: Short-term business visa, section 1, «Қажетті құжаттар» (8 bullets). Also the list of
// the extension (section 2): the guide has no service for a single-entry visa inside Kazakhstan.
static SINGLE_INVITATION_DOCS: &[Doc] = &[
    Doc { doc: &d::STATE_REGISTRATION_CERTIFICATE, when: &[] },
    Doc { doc: &d::SHAREHOLDERS_DECISION_AND_HEAD_APPOINTMENT, when: &[] },
    Doc { doc: &d::GENERAL_POWER_OF_ATTORNEY, when: &[Cond::Branch, Cond::IfAny] },
    Doc { doc: &d::REPRESENTATIVE_POWER_OF_ATTORNEY, when: &[Cond::IfAny] },
    Doc { doc: &d::PASSPORT_COPY, when: &[] },
    Doc { doc: &d::INVITATION_LETTER, when: &[] },
    Doc { doc: &d::STATE_DUTY_PAYMENT_ORIGINAL, when: &[] },
    Doc { doc: &d::PERSONAL_DATA_CONSENT, when: &[] },
];

// Guide: Short-term business visa, section 1, "Қазақстан Республикасынан тыс жерде іскерлік
// визаны алу үшін шақыру хаты"
pub static BUSINESS_VISA_SINGLE_INVITATION: Service = Service {
    id: "business-visa-single-invitation",
    section: Section { chapter: Chapter::ShortTermBusinessVisa, number: Some("1") },
    title: t!(
        "Invitation to obtain visa: single-entry business visa (B1, B3), from outside Kazakhstan",
        "Приглашение для получения однократной деловой визы (B1, B3) за пределами Республики Казахстан",
        "Қазақстан Республикасынан тыс жерде іскерлік визаны алу үшін шақыру хаты",
    ),
    audience: t!(
        "This service request lets you apply in advance at the Expat Centre for the invitation needed to obtain a single-entry B1 or B3 business visa (step 1), for a foreign business partner coming to take part in negotiations, conferences, forums, exhibitions or scientific events or to sign contracts, and for persons in the business-immigrant category. The approved invitation must be sent to the invited foreigner, to present at an Embassy of Kazakhstan or on arrival at an international airport of Kazakhstan (step 2).",
        "Этот запрос позволяет заранее подать в Экспат-центр заявку на приглашение, необходимое для получения однократной деловой визы B1 или B3 (шаг 1), для иностранного делового партнёра, прибывающего для участия в переговорах, конференциях, форумах, выставках, научных мероприятиях или для подписания контрактов, а также для лиц, относящихся к категории бизнес-иммигрантов. Одобренное приглашение должно быть направлено приглашённому иностранцу для представления (шаг 2) в посольстве Казахстана или по прибытии в международный аэропорт Казахстана.",
        "Бұл қызметке сұрау салу келіссөздерге, конференцияларға, форумдарға, көрмелерге, ғылыми іс-шараларға қатысу немесе келісімшарттарға қол қою мақсатында келетін шетелдік іскери серіктес, сондай-ақ бизнес-иммигранттар санатына жататын тұлғалар үшін ЭО-да B1 немесе B3 біржолғы іскерлік визаны алу үшін қажетті шақыруға алдын ала өтінім беруге мүмкіндік береді (1-қадам). Мақұлданған шақыру Қазақстан елшілігіне немесе Қазақстанның халықаралық әуежайларына келгеннен кейін ұсынуы (2-қадам) үшін шақырылған шетелдікке жіберілуі тиіс.",
    ),
    apply: &shared::PORTAL_STEPS,
    documents: SINGLE_INVITATION_DOCS,
    // Guide: Short-term business visa, section 1, «Тарифтер мен мерзімдер», row «Біржолғы
    // іскерлік визаға шақыру хатты рәсімдеу (B1/B2/B3/C5)»: «Сервистік алым» 20 000, «Сервистік
    // алым (Walk-in) **» 60 000, «Сервистік алым (дербес менеджер) *» 160 000; «0.5 АЕК (1 966
    // KZT)»; «5 жұмыс күні».
    fees: Fees::Single(&[
        Fee { tier: Tier::Standard, kzt: 20_000 },
        Fee { tier: Tier::WalkIn, kzt: 60_000 },
        Fee { tier: Tier::PersonalManager, kzt: 160_000 },
    ]),
    state_duty: Some(Mci { mantissa: 5, scale: 1 }),
    processing: Some(Processing::WorkingDays { min: 5, max: 5 }),
    state_delay: true,
    // Guide: Short-term business visa, section 1, «2-қадам, Қазақстан елшілігінде / Қазақстанның
    // халықаралық әуежайында».
    next_step: Some(NextStep {
        place: Place::EmbassyOrAirport,
        documents: shared::STEP2_DOCS,
        notes: &[shared::EMBASSY_ANY],
    }),
    notes: &[
        // facts.md item 5.
        Note {
            kind: NoteKind::GuideSilent,
            text: t!(
                "Ask the Expat Centre which visa categories this invitation covers: the guide's text speaks of a single-entry B1 or B3 business visa, while its fee row reads “B1/B2/B3/C5”.",
                "Уточните в Экспат-центре, на какие категории виз распространяется это приглашение: в тексте руководства говорится об однократной деловой визе B1 или B3, а в строке тарифа указано «B1/B2/B3/C5».",
                "Бұл шақыру қай виза санаттарына қолданылатынын Экспат орталығынан нақтылаңыз: нұсқаулықтың мәтінінде B1 немесе B3 біржолғы іскерлік виза айтылған, ал тариф жолында «B1/B2/B3/C5» деп жазылған.",
            ),
        },
    ],
};

// Guide: Short-term business visa, section 2, "Біржолғы іскерлік визаны ұзарту". No fee table,
// no duty, no time. The guide has no application for a single-entry visa made inside Kazakhstan,
// so the list is section 1's (the invitation), shared, not copied; the visitor is told so.
pub static BUSINESS_VISA_SINGLE_EXTENSION: Service = Service {
    id: "business-visa-single-extension",
    section: Section { chapter: Chapter::ShortTermBusinessVisa, number: Some("2") },
    title: t!(
        "Single-entry business visa extension",
        "Продление однократной деловой визы",
        "Біржолғы іскерлік визаны ұзарту",
    ),
    audience: shared::EXTENSION_WINDOW,
    apply: &shared::NO_APPLY_STEPS,
    documents: SINGLE_INVITATION_DOCS,
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
                "Ask the Expat Centre what an extension costs and how long it takes: the guide gives no fee, state duty or processing time for it. It says the documents are the same as for a new application, so the list is the one for the invitation for a single-entry business visa (the guide has no service for a single-entry business visa inside Kazakhstan); its proof of state-duty payment belongs to that application, and the guide names no duty for an extension.",
                "Уточните в Экспат-центре стоимость и срок продления: в руководстве для продления не указаны ни сбор, ни государственная пошлина, ни срок. Сказано, что документы те же, что и для нового заявления, поэтому приведён перечень для приглашения на однократную деловую визу (услуги получения однократной деловой визы на территории Казахстана в руководстве нет); документ об оплате государственной пошлины относится к этому заявлению, а пошлину за продление руководство не называет.",
                "Ұзартудың құны мен мерзімін Экспат орталығынан нақтылаңыз: нұсқаулықта ұзарту үшін алым да, мемлекеттік баж да, мерзім де көрсетілмеген. Құжаттар жаңа өтініштегідей екені айтылған, сондықтан біржолғы іскерлік визаға шақыру хатын рәсімдеуге (нұсқаулықта Қазақстан аумағында біржолғы іскерлік виза алу қызметі жоқ) арналған тізім берілді; мемлекеттік баждың төленгенін растайтын құжат сол өтінішке қатысты, ал ұзарту үшін бажды нұсқаулық атамайды.",
            ),
        },
        // facts.md item 11.
        Note {
            kind: NoteKind::GuideSilent,
            text: t!(
                "Ask the Expat Centre whether this visa can be extended before relying on it: the 2025 guide has this extension section, but an older page of the Centre says single-entry business visas cannot be extended.",
                "Прежде чем рассчитывать на продление, уточните в Экспат-центре, можно ли продлить эту визу: в руководстве 2025 года есть этот раздел о продлении, но на более ранней странице Центра сказано, что однократные деловые визы не продлеваются.",
                "Ұзартуға үміт артпас бұрын бұл визаны ұзартуға бола ма, Экспат орталығынан нақтылаңыз: 2025 жылғы нұсқаулықта осы ұзарту бөлімі бар, бірақ Орталықтың бұрынғы веб-бетінде біржолғы іскерлік визалар ұзартылмайды деп жазылған.",
            ),
        },
    ],
};

// =============================================================================================
// ҰЗАҚ МЕРЗІМДІ ІСКЕРЛІК ВИЗА
// =============================================================================================

// Guide: Long-term business visa, section 1, "Қазақстаннан тыс жерде іскерлік визаны алу үшін
// шақыру хаты"
pub static BUSINESS_VISA_MULTI_INVITATION: Service = Service {
    id: "business-visa-multi-invitation",
    section: Section { chapter: Chapter::LongTermBusinessVisa, number: Some("1") },
    title: t!(
        "Invitation to obtain visa: multiple-entry business visa (B2, B3), from outside Kazakhstan",
        "Приглашение для получения многократной деловой визы (B2, B3) за пределами Казахстана",
        "Қазақстаннан тыс жерде іскерлік визаны алу үшін шақыру хаты",
    ),
    audience: t!(
        "This service request lets you apply in advance at the Expat Centre for the invitation needed to obtain a multiple-entry business visa (step 1), for a foreign expert coming to install, repair or maintain equipment or to provide consulting and audit services, and for founders or members of the board of directors. The approved invitation must be sent to the invited foreigner, to present at Embassies of Kazakhstan or on arrival at international airports of Kazakhstan (step 2).",
        "Этот запрос позволяет заранее подать в Экспат-центр заявку на приглашение, необходимое для получения многократной деловой визы (шаг 1), для иностранного эксперта, прибывающего для монтажа, ремонта и технического обслуживания оборудования или оказания консультационных и аудиторских услуг, а также для учредителей или членов совета директоров. Одобренное приглашение должно быть направлено приглашённому иностранцу для представления в посольствах Казахстана или по прибытии в международные аэропорты Казахстана (шаг 2).",
        "Бұл қызметке сұрау салу құрал-жабдықтарды монтаждау, жөндеу және техникалық қызмет көрсету мақсатында, консультациялық және аудиторлық қызметтерді көрсету үшін келетін шетелдік сарапшыға, сондай-ақ құрылтайшылар немесе директорлар кеңесінің мүшелері үшін ЭО-да көп мәртелік іскерлік визасын алу үшін қажет шақыруға алдын ала өтініш беруге (1-қадам) мүмкіндік береді. Мақұлданған шақыру Қазақстан елшіліктеріне немесе Қазақстанның халықаралық әуежайларына келгенде ұсынуы үшін шақырылған шетелдікке жіберілуі тиіс (2-қадам).",
    ),
    apply: &shared::PORTAL_STEPS,
    // Guide: Long-term business visa, section 1, step 1, «Қажетті құжаттар» (10 bullets).
    documents: &[
        Doc { doc: &d::STATE_REGISTRATION_CERTIFICATE, when: &[] },
        Doc { doc: &d::SHAREHOLDERS_DECISION_AND_HEAD_APPOINTMENT, when: &[] },
        Doc { doc: &d::GENERAL_POWER_OF_ATTORNEY, when: &[Cond::Branch, Cond::IfAny] },
        Doc { doc: &d::REPRESENTATIVE_POWER_OF_ATTORNEY, when: &[Cond::IfAny] },
        Doc { doc: &d::PASSPORT_COPY, when: &[] },
        Doc { doc: &d::INVITATION_LETTER, when: &[] },
        Doc { doc: &d::STATE_DUTY_PAYMENT_ORIGINAL, when: &[] },
        Doc { doc: &d::CONSULTING_AUDIT_INSTALLATION_CONTRACT, when: &[Cond::CategoryB2] },
        Doc { doc: &d::FOUNDER_OR_BOARD_MEMBERSHIP_CONFIRMATION, when: &[Cond::CategoryB3] },
        Doc { doc: &d::PERSONAL_DATA_CONSENT, when: &[] },
    ],
    // Guide: Long-term business visa, section 1, «Тарифтер мен мерзімдер», row «Көпреттік
    // іскерлік визаға (B2/B3) арналған шақыру хатты рәсімдеу»: «Сервистік алым» 20 000,
    // «(Walk-in) **» 60 000, «(дербес менеджер)*» 160 000; «0.5 АЕК (1 966 KZT)»; «5 жұмыс күні».
    fees: Fees::Single(&[
        Fee { tier: Tier::Standard, kzt: 20_000 },
        Fee { tier: Tier::WalkIn, kzt: 60_000 },
        Fee { tier: Tier::PersonalManager, kzt: 160_000 },
    ]),
    state_duty: Some(Mci { mantissa: 5, scale: 1 }),
    processing: Some(Processing::WorkingDays { min: 5, max: 5 }),
    state_delay: true,
    // Guide: Long-term business visa, section 1, «2-қадам, Қазақстан Елшілігіндегі /
    // Қазақстанның халықаралық әуежайында». Its note is worded «... Қазақстанның кез келген
    // Елшілігіне азаматтыққа қатысты арнайы талаптарсыз виза алуға өтінім бере алады»: the same
    // meaning as the other sections' note, shared.
    next_step: Some(NextStep {
        place: Place::EmbassyOrAirport,
        documents: shared::STEP2_DOCS,
        notes: &[shared::EMBASSY_ANY],
    }),
    notes: &[],
};

// Guide: Long-term business visa, section 2, «Қажетті құжаттар» (14 bullets). Also the list of
// the extension (section 3), which says the list stays the same. The representative's power of
// attorney is broken over two lines in the guide («... көшірмесімен» / «- бірге сенімхат (егер
// бар болса);»): one bullet. This list asks for a passport copy, not the original.
static MULTI_DOCS: &[Doc] = &[
    Doc { doc: &d::STATE_REGISTRATION_CERTIFICATE, when: &[] },
    Doc { doc: &d::SHAREHOLDERS_DECISION_AND_HEAD_APPOINTMENT, when: &[] },
    Doc { doc: &d::GENERAL_POWER_OF_ATTORNEY, when: &[Cond::Branch, Cond::IfAny] },
    Doc { doc: &d::REPRESENTATIVE_POWER_OF_ATTORNEY, when: &[Cond::IfAny] },
    // «Қабылдаушы тараптан виза беруге өтінішхат».
    Doc { doc: &d::HOST_VISA_REQUEST_LETTER, when: &[] },
    Doc { doc: &d::PASSPORT_COPY, when: &[] },
    Doc { doc: &d::VISA_APPLICATION_FORM_PHOTO, when: &[] },
    Doc { doc: &d::VISA_COPY, when: &[Cond::IfAny] },
    Doc { doc: &d::FINGERPRINTING_CERTIFICATE, when: &[] },
    Doc { doc: &d::ARRIVAL_NOTIFICATION, when: &[] },
    Doc { doc: &d::STATE_DUTY_PAYMENT_ORIGINAL, when: &[] },
    Doc { doc: &d::CONSULTING_AUDIT_INSTALLATION_CONTRACT, when: &[Cond::CategoryB2] },
    Doc { doc: &d::FOUNDER_OR_BOARD_MEMBERSHIP_CONFIRMATION, when: &[Cond::CategoryB3] },
    Doc { doc: &d::PERSONAL_DATA_CONSENT, when: &[] },
];

// Guide: Long-term business visa, section 2, "Қазақстан аумағында көп мәртелі іскерлік виза алу"
pub static BUSINESS_VISA_MULTI: Service = Service {
    id: "business-visa-multi",
    section: Section { chapter: Chapter::LongTermBusinessVisa, number: Some("2") },
    title: t!(
        "Multiple-entry business visa (B2, B3), inside Kazakhstan",
        "Получение многократной деловой визы (B2, B3) на территории Казахстана",
        "Қазақстан аумағында көп мәртелі іскерлік виза алу",
    ),
    audience: t!(
        "This service request lets foreign nationals who have come to install, repair or maintain equipment or to provide consulting and audit services, and founders or members of the board of directors, apply for a multiple-entry business visa.",
        "Этот запрос позволяет подать заявление на многократную деловую визу иностранным гражданам, прибывшим для монтажа, ремонта и технического обслуживания оборудования, оказания консультационных и аудиторских услуг, а также учредителям или членам совета директоров.",
        "Қызметке осы сұрау салу құрал-жабдықты монтаждау, жөндеу және техникалық қызмет көрсету, консультациялық және аудиторлық қызметтерін көрсету мақсатында келген шетелдік азаматтар үшін, сондай-ақ құрылтайшылар немесе директорлар кеңесінің мүшелері үшін көпмәртелік іскерлік визаға өтінім беруге мүмкіндік береді.",
    ),
    apply: &shared::PORTAL_STEPS,
    documents: MULTI_DOCS,
    // Guide: Long-term business visa, section 2, «Тарифтер мен мерзімдер», row «Көпреттік
    // іскерлік визаны (B2, B3) ресімдеу»: «Сервистік алым» 20 000, «(Walk-in) **» 60 000,
    // «(дербес менеджер)*» 160 000; «30 АЕК (117 960 KZT)»; «5 жұмыс күні».
    fees: Fees::Single(&[
        Fee { tier: Tier::Standard, kzt: 20_000 },
        Fee { tier: Tier::WalkIn, kzt: 60_000 },
        Fee { tier: Tier::PersonalManager, kzt: 160_000 },
    ]),
    state_duty: Some(Mci { mantissa: 30, scale: 0 }),
    processing: Some(Processing::WorkingDays { min: 5, max: 5 }),
    state_delay: true,
    next_step: None,
    notes: &[shared::FINGERPRINTING_2025],
};

// Guide: Long-term business visa, section 3, "Көпреттік іскерлік визаны ұзарту". No fee table,
// no duty, no time. The list is section 2's (the multiple-entry visa inside Kazakhstan), shared,
// not copied; the visitor is told so.
pub static BUSINESS_VISA_MULTI_EXTENSION: Service = Service {
    id: "business-visa-multi-extension",
    section: Section { chapter: Chapter::LongTermBusinessVisa, number: Some("3") },
    title: t!(
        "Multiple-entry business visa extension",
        "Продление многократной деловой визы",
        "Көп реттік іскерлік визаны ұзарту",
    ),
    audience: shared::EXTENSION_WINDOW,
    apply: &shared::NO_APPLY_STEPS,
    documents: MULTI_DOCS,
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
                "Ask the Expat Centre what an extension costs and how long it takes: the guide gives no fee, state duty or processing time for it. It says the documents are the same as for a new application, so the list is the one for the multiple-entry business visa obtained inside Kazakhstan; its proof of state-duty payment belongs to that application, and the guide names no duty for an extension.",
                "Уточните в Экспат-центре стоимость и срок продления: в руководстве для продления не указаны ни сбор, ни государственная пошлина, ни срок. Сказано, что документы те же, что и для нового заявления, поэтому приведён перечень для получения многократной деловой визы на территории Казахстана; документ об оплате государственной пошлины относится к этому заявлению, а пошлину за продление руководство не называет.",
                "Ұзартудың құны мен мерзімін Экспат орталығынан нақтылаңыз: нұсқаулықта ұзарту үшін алым да, мемлекеттік баж да, мерзім де көрсетілмеген. Құжаттар жаңа өтініштегідей екені айтылған, сондықтан Қазақстан аумағында көп мәртелік іскерлік виза алуға арналған тізім берілді; мемлекеттік баждың төленгенін растайтын құжат сол өтінішке қатысты, ал ұзарту үшін бажды нұсқаулық атамайды.",
            ),
        },
        shared::FINGERPRINTING_2025,
    ],
};
