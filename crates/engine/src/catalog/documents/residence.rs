//! Consent, payment and residence documents.

use crate::catalog::DocText;
use crate::t;

// ---------------------------------------------------------------------------------------------
// Consent, payment, residence.
// ---------------------------------------------------------------------------------------------

/// «Дербес деректерді өңдеуге келісім» and «Жеке деректерді өңдеуге келісім»: one consent.
pub static PERSONAL_DATA_CONSENT: DocText =
    DocText { id: "personal-data-consent", text: t!(doc_personal_data_consent) };

/// «Мемлекеттік баждың төленгенін растайтын құжаттың түпнұсқасы».
pub static STATE_DUTY_PAYMENT_ORIGINAL: DocText =
    DocText { id: "state-duty-payment-original", text: t!(doc_state_duty_payment_original) };

/// The residence permit's «Мемлекеттік баждың төленгенін растайтын төлем құжатының түпнұсқасы»:
/// it names a payment document («төлем құжаты»), so it is its own entry.
pub static STATE_DUTY_PAYMENT_DOCUMENT_ORIGINAL: DocText =
    DocText { id: "state-duty-payment-document-original", text: t!(doc_state_duty_payment_document_original) };

pub static SOLVENCY_PROOF: DocText = DocText { id: "solvency-proof", text: t!(doc_solvency_proof) };

pub static NO_CRIMINAL_RECORD_CERTIFICATE: DocText =
    DocText { id: "no-criminal-record-certificate", text: t!(doc_no_criminal_record_certificate) };

pub static CERTIFICATE_FORM_028U: DocText =
    DocText { id: "certificate-form-028u", text: t!(doc_certificate_form_028u) };

pub static PHOTO_3_5_X_4_5: DocText = DocText { id: "photo-3-5x4-5-cm", text: t!(doc_photo_3_5_x_4_5) };

pub static NOTARISED_AGREEMENT_OR_HOUSING_STATEMENT: DocText =
    DocText { id: "notarised-agreement-or-housing-statement", text: t!(doc_notarised_agreement_or_housing_statement) };

pub static HOUSING_OWNER_NOTARISED_CONSENT: DocText =
    DocText { id: "housing-owner-notarised-consent", text: t!(doc_housing_owner_notarised_consent) };

pub static MEDICAL_INSURANCE_COPY: DocText =
    DocText { id: "medical-insurance-copy", text: t!(doc_medical_insurance_copy) };
