//! Guide chapter «КӨШІ-ҚОН ЖӘНЕ САЛЫҚ БАСҚА ҚЫЗМЕТТЕРІ»: other migration and tax services.
//!
//! The chapter opens with «Бұл қызметке сұрау салу ЭО-да келесі қызметтерге өтінім беруге
//! мүмкіндік береді:», lists its services 1 to 5, then gives the portal steps once for all of
//! them: every service here has `shared::PORTAL_STEPS` unless its section says otherwise (EDS).

use super::documents as d;
use super::shared;
use super::{Chapter, Cond, Doc, Note, NoteKind, Section, Service};
use crate::lang::Text;
use crate::t;

// Guide: Other services, section 1, "Келу немесе мекенжайды өзгерту туралы хабарлама"
pub static ARRIVAL_NOTIFICATION: Service = Service {
    id: "arrival-notification",
    section: Section { chapter: Chapter::OtherServices, number: Some("1") },
    title: t!(arrival_notification_title),
    // The section has no opening paragraph of its own: the chapter's opening sentence, said of
    // this service.
    audience: t!(arrival_notification_audience),
    apply: &shared::PORTAL_STEPS,
    // Guide: Other services, section 1: the documents are one sentence, «Бұл қызметті орындау
    // үшін келесі құжаттар қажет: ...», naming four items; one `Doc` per item, in its order.
    documents: &[
        Doc { doc: &d::RESIDENCE_ADDRESS_IN_KAZAKHSTAN, when: &[] },
        Doc { doc: &d::LEGAL_ENTITY_EDS, when: &[] },
        // «жеке деректерді өңдеуге келісімі».
        Doc { doc: &d::PERSONAL_DATA_CONSENT, when: &[] },
        Doc { doc: &d::BORDER_CROSSING_PASSPORT_COPY, when: &[] },
    ],
    next_step: None,
    notes: &[],
};

/// Guide: Other services, section 2: the portal steps, then the personal presence the section
/// requires. The section says it twice («... жеке қатысуы міндетті. ... өзі келуі міндетті.»);
/// once is enough.
static IIN_APPLY: [Text; 4] =
    [shared::PORTAL_STEPS[0], shared::PORTAL_STEPS[1], shared::PORTAL_STEPS[2], t!(iin_apply_presence)];

// Guide: Other services, section 2, "Жеке сәйкестендіру нөмірі (ЖСН)"
pub static IIN: Service = Service {
    id: "iin",
    section: Section { chapter: Chapter::OtherServices, number: Some("2") },
    title: t!(iin_title),
    // The section's opening paragraph describes the number (a note) and asks for presence in
    // person (a step): the chapter's opening sentence, said of this service.
    audience: t!(iin_audience),
    apply: &IIN_APPLY,
    // Guide: Other services, section 2, «Қажетті құжаттар» (4 bullets).
    documents: &[
        Doc { doc: &d::PASSPORT_COPY_WITH_NOTARISED_TRANSLATION, when: &[] },
        Doc { doc: &d::ENTRY_PASSPORT_DATA_PAGE_WITH_TRANSLATION, when: &[] },
        Doc { doc: &d::ENTRY_PASSPORT_ORIGINAL, when: &[] },
        // «Жеке деректерді өңдеуге келісім».
        Doc { doc: &d::PERSONAL_DATA_CONSENT, when: &[] },
    ],
    next_step: None,
    notes: &[Note { kind: NoteKind::Guide, text: t!(iin_note) }],
};

/// The opening sentence of sections 3 and 3-1, the same in both.
const TAX_CERTIFICATE_PURPOSE: Text = t!(tax_certificate_purpose);

/// The second sentence of sections 3 and 3-1, the same in both.
const TAX_CERTIFICATE_DEFINITION: Note = Note { kind: NoteKind::Guide, text: t!(note_tax_certificate_definition) };

// Guide: Other services, section 3, "Салық резидентінің сертификаты"
pub static TAX_RESIDENCY_CERTIFICATE: Service = Service {
    id: "tax-residency-certificate",
    section: Section { chapter: Chapter::OtherServices, number: Some("3") },
    title: t!(tax_residency_certificate_title),
    audience: TAX_CERTIFICATE_PURPOSE,
    apply: &shared::PORTAL_STEPS,
    // Guide: Other services, section 3, «Қажетті құжаттар» (3 bullets): the second ends «–
    // ... резидент болып табылатын шетелдік заңды тұлғалар» (a legal entity), the third «–
    // резиденттер болып табылатын шетелдіктер мен азаматтығы жоқ тұлғалар үшін» (an individual).
    documents: &[
        // «Резиденттілікті растау туралы салықтық өтініш».
        Doc { doc: &d::TAX_RESIDENCY_APPLICATION, when: &[] },
        Doc { doc: &d::EFFECTIVE_MANAGEMENT_PROOF_NOTARISED_COPY, when: &[Cond::LegalEntity] },
        Doc { doc: &d::PASSPORT_STAY_PERMIT_NOTARISED_COPIES, when: &[Cond::Individual] },
    ],
    next_step: None,
    notes: &[TAX_CERTIFICATE_DEFINITION],
};

// Guide: Other services, section 3-1, "АХҚО инвестициялық резиденттері үшін салық резидентінің
// сертификаты"
pub static TAX_RESIDENCY_CERTIFICATE_INVESTMENT_RESIDENT: Service = Service {
    id: "tax-residency-certificate-investment-resident",
    section: Section { chapter: Chapter::OtherServices, number: Some("3-1") },
    title: t!(tax_residency_certificate_investment_resident_title),
    audience: TAX_CERTIFICATE_PURPOSE,
    apply: &shared::PORTAL_STEPS,
    // Guide: Other services, section 3-1, «Қажетті құжаттар» (8 bullets). The last two are not
    // documents but clarifications of the internal-affairs letter (the sixth bullet): «Бастапқы
    // өтініш берген кезде резиденттікті растайтын құжат берілген жағдайда, кейін ... ішкі істер
    // органы берген растау хатты ұсыну талап етілмейді» is the letter's condition
    // (`FirstApplication`), and «Осы абзацтың мақсатында ... хатта ... мәліметтері болуға тиіс» is
    // a note on the letter. Six documents.
    documents: &[
        Doc { doc: &d::TAX_RESIDENCY_APPLICATION, when: &[] },
        Doc { doc: &d::PASSPORT_OR_STATELESS_ID_NOTARISED_E_COPY, when: &[] },
        Doc { doc: &d::STAY_PERIOD_PROOF_NOTARISED_E_COPY, when: &[] },
        Doc { doc: &d::RESIDENCY_DOCUMENT_FEE_E_RECEIPT, when: &[] },
        Doc { doc: &d::AIFC_INVESTMENT_CONFIRMATION_E_LETTER, when: &[] },
        Doc { doc: &d::INTERNAL_AFFAIRS_CITIZENSHIP_E_LETTER, when: &[Cond::FirstApplication] },
    ],
    next_step: None,
    notes: &[
        TAX_CERTIFICATE_DEFINITION,
        Note { kind: NoteKind::Guide, text: t!(tax_residency_certificate_investment_resident_note) },
    ],
};

/// Guide: Other services, section 4, its own steps around the chapter's portal steps.
static EDS_APPLY: [Text; 6] = [
    t!(eds_apply_1),
    t!(eds_apply_2),
    shared::PORTAL_STEPS[0],
    shared::PORTAL_STEPS[1],
    shared::PORTAL_STEPS[2],
    t!(eds_apply_3),
];

// Guide: Other services, section 4, "Электрондық цифрлық қолтаңба (ЭЦҚ)"
pub static DIGITAL_SIGNATURE: Service = Service {
    id: "digital-signature",
    section: Section { chapter: Chapter::OtherServices, number: Some("4") },
    title: t!(digital_signature_title),
    audience: t!(digital_signature_audience),
    // The section's own steps, with the chapter's portal steps that the chapter gives «for all
    // its services» («Бұл қызметке сұрау салу ЭО-да келесі қызметтерге өтінім беруге мүмкіндік
    // береді: ... 4. Электрондық цифрлық қолтаңба ... Өтінім беру процесі»): first the
    // application on pki.gov.kz (it is the first document), then the AIFC portal, then the visit
    // «тек ЭЦҚ-ны активациялау үшін». The portal is named «Қазақстан Республикасының Ұлттық
    // куәландырушы орталығының порталы» in the text and «pki.gov.kz» in the section's documents:
    // both are given.
    apply: &EDS_APPLY,
    // Guide: Other services, section 4: «Жеке тұлға үшін:» (the pki.gov.kz application, the
    // consent) and «Заңды тұлға үшін:» (the application, the order appointing the first head, the
    // consent). Merged into one list in the guide's order, so that a quote with no answers lists
    // each document once: two are for both, the order only for a legal entity.
    documents: &[
        Doc { doc: &d::PKI_APPLICATION, when: &[] },
        Doc { doc: &d::HEAD_APPOINTMENT_ORDER, when: &[Cond::LegalEntity] },
        // «Жеке деректерді өңдеуге келісім».
        Doc { doc: &d::PERSONAL_DATA_CONSENT, when: &[] },
    ],
    next_step: None,
    notes: &[Note { kind: NoteKind::Guide, text: t!(digital_signature_note) }],
};

// Guide: Other services, section 5, "Дактилоскопиялық тіркеу (саусақ таңбасын алу)"
pub static FINGERPRINTING: Service = Service {
    id: "fingerprinting",
    section: Section { chapter: Chapter::OtherServices, number: Some("5") },
    title: t!(fingerprinting_title),
    audience: t!(fingerprinting_audience),
    apply: &shared::PORTAL_STEPS,
    // Guide: Other services, section 5, «Қажетті құжаттар» (4 bullets).
    documents: &[
        Doc { doc: &d::IIN, when: &[] },
        Doc { doc: &d::PASSPORT_ORIGINAL_PLAIN, when: &[] },
        // «Келу туралы хабарлама».
        Doc { doc: &d::ARRIVAL_NOTIFICATION, when: &[] },
        Doc { doc: &d::PERSONAL_DATA_CONSENT, when: &[] },
    ],
    next_step: None,
    notes: &[
        Note { kind: NoteKind::Guide, text: t!(fingerprinting_note_1) },
        Note { kind: NoteKind::Guide, text: t!(fingerprinting_note_2) },
        Note { kind: NoteKind::Guide, text: t!(fingerprinting_note_3) },
    ],
};
