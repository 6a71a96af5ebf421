//! Every document the guide names, each text once. The chapter files point at these statics, so
//! a bullet the guide repeats in ten sections is one entry here and one id in the API.
//!
//! The text is the document itself. The condition words of a bullet are not repeated in it: they
//! are the `when` of each `Doc` and are shown beside the text. That is «(егер бар болса)»
//! (`IfAny`), «Өкілдік / филиал үшін» (`Branch`), «Отбасы мүшесінің визасы үшін» and «отбасы
//! мүшелеріне арналған» (`FamilyMember`), «(шетелдік қызметкер үшін)» (`ForeignEmployee`),
//! «Қызметкерлер үшін» (`Employees`), «B2 / B3 санаты үшін» (`CategoryB2` / `CategoryB3`) and
//! «(отбасы мүшелері мен шетел азаматтары үшін азаматтық-құқықтық шарт бойынша)»
//! (`FamilyOrCivilContract`). Qualifiers that say more than a condition (the tax-certificate
//! bullets' «– ... резидент болып табылатын ...») stay in the text.
//!
//! Spelling variants of one bullet share an entry («хабарландыру» / «хабарлама», «дербес» / «жеке
//! деректер», «(заңдастырылған / апостиль қойылған)» / «/ заңдастырылған / апостиль қойылған»,
//! «Резиденттілікті» / «Резиденттікті»); bullets that say something different get their own entry (a passport copy with and without the validity
//! rule; the employment contract with and without the sentence on confidential terms).
//!
//! Ids are stable public API: never rename one.

use super::DocText;
use crate::t;

// ---------------------------------------------------------------------------------------------
// The host party's documents, first in most lists.
// ---------------------------------------------------------------------------------------------

pub static STATE_REGISTRATION_CERTIFICATE: DocText = DocText {
    id: "state-registration-certificate",
    text: t!(
        "Certificate of state registration of the legal entity (Egov.kz)",
        "Справка о государственной регистрации юридического лица (Egov.kz)",
        "Заңды тұлғаны мемлекеттік тіркеу туралы анықтама (Egov.kz)",
    ),
};

pub static SHAREHOLDERS_DECISION_AND_HEAD_APPOINTMENT: DocText = DocText {
    id: "shareholders-decision-and-head-appointment-order",
    text: t!(
        "Shareholders' decision and order appointing the first head of the legal entity",
        "Решение акционеров и приказ о назначении первого руководителя юридического лица",
        "Акционерлердің шешімі және заңды тұлғаның алғашқы басшысын тағайындау туралы бұйрық",
    ),
};

/// «Өкілдік / филиал үшін заңдастырылған / апостильденген бас сенімхат (егер бар болса)»:
/// listed with `[Cond::Branch, Cond::IfAny]`.
pub static GENERAL_POWER_OF_ATTORNEY: DocText = DocText {
    id: "general-power-of-attorney",
    text: t!(
        "General power of attorney, legalised / apostilled",
        "Генеральная доверенность, легализованная / апостилированная",
        "Заңдастырылған / апостильденген бас сенімхат",
    ),
};

pub static REPRESENTATIVE_POWER_OF_ATTORNEY: DocText = DocText {
    id: "representative-power-of-attorney",
    text: t!(
        "Power of attorney together with a copy of the identity document of the representative / authorised person",
        "Доверенность вместе с копией документа, удостоверяющего личность представителя / уполномоченного лица",
        "Өкілдің/уәкілетті тұлғаның жеке басын куәландыратын құжаттың көшірмесімен бірге сенімхат",
    ),
};

pub static HEAD_APPOINTMENT_ORDER: DocText = DocText {
    id: "head-appointment-order",
    text: t!(
        "Order appointing the first head",
        "Приказ о назначении первого руководителя",
        "Алғашқы басшыны тағайындау туралы бұйрық",
    ),
};

// ---------------------------------------------------------------------------------------------
// Letters and applications.
// ---------------------------------------------------------------------------------------------

pub static INVITATION_LETTER: DocText = DocText {
    id: "invitation-letter",
    text: t!(
        "Invitation letter for the visa (2 copies)",
        "Письмо-приглашение для оформления визы (2 экземпляра)",
        "Визаны рәсімдеу үшін шақыру хат (2 дана)",
    ),
};

/// «Қабылдаушы тараптан виза беру туралы өтініш хат» (work visa 2) and «... виза беруге
/// өтінішхат» (long-term business visa 2): one letter.
pub static HOST_VISA_REQUEST_LETTER: DocText = DocText {
    id: "host-visa-request-letter",
    text: t!(
        "Letter from the host party requesting the visa",
        "Письмо-ходатайство принимающей стороны о выдаче визы",
        "Қабылдаушы тараптан виза беру туралы өтініш хат",
    ),
};

pub static HOST_CANCELLATION_REQUEST_LETTER: DocText = DocText {
    id: "host-cancellation-request-letter",
    text: t!(
        "Letter from the host party requesting the cancellation of the visa",
        "Письмо-ходатайство принимающей стороны об аннулировании визы",
        "Қабылдаушы тараптан визаны жоюға өтінішхат",
    ),
};

pub static HOST_CANCELLATION_AND_EXIT_VISA_REQUEST: DocText = DocText {
    id: "host-cancellation-and-exit-visa-request",
    text: t!(
        "Application from the host party to cancel the current visa and issue an exit visa",
        "Заявление принимающей стороны об аннулировании действующей визы и оформлении выездной визы",
        "Қабылдаушы тараптан қолданыстағы визаның күшін жоюға және шығу визасын ресімдеуге өтініш",
    ),
};

pub static HOST_EXEMPTION_APPLICATION: DocText = DocText {
    id: "host-exemption-application",
    text: t!(
        "Application from the host party in the prescribed form (instructions for filling it in are available on the portal when you apply)",
        "Заявление принимающей стороны по установленной форме (инструкция по заполнению доступна на портале при подаче заявки)",
        "Қабылдаушы тараптан белгіленген нысандағы өтініш (толтыру жөніндегі нұсқаулық өтініш беру кезінде порталда қолжетімді болады)",
    ),
};

pub static VISA_APPLICATION_FORM_PHOTO: DocText = DocText {
    id: "visa-application-form-photo",
    text: t!(
        "Visa application form with a colour or black-and-white photo of 3.5 x 4.5 cm",
        "Визовая анкета с цветной или чёрно-белой фотографией размером 3,5 x 4,5 см",
        "Өлшемі 3,5 x 4,5 см түрлі-түсті немесе ақ-қара фотосуреті бар визалық сауалнама",
    ),
};

pub static PERMANENT_RESIDENCE_APPLICATION_FORM: DocText = DocText {
    id: "permanent-residence-application-form",
    text: t!(
        "Application form for a permanent residence permit",
        "Заявление-анкета на выдачу разрешения на постоянное проживание",
        "Тұрақты тұруға рұқсат беруге өтініш-сауалнама",
    ),
};

pub static TRP_APPLICATION_FORM: DocText = DocText {
    id: "trp-application-form",
    text: t!(
        "Application form for a temporary residence permit",
        "Заявление-анкета на выдачу разрешения на временное проживание",
        "Уақытша тұруға рұқсат беруге өтініш-сауалнама",
    ),
};

pub static PKI_APPLICATION: DocText = DocText {
    id: "pki-application",
    text: t!(
        "Application generated on the pki.gov.kz portal",
        "Заявка, сформированная на портале pki.gov.kz",
        "pki.gov.kz порталында қалыптастырылған өтінім",
    ),
};

/// «Резиденттілікті растау туралы салықтық өтініш» (section 3) and «Резиденттікті ...»
/// (section 3-1): the same application, two spellings.
pub static TAX_RESIDENCY_APPLICATION: DocText = DocText {
    id: "tax-residency-application",
    text: t!(
        "Tax application for confirmation of residency",
        "Налоговое заявление о подтверждении резидентства",
        "Резиденттікті растау туралы салықтық өтініш",
    ),
};

// ---------------------------------------------------------------------------------------------
// Passports. The guide's wording differs in what it asks of the passport, so each is its own.
// ---------------------------------------------------------------------------------------------

pub static PASSPORT_COPY: DocText = DocText {
    id: "passport-copy",
    text: t!(
        "Copy of the passport (the passport must be valid for more than 3 months and have at least 2 blank pages)",
        "Копия паспорта (паспорт должен быть действителен более 3 месяцев и иметь не менее 2 чистых страниц)",
        "Төлқұжаттың көшірмесі (төлқұжат 3 айдан астам уақыт бойы жарамды және кем дегенде 2 бос парағы болуы керек)",
    ),
};

pub static PASSPORT_ORIGINAL: DocText = DocText {
    id: "passport-original",
    text: t!(
        "Original passport (the passport must be valid for more than 3 months and have at least 2 blank pages)",
        "Оригинал паспорта (паспорт должен быть действителен более 3 месяцев и иметь не менее 2 чистых страниц)",
        "Төлқұжаттың түпнұсқасы (төлқұжат 3 айдан астам уақыт бойы жарамды және кем дегенде 2 бос парағы болуы керек)",
    ),
};

/// «Төлқұжаттың көшірмесі» with no requirement on the passport (visa cancellation 1,
/// qualification exemption).
pub static PASSPORT_COPY_PLAIN: DocText = DocText {
    id: "passport-copy-plain",
    text: t!("Copy of the passport", "Копия паспорта", "Төлқұжаттың көшірмесі"),
};

/// «Төлқұжаттың түпнұсқасы» with no requirement on the passport (visa cancellation 2,
/// fingerprinting).
pub static PASSPORT_ORIGINAL_PLAIN: DocText = DocText {
    id: "passport-original-plain",
    text: t!("Original passport", "Оригинал паспорта", "Төлқұжаттың түпнұсқасы"),
};

pub static PASSPORT_ORIGINAL_VALID_180_DAYS: DocText = DocText {
    id: "passport-original-valid-180-days",
    text: t!(
        "Original passport valid for more than 180 calendar days at the time of application",
        "Оригинал паспорта со сроком действия более 180 календарных дней на момент подачи заявления",
        "Өтініш беру сәтінде қолданылу мерзімі 180 күнтізбелік күннен асатын төлқұжаттың түпнұсқасы",
    ),
};

pub static PASSPORT_ORIGINAL_OR_NOTARISED_COPY: DocText = DocText {
    id: "passport-original-or-notarised-copy",
    text: t!(
        "Original passport or its notarised copy",
        "Оригинал паспорта или его нотариально заверенная копия",
        "Төлқұжаттың түпнұсқасы немесе нотариалды куәландырылған көшірмесі",
    ),
};

pub static BORDER_CROSSING_PASSPORT_COPY: DocText = DocText {
    id: "border-crossing-passport-copy",
    text: t!(
        "A clear copy of the passport used to cross the border",
        "Чёткая копия паспорта, использованного для пересечения границы",
        "Шекарадан өту үшін пайдаланылған паспорттың анық көшірмесі",
    ),
};

pub static PASSPORT_COPY_WITH_NOTARISED_TRANSLATION: DocText = DocText {
    id: "passport-copy-with-notarised-translation",
    text: t!(
        "A clear copy of the passport, including the personal data page (with a certified translation into Kazakh or Russian bearing a notary's seal)",
        "Чёткая копия паспорта, включая страницу с персональными данными (с заверенным переводом на казахский или русский язык с нотариальной печатью)",
        "Жеке деректер бетін қоса алғанда, паспорттың анық көшірмесі (нотариалдық мөрі бар қазақ немесе орыс тілдеріндегі куәландырылған аудармасы)",
    ),
};

pub static ENTRY_PASSPORT_DATA_PAGE_WITH_TRANSLATION: DocText = DocText {
    id: "entry-passport-data-page-with-translation",
    text: t!(
        "The passport used to enter Kazakhstan, including the page with personal data (with a translation into Kazakh or Russian)",
        "Паспорт, по которому был осуществлён въезд в Казахстан, включая страницу с персональными данными (с переводом на казахский или русский язык)",
        "Қазақстанға кіру жүзеге асырылған жеке деректері бар бетті қамтитын төлқұжат (қазақ немесе орыс тіліне аудармасымен)",
    ),
};

pub static ENTRY_PASSPORT_ORIGINAL: DocText = DocText {
    id: "entry-passport-original",
    text: t!(
        "Original of the passport used to enter Kazakhstan",
        "Оригинал паспорта, по которому был осуществлён въезд в Казахстан",
        "Қазақстанға кіру жүзеге асырылған төлқұжаттың түпнұсқасы",
    ),
};

// ---------------------------------------------------------------------------------------------
// Visas, permits, numbers.
// ---------------------------------------------------------------------------------------------

pub static VISA_COPY: DocText = DocText {
    id: "visa-copy",
    text: t!("Copy of the visa", "Копия визы", "Визаның көшірмесі"),
};

pub static CURRENT_VISA_COPY: DocText = DocText {
    id: "current-visa-copy",
    text: t!("Copy of the current visa", "Копия действующей визы", "Қолданыстағы визаның көшірмесі"),
};

pub static VALID_INVESTOR_VISA_COPY: DocText = DocText {
    id: "valid-investor-visa-copy",
    text: t!(
        "Copy of a valid investor visa",
        "Копия действующей инвесторской визы",
        "Жарамды инвесторлық визаның көшірмесі",
    ),
};

/// «Отбасы мүшесінің (шетелдік қызметкердің) визасы үшін негізгі иесінің жарамды жұмыс визасы»:
/// the family member is the foreign employee's, so the employee is the main holder; listed with
/// `Cond::FamilyMember`. The investor sections (A5, A6) have the same words, «work visa»
/// included: kept as the guide has it, with a note on those services.
pub static MAIN_HOLDER_VALID_WORK_VISA: DocText = DocText {
    id: "main-holder-valid-work-visa",
    text: t!(
        "Valid work visa of the main holder (the foreign employee)",
        "Действующая рабочая виза основного держателя (иностранного работника)",
        "Негізгі иесінің (шетелдік қызметкердің) жарамды жұмыс визасы",
    ),
};

pub static VALID_TRP: DocText = DocText {
    id: "valid-trp",
    text: t!(
        "Valid temporary residence permit",
        "Действующее разрешение на временное проживание",
        "Уақытша тұруға жарамды рұқсат",
    ),
};

/// «Дактилоскопиядан өткенді / 2025 жылы верификациядан өткенді растайтын анықтаманың
/// түпнұсқасы» and «Дактилоскопияның тапсырылғанын немесе 2025 жылы ...»: one certificate.
/// The year is the guide's; the services that list it carry a note on it.
pub static FINGERPRINTING_CERTIFICATE: DocText = DocText {
    id: "fingerprinting-certificate",
    text: t!(
        "Original certificate confirming fingerprinting / verification passed in 2025",
        "Оригинал справки, подтверждающей прохождение дактилоскопии / верификации в 2025 году",
        "Дактилоскопиядан өткенді / 2025 жылы верификациядан өткенді растайтын анықтаманың түпнұсқасы",
    ),
};

/// «Келу туралы хабарландыру» and «Келу туралы хабарлама»: one notification.
pub static ARRIVAL_NOTIFICATION: DocText = DocText {
    id: "arrival-notification",
    text: t!("Notification on arrival", "Уведомление о прибытии", "Келу туралы хабарландыру"),
};

pub static FOREIGN_NATIONAL_IIN: DocText = DocText {
    id: "foreign-national-iin",
    text: t!(
        "Individual Identification Number (IIN) of the foreign national",
        "Индивидуальный идентификационный номер (ИИН) иностранного гражданина",
        "Шетел азаматының жеке сәйкестендіру нөмірі",
    ),
};

pub static IIN: DocText = DocText {
    id: "iin",
    text: t!(
        "Individual Identification Number (IIN)",
        "Индивидуальный идентификационный номер (ИИН)",
        "Жеке сәйкестендіру нөмірі (ЖСН)",
    ),
};

pub static LEGAL_ENTITY_EDS: DocText = DocText {
    id: "legal-entity-eds",
    text: t!(
        "Electronic digital signature (EDS) of the legal entity",
        "Электронная цифровая подпись (ЭЦП) юридического лица",
        "Заңды тұлғаның электрондық цифрлық қолтаңбасы",
    ),
};

pub static RESIDENCE_ADDRESS_IN_KAZAKHSTAN: DocText = DocText {
    id: "residence-address-in-kazakhstan",
    text: t!(
        "Address of the foreign national's place of residence in Kazakhstan",
        "Адрес места проживания иностранного гражданина в Казахстане",
        "Шетел азаматының Қазақстандағы тұрғылықты жерінің мекенжайы",
    ),
};

// ---------------------------------------------------------------------------------------------
// Work, qualification, business.
// ---------------------------------------------------------------------------------------------

pub static EMPLOYMENT_CONTRACT: DocText = DocText {
    id: "employment-contract",
    text: t!(
        "Employment contract signed by both parties, stating the applicant's position and period of employment",
        "Трудовой договор, подписанный обеими сторонами, с указанием должности заявителя и периода работы",
        "Өтініш берушінің лауазымы мен жұмыс кезеңін көрсете отырып, екі тарап қол қойған еңбек шарты",
    ),
};

/// Work visa 2 adds a sentence to the contract bullet: kept as its own entry.
pub static EMPLOYMENT_CONTRACT_REDACTABLE: DocText = DocText {
    id: "employment-contract-redactable",
    text: t!(
        "Employment contract signed by both parties, stating the applicant's position and period of employment. The employer may hide confidential commercial terms",
        "Трудовой договор, подписанный обеими сторонами, с указанием должности заявителя и периода работы. Работодатель вправе скрыть конфиденциальные коммерческие условия",
        "Өтініш берушінің лауазымы мен жұмыс кезеңін көрсете отырып, екі тарап қол қойған еңбек шарты. Жұмыс беруші құпия коммерциялық шарттарды жасыруға құқылы",
    ),
};

pub static EMPLOYMENT_TERMINATION_ORDER: DocText = DocText {
    id: "employment-termination-order",
    text: t!(
        "Order on the termination of the employment contract",
        "Приказ о расторжении трудового договора",
        "Еңбек шартын бұзу туралы бұйрық",
    ),
};

pub static ENBEK_WORKPLACE_CERTIFICATE: DocText = DocText {
    id: "enbek-workplace-certificate",
    text: t!(
        "Certificate of the workplace from the Enbek.kz portal",
        "Справка о месте работы с портала Enbek.kz",
        "Enbek.kz порталынан жұмыс орны туралы анықтама",
    ),
};

/// «Қызметкерлер үшін жоғары біліктілікті растайтын құжат ...»: listed with `Cond::Employees`.
pub static QUALIFICATION_PROOF_AND_CV: DocText = DocText {
    id: "qualification-proof-and-cv",
    text: t!(
        "A document confirming high qualification (legalised / apostilled) and a CV confirming work experience in line with the AIFC Qualification requirements are required (details: AIFC Qualifications Necessary for Employment in the AIFC)",
        "Требуются документ, подтверждающий высокую квалификацию (легализованный / апостилированный), а также резюме, подтверждающее опыт работы в соответствии с квалификационными требованиями МФЦА (подробнее: AIFC Qualifications Necessary for Employment in the AIFC)",
        "Жоғары біліктілікті растайтын құжат (заңдастырылған / апостильденген), сондай-ақ АХҚО Біліктілік талаптарына сәйкес жұмыс тәжірибесін растайтын түйіндеме талап етіледі (толығырақ: AIFC Qualifications Necessary for Employment in the AIFC)",
    ),
};

/// «Есепке алу нысаны (шетелдік қызметкер үшін)»: listed with `Cond::ForeignEmployee`.
pub static REGISTRATION_FORM: DocText = DocText {
    id: "registration-form",
    text: t!("Registration form", "Учётная форма", "Есепке алу нысаны"),
};

pub static CV: DocText =
    DocText { id: "cv", text: t!("Curriculum vitae (CV)", "Резюме (CV)", "Түйіндеме (CV)") };

pub static QUALIFICATION_SUPPORTING_MATERIALS: DocText = DocText {
    id: "qualification-supporting-materials",
    text: t!(
        "Documents confirming the foreign employee's qualifications: diplomas, certificates, portfolio and other materials that may positively affect the review of the application",
        "Документы, подтверждающие квалификацию иностранного работника: дипломы, сертификаты, портфолио и иные материалы, которые могут положительно повлиять на рассмотрение заявления",
        "Шетелдік қызметкердің біліктілігін растайтын құжаттар: дипломдар, сертификаттар, портфолио және өтінішті қарауға оң әсер етуі мүмкін өзге де материалдар",
    ),
};

/// «B2 санаты үшін ...»: listed with `Cond::CategoryB2`.
pub static CONSULTING_AUDIT_INSTALLATION_CONTRACT: DocText = DocText {
    id: "consulting-audit-installation-contract",
    text: t!(
        "Contract for providing consulting, audit or installation work",
        "Договор на оказание консультационных, аудиторских или монтажных работ",
        "Консультациялық, аудиторлық немесе монтаждау жұмыстарын көрсетуге арналған шарт",
    ),
};

/// «B3 санаты үшін ...»: listed with `Cond::CategoryB3`.
pub static FOUNDER_OR_BOARD_MEMBERSHIP_CONFIRMATION: DocText = DocText {
    id: "founder-or-board-membership-confirmation",
    text: t!(
        "Confirmation of membership of the founders or of the board of directors",
        "Подтверждение вхождения в состав учредителей или совета директоров",
        "Құрылтайшылардың немесе директорлар кеңесінің құрамына кіру туралы растау",
    ),
};

// ---------------------------------------------------------------------------------------------
// Investors.
// ---------------------------------------------------------------------------------------------

/// The guide's bullet begins «... қолдаухаты негізінде» («on the basis of ... letter of
/// support») and names no document of its own: translated as written.
pub static INVESTMENT_LETTER_OF_SUPPORT: DocText = DocText {
    id: "investment-letter-of-support",
    text: t!(
        "On the basis of a letter of support from Kazakhstan's authorised body for investments or a letter of support from the AIFC Administration (more: AIFC investment tax residency for foreigners)",
        "На основании ходатайства уполномоченного органа Казахстана по инвестициям или ходатайства Администрации МФЦА (подробнее: инвестиционное налоговое резидентство в МФЦА для иностранцев)",
        "Қазақстанның инвестициялар жөніндегі уәкілетті органының қолдаухаты немесе АХҚО әкімшілігінің қолдаухаты негізінде (толығырақ: Шетелдіктерге арналған АХҚО-дағы инвестициялық салық резиденттігі)",
    ),
};

pub static AIFC_ADMINISTRATION_LETTER_OF_SUPPORT: DocText = DocText {
    id: "aifc-administration-letter-of-support",
    text: t!(
        "Letter of support from the AIFC Administration (more: AIFC investment tax residency for foreigners)",
        "Ходатайство Администрации МФЦА (подробнее: инвестиционное налоговое резидентство в МФЦА для иностранцев)",
        "АХҚО әкімшілігінің қолдаухаты (толығырақ: Шетелдіктерге арналған АХҚО-дағы инвестициялық салық резиденттігі)",
    ),
};

// ---------------------------------------------------------------------------------------------
// Family.
// ---------------------------------------------------------------------------------------------

/// Listed with `Cond::FamilyMember`.
pub static MARRIAGE_BIRTH_ADOPTION_CERTIFICATE: DocText = DocText {
    id: "marriage-birth-adoption-certificate",
    text: t!(
        "Marriage / birth / adoption certificate (legalised / apostilled)",
        "Свидетельство о браке / рождении / усыновлении (легализованное / апостилированное)",
        "Неке / туу / бала асырап алу туралы куәлік (заңдастырылған / апостиль қойылған)",
    ),
};

/// The temporary residence permit's own family bullet: no adoption, a notarised copy.
pub static BIRTH_MARRIAGE_CERTIFICATE_NOTARISED_COPY: DocText = DocText {
    id: "birth-marriage-certificate-notarised-copy",
    text: t!(
        "Birth / marriage certificate (notarised copy)",
        "Свидетельство о рождении / браке (нотариально заверенная копия)",
        "Туу / неке туралы куәлік (нотариалды куәландырылған көшірме)",
    ),
};

pub static CHILD_CONSENT_PERMANENT_RESIDENCE: DocText = DocText {
    id: "child-consent-permanent-residence",
    text: t!(
        "Notarised consent of a child aged 14 to 18 to permanent residence",
        "Нотариально заверенное согласие ребёнка в возрасте от 14 до 18 лет на постоянное проживание",
        "14 пен 18 жас аралығындағы баланың тұрақты тұруға нотариалды куәландырылған келісімі",
    ),
};

// ---------------------------------------------------------------------------------------------
// Consent, payment, residence.
// ---------------------------------------------------------------------------------------------

/// «Дербес деректерді өңдеуге келісім» and «Жеке деректерді өңдеуге келісім»: one consent.
pub static PERSONAL_DATA_CONSENT: DocText = DocText {
    id: "personal-data-consent",
    text: t!(
        "Consent to the processing of personal data",
        "Согласие на обработку персональных данных",
        "Дербес деректерді өңдеуге келісім",
    ),
};

/// «Мемлекеттік баждың төленгенін растайтын құжаттың түпнұсқасы».
pub static STATE_DUTY_PAYMENT_ORIGINAL: DocText = DocText {
    id: "state-duty-payment-original",
    text: t!(
        "Original of the document confirming payment of the state duty",
        "Оригинал документа, подтверждающего оплату государственной пошлины",
        "Мемлекеттік баждың төленгенін растайтын құжаттың түпнұсқасы",
    ),
};

/// The residence permit's «Мемлекеттік баждың төленгенін растайтын төлем құжатының түпнұсқасы»:
/// it names a payment document («төлем құжаты»), so it is its own entry.
pub static STATE_DUTY_PAYMENT_DOCUMENT_ORIGINAL: DocText = DocText {
    id: "state-duty-payment-document-original",
    text: t!(
        "Original of the payment document confirming payment of the state duty",
        "Оригинал платёжного документа, подтверждающего оплату государственной пошлины",
        "Мемлекеттік баждың төленгенін растайтын төлем құжатының түпнұсқасы",
    ),
};

pub static SOLVENCY_PROOF: DocText = DocText {
    id: "solvency-proof",
    text: t!(
        "Document confirming solvency",
        "Документ, подтверждающий платёжеспособность",
        "Төлем қабілеттілігін растайтын құжат",
    ),
};

pub static NO_CRIMINAL_RECORD_CERTIFICATE: DocText = DocText {
    id: "no-criminal-record-certificate",
    text: t!(
        "Certificate of no criminal record from the country of citizenship",
        "Справка об отсутствии судимости из страны гражданства",
        "Азаматтығы бар елден соттылығының жоқтығы туралы анықтама",
    ),
};

pub static CERTIFICATE_FORM_028U: DocText = DocText {
    id: "certificate-form-028u",
    text: t!("Certificate in form 028/u", "Справка по форме 028/у", "028/у нысанының анықтамасы"),
};

pub static PHOTO_3_5_X_4_5: DocText = DocText {
    id: "photo-3-5x4-5-cm",
    text: t!("Photo 3.5 × 4.5 cm", "Фотография 3,5 × 4,5 см", "3,5 × 4,5 см фотосурет"),
};

pub static NOTARISED_AGREEMENT_OR_HOUSING_STATEMENT: DocText = DocText {
    id: "notarised-agreement-or-housing-statement",
    text: t!(
        "Notarised agreement with an individual or a legal entity (to confirm solvency during the stay in the Republic of Kazakhstan), or a notarised statement of an individual or a legal entity that it provides the applicant with housing and registers the applicant permanently for at least 180 calendar days",
        "Нотариально заверенный договор с физическим или юридическим лицом (для подтверждения платёжеспособности на время пребывания в Республике Казахстан) либо нотариально заверенное заявление физического или юридического лица о предоставлении заявителю жилья для проживания и постановке на постоянный регистрационный учёт на срок не менее 180 календарных дней",
        "Жеке немесе заңды тұлғамен нотариалды куәландырылған шарт (Қазақстан Республикасында болған уақытында төлем қабілеттілігін растау үшін) не жеке немесе заңды тұлғаның өтініш берушіге тұру үшін тұрғын үй беру және кемінде күнтізбелік 180 күн мерзімге тұрақты тіркеу есебіне қою туралы нотариалды куәландырылған өтініші",
    ),
};

pub static HOUSING_OWNER_NOTARISED_CONSENT: DocText = DocText {
    id: "housing-owner-notarised-consent",
    text: t!(
        "Notarised consent of the owner of the housing",
        "Нотариальное согласие собственника жилья",
        "Тұрғын үй иесінің нотариаттық келісімі",
    ),
};

pub static MEDICAL_INSURANCE_COPY: DocText = DocText {
    id: "medical-insurance-copy",
    text: t!(
        "Copy of the medical insurance (the original is presented for comparison)",
        "Копия медицинской страховки (оригинал предоставляется для сверки)",
        "Медициналық сақтандырудың көшірмесі (түпнұсқасы салыстыру үшін беріледі)",
    ),
};

// ---------------------------------------------------------------------------------------------
// Tax residency.
// ---------------------------------------------------------------------------------------------

/// Listed with `Cond::LegalEntity`; the bullet's closing words say which legal entities.
pub static EFFECTIVE_MANAGEMENT_PROOF_NOTARISED_COPY: DocText = DocText {
    id: "effective-management-proof-notarised-copy",
    text: t!(
        "Notarised copy of a document confirming that the legal entity's place of effective management is in the Republic of Kazakhstan (minutes of the general meeting of the board of directors or a similar body stating where it was held, or other documents confirming the main place of management and (or) control and the taking of the strategic commercial decisions needed for the legal entity's business) – for foreign legal entities that are residents because their place of effective management is in Kazakhstan",
        "Нотариально заверенная копия документа, подтверждающего нахождение места эффективного управления юридического лица в Республике Казахстан (протоколы общего собрания совета директоров или аналогичного органа с указанием места проведения либо иные документы, подтверждающие основное место управления и (или) контроля, а также принятие стратегических коммерческих решений, необходимых для осуществления предпринимательской деятельности юридического лица), – для иностранных юридических лиц, являющихся резидентами на основании нахождения места эффективного управления в Казахстане",
        "Қазақстан Республикасында заңды тұлғаны тиімді басқару орнының болуын растайтын құжаттың (өткізілетін жері көрсетілген директорлар кеңесінің немесе осыған ұқсас органның жалпы жиналысының хаттамалары немесе негізгі басқару және (немесе) бақылау орнын, сондай-ақ заңды тұлғаның кәсіпкерлік қызметін жүзеге асыру үшін қажетті стратегиялық коммерциялық шешімдерді қабылдауды растайтын өзге де құжаттар) нотариалды куәландырған көшірмесі – тиімді басқару орны Қазақстанда болуының негізінде резидент болып табылатын шетелдік заңды тұлғалар",
    ),
};

/// Listed with `Cond::Individual`. The guide's «Азаматтығы жоқ тұлғаның шетелдік тәлқұжатының
/// немесе куәлігінің» is read as «the foreign passport, or the stateless person's certificate»
/// (as section 3-1 words it); «тәлқұжат» is a typo for «төлқұжат», fixed.
pub static PASSPORT_STAY_PERMIT_NOTARISED_COPIES: DocText = DocText {
    id: "passport-stay-permit-notarised-copies",
    text: t!(
        "Notarised copy of the foreign passport or the stateless person's certificate, of a document confirming the period of stay in Kazakhstan (a visa or other documents) and of the residence permit in Kazakhstan (if any) – for foreigners and stateless persons who are residents",
        "Нотариально заверенная копия иностранного паспорта или удостоверения лица без гражданства, документа, подтверждающего срок пребывания в Казахстане (виза или иные документы), вида на жительство в Казахстане (при наличии) – для иностранцев и лиц без гражданства, являющихся резидентами",
        "Азаматтығы жоқ тұлғаның шетелдік төлқұжатының немесе куәлігінің, Қазақстанда болу мерзімін растайтын құжаттың (виза немесе өзге де құжаттар), Қазақстанда тұруға ықтиярхаттың (болған жағдайда) нотариалды куәландырылған көшірмесі – резиденттер болып табылатын шетелдіктер мен азаматтығы жоқ тұлғалар үшін",
    ),
};

pub static PASSPORT_OR_STATELESS_ID_NOTARISED_E_COPY: DocText = DocText {
    id: "passport-or-stateless-id-notarised-e-copy",
    text: t!(
        "Notarised electronic copy of the foreign passport or of the stateless person's identity certificate",
        "Нотариально заверенная электронная копия иностранного паспорта или удостоверения личности лица без гражданства",
        "Шетелдік төлқұжатының немесе азаматтығы жоқ тұлғаның жеке куәлігінің нотариалды куәландырған электрондық көшірмесі",
    ),
};

pub static STAY_PERIOD_PROOF_NOTARISED_E_COPY: DocText = DocText {
    id: "stay-period-proof-notarised-e-copy",
    text: t!(
        "Notarised electronic copy of a document confirming the period of stay in Kazakhstan (a visa or other documents)",
        "Электронная нотариально заверенная копия документа, подтверждающего период пребывания в Казахстане (визы или иных документов)",
        "Қазақстанда болу кезеңін растайтын құжаттың (визаның немесе өзге де құжаттардың) электрондық нотариалды куәландырған көшірмесі",
    ),
};

pub static RESIDENCY_DOCUMENT_FEE_E_RECEIPT: DocText = DocText {
    id: "residency-document-fee-e-receipt",
    text: t!(
        "Electronic document confirming payment of the fee for issuing the document confirming residency",
        "Электронный документ, подтверждающий оплату сбора за выдачу документа, подтверждающего резидентство",
        "Резиденттікті растайтын құжатты бергені үшін алымның төленгенін растайтын электрондық құжат",
    ),
};

pub static AIFC_INVESTMENT_CONFIRMATION_E_LETTER: DocText = DocText {
    id: "aifc-investment-confirmation-e-letter",
    text: t!(
        "Electronic confirmation letter from the AIFC Administration that investments were made in the relevant period under the AIFC Investment Tax Residency Programme",
        "Электронное письмо-подтверждение Администрации МФЦА об осуществлении в соответствующем периоде инвестиций в соответствии с Программой инвестиционного налогового резидентства МФЦА",
        "АХҚО әкімшілігі тиісті кезеңде АХҚО Инвестициялық салықтық резиденттік бағдарламасына сәйкес инвестицияларды жүзеге асырғаны туралы беретін растайтын электрондық хат",
    ),
};

pub static INTERNAL_AFFAIRS_CITIZENSHIP_E_LETTER: DocText = DocText {
    id: "internal-affairs-citizenship-e-letter",
    text: t!(
        "Electronic confirmation letter from the internal affairs body that the foreigner or stateless person is not a person whose citizenship of the Republic of Kazakhstan was terminated in the last twenty years before the initial application to take part in the AIFC Investment Tax Residency Programme",
        "Электронное письмо-подтверждение органа внутренних дел о том, что иностранец или лицо без гражданства не является лицом, гражданство Республики Казахстан которого прекращено в течение последних двадцати лет до первоначального заявления на участие в Программе инвестиционного налогового резидентства МФЦА",
        "АХҚО Инвестициялық салықтық резиденттік бағдарламасына қатысу үшін бастапқы өтініштің алдындағы соңғы жиырма жыл ішінде шетелдіктің немесе азаматтығы жоқ тұлғаның Қазақстан Республикасының азаматтығы тоқтатылған тұлға болып табылмайтындығы туралы Ішкі істер органы берген растайтын электрондық хат",
    ),
};

// ---------------------------------------------------------------------------------------------
// Step 2, at an embassy or an international airport.
// ---------------------------------------------------------------------------------------------

pub static APPROVED_INVITATION: DocText = DocText {
    id: "approved-invitation",
    text: t!("Approved invitation (step 1)", "Одобренное приглашение (шаг 1)", "Мақұлданған шақыру (1-қадам)"),
};

/// «ПЖБ» is not spelled out in the guide; it is rendered as the airport's migration service.
pub static CONSULAR_FEES_CONTACT_EMBASSY_OR_AIRPORT: DocText = DocText {
    id: "consular-fees-contact-embassy-or-airport",
    text: t!(
        "For information on consular fees and additional documents, contact the Embassy of Kazakhstan / the migration service at the international airport",
        "Для получения информации о консульских сборах и дополнительных документах необходимо связаться с посольством Казахстана / миграционной службой в международном аэропорту",
        "Консулдық алымдар мен қосымша құжаттар туралы ақпарат алу үшін Қазақстан Елшілігімен / халықаралық әуежайдағы ПЖБ-мен байланысу қажет",
    ),
};

/// The A6 section's step 2 names the embassy only.
pub static CONSULAR_FEES_CONTACT_EMBASSY: DocText = DocText {
    id: "consular-fees-contact-embassy",
    text: t!(
        "For information on consular fees and additional documents, contact the Embassy of Kazakhstan",
        "Для получения информации о консульских сборах и дополнительных документах необходимо связаться с посольством Казахстана",
        "Консулдық алымдар мен қосымша құжаттар туралы ақпарат алу үшін Қазақстан Елшілігімен байланысу қажет",
    ),
};
