//! The host party's documents, its letters and the application forms.

use crate::catalog::DocText;
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
