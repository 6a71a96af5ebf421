//! Work, qualification and business documents; the investor's letters; family documents.

use crate::catalog::DocText;
use crate::t;

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
