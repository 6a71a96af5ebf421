//! Guide chapter «ТҰРУҒА ЫҚТИЯРХАТ» (the guide writes «ҮХТИЯРХАТ», a typo): the residence permit
//! for AIFC investment residents. The chapter is one section.

use super::documents as d;
use super::shared;
use super::{Chapter, Cond, Doc, Note, NoteKind, Section, Service};
use crate::t;

// Guide: Residence permit, "Тұруға ықтиярхат". No «Өтінім беру процесі» in this chapter.
pub static RESIDENCE_PERMIT: Service = Service {
    id: "residence-permit",
    section: Section { chapter: Chapter::ResidencePermit, number: None },
    title: t!(residence_permit_title),
    // The opening paragraph's first sentence with its pointer «(инвесторлық визаны алу тәртібі
    // туралы ақпаратты мұнда таба аласыз)», a link that is empty in the guide: the pointer is kept
    // in words (the investor visa chapter), without a link. Its second sentence, on validity, is a
    // note.
    audience: t!(residence_permit_audience),
    apply: &shared::NO_APPLY_STEPS,
    // Guide: Residence permit, «Қажетті құжаттар» (11 bullets).
    documents: &[
        Doc { doc: &d::PERMANENT_RESIDENCE_APPLICATION_FORM, when: &[] },
        Doc { doc: &d::PASSPORT_ORIGINAL_VALID_180_DAYS, when: &[] },
        Doc { doc: &d::SOLVENCY_PROOF, when: &[] },
        Doc { doc: &d::NO_CRIMINAL_RECORD_CERTIFICATE, when: &[] },
        Doc { doc: &d::CERTIFICATE_FORM_028U, when: &[] },
        Doc { doc: &d::PHOTO_3_5_X_4_5, when: &[] },
        // «Мемлекеттік баждың төленгенін растайтын төлем құжатының түпнұсқасы».
        Doc { doc: &d::STATE_DUTY_PAYMENT_DOCUMENT_ORIGINAL, when: &[] },
        Doc { doc: &d::VALID_INVESTOR_VISA_COPY, when: &[] },
        // «Дактилоскопияның тапсырылғанын немесе 2025 жылы верификациядан өткенді ...».
        Doc { doc: &d::FINGERPRINTING_CERTIFICATE, when: &[] },
        Doc { doc: &d::CHILD_CONSENT_PERMANENT_RESIDENCE, when: &[Cond::Child14To18] },
        Doc { doc: &d::NOTARISED_AGREEMENT_OR_HOUSING_STATEMENT, when: &[] },
    ],
    next_step: None,
    notes: &[
        Note { kind: NoteKind::Guide, text: t!(residence_permit_note_1) },
        // The guide is silent: this section has no application process («Өтінім беру процесі», as
        // the visa sections have) and its table only the «Сервистік алым» column. Decided here: the standard
        // fee only, and the visitor asks the Centre how to apply.
        Note { kind: NoteKind::GuideSilent, text: t!(residence_permit_note_2) },
        shared::FINGERPRINTING_2025,
    ],
};
