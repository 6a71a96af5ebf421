//! Guide chapters «ҚЫСҚА МЕРЗІМДІ ІСКЕРЛІК ВИЗА» (single-entry business visa) and «ҰЗАҚ МЕРЗІМДІ
//! ІСКЕРЛІК ВИЗА» (multiple-entry business visa, B2 / B3).
//!
//! The fee tables of these chapters mark walk-in «**» and personal manager «*» (the other way
//! round from the work-visa tables): the tiers are read from the column headers «(Walk-in)» and
//! «(дербес менеджер)», never from the stars.

use super::documents as d;
use super::shared;
use super::{Chapter, Cond, Doc, NextStep, Note, NoteKind, Place, Section, Service};
use crate::t;

// =============================================================================================
// ҚЫСҚА МЕРЗІМДІ ІСКЕРЛІК ВИЗА
// =============================================================================================

// Guide: Short-term business visa, section 1, «Қажетті құжаттар» (8 bullets). Also the list of
// the extension (section 2): the guide has no service for a single-entry visa inside Kazakhstan.
static SINGLE_INVITATION_DOCS: &[Doc] = &[
    Doc { doc: &d::STATE_REGISTRATION_CERTIFICATE, when: &[] },
    Doc { doc: &d::SHAREHOLDERS_DECISION_AND_HEAD_APPOINTMENT, when: &[] },
    Doc { doc: &d::GENERAL_POWER_OF_ATTORNEY, when: &[Cond::Branch, Cond::IfAny] },
    Doc { doc: &d::REPRESENTATIVE_POWER_OF_ATTORNEY, when: &[Cond::IfAny] },
    Doc { doc: &d::PASSPORT_COPY, when: &[] },
    Doc { doc: &d::INVITATION_LETTER, when: &[] },
    Doc { doc: &d::STATE_DUTY_PAYMENT_ORIGINAL, when: &[] },
    Doc { doc: &d::PERSONAL_DATA_CONSENT, when: &[] },
];

// Guide: Short-term business visa, section 1, "Қазақстан Республикасынан тыс жерде іскерлік
// визаны алу үшін шақыру хаты"
pub static BUSINESS_VISA_SINGLE_INVITATION: Service = Service {
    id: "business-visa-single-invitation",
    section: Section { chapter: Chapter::ShortTermBusinessVisa, number: Some("1") },
    title: t!(business_visa_single_invitation_title),
    audience: t!(business_visa_single_invitation_audience),
    apply: &shared::PORTAL_STEPS,
    documents: SINGLE_INVITATION_DOCS,
    // Guide: Short-term business visa, section 1, «2-қадам, Қазақстан елшілігінде / Қазақстанның
    // халықаралық әуежайында».
    next_step: Some(NextStep {
        place: Place::EmbassyOrAirport,
        documents: shared::STEP2_DOCS,
        notes: &[shared::EMBASSY_ANY],
    }),
    notes: &[
        // Guide, Short-term business visa 1: the text says «В1 немесе В3 біржолғы іскерлік визаны»,
        // the fee row «Біржолғы іскерлік визаға шақыру хатты рәсімдеу (B1/B2/B3/C5)». Decided here:
        // both are shown as the guide prints them and the visitor confirms the category.
        Note { kind: NoteKind::GuideSilent, text: t!(business_visa_single_invitation_note) },
    ],
};

// Guide: Short-term business visa, section 2, "Біржолғы іскерлік визаны ұзарту". No fee table,
// no duty, no time. The guide has no application for a single-entry visa made inside Kazakhstan,
// so the list is section 1's (the invitation), shared, not copied; the visitor is told so.
pub static BUSINESS_VISA_SINGLE_EXTENSION: Service = Service {
    id: "business-visa-single-extension",
    section: Section { chapter: Chapter::ShortTermBusinessVisa, number: Some("2") },
    title: t!(business_visa_single_extension_title),
    audience: shared::EXTENSION_WINDOW,
    apply: &shared::NO_APPLY_STEPS,
    documents: SINGLE_INVITATION_DOCS,
    next_step: None,
    notes: &[
        shared::EXTENSION_SAME_HOST,
        shared::EXTENSION_SAME_DOCUMENTS,
        shared::EXTENSION_DEADLINES,
        Note { kind: NoteKind::GuideSilent, text: t!(business_visa_single_extension_note_1) },
        // An older page of the Centre says single-entry B1/B3 visas cannot be extended; no address
        // of that page is recorded, so it is not cited. The guide has this section and the guide
        // wins for its own content. Decided here: the service stays and the visitor confirms.
        Note { kind: NoteKind::GuideSilent, text: t!(business_visa_single_extension_note_2) },
    ],
};

// =============================================================================================
// ҰЗАҚ МЕРЗІМДІ ІСКЕРЛІК ВИЗА
// =============================================================================================

// Guide: Long-term business visa, section 1, "Қазақстаннан тыс жерде іскерлік визаны алу үшін
// шақыру хаты"
pub static BUSINESS_VISA_MULTI_INVITATION: Service = Service {
    id: "business-visa-multi-invitation",
    section: Section { chapter: Chapter::LongTermBusinessVisa, number: Some("1") },
    title: t!(business_visa_multi_invitation_title),
    audience: t!(business_visa_multi_invitation_audience),
    apply: &shared::PORTAL_STEPS,
    // Guide: Long-term business visa, section 1, step 1, «Қажетті құжаттар» (10 bullets).
    documents: &[
        Doc { doc: &d::STATE_REGISTRATION_CERTIFICATE, when: &[] },
        Doc { doc: &d::SHAREHOLDERS_DECISION_AND_HEAD_APPOINTMENT, when: &[] },
        Doc { doc: &d::GENERAL_POWER_OF_ATTORNEY, when: &[Cond::Branch, Cond::IfAny] },
        Doc { doc: &d::REPRESENTATIVE_POWER_OF_ATTORNEY, when: &[Cond::IfAny] },
        Doc { doc: &d::PASSPORT_COPY, when: &[] },
        Doc { doc: &d::INVITATION_LETTER, when: &[] },
        Doc { doc: &d::STATE_DUTY_PAYMENT_ORIGINAL, when: &[] },
        Doc { doc: &d::CONSULTING_AUDIT_INSTALLATION_CONTRACT, when: &[Cond::CategoryB2] },
        Doc { doc: &d::FOUNDER_OR_BOARD_MEMBERSHIP_CONFIRMATION, when: &[Cond::CategoryB3] },
        Doc { doc: &d::PERSONAL_DATA_CONSENT, when: &[] },
    ],
    // Guide: Long-term business visa, section 1, «2-қадам, Қазақстан Елшілігіндегі /
    // Қазақстанның халықаралық әуежайында». Its note is worded «... Қазақстанның кез келген
    // Елшілігіне азаматтыққа қатысты арнайы талаптарсыз виза алуға өтінім бере алады»: the same
    // meaning as the other sections' note, shared.
    next_step: Some(NextStep {
        place: Place::EmbassyOrAirport,
        documents: shared::STEP2_DOCS,
        notes: &[shared::EMBASSY_ANY],
    }),
    notes: &[],
};

// Guide: Long-term business visa, section 2, «Қажетті құжаттар» (14 bullets). Also the list of
// the extension (section 3), which says the list stays the same. The representative's power of
// attorney is broken over two lines in the guide («... көшірмесімен» / «- бірге сенімхат (егер
// бар болса);»): one bullet. This list asks for a passport copy, not the original.
static MULTI_DOCS: &[Doc] = &[
    Doc { doc: &d::STATE_REGISTRATION_CERTIFICATE, when: &[] },
    Doc { doc: &d::SHAREHOLDERS_DECISION_AND_HEAD_APPOINTMENT, when: &[] },
    Doc { doc: &d::GENERAL_POWER_OF_ATTORNEY, when: &[Cond::Branch, Cond::IfAny] },
    Doc { doc: &d::REPRESENTATIVE_POWER_OF_ATTORNEY, when: &[Cond::IfAny] },
    // «Қабылдаушы тараптан виза беруге өтінішхат».
    Doc { doc: &d::HOST_VISA_REQUEST_LETTER, when: &[] },
    Doc { doc: &d::PASSPORT_COPY, when: &[] },
    Doc { doc: &d::VISA_APPLICATION_FORM_PHOTO, when: &[] },
    Doc { doc: &d::VISA_COPY, when: &[Cond::IfAny] },
    Doc { doc: &d::FINGERPRINTING_CERTIFICATE, when: &[] },
    Doc { doc: &d::ARRIVAL_NOTIFICATION, when: &[] },
    Doc { doc: &d::STATE_DUTY_PAYMENT_ORIGINAL, when: &[] },
    Doc { doc: &d::CONSULTING_AUDIT_INSTALLATION_CONTRACT, when: &[Cond::CategoryB2] },
    Doc { doc: &d::FOUNDER_OR_BOARD_MEMBERSHIP_CONFIRMATION, when: &[Cond::CategoryB3] },
    Doc { doc: &d::PERSONAL_DATA_CONSENT, when: &[] },
];

// Guide: Long-term business visa, section 2, "Қазақстан аумағында көп мәртелі іскерлік виза алу"
pub static BUSINESS_VISA_MULTI: Service = Service {
    id: "business-visa-multi",
    section: Section { chapter: Chapter::LongTermBusinessVisa, number: Some("2") },
    title: t!(business_visa_multi_title),
    audience: t!(business_visa_multi_audience),
    apply: &shared::PORTAL_STEPS,
    documents: MULTI_DOCS,
    next_step: None,
    notes: &[shared::FINGERPRINTING_2025],
};

// Guide: Long-term business visa, section 3, "Көпреттік іскерлік визаны ұзарту". No fee table,
// no duty, no time. The list is section 2's (the multiple-entry visa inside Kazakhstan), shared,
// not copied; the visitor is told so.
pub static BUSINESS_VISA_MULTI_EXTENSION: Service = Service {
    id: "business-visa-multi-extension",
    section: Section { chapter: Chapter::LongTermBusinessVisa, number: Some("3") },
    title: t!(business_visa_multi_extension_title),
    audience: shared::EXTENSION_WINDOW,
    apply: &shared::NO_APPLY_STEPS,
    documents: MULTI_DOCS,
    next_step: None,
    notes: &[
        shared::EXTENSION_SAME_HOST,
        shared::EXTENSION_SAME_DOCUMENTS,
        shared::EXTENSION_DEADLINES,
        Note { kind: NoteKind::GuideSilent, text: t!(business_visa_multi_extension_note) },
        shared::FINGERPRINTING_2025,
    ],
};
