//! Texts the guide repeats from section to section, written once. The notes are `const`s: a
//! `Note` is not `Copy`, and a `const` is what a service's `static` slice can hold by value (they
//! hold only text, so they need no reference to a `static`, which a `const` may not take before
//! Rust 1.83). The portal steps and the step-2 lists are `static`s every service points at.

use super::documents as d;
use super::{Doc, Note, NoteKind};
use crate::lang::Text;
use crate::t;

/// «Өтінім беру процесі»: the three steps the guide gives in most sections, and once before
/// item 1 of the chapter «Көші-қон және салық басқа қызметтері» for all its services.
pub static PORTAL_STEPS: [Text; 3] = [
    t!(
        "Upload the documents via the AIFC portal.",
        "Загрузите документы через портал МФЦА.",
        "АХҚО порталы арқылы құжаттарды жүктеңіз.",
    ),
    t!(
        "Log in to the portal and choose «Submit new application». Fill in the service request with your exact details and send it after uploading the required documents.",
        "Войдите на портал и выберите «Подать новую заявку». Заполните запрос на услугу, указав точные сведения, и отправьте его после загрузки необходимых документов.",
        "Порталға кіріп, «Жаңа өтініш беру» батырмасын таңдаңыз. Нақты мәліметтеріңізбен қызметке сұрауды толтырыңыз және оны қажетті құжаттарды жүктегеннен кейін жіберіңіз.",
    ),
    t!(
        "Once the Expat Centre has approved the documents, you can book an appointment via the portal. To submit the documents, come to the Expat Centre's office.",
        "После одобрения документов Экспат-центром можно записаться на приём через портал. Для подачи документов необходимо прийти в офис Экспат-центра.",
        "Құжаттарды Экспат орталығы мақұлдағаннан кейін портал арқылы қабылдауға жазылуға болады. Құжаттарды тапсыру үшін Экспат орталығының офисіне келу қажет.",
    ),
];

/// For the sections that give no application steps (the residence permit, the extensions).
pub static NO_APPLY_STEPS: [Text; 1] = [t!(
    "The guide gives no application steps for this service: ask the Expat Centre how to apply.",
    "В руководстве не указан порядок подачи заявления на эту услугу: уточните его в Экспат-центре.",
    "Нұсқаулықта бұл қызметке өтінім беру тәртібі көрсетілмеген: өтінім беру тәртібін Экспат орталығынан сұраңыз.",
)];

// ---------------------------------------------------------------------------------------------
// Notes the guide repeats.
// ---------------------------------------------------------------------------------------------

/// «Ескертпе: қызмет көрсету уақыты мемлекеттік орган тарапынан ... күнтізбелік 30 күнге дейін
/// ұзартылуы мүмкін.» The business-visa chapters word it slightly differently, same meaning.
pub const STATE_DELAY: Note = Note {
    kind: NoteKind::Guide,
    text: t!(
        "The service time does not include possible unforeseen delays on the part of the state body; if necessary, the term may be extended by up to 30 calendar days.",
        "Срок оказания услуги не включает возможные непредвиденные задержки со стороны государственного органа; при необходимости срок может быть продлён до 30 календарных дней.",
        "Қызмет көрсету уақыты мемлекеттік орган тарапынан болуы мүмкін ықтимал күтпеген кідірістерді қамтымайды және қажет болған жағдайда мерзім күнтізбелік 30 күнге дейін ұзартылуы мүмкін.",
    ),
};

/// «Ескерту: Біліктілік талаптарына сәйкестікті тексеру және құжаттарды қарау белгілі бір
/// уақытты алады.»
pub const QUALIFICATION_CHECK: Note = Note {
    kind: NoteKind::Guide,
    text: t!(
        "Checking compliance with the qualification requirements and reviewing the documents takes some time.",
        "Проверка соответствия квалификационным требованиям и рассмотрение документов занимают определённое время.",
        "Біліктілік талаптарына сәйкестікті тексеру және құжаттарды қарау белгілі бір уақытты алады.",
    ),
};

/// The note under step 2: «АХҚО қатысушысы азаматтыққа байланысты нақты талаптарсыз
/// Қазақстанның кез келген Елшілігінде визаға өтінім бере алады.»
pub const EMBASSY_ANY: Note = Note {
    kind: NoteKind::Guide,
    text: t!(
        "An AIFC participant may apply for a visa at any Embassy of Kazakhstan, with no specific requirements related to citizenship.",
        "Участник МФЦА может подать заявление на визу в любом посольстве Казахстана без конкретных требований, связанных с гражданством.",
        "АХҚО қатысушысы азаматтыққа байланысты нақты талаптарсыз Қазақстанның кез келген Елшілігінде визаға өтінім бере алады.",
    ),
};

// ---------------------------------------------------------------------------------------------
// The extension sections (work visa 3, investor visa 4, short-term business visa 2, long-term
// business visa 3) are four paragraphs, the same in each. The first is the section's opening
// paragraph, so it is the `audience`; the other three are its notes.
// ---------------------------------------------------------------------------------------------

/// «Визаның қолданылу мерзімін ұзартуға өтініш отыз жұмыс күнінен ерте емес және визаның
/// қолданылу мерзімі аяқталғанға дейін бес жұмыс күнінен кешіктірілмей берілуі тиіс.»
pub const EXTENSION_WINDOW: Text = t!(
    "An application to extend a visa must be submitted no earlier than thirty working days and no later than five working days before the visa expires.",
    "Заявление на продление срока действия визы должно быть подано не ранее чем за тридцать рабочих дней и не позднее чем за пять рабочих дней до истечения срока действия визы.",
    "Визаның қолданылу мерзімін ұзартуға өтініш отыз жұмыс күнінен ерте емес және визаның қолданылу мерзімі аяқталғанға дейін бес жұмыс күнінен кешіктірілмей берілуі тиіс.",
);

pub const EXTENSION_SAME_HOST: Note = Note {
    kind: NoteKind::Guide,
    text: t!(
        "A visa can be extended only if the host party stays the same. If the host party changes, a new application for a new visa is submitted.",
        "Продление визы допускается только при неизменной принимающей стороне. При смене принимающей стороны подаётся новое заявление на получение новой визы.",
        "Визаны ұзартуға қабылдаушы тарап өзгеріссіз қалған жағдайда ғана жол берілетінін ескеру қажет. Қабылдаушы тарап ауысқан жағдайда жаңа виза алуға жаңа өтініш беріледі.",
    ),
};

pub const EXTENSION_SAME_DOCUMENTS: Note = Note {
    kind: NoteKind::Guide,
    text: t!(
        "Please note that the list of documents stays the same for an extension and for a new submission (when the host party changes).",
        "Просим учесть, что перечень документов остаётся одинаковым при продлении визы и при повторной подаче (при смене принимающей стороны).",
        "Визаны ұзарту кезінде және қайта тапсыру кезінде (қабылдаушы тарап ауысқан жағдайда) құжаттар тізбесі бірдей болып қалатынын ескеруді сұраймыз.",
    ),
};

/// The long-term business chapter opens it with «Бұл ретте» («in doing so»): same meaning.
pub const EXTENSION_DEADLINES: Note = Note {
    kind: NoteKind::Guide,
    text: t!(
        "It is very important to keep to the set application deadlines, to avoid a refusal and possible fines for breaching the migration regime.",
        "Очень важно соблюдать установленные сроки подачи заявления, чтобы избежать отказа и возможных штрафов за нарушение миграционного режима.",
        "Бас тартуды және көші-қон режимін бұзғаны үшін ықтимал айыппұлдарды болдырмау үшін өтініш берудің белгіленген мерзімдерін сақтау өте маңызды.",
    ),
};

// ---------------------------------------------------------------------------------------------
// Where the guide is silent or inconsistent, the same on several services.
// ---------------------------------------------------------------------------------------------

/// facts.md item 3: on every service with the rows «2 жылға дейін» and «3-тен 5 жылға дейін».
pub const FEE_BANDS_GAP: Note = Note {
    kind: NoteKind::GuideSilent,
    text: t!(
        "Ask the Expat Centre which fee row applies to a visa of more than 2 and less than 3 years: the guide's rows are “up to 2 years” and “3 to 5 years” and give no fee for it.",
        "Уточните в Экспат-центре, какая строка сборов применяется к визе сроком более 2 и менее 3 лет: в руководстве есть только строки «до 2 лет» и «от 3 до 5 лет».",
        "2 жылдан артық және 3 жылдан аз мерзімге визаға қай тариф жолы қолданылатынын Экспат орталығынан нақтылаңыз: нұсқаулықта тек «2 жылға дейін» және «3-тен 5 жылға дейін» жолдары бар.",
    ),
};

/// Guide, Other services 5: «Жұмыс визасын, инвесторлық визаны немесе уақытша тұруға рұқсатты
/// ресімдеу кезінде дактилоскопия алдын ала тиісті визаға немесе уақытша тұруға рұқсатқа
/// сервистік алым төленген жағдайда тегін жүргізіледі.» On the services of those three whose
/// list asks for the fingerprinting certificate (the visa or permit issued inside Kazakhstan and
/// the extensions, whose list is the same).
pub const FINGERPRINTING_FREE: Note = Note {
    kind: NoteKind::Guide,
    text: t!(
        "Fingerprinting at the Expat Centre is free when the service fee for this visa or temporary residence permit has been paid beforehand (guide: other migration and tax services, 5).",
        "Дактилоскопия в Экспат-центре проводится бесплатно, если сервисный сбор за эту визу или разрешение на временное проживание оплачен заранее (руководство: другие миграционные и налоговые услуги, 5).",
        "Осы визаға немесе уақытша тұруға рұқсатқа сервистік алым алдын ала төленген жағдайда Экспат орталығында дактилоскопия тегін жүргізіледі (нұсқаулық: көші-қон мен салықтың басқа қызметтері, 5).",
    ),
};

/// facts.md item 9: on every service whose list has the fingerprinting / verification bullet.
pub const FINGERPRINTING_2025: Note = Note {
    kind: NoteKind::GuideSilent,
    text: t!(
        "After 2025, ask the Expat Centre which year's verification is accepted: the guide asks for a certificate of fingerprinting or of verification passed “in 2025”, because it was written for 2025.",
        "После 2025 года уточните в Экспат-центре, верификация какого года принимается: руководство требует справку о дактилоскопии или о верификации, пройденной «в 2025 году», потому что оно составлено на 2025 год.",
        "2025 жылдан кейін қай жылғы верификация қабылданатынын Экспат орталығынан нақтылаңыз: нұсқаулық дактилоскопиядан немесе «2025 жылы» верификациядан өткенді растайтын анықтаманы талап етеді, себебі нұсқаулық 2025 жылға арналып жазылған.",
    ),
};

// ---------------------------------------------------------------------------------------------
// Step 2, «2-қадам, Қазақстан елшілігінде / Қазақстанның халықаралық әуежайында».
// ---------------------------------------------------------------------------------------------

/// «Өтінім беру рәсімі» of step 2 in work visa 1, investor visa 1 (A5) and the business visas 1.
pub static STEP2_DOCS: &[Doc] = &[
    Doc { doc: &d::APPROVED_INVITATION, when: &[] },
    Doc { doc: &d::VISA_APPLICATION_FORM_PHOTO, when: &[] },
    Doc { doc: &d::PASSPORT_ORIGINAL, when: &[] },
    Doc { doc: &d::CONSULAR_FEES_CONTACT_EMBASSY_OR_AIRPORT, when: &[] },
];

/// The A6 section's step 2 («2-қадам, Қазақстан елшілігінде»): its last bullet names the
/// embassy only.
pub static STEP2_DOCS_EMBASSY: &[Doc] = &[
    Doc { doc: &d::APPROVED_INVITATION, when: &[] },
    Doc { doc: &d::VISA_APPLICATION_FORM_PHOTO, when: &[] },
    Doc { doc: &d::PASSPORT_ORIGINAL, when: &[] },
    Doc { doc: &d::CONSULAR_FEES_CONTACT_EMBASSY, when: &[] },
];
