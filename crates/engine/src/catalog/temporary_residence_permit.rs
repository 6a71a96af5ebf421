//! Guide chapter «УАҚЫТША ТҰРУҒА РҰҚСАТ»: the temporary residence permit (TRP) for citizens of
//! CIS and EAEU countries. The chapter is one section.

use super::documents as d;
use super::shared;
use super::{Chapter, Cond, Doc, Note, NoteKind, Section, Service};
use crate::t;

// Guide: Temporary residence permit, "Уақытша тұруға рұқсат"
pub static TEMPORARY_RESIDENCE_PERMIT: Service = Service {
    id: "temporary-residence-permit",
    section: Section { chapter: Chapter::TemporaryResidencePermit, number: None },
    title: t!(temporary_residence_permit_title),
    // The chapter's opening paragraph and its two bullets.
    audience: t!(temporary_residence_permit_audience),
    apply: &shared::PORTAL_STEPS,
    // Guide: Temporary residence permit, «Қажетті құжаттар» (17 bullets).
    documents: &[
        Doc { doc: &d::STATE_REGISTRATION_CERTIFICATE, when: &[] },
        Doc { doc: &d::SHAREHOLDERS_DECISION_AND_HEAD_APPOINTMENT, when: &[] },
        Doc { doc: &d::GENERAL_POWER_OF_ATTORNEY, when: &[Cond::Branch, Cond::IfAny] },
        Doc { doc: &d::REPRESENTATIVE_POWER_OF_ATTORNEY, when: &[Cond::IfAny] },
        Doc { doc: &d::TRP_APPLICATION_FORM, when: &[] },
        Doc { doc: &d::PASSPORT_ORIGINAL_OR_NOTARISED_COPY, when: &[] },
        Doc { doc: &d::FOREIGN_NATIONAL_IIN, when: &[] },
        Doc { doc: &d::VALID_TRP, when: &[Cond::IfAny] },
        Doc { doc: &d::HOUSING_OWNER_NOTARISED_CONSENT, when: &[] },
        // «Келу туралы хабарлама».
        Doc { doc: &d::ARRIVAL_NOTIFICATION, when: &[] },
        Doc { doc: &d::FINGERPRINTING_CERTIFICATE, when: &[] },
        Doc { doc: &d::MEDICAL_INSURANCE_COPY, when: &[] },
        // The guide writes «Eпbek.kz» with a Cyrillic «п»: the same Enbek.kz certificate.
        Doc { doc: &d::ENBEK_WORKPLACE_CERTIFICATE, when: &[] },
        Doc { doc: &d::QUALIFICATION_PROOF_AND_CV, when: &[Cond::Employees] },
        Doc { doc: &d::REGISTRATION_FORM, when: &[Cond::ForeignEmployee] },
        // «Дербес деректерді өңдеуге келісім (отбасы мүшелері мен шетел азаматтары үшін
        // азаматтық-құқықтық шарт бойынша)».
        Doc { doc: &d::PERSONAL_DATA_CONSENT, when: &[Cond::FamilyOrCivilContract] },
        // «Отбасы мүшелеріне арналған туу / неке туралы куәлік».
        Doc { doc: &d::BIRTH_MARRIAGE_CERTIFICATE_NOTARISED_COPY, when: &[Cond::FamilyMembers] },
    ],
    next_step: None,
    notes: &[
        Note { kind: NoteKind::Guide, text: t!(temporary_residence_permit_note_1) },
        shared::QUALIFICATION_CHECK,
        // Guide, TRP «Тарифтер мен мерзімдер»: the columns are «Сервистік алым», «Сервистік алым
        // (Walk-in) *» and «Мерзімдер», no «Мемлекеттік баж»; walk-in 170 000 in both rows. The guide
        // is silent on a duty; decided here: none is shown and the visitor asks the Centre.
        Note { kind: NoteKind::GuideSilent, text: t!(temporary_residence_permit_note_2) },
        shared::FINGERPRINTING_FREE,
        shared::FINGERPRINTING_2025,
    ],
};
