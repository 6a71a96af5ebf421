//! Guide chapter «ИНВЕСТОРЛЫҚ ВИЗА» (the guide's heading reads «ИНВЕТОРЛЫҚ ВИЗА», a typo): the
//! A5 and A6 investor visas and the family member's visa.

use super::documents as d;
use super::shared;
use super::{
    Chapter, Cond, Doc, Fee, Fees, NextStep, Note, NoteKind, Place, Processing, Section, Service, Tier, Variant,
};
use crate::t;

/// On A5 and A6 invitations (facts.md item 2): the family bullet names a work visa.
const FAMILY_BULLET_WORK_VISA: Note = Note {
    kind: NoteKind::GuideSilent,
    text: t!(
        "Ask the Expat Centre which visa of the main holder to bring for a family member: this section of the guide asks for the “valid work visa of the main holder”, although it is about the investor visa. The guide's wording is kept.",
        "Уточните в Экспат-центре, какую визу основного держателя нужно представить для члена семьи: этот раздел руководства требует «действующую рабочую визу основного держателя», хотя речь идёт об инвесторской визе. Формулировка руководства сохранена.",
        "Отбасы мүшесі үшін негізгі иесінің қай визасын ұсыну керегін Экспат орталығынан нақтылаңыз: нұсқаулықтың бұл бөлімі инвесторлық виза туралы болса да, «негізгі иесінің жарамды жұмыс визасын» талап етеді. Нұсқаулықтағы тұжырым өзгеріссіз берілді.",
    ),
};

// Guide: Investor visa, section 1, "Қазақстан Республикасынан тыс жерлерде инвесторлық виза алу
// үшін шақыру хаты"
pub static INVESTOR_VISA_A5_INVITATION: Service = Service {
    id: "investor-visa-a5-invitation",
    section: Section { chapter: Chapter::InvestorVisa, number: Some("1") },
    title: t!(
        "Invitation to obtain visa: A5 investor visa, from outside Kazakhstan",
        "Приглашение для получения инвесторской визы A5 за пределами Республики Казахстан",
        "Қазақстан Республикасынан тыс жерлерде инвесторлық виза алу үшін шақыру хаты",
    ),
    audience: t!(
        "When the investor and their family are outside Kazakhstan, this service request lets you apply in advance at the Expat Centre for the invitation needed to obtain an investor visa, for foreign nationals and their family members (step 1). The approved invitation must be sent to the invited foreigner, to present at an Embassy of Kazakhstan or on arrival at an international airport of Kazakhstan (step 2).",
        "Когда инвестор и его семья находятся за пределами Казахстана, этот запрос позволяет заранее подать в Экспат-центр заявку на приглашение, необходимое для получения инвесторской визы, для иностранных граждан и членов их семей (шаг 1). Одобренное приглашение должно быть направлено приглашённому иностранцу для представления в посольстве Казахстана или по прибытии в международный аэропорт Казахстана (шаг 2).",
        "Осы қызметке сұрау салу шетелдік азаматтар үшін, сондай-ақ олардың отбасы мүшелері үшін, инвестор мен оның отбасы Қазақстаннан тыс жерде болған кезде инвесторлық виза алу үшін қажетті шақыруға (1-қадам) ЭО-да алдын ала өтінім беруге мүмкіндік береді. Мақұлданған шақыру Қазақстан елшілігіне немесе Қазақстанның халықаралық әуежайларына келгеннен кейін ұсыну үшін шақырылған шетелдікке жіберілуі тиіс (2-қадам).",
    ),
    apply: &shared::PORTAL_STEPS,
    // Guide: Investor visa, section 1, step 1, «Қажетті құжаттар» (10 bullets).
    documents: &[
        Doc { doc: &d::STATE_REGISTRATION_CERTIFICATE, when: &[] },
        Doc { doc: &d::SHAREHOLDERS_DECISION_AND_HEAD_APPOINTMENT, when: &[] },
        Doc { doc: &d::GENERAL_POWER_OF_ATTORNEY, when: &[Cond::Branch, Cond::IfAny] },
        Doc { doc: &d::REPRESENTATIVE_POWER_OF_ATTORNEY, when: &[Cond::IfAny] },
        Doc { doc: &d::INVITATION_LETTER, when: &[] },
        Doc { doc: &d::PASSPORT_COPY, when: &[] },
        Doc { doc: &d::INVESTMENT_LETTER_OF_SUPPORT, when: &[] },
        // «Отбасы мүшесінің (шетелдік қызметкердің) визасы үшін негізгі иесінің жарамды жұмыс
        // визасы»: «work visa» in an investor section; kept, with a note.
        Doc { doc: &d::MAIN_HOLDER_VALID_WORK_VISA, when: &[Cond::FamilyMember] },
        Doc { doc: &d::MARRIAGE_BIRTH_ADOPTION_CERTIFICATE, when: &[Cond::FamilyMember] },
        Doc { doc: &d::PERSONAL_DATA_CONSENT, when: &[] },
    ],
    // Guide: Investor visa, section 1, «Тарифтер мен мерзімдер», row «Инвесторлық А5 визасы және
    // отбасы мүшесінің визасы үшін шақыру хатын ресімдеу»: «Сервистік алым», «Сервистік алым
    // (Walk-in)»; state duty «-»; «5 жұмыс күні».
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
    state_duty: None,
    processing: Some(Processing::WorkingDays { min: 5, max: 5 }),
    state_delay: true,
    // Guide: Investor visa, section 1, «2-қадам, Қазақстан елшілігінде / Қазақстанның халықаралық
    // әуежайында».
    next_step: Some(NextStep {
        place: Place::EmbassyOrAirport,
        documents: shared::STEP2_DOCS,
        notes: &[shared::EMBASSY_ANY],
    }),
    notes: &[shared::FEE_BANDS_GAP, FAMILY_BULLET_WORK_VISA],
};

// Guide: Investor visa, section 2, «Қажетті құжаттар» (12 bullets). Also the list of the
// extension (section 4), which says the list stays the same. The fingerprinting bullet is broken
// over two lines in the guide («... верификациядан өткенді растайтын» / «- анықтаманың
// түпнұсқасы;»): one bullet.
static INVESTOR_VISA_A5_DOCS: &[Doc] = &[
    Doc { doc: &d::STATE_REGISTRATION_CERTIFICATE, when: &[] },
    Doc { doc: &d::SHAREHOLDERS_DECISION_AND_HEAD_APPOINTMENT, when: &[] },
    Doc { doc: &d::GENERAL_POWER_OF_ATTORNEY, when: &[Cond::Branch, Cond::IfAny] },
    Doc { doc: &d::REPRESENTATIVE_POWER_OF_ATTORNEY, when: &[Cond::IfAny] },
    Doc { doc: &d::INVESTMENT_LETTER_OF_SUPPORT, when: &[] },
    Doc { doc: &d::PASSPORT_ORIGINAL, when: &[] },
    Doc { doc: &d::VISA_APPLICATION_FORM_PHOTO, when: &[] },
    Doc { doc: &d::VISA_COPY, when: &[Cond::IfAny] },
    Doc { doc: &d::FINGERPRINTING_CERTIFICATE, when: &[] },
    Doc { doc: &d::ARRIVAL_NOTIFICATION, when: &[] },
    Doc { doc: &d::MARRIAGE_BIRTH_ADOPTION_CERTIFICATE, when: &[Cond::FamilyMember] },
    Doc { doc: &d::PERSONAL_DATA_CONSENT, when: &[] },
];

// Guide: Investor visa, section 2, "Қазақстан аумағында инвесторлық виза алу"
pub static INVESTOR_VISA_A5: Service = Service {
    id: "investor-visa-a5",
    section: Section { chapter: Chapter::InvestorVisa, number: Some("2") },
    title: t!(
        "A5 investor visa, inside Kazakhstan",
        "Получение инвесторской визы A5 на территории Казахстана",
        "Қазақстан аумағында инвесторлық виза алу",
    ),
    audience: t!(
        "If the investor and their family are in Kazakhstan, this service request lets you apply at the Expat Centre for an investor visa, for foreign nationals and their family members.",
        "Если инвестор и его семья находятся в Казахстане, этот запрос позволяет подать в Экспат-центр заявление на инвесторскую визу для иностранных граждан и членов их семей.",
        "Осы қызметке сұрау салу, егер инвестор мен оның отбасы Қазақстанда болса, шетелдік азаматтар үшін, сондай-ақ олардың отбасы мүшелері үшін ЭО-да инвесторлық визаға өтінім беруге мүмкіндік береді.",
    ),
    apply: &shared::PORTAL_STEPS,
    documents: INVESTOR_VISA_A5_DOCS,
    // Guide: Investor visa, section 2, «Тарифтер мен мерзімдер», row «А5 инвесторлық визасын және
    // отбасы мүшесінің визасын ресімдеу»: «Сервистік алым», «Сервистік алым (Walk-in)»; state
    // duty «-»; «5 жұмыс күні».
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
    state_duty: None,
    processing: Some(Processing::WorkingDays { min: 5, max: 5 }),
    state_delay: true,
    next_step: None,
    notes: &[shared::FEE_BANDS_GAP, shared::FINGERPRINTING_FREE, shared::FINGERPRINTING_2025],
};

// Guide: Investor visa, section 3, "Қазақстан Республикасынан тыс жерлерде А6 инвесторлық визасын
// алу үшін шақыру хаты"
pub static INVESTOR_VISA_A6_INVITATION: Service = Service {
    id: "investor-visa-a6-invitation",
    section: Section { chapter: Chapter::InvestorVisa, number: Some("3") },
    title: t!(
        "Invitation to obtain visa: A6 investor visa, from outside Kazakhstan",
        "Приглашение для получения инвесторской визы A6 за пределами Республики Казахстан",
        "Қазақстан Республикасынан тыс жерлерде A6 инвесторлық визасын алу үшін шақыру хаты",
    ),
    audience: t!(
        "This service request lets AIFC investment residents who invest under the AIFC Investment Tax Residency Programme, and their family members, apply in advance for the invitation needed to obtain an investor visa, when the investor and their family are outside Kazakhstan (step 1). The approved invitation must be sent to the invited foreigner, to present at Embassies of Kazakhstan or on arrival at international airports of Kazakhstan (step 2).",
        "Этот запрос позволяет инвестиционным резидентам МФЦА, осуществляющим инвестиции в соответствии с Программой инвестиционного налогового резидентства МФЦА, а также членам их семей, когда инвестор и его семья находятся за пределами Казахстана, заранее подать заявку на приглашение, необходимое для получения инвесторской визы (шаг 1). Одобренное приглашение должно быть направлено приглашённому иностранцу для представления (шаг 2) в посольствах Казахстана или по прибытии в международные аэропорты Казахстана.",
        "Осы қызметке сұрау салу АХҚО Инвестициялық салықтық резиденттік бағдарламасына сәйкес инвестицияларды жүзеге асыратын АХҚО-ның инвестициялық резиденттері үшін, сондай-ақ инвестор мен оның отбасы Қазақстаннан тыс жерде болған кезде олардың отбасы мүшелері үшін инвесторлық виза алуға қажетті шақыруға алдын ала өтінім беруге (1-қадам) мүмкіндік береді. Мақұлданған шақыру Қазақстан елшіліктеріне немесе Қазақстанның халықаралық әуежайларына келгеннен кейін ұсынуы (2-қадам) үшін шақырылған шетелдікке жіберілуі тиіс.",
    ),
    apply: &shared::PORTAL_STEPS,
    // Guide: Investor visa, section 3, step 1, «Қажетті құжаттар» (10 bullets).
    documents: &[
        Doc { doc: &d::STATE_REGISTRATION_CERTIFICATE, when: &[] },
        Doc { doc: &d::SHAREHOLDERS_DECISION_AND_HEAD_APPOINTMENT, when: &[] },
        Doc { doc: &d::GENERAL_POWER_OF_ATTORNEY, when: &[Cond::Branch, Cond::IfAny] },
        Doc { doc: &d::REPRESENTATIVE_POWER_OF_ATTORNEY, when: &[Cond::IfAny] },
        Doc { doc: &d::INVITATION_LETTER, when: &[] },
        Doc { doc: &d::PASSPORT_COPY, when: &[] },
        Doc { doc: &d::AIFC_ADMINISTRATION_LETTER_OF_SUPPORT, when: &[] },
        // «... негізгі иесінің жарамды жұмыс визасы»: kept, with a note.
        Doc { doc: &d::MAIN_HOLDER_VALID_WORK_VISA, when: &[Cond::FamilyMember] },
        Doc { doc: &d::MARRIAGE_BIRTH_ADOPTION_CERTIFICATE, when: &[Cond::FamilyMember] },
        Doc { doc: &d::PERSONAL_DATA_CONSENT, when: &[] },
    ],
    // Guide: Investor visa, section 3, «Тарифтер мен мерзімдер», row «А6 инвесторлық визасы және
    // отбасы мүшесінің визасы үшін шақыру хатын ресімдеу»: «Сервистік алым», «Сервистік алым
    // (Walk-in)»; state duty «-»; «5 жұмыс күні».
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
    state_duty: None,
    processing: Some(Processing::WorkingDays { min: 5, max: 5 }),
    state_delay: true,
    // Guide: Investor visa, section 3, «2-қадам, Қазақстан елшілігінде»: the embassy only, and
    // its last bullet names the embassy only; kept as the guide has it. The note under it ends
    // with a stray fragment («... визаға өтінім бере алады. белгілі бір уақытты алады.»): the
    // fragment is dropped, the sentence is the one of the other sections.
    next_step: Some(NextStep {
        place: Place::Embassy,
        documents: shared::STEP2_DOCS_EMBASSY,
        notes: &[
            shared::EMBASSY_ANY,
            Note {
                kind: NoteKind::GuideSilent,
                text: t!(
                    "Ask the Expat Centre whether the A6 visa can also be obtained at an international airport: for the A6 visa, step 2 of the guide names only an Embassy of Kazakhstan, while the work visa, A5 and business visa sections (and this section's opening paragraph) name an embassy or an international airport. The guide's wording is kept.",
                    "Уточните в Экспат-центре, можно ли получить визу A6 и в международном аэропорту: для визы A6 шаг 2 руководства называет только посольство Казахстана, тогда как разделы о рабочей визе, визе A5 и деловых визах (и вводный абзац этого раздела) называют посольство или международный аэропорт. Формулировка руководства сохранена.",
                    "A6 визасын халықаралық әуежайда да алуға бола ма, Экспат орталығынан нақтылаңыз: A6 визасы үшін нұсқаулықтың 2-қадамында тек Қазақстан елшілігі аталған, ал жұмыс визасы, A5 және іскерлік виза бөлімдерінде (және осы бөлімнің кіріспесінде) елшілік немесе халықаралық әуежай аталған. Нұсқаулықтағы тұжырым өзгеріссіз берілді.",
                ),
            },
        ],
    }),
    notes: &[shared::FEE_BANDS_GAP, FAMILY_BULLET_WORK_VISA],
};

// Guide: Investor visa, section 4, "Жұмыс визасын ұзарту" (sic: the investor chapter titles its
// extension «work visa extension»; facts.md item 2). Titled here as the investor visa's
// extension, the chapter it stands in, and the visitor is told the guide's heading. No fee table,
// no duty, no time; the list is section 2's (A5 inside Kazakhstan), shared, not copied.
pub static INVESTOR_VISA_EXTENSION: Service = Service {
    id: "investor-visa-extension",
    section: Section { chapter: Chapter::InvestorVisa, number: Some("4") },
    title: t!("Investor visa extension", "Продление инвесторской визы", "Инвесторлық визаны ұзарту"),
    audience: shared::EXTENSION_WINDOW,
    apply: &shared::NO_APPLY_STEPS,
    documents: INVESTOR_VISA_A5_DOCS,
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
                "Ask the Expat Centre what an extension costs and how long it takes: the guide gives no fee, state duty or processing time for it. It says the documents are the same as for a new application, so the list is the one for the A5 investor visa obtained inside Kazakhstan. The guide names no state duty for the A5 visa (a dash) nor for an extension.",
                "Уточните в Экспат-центре стоимость и срок продления: в руководстве для продления не указаны ни сбор, ни государственная пошлина, ни срок. Сказано, что документы те же, что и для нового заявления, поэтому приведён перечень для получения инвесторской визы A5 на территории Казахстана. Государственную пошлину руководство не называет ни для визы A5 (прочерк), ни для продления.",
                "Ұзартудың құны мен мерзімін Экспат орталығынан нақтылаңыз: нұсқаулықта ұзарту үшін алым да, мемлекеттік баж да, мерзім де көрсетілмеген. Құжаттар жаңа өтініштегідей екені айтылған, сондықтан Қазақстан аумағында A5 инвесторлық визасын алуға арналған тізім берілді. Нұсқаулық мемлекеттік бажды A5 визасы үшін де (сызықша), ұзарту үшін де атамайды.",
            ),
        },
        Note {
            kind: NoteKind::GuideSilent,
            text: t!(
                "Ask the Expat Centre to confirm that this is the investor visa's extension: in the investor visa chapter the guide titles this section «Жұмыс визасын ұзарту» (work visa extension). It is taken as the extension of the investor visa, the chapter it stands in.",
                "Уточните в Экспат-центре, что это продление инвесторской визы: в главе об инвесторской визе руководство озаглавливает этот раздел «Жұмыс визасын ұзарту» (продление рабочей визы). Он рассматривается как продление инвесторской визы, в главе о которой находится.",
                "Бұл инвесторлық визаны ұзарту екенін Экспат орталығынан нақтылаңыз: инвесторлық виза тарауында нұсқаулық бұл бөлімді «Жұмыс визасын ұзарту» деп атайды. Бөлім инвесторлық виза тарауында тұрғандықтан, ол инвесторлық визаны ұзарту ретінде қабылданды.",
            ),
        },
        shared::FINGERPRINTING_FREE, shared::FINGERPRINTING_2025,
    ],
};
