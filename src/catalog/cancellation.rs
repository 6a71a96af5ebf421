//! Guide chapter «ВИЗАНЫҢ КҮШІН ЖОЮ»: visa cancellation.

use super::documents as d;
use super::shared;
use super::{Chapter, Cond, Doc, Fee, Fees, Mci, Note, NoteKind, Processing, Section, Service, Tier};
use crate::t;

// Guide: Visa cancellation, section 1, "Виза иесінің Қазақстаннан шығып кеткен жағдайда визаның
// күшін жою" (the guide writes «визаны күшін жою», a typo).
pub static VISA_CANCELLATION: Service = Service {
    id: "visa-cancellation",
    section: Section { chapter: Chapter::VisaCancellation, number: Some("1") },
    title: t!(
        "Visa cancellation after the holder has left Kazakhstan",
        "Аннулирование визы в случае выезда владельца визы из Казахстана",
        "Виза иесінің Қазақстаннан шығып кеткен жағдайда визаның күшін жою",
    ),
    audience: t!(
        "If a foreign national has left Kazakhstan after their employment / expert contract was terminated, the host party may apply to the Expat Centre to cancel the current business / work visa, including the family member's visa.",
        "Если иностранный гражданин покинул Казахстан после расторжения трудового / экспертного договора, принимающая сторона вправе обратиться в Экспат-центр с заявлением об аннулировании действующей деловой / рабочей визы, в том числе визы члена семьи.",
        "Егер шетелдік азамат еңбек / сарапшылық шарты бұзылғаннан кейін Қазақстаннан кеткен жағдайда, қабылдаушы тарап қолданыстағы іскерлік/жұмыс визасының, оның ішінде отбасы мүшесінің визасының күшін жою туралы ЭО-ға өтініш беруге құқылы.",
    ),
    apply: &shared::PORTAL_STEPS,
    // Guide: Visa cancellation, section 1, «Қажетті құжаттар» (8 bullets).
    documents: &[
        Doc { doc: &d::STATE_REGISTRATION_CERTIFICATE, when: &[] },
        Doc { doc: &d::SHAREHOLDERS_DECISION_AND_HEAD_APPOINTMENT, when: &[] },
        Doc { doc: &d::GENERAL_POWER_OF_ATTORNEY, when: &[Cond::Branch, Cond::IfAny] },
        Doc { doc: &d::REPRESENTATIVE_POWER_OF_ATTORNEY, when: &[Cond::IfAny] },
        Doc { doc: &d::HOST_CANCELLATION_REQUEST_LETTER, when: &[] },
        Doc { doc: &d::PASSPORT_COPY_PLAIN, when: &[] },
        Doc { doc: &d::CURRENT_VISA_COPY, when: &[] },
        Doc { doc: &d::EMPLOYMENT_TERMINATION_ORDER, when: &[Cond::IfAny] },
    ],
    // Guide: Visa cancellation, section 1, «Тарифтер мен мерзімдер», row «Визаны жою»: «20 000
    // KZT»; state duty «-»; «1 жұмыс күні».
    fees: Fees::Single(&[Fee { tier: Tier::Standard, kzt: 20_000 }]),
    state_duty: None,
    processing: Some(Processing::WorkingDays { min: 1, max: 1 }),
    state_delay: false,
    next_step: None,
    notes: &[Note {
        kind: NoteKind::Guide,
        text: t!(
            "Once the cancellation application is accepted, the business / work visa, including the family member's visa, is cancelled. After that, entering Kazakhstan on the cancelled visa is not possible.",
            "После принятия заявления об аннулировании деловая / рабочая виза, в том числе виза члена семьи, аннулируется. После этого въезд в Казахстан по аннулированной визе невозможен.",
            "Күшін жоюға өтініш қабылданғаннан кейін іскерлік/жұмыс визасы, оның ішінде отбасы мүшесінің визасы жойылады. Осыдан кейін күші жойылған виза бойынша Қазақстанға кіру мүмкін болмайды.",
        ),
    }],
};

// Guide: Visa cancellation, section 2, "Визаның күшін жою (Қазақстаннан өтініш берушілер үшін)"
pub static VISA_CANCELLATION_EXIT_VISA: Service = Service {
    id: "visa-cancellation-exit-visa",
    section: Section { chapter: Chapter::VisaCancellation, number: Some("2") },
    title: t!(
        "Visa cancellation and exit visa (for applicants in Kazakhstan)",
        "Аннулирование визы и выездная виза (для заявителей, находящихся в Казахстане)",
        "Визаның күшін жою (Қазақстаннан өтініш берушілер үшін)",
    ),
    audience: t!(
        "When a service contract / employment contract has been terminated, this service request lets you apply to the Expat Centre to cancel the foreign national's current visa and then obtain an exit visa.",
        "При расторжении сервисного / трудового договора этот запрос позволяет обратиться в Экспат-центр с заявлением об аннулировании действующей визы иностранного гражданина с последующим оформлением выездной визы.",
        "Қызметке осы сұрау салу Сервистік шарт/Еңбек шарты бұзылған жағдайда кейіннен шығу визасын ресімдей отырып, шетел азаматының қолданыстағы визасының күшін жоюға ЭО-ға өтініш беруге мүмкіндік береді.",
    ),
    // This section words the steps a little differently («Жаңа өтінішті жіберу» for «Жаңа
    // өтініш беру», «біздің орталыққа» for «Экспат орталығының офисіне»); same steps, so the
    // shared ones.
    apply: &shared::PORTAL_STEPS,
    // Guide: Visa cancellation, section 2, «Қажетті құжаттар» (9 bullets).
    documents: &[
        Doc { doc: &d::STATE_REGISTRATION_CERTIFICATE, when: &[] },
        Doc { doc: &d::SHAREHOLDERS_DECISION_AND_HEAD_APPOINTMENT, when: &[] },
        Doc { doc: &d::GENERAL_POWER_OF_ATTORNEY, when: &[Cond::Branch, Cond::IfAny] },
        Doc { doc: &d::REPRESENTATIVE_POWER_OF_ATTORNEY, when: &[Cond::IfAny] },
        Doc { doc: &d::HOST_CANCELLATION_AND_EXIT_VISA_REQUEST, when: &[] },
        Doc { doc: &d::PASSPORT_ORIGINAL_PLAIN, when: &[] },
        Doc { doc: &d::VISA_APPLICATION_FORM_PHOTO, when: &[] },
        Doc { doc: &d::ARRIVAL_NOTIFICATION, when: &[] },
        Doc { doc: &d::STATE_DUTY_PAYMENT_ORIGINAL, when: &[] },
    ],
    // Guide: Visa cancellation, section 2, «Тарифтер мен мерзімдер», row «Визаның күшін жою және
    // шығу визасын беру»: «20 000 KZT»; «0.5 АЕК (1 966 KZT)»; «5 жұмыс күні».
    fees: Fees::Single(&[Fee { tier: Tier::Standard, kzt: 20_000 }]),
    state_duty: Some(Mci { mantissa: 5, scale: 1 }),
    processing: Some(Processing::WorkingDays { min: 5, max: 5 }),
    state_delay: false,
    next_step: None,
    notes: &[Note {
        kind: NoteKind::Guide,
        text: t!(
            "After the current visa is cancelled, an exit visa is issued for up to 15 working days. The visa holder must leave Kazakhstan within the visa's validity.",
            "После аннулирования действующей визы выездная виза выдаётся на срок до 15 рабочих дней. Владелец визы должен покинуть Казахстан в пределах срока действия визы.",
            "Қолданыстағы виза жойылғаннан кейін шығу визасы 15 жұмыс күніне дейінгі мерзімге беріледі. Виза иесі визаның қолданылу мерзімі шегінде Қазақстаннан кетуге тиіс.",
        ),
    }],
};
