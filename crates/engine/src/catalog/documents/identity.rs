//! Passports, visas, permits and numbers.

use crate::catalog::DocText;
use crate::t;

// ---------------------------------------------------------------------------------------------
// Passports. The guide's wording differs in what it asks of the passport, so each is its own.
// ---------------------------------------------------------------------------------------------

pub static PASSPORT_COPY: DocText = DocText { id: "passport-copy", text: t!(doc_passport_copy) };

pub static PASSPORT_ORIGINAL: DocText = DocText { id: "passport-original", text: t!(doc_passport_original) };

/// «Төлқұжаттың көшірмесі» with no requirement on the passport (visa cancellation 1,
/// qualification exemption).
pub static PASSPORT_COPY_PLAIN: DocText = DocText { id: "passport-copy-plain", text: t!(doc_passport_copy_plain) };

/// «Төлқұжаттың түпнұсқасы» with no requirement on the passport (visa cancellation 2,
/// fingerprinting).
pub static PASSPORT_ORIGINAL_PLAIN: DocText =
    DocText { id: "passport-original-plain", text: t!(doc_passport_original_plain) };

pub static PASSPORT_ORIGINAL_VALID_180_DAYS: DocText =
    DocText { id: "passport-original-valid-180-days", text: t!(doc_passport_original_valid_180_days) };

pub static PASSPORT_ORIGINAL_OR_NOTARISED_COPY: DocText =
    DocText { id: "passport-original-or-notarised-copy", text: t!(doc_passport_original_or_notarised_copy) };

pub static BORDER_CROSSING_PASSPORT_COPY: DocText =
    DocText { id: "border-crossing-passport-copy", text: t!(doc_border_crossing_passport_copy) };

pub static PASSPORT_COPY_WITH_NOTARISED_TRANSLATION: DocText =
    DocText { id: "passport-copy-with-notarised-translation", text: t!(doc_passport_copy_with_notarised_translation) };

pub static ENTRY_PASSPORT_DATA_PAGE_WITH_TRANSLATION: DocText = DocText {
    id: "entry-passport-data-page-with-translation",
    text: t!(doc_entry_passport_data_page_with_translation),
};

pub static ENTRY_PASSPORT_ORIGINAL: DocText =
    DocText { id: "entry-passport-original", text: t!(doc_entry_passport_original) };

// ---------------------------------------------------------------------------------------------
// Visas, permits, numbers.
// ---------------------------------------------------------------------------------------------

pub static VISA_COPY: DocText = DocText { id: "visa-copy", text: t!(doc_visa_copy) };

pub static CURRENT_VISA_COPY: DocText = DocText { id: "current-visa-copy", text: t!(doc_current_visa_copy) };

pub static VALID_INVESTOR_VISA_COPY: DocText =
    DocText { id: "valid-investor-visa-copy", text: t!(doc_valid_investor_visa_copy) };

/// «Отбасы мүшесінің (шетелдік қызметкердің) визасы үшін негізгі иесінің жарамды жұмыс визасы»:
/// the family member is the foreign employee's, so the employee is the main holder; listed with
/// `Cond::FamilyMember`. The investor sections (A5, A6) have the same words, «work visa»
/// included: kept as the guide has it, with a note on those services.
pub static MAIN_HOLDER_VALID_WORK_VISA: DocText =
    DocText { id: "main-holder-valid-work-visa", text: t!(doc_main_holder_valid_work_visa) };

pub static VALID_TRP: DocText = DocText { id: "valid-trp", text: t!(doc_valid_trp) };

/// «Дактилоскопиядан өткенді / 2025 жылы верификациядан өткенді растайтын анықтаманың
/// түпнұсқасы» and «Дактилоскопияның тапсырылғанын немесе 2025 жылы ...»: one certificate.
/// The year is the guide's; the services that list it carry a note on it.
pub static FINGERPRINTING_CERTIFICATE: DocText =
    DocText { id: "fingerprinting-certificate", text: t!(doc_fingerprinting_certificate) };

/// «Келу туралы хабарландыру» and «Келу туралы хабарлама»: one notification.
pub static ARRIVAL_NOTIFICATION: DocText = DocText { id: "arrival-notification", text: t!(doc_arrival_notification) };

pub static FOREIGN_NATIONAL_IIN: DocText = DocText { id: "foreign-national-iin", text: t!(doc_foreign_national_iin) };

pub static IIN: DocText = DocText { id: "iin", text: t!(doc_iin) };

pub static LEGAL_ENTITY_EDS: DocText = DocText { id: "legal-entity-eds", text: t!(doc_legal_entity_eds) };

pub static RESIDENCE_ADDRESS_IN_KAZAKHSTAN: DocText =
    DocText { id: "residence-address-in-kazakhstan", text: t!(doc_residence_address_in_kazakhstan) };
