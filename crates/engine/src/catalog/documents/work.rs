//! Work, qualification and business documents; the investor's letters; family documents.

use crate::catalog::DocText;
use crate::t;

// ---------------------------------------------------------------------------------------------
// Work, qualification, business.
// ---------------------------------------------------------------------------------------------

pub static EMPLOYMENT_CONTRACT: DocText = DocText { id: "employment-contract", text: t!(doc_employment_contract) };

/// Work visa 2 adds a sentence to the contract bullet: kept as its own entry.
pub static EMPLOYMENT_CONTRACT_REDACTABLE: DocText =
    DocText { id: "employment-contract-redactable", text: t!(doc_employment_contract_redactable) };

pub static EMPLOYMENT_TERMINATION_ORDER: DocText =
    DocText { id: "employment-termination-order", text: t!(doc_employment_termination_order) };

pub static ENBEK_WORKPLACE_CERTIFICATE: DocText =
    DocText { id: "enbek-workplace-certificate", text: t!(doc_enbek_workplace_certificate) };

/// «Қызметкерлер үшін жоғары біліктілікті растайтын құжат ...»: listed with `Cond::Employees`.
pub static QUALIFICATION_PROOF_AND_CV: DocText =
    DocText { id: "qualification-proof-and-cv", text: t!(doc_qualification_proof_and_cv) };

/// «Есепке алу нысаны (шетелдік қызметкер үшін)»: listed with `Cond::ForeignEmployee`.
pub static REGISTRATION_FORM: DocText = DocText { id: "registration-form", text: t!(doc_registration_form) };

pub static CV: DocText = DocText { id: "cv", text: t!(doc_cv) };

pub static QUALIFICATION_SUPPORTING_MATERIALS: DocText =
    DocText { id: "qualification-supporting-materials", text: t!(doc_qualification_supporting_materials) };

/// «B2 санаты үшін ...»: listed with `Cond::CategoryB2`.
pub static CONSULTING_AUDIT_INSTALLATION_CONTRACT: DocText =
    DocText { id: "consulting-audit-installation-contract", text: t!(doc_consulting_audit_installation_contract) };

/// «B3 санаты үшін ...»: listed with `Cond::CategoryB3`.
pub static FOUNDER_OR_BOARD_MEMBERSHIP_CONFIRMATION: DocText =
    DocText { id: "founder-or-board-membership-confirmation", text: t!(doc_founder_or_board_membership_confirmation) };

// ---------------------------------------------------------------------------------------------
// Investors.
// ---------------------------------------------------------------------------------------------

/// The guide's bullet begins «... қолдаухаты негізінде» («on the basis of ... letter of
/// support») and names no document of its own: translated as written.
pub static INVESTMENT_LETTER_OF_SUPPORT: DocText =
    DocText { id: "investment-letter-of-support", text: t!(doc_investment_letter_of_support) };

pub static AIFC_ADMINISTRATION_LETTER_OF_SUPPORT: DocText =
    DocText { id: "aifc-administration-letter-of-support", text: t!(doc_aifc_administration_letter_of_support) };

// ---------------------------------------------------------------------------------------------
// Family.
// ---------------------------------------------------------------------------------------------

/// Listed with `Cond::FamilyMember`.
pub static MARRIAGE_BIRTH_ADOPTION_CERTIFICATE: DocText =
    DocText { id: "marriage-birth-adoption-certificate", text: t!(doc_marriage_birth_adoption_certificate) };

/// The temporary residence permit's own family bullet: no adoption, a notarised copy.
pub static BIRTH_MARRIAGE_CERTIFICATE_NOTARISED_COPY: DocText = DocText {
    id: "birth-marriage-certificate-notarised-copy",
    text: t!(doc_birth_marriage_certificate_notarised_copy),
};

pub static CHILD_CONSENT_PERMANENT_RESIDENCE: DocText =
    DocText { id: "child-consent-permanent-residence", text: t!(doc_child_consent_permanent_residence) };
