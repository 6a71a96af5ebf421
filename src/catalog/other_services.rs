//! Guide chapter «КӨШІ-ҚОН ЖӘНЕ САЛЫҚ БАСҚА ҚЫЗМЕТТЕРІ»: other migration and tax services.
//!
//! The chapter opens with «Бұл қызметке сұрау салу ЭО-да келесі қызметтерге өтінім беруге
//! мүмкіндік береді:», lists its services 1 to 5, then gives the portal steps once for all of
//! them: every service here has `shared::PORTAL_STEPS` unless its section says otherwise (EDS).

use super::documents as d;
use super::shared;
use super::{Chapter, Cond, Doc, Fee, Fees, Note, NoteKind, Processing, Section, Service, Tier};
use crate::lang::Text;
use crate::t;

// Guide: Other services, section 1, "Келу немесе мекенжайды өзгерту туралы хабарлама"
pub static ARRIVAL_NOTIFICATION: Service = Service {
    id: "arrival-notification",
    section: Section { chapter: Chapter::OtherServices, number: Some("1") },
    title: t!(
        "Notification on arrival or change of address",
        "Уведомление о прибытии или смене адреса",
        "Келу немесе мекенжайды өзгерту туралы хабарлама",
    ),
    // The section has no opening paragraph of its own: the chapter's opening sentence, said of
    // this service.
    audience: t!(
        "This service request lets you apply at the Expat Centre for a notification on arrival or change of address.",
        "Этот запрос позволяет подать в Экспат-центр заявку на уведомление о прибытии или смене адреса.",
        "Бұл қызметке сұрау салу ЭО-да келу немесе мекенжайды өзгерту туралы хабарламаға өтінім беруге мүмкіндік береді.",
    ),
    apply: &shared::PORTAL_STEPS,
    // Guide: Other services, section 1: the documents are one sentence, «Бұл қызметті орындау
    // үшін келесі құжаттар қажет: ...», naming four items; one `Doc` per item, in its order.
    documents: &[
        Doc { doc: &d::RESIDENCE_ADDRESS_IN_KAZAKHSTAN, when: &[] },
        Doc { doc: &d::LEGAL_ENTITY_EDS, when: &[] },
        // «жеке деректерді өңдеуге келісімі».
        Doc { doc: &d::PERSONAL_DATA_CONSENT, when: &[] },
        Doc { doc: &d::BORDER_CROSSING_PASSPORT_COPY, when: &[] },
    ],
    // Guide: Other services, section 1, «Тарифтер мен мерзімдер», row «Келу немесе мекенжайды
    // өзгерту туралы хабарламаны беруге көмек»: «10 000 KZT»; «30 минут».
    fees: Fees::Single(&[Fee { tier: Tier::Standard, kzt: 10_000 }]),
    state_duty: None,
    processing: Some(Processing::Minutes { min: 30, max: 30 }),
    state_delay: false,
    next_step: None,
    notes: &[],
};

/// Guide: Other services, section 2: the portal steps, then the personal presence the section
/// requires. The section says it twice («... жеке қатысуы міндетті. ... өзі келуі міндетті.»);
/// once is enough.
static IIN_APPLY: [Text; 4] = [
    shared::PORTAL_STEPS[0],
    shared::PORTAL_STEPS[1],
    shared::PORTAL_STEPS[2],
    t!(
        "The foreign national must be present in person to obtain the Individual Identification Number.",
        "Для получения индивидуального идентификационного номера личное присутствие иностранного гражданина обязательно.",
        "Жеке сәйкестендіру нөмірін алу үшін шетелдік азаматтың жеке қатысуы міндетті.",
    ),
];

// Guide: Other services, section 2, "Жеке сәйкестендіру нөмірі (ЖСН)"
pub static IIN: Service = Service {
    id: "iin",
    section: Section { chapter: Chapter::OtherServices, number: Some("2") },
    title: t!(
        "Individual Identification Number (IIN)",
        "Индивидуальный идентификационный номер (ИИН)",
        "Жеке сәйкестендіру нөмірі (ЖСН)",
    ),
    // The section's opening paragraph describes the number (a note) and asks for presence in
    // person (a step): the chapter's opening sentence, said of this service.
    audience: t!(
        "This service request lets you apply at the Expat Centre for an Individual Identification Number (IIN).",
        "Этот запрос позволяет подать в Экспат-центр заявку на индивидуальный идентификационный номер (ИИН).",
        "Бұл қызметке сұрау салу ЭО-да жеке сәйкестендіру нөміріне (ЖСН) өтінім беруге мүмкіндік береді.",
    ),
    apply: &IIN_APPLY,
    // Guide: Other services, section 2, «Қажетті құжаттар» (4 bullets).
    documents: &[
        Doc { doc: &d::PASSPORT_COPY_WITH_NOTARISED_TRANSLATION, when: &[] },
        Doc { doc: &d::ENTRY_PASSPORT_DATA_PAGE_WITH_TRANSLATION, when: &[] },
        Doc { doc: &d::ENTRY_PASSPORT_ORIGINAL, when: &[] },
        // «Жеке деректерді өңдеуге келісім».
        Doc { doc: &d::PERSONAL_DATA_CONSENT, when: &[] },
    ],
    // Guide: Other services, section 2, «Тарифтер мен мерзімдер», row «ЖСН қалыптастыру»:
    // «Сервистік алым» 10 000, «Сервистік алым (Walk-in)**» 20 000, «Сервистік алым (дербес
    // менеджер)*» 60 000 (stars ignored, headers read); «1 жұмыс күні».
    fees: Fees::Single(&[
        Fee { tier: Tier::Standard, kzt: 10_000 },
        Fee { tier: Tier::WalkIn, kzt: 20_000 },
        Fee { tier: Tier::PersonalManager, kzt: 60_000 },
    ]),
    state_duty: None,
    processing: Some(Processing::WorkingDays { min: 1, max: 1 }),
    state_delay: false,
    next_step: None,
    notes: &[Note {
        kind: NoteKind::Guide,
        text: t!(
            "The Individual Identification Number is a unique combination of 12 digits, generated automatically on the principles of uniqueness and immutability.",
            "Индивидуальный идентификационный номер — уникальная комбинация из 12 цифр; он формируется автоматически с учётом принципов уникальности и неизменности.",
            "Жеке сәйкестендіру нөмірі – 12 саннан тұратын бірегей комбинация және оның қалыптасуы бірегейлік және өзгермеушілік қағидаттарының ескерілуімен автоматты түрде жасалады.",
        ),
    }],
};

/// The opening sentence of sections 3 and 3-1, the same in both.
const TAX_CERTIFICATE_PURPOSE: Text = t!(
    "This service request makes it possible to determine the tax obligations of a foreign national or a company earning income in Kazakhstan, taking into account international agreements for the avoidance of double taxation.",
    "Этот запрос позволяет определить налоговые обязательства иностранного гражданина или компании, получающих доход на территории Казахстана, с учётом международных соглашений об избежании двойного налогообложения.",
    "Қызметке осы сұрау салу қосарланған салық салуды болдырмау үшін халықаралық келісімдерді ескере отырып, Қазақстан аумағында табыс алатын шетел азаматының немесе компанияның салық міндеттемелерін айқындауға мүмкіндік береді.",
);

/// The second sentence of sections 3 and 3-1, the same in both.
const TAX_CERTIFICATE_DEFINITION: Note = Note {
    kind: NoteKind::Guide,
    text: t!(
        "A tax residency certificate is a document confirming the residency of a non-resident, and that the non-resident recipient of income is a resident of a state with which Kazakhstan has concluded an international treaty.",
        "Сертификат налогового резидентства — документ, подтверждающий резидентство нерезидента, а также то, что получатель дохода-нерезидент является резидентом государства, с которым Казахстан заключил международный договор.",
        "Салықтық резиденттік сертификаты – бейрезиденттің резиденттігін, сондай-ақ табыс алушы-бейрезидент Қазақстан халықаралық шарт жасасқан мемлекеттің резиденті болып табылатындығын растайтын құжат.",
    ),
};

// Guide: Other services, section 3, "Салық резидентінің сертификаты"
pub static TAX_RESIDENCY_CERTIFICATE: Service = Service {
    id: "tax-residency-certificate",
    section: Section { chapter: Chapter::OtherServices, number: Some("3") },
    title: t!("Tax Residency Certificate", "Сертификат налогового резидентства", "Салық резидентінің сертификаты",),
    audience: TAX_CERTIFICATE_PURPOSE,
    apply: &shared::PORTAL_STEPS,
    // Guide: Other services, section 3, «Қажетті құжаттар» (3 bullets): the second ends «–
    // ... резидент болып табылатын шетелдік заңды тұлғалар» (a legal entity), the third «–
    // резиденттер болып табылатын шетелдіктер мен азаматтығы жоқ тұлғалар үшін» (an individual).
    documents: &[
        // «Резиденттілікті растау туралы салықтық өтініш».
        Doc { doc: &d::TAX_RESIDENCY_APPLICATION, when: &[] },
        Doc { doc: &d::EFFECTIVE_MANAGEMENT_PROOF_NOTARISED_COPY, when: &[Cond::LegalEntity] },
        Doc { doc: &d::PASSPORT_STAY_PERMIT_NOTARISED_COPIES, when: &[Cond::Individual] },
    ],
    // Guide: Other services, section 3, «Тарифтер мен мерзімдер», row «Салық резидентінің
    // сертификаты»: «Сервистік алым» 40 000, «Сервистік алым (дербес менеджер)*» 140 000 (no
    // walk-in column); «3-5 жұмыс күні».
    fees: Fees::Single(&[Fee { tier: Tier::Standard, kzt: 40_000 }, Fee { tier: Tier::PersonalManager, kzt: 140_000 }]),
    state_duty: None,
    processing: Some(Processing::WorkingDays { min: 3, max: 5 }),
    state_delay: false,
    next_step: None,
    notes: &[TAX_CERTIFICATE_DEFINITION],
};

// Guide: Other services, section 3-1, "АХҚО инвестициялық резиденттері үшін салық резидентінің
// сертификаты"
pub static TAX_RESIDENCY_CERTIFICATE_INVESTMENT_RESIDENT: Service = Service {
    id: "tax-residency-certificate-investment-resident",
    section: Section { chapter: Chapter::OtherServices, number: Some("3-1") },
    title: t!(
        "Tax Residency Certificate for AIFC investment residents",
        "Сертификат налогового резидентства для инвестиционных резидентов МФЦА",
        "АХҚО инвестициялық резиденттері үшін салық резидентінің сертификаты",
    ),
    audience: TAX_CERTIFICATE_PURPOSE,
    apply: &shared::PORTAL_STEPS,
    // Guide: Other services, section 3-1, «Қажетті құжаттар» (8 bullets). The last two are not
    // documents but clarifications of the internal-affairs letter (the sixth bullet): «Бастапқы
    // өтініш берген кезде резиденттікті растайтын құжат берілген жағдайда, кейін ... ішкі істер
    // органы берген растау хатты ұсыну талап етілмейді» is the letter's condition
    // (`FirstApplication`), and «Осы абзацтың мақсатында ... хатта ... мәліметтері болуға тиіс» is
    // a note on the letter. Six documents.
    documents: &[
        Doc { doc: &d::TAX_RESIDENCY_APPLICATION, when: &[] },
        Doc { doc: &d::PASSPORT_OR_STATELESS_ID_NOTARISED_E_COPY, when: &[] },
        Doc { doc: &d::STAY_PERIOD_PROOF_NOTARISED_E_COPY, when: &[] },
        Doc { doc: &d::RESIDENCY_DOCUMENT_FEE_E_RECEIPT, when: &[] },
        Doc { doc: &d::AIFC_INVESTMENT_CONFIRMATION_E_LETTER, when: &[] },
        Doc { doc: &d::INTERNAL_AFFAIRS_CITIZENSHIP_E_LETTER, when: &[Cond::FirstApplication] },
    ],
    // Guide: Other services, section 3-1, «Тарифтер мен мерзімдер», row «Салық резидентінің
    // сертификаты»: «Сервистік алым» 40 000, «(дербес менеджер)*» 140 000; «3-5 жұмыс күні».
    fees: Fees::Single(&[Fee { tier: Tier::Standard, kzt: 40_000 }, Fee { tier: Tier::PersonalManager, kzt: 140_000 }]),
    state_duty: None,
    processing: Some(Processing::WorkingDays { min: 3, max: 5 }),
    state_delay: false,
    next_step: None,
    notes: &[
        TAX_CERTIFICATE_DEFINITION,
        Note {
            kind: NoteKind::Guide,
            text: t!(
                "The internal affairs body's confirmation letter must contain the details of the foreigner's foreign passport or of the stateless person's certificate.",
                "Письмо-подтверждение органа внутренних дел должно содержать сведения об иностранном паспорте иностранца или удостоверении лица без гражданства.",
                "Ішкі істер органы берген растайтын хатта шетелдіктің шетелдік төлқұжатының немесе азаматтығы жоқ тұлғаның куәлігінің мәліметтері болуға тиіс.",
            ),
        },
    ],
};

/// Guide: Other services, section 4, its own steps around the chapter's portal steps.
static EDS_APPLY: [Text; 6] = [
    t!(
            "To obtain it, create an application on the portal of the National Certification Centre of the Republic of Kazakhstan (pki.gov.kz). During the application the system asks for: for an individual, the IIN; for a legal entity, the BIN and the IIN of the first head.",
            "Для её получения создайте заявку на портале Национального удостоверяющего центра Республики Казахстан (pki.gov.kz). При подаче заявки система запрашивает: для физического лица — ИИН; для юридического лица — БИН и ИИН первого руководителя.",
            "Оны алу үшін Қазақстан Республикасының Ұлттық куәландырушы орталығының порталында (pki.gov.kz) өтінім жасау қажет. Өтінім беру барысында жүйе мыналарды сұрайды: жеке тұлға үшін – ЖСН; заңды тұлға үшін – БСН және бірінші басшының ЖСН.",
        ),
    t!(
            "When creating the application, also state where the EDS keys will be stored (for example, on a computer or a USB drive).",
            "При создании заявки также необходимо указать место хранения ключей ЭЦП (например, на компьютере или USB-носителе).",
            "Сондай-ақ өтінімді жасау кезінде ЭЦҚ кілттерінің сақталатын орнын (мысалы, компьютерге немесе USB-тасымалдағышта) көрсету қажет.",
        ),
    shared::PORTAL_STEPS[0],
    shared::PORTAL_STEPS[1],
    shared::PORTAL_STEPS[2],
    t!(
            "After the online application is complete, you need to come to the Expat Centre in person only to activate the EDS.",
            "После завершения онлайн-заявки необходимо лично прийти в Экспат-центр только для активации ЭЦП.",
            "Онлайн-өтінім аяқталғаннан кейін ЭО-ға тек ЭЦҚ-ны активациялау үшін жеке келу қажет болады.",
        ),
];

// Guide: Other services, section 4, "Электрондық цифрлық қолтаңба (ЭЦҚ)"
pub static DIGITAL_SIGNATURE: Service = Service {
    id: "digital-signature",
    section: Section { chapter: Chapter::OtherServices, number: Some("4") },
    title: t!(
        "Electronic digital signature (EDS)",
        "Электронная цифровая подпись (ЭЦП)",
        "Электрондық цифрлық қолтаңба (ЭЦҚ)",
    ),
    audience: t!(
        "This service lets you apply for an electronic digital signature (EDS). An EDS can be issued both for an individual and for a legal entity.",
        "Эта услуга позволяет подать заявку на получение электронной цифровой подписи (ЭЦП). ЭЦП может быть оформлена как для физического, так и для юридического лица.",
        "Бұл қызмет электрондық цифрлық қолтаңбаны (ЭЦҚ) алуға өтінім беруге мүмкіндік береді. ЭЦҚ жеке тұлға үшін де, заңды тұлға үшін де ресімделуі мүмкін.",
    ),
    // The section's own steps, with the chapter's portal steps that the chapter gives «for all
    // its services» («Бұл қызметке сұрау салу ЭО-да келесі қызметтерге өтінім беруге мүмкіндік
    // береді: ... 4. Электрондық цифрлық қолтаңба ... Өтінім беру процесі»): first the
    // application on pki.gov.kz (it is the first document), then the AIFC portal, then the visit
    // «тек ЭЦҚ-ны активациялау үшін». The portal is named «Қазақстан Республикасының Ұлттық
    // куәландырушы орталығының порталы» in the text and «pki.gov.kz» in the section's documents:
    // both are given.
    apply: &EDS_APPLY,
    // Guide: Other services, section 4: «Жеке тұлға үшін:» (the pki.gov.kz application, the
    // consent) and «Заңды тұлға үшін:» (the application, the order appointing the first head, the
    // consent). Merged into one list in the guide's order, so that a quote with no answers lists
    // each document once: two are for both, the order only for a legal entity.
    documents: &[
        Doc { doc: &d::PKI_APPLICATION, when: &[] },
        Doc { doc: &d::HEAD_APPOINTMENT_ORDER, when: &[Cond::LegalEntity] },
        // «Жеке деректерді өңдеуге келісім».
        Doc { doc: &d::PERSONAL_DATA_CONSENT, when: &[] },
    ],
    // Guide: Other services, section 4, «Тарифтер мен мерзімдер», row «Электрондық цифрлық
    // қолтаңба»: «Сервистік алым» 10 000, «(Walk-in) **» 20 000, «(дербес менеджер)*» 60 000;
    // «1 жұмыс күні».
    fees: Fees::Single(&[
        Fee { tier: Tier::Standard, kzt: 10_000 },
        Fee { tier: Tier::WalkIn, kzt: 20_000 },
        Fee { tier: Tier::PersonalManager, kzt: 60_000 },
    ]),
    state_duty: None,
    processing: Some(Processing::WorkingDays { min: 1, max: 1 }),
    state_delay: false,
    next_step: None,
    notes: &[Note {
        kind: NoteKind::Guide,
        text: t!(
            "Before coming to the Expat Centre, make sure the applicant is registered in the mobile citizens database.",
            "Перед обращением в Экспат-центр убедитесь, что заявитель зарегистрирован в базе мобильных граждан.",
            "ЭО-ға жүгінер алдында өтініш берушінің мобильді азаматтар базасында тіркелгеніне көз жеткізіңіз.",
        ),
    }],
};

// Guide: Other services, section 5, "Дактилоскопиялық тіркеу (саусақ таңбасын алу)"
pub static FINGERPRINTING: Service = Service {
    id: "fingerprinting",
    section: Section { chapter: Chapter::OtherServices, number: Some("5") },
    title: t!(
        "Fingerprinting (dactyloscopic registration)",
        "Дактилоскопическая регистрация (снятие отпечатков пальцев)",
        "Дактилоскопиялық тіркеу (саусақ таңбасын алу)",
    ),
    audience: t!(
        "This service lets you apply for dactyloscopic registration (fingerprinting).",
        "Эта услуга позволяет подать заявку на прохождение дактилоскопической регистрации.",
        "Бұл қызмет дактилоскопиялық тіркеуден өтуге өтінім беруге мүмкіндік береді.",
    ),
    apply: &shared::PORTAL_STEPS,
    // Guide: Other services, section 5, «Қажетті құжаттар» (4 bullets).
    documents: &[
        Doc { doc: &d::IIN, when: &[] },
        Doc { doc: &d::PASSPORT_ORIGINAL_PLAIN, when: &[] },
        // «Келу туралы хабарлама».
        Doc { doc: &d::ARRIVAL_NOTIFICATION, when: &[] },
        Doc { doc: &d::PERSONAL_DATA_CONSENT, when: &[] },
    ],
    // Guide: Other services, section 5, «Тарифтер мен мерзімдер», row «Дактилоскопиялық тіркеу»:
    // «10 000 KZT»; «20-30 минут».
    fees: Fees::Single(&[Fee { tier: Tier::Standard, kzt: 10_000 }]),
    state_duty: None,
    processing: Some(Processing::Minutes { min: 20, max: 30 }),
    state_delay: false,
    next_step: None,
    notes: &[
        Note {
            kind: NoteKind::Guide,
            text: t!(
                "When the procedure is complete, a certificate confirming the fingerprinting is issued.",
                "После завершения процедуры выдаётся справка, подтверждающая факт прохождения дактилоскопии.",
                "Рәсім аяқталғаннан кейін дактилоскопиядан өту фактісін растайтын анықтама беріледі.",
            ),
        },
        Note {
            kind: NoteKind::Guide,
            text: t!(
                "When applying again for a visa or a temporary residence permit, the verification procedure must be passed.",
                "При повторной подаче заявления на визу или разрешение на временное проживание необходимо пройти процедуру верификации.",
                "Визаға немесе уақытша тұруға рұқсатқа қайта өтініш берген кезде верификация рәсімінен өту қажет.",
            ),
        },
        Note {
            kind: NoteKind::Guide,
            text: t!(
                "When a work visa, an investor visa or a temporary residence permit is being issued, fingerprinting is free if the service fee for that visa or temporary residence permit was paid beforehand.",
                "При оформлении рабочей визы, инвесторской визы или разрешения на временное проживание дактилоскопия проводится бесплатно, если сервисный сбор за соответствующую визу или разрешение на временное проживание был оплачен заранее.",
                "Жұмыс визасын, инвесторлық визаны немесе уақытша тұруға рұқсатты ресімдеу кезінде дактилоскопия алдын ала тиісті визаға немесе уақытша тұруға рұқсатқа сервистік алым төленген жағдайда тегін жүргізіледі.",
            ),
        },
    ],
};
