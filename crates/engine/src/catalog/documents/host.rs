//! The host party's documents, its letters and the application forms.

use crate::catalog::DocText;
use crate::t;

// ---------------------------------------------------------------------------------------------
// The host party's documents, first in most lists.
// ---------------------------------------------------------------------------------------------

pub static STATE_REGISTRATION_CERTIFICATE: DocText =
    DocText { id: "state-registration-certificate", text: t!(doc_state_registration_certificate) };

pub static SHAREHOLDERS_DECISION_AND_HEAD_APPOINTMENT: DocText = DocText {
    id: "shareholders-decision-and-head-appointment-order",
    text: t!(doc_shareholders_decision_and_head_appointment),
};

/// «Өкілдік / филиал үшін заңдастырылған / апостильденген бас сенімхат (егер бар болса)»:
/// listed with `[Cond::Branch, Cond::IfAny]`.
pub static GENERAL_POWER_OF_ATTORNEY: DocText =
    DocText { id: "general-power-of-attorney", text: t!(doc_general_power_of_attorney) };

pub static REPRESENTATIVE_POWER_OF_ATTORNEY: DocText =
    DocText { id: "representative-power-of-attorney", text: t!(doc_representative_power_of_attorney) };

pub static HEAD_APPOINTMENT_ORDER: DocText =
    DocText { id: "head-appointment-order", text: t!(doc_head_appointment_order) };

// ---------------------------------------------------------------------------------------------
// Letters and applications.
// ---------------------------------------------------------------------------------------------

pub static INVITATION_LETTER: DocText = DocText { id: "invitation-letter", text: t!(doc_invitation_letter) };

/// «Қабылдаушы тараптан виза беру туралы өтініш хат» (work visa 2) and «... виза беруге
/// өтінішхат» (long-term business visa 2): one letter.
pub static HOST_VISA_REQUEST_LETTER: DocText =
    DocText { id: "host-visa-request-letter", text: t!(doc_host_visa_request_letter) };

pub static HOST_CANCELLATION_REQUEST_LETTER: DocText =
    DocText { id: "host-cancellation-request-letter", text: t!(doc_host_cancellation_request_letter) };

pub static HOST_CANCELLATION_AND_EXIT_VISA_REQUEST: DocText =
    DocText { id: "host-cancellation-and-exit-visa-request", text: t!(doc_host_cancellation_and_exit_visa_request) };

pub static HOST_EXEMPTION_APPLICATION: DocText =
    DocText { id: "host-exemption-application", text: t!(doc_host_exemption_application) };

pub static VISA_APPLICATION_FORM_PHOTO: DocText =
    DocText { id: "visa-application-form-photo", text: t!(doc_visa_application_form_photo) };

pub static PERMANENT_RESIDENCE_APPLICATION_FORM: DocText =
    DocText { id: "permanent-residence-application-form", text: t!(doc_permanent_residence_application_form) };

pub static TRP_APPLICATION_FORM: DocText = DocText { id: "trp-application-form", text: t!(doc_trp_application_form) };

pub static PKI_APPLICATION: DocText = DocText { id: "pki-application", text: t!(doc_pki_application) };

/// «Резиденттілікті растау туралы салықтық өтініш» (section 3) and «Резиденттікті ...»
/// (section 3-1): the same application, two spellings.
pub static TAX_RESIDENCY_APPLICATION: DocText =
    DocText { id: "tax-residency-application", text: t!(doc_tax_residency_application) };
