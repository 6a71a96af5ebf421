//! Tax residency documents.

use crate::catalog::DocText;
use crate::t;

// ---------------------------------------------------------------------------------------------
// Tax residency.
// ---------------------------------------------------------------------------------------------

/// Listed with `Cond::LegalEntity`; the bullet's closing words say which legal entities.
pub static EFFECTIVE_MANAGEMENT_PROOF_NOTARISED_COPY: DocText = DocText {
    id: "effective-management-proof-notarised-copy",
    text: t!(doc_effective_management_proof_notarised_copy),
};

/// Listed with `Cond::Individual`. The guide's «Азаматтығы жоқ тұлғаның шетелдік тәлқұжатының
/// немесе куәлігінің» is read as «the foreign passport, or the stateless person's certificate»
/// (as section 3-1 words it); «тәлқұжат» is a typo for «төлқұжат», fixed.
pub static PASSPORT_STAY_PERMIT_NOTARISED_COPIES: DocText =
    DocText { id: "passport-stay-permit-notarised-copies", text: t!(doc_passport_stay_permit_notarised_copies) };

pub static PASSPORT_OR_STATELESS_ID_NOTARISED_E_COPY: DocText = DocText {
    id: "passport-or-stateless-id-notarised-e-copy",
    text: t!(doc_passport_or_stateless_id_notarised_e_copy),
};

pub static STAY_PERIOD_PROOF_NOTARISED_E_COPY: DocText =
    DocText { id: "stay-period-proof-notarised-e-copy", text: t!(doc_stay_period_proof_notarised_e_copy) };

pub static RESIDENCY_DOCUMENT_FEE_E_RECEIPT: DocText =
    DocText { id: "residency-document-fee-e-receipt", text: t!(doc_residency_document_fee_e_receipt) };

pub static AIFC_INVESTMENT_CONFIRMATION_E_LETTER: DocText =
    DocText { id: "aifc-investment-confirmation-e-letter", text: t!(doc_aifc_investment_confirmation_e_letter) };

pub static INTERNAL_AFFAIRS_CITIZENSHIP_E_LETTER: DocText =
    DocText { id: "internal-affairs-citizenship-e-letter", text: t!(doc_internal_affairs_citizenship_e_letter) };
