//! Guide chapter «ЖҰМЫС ВИЗАСЫ»: the C3 work visa and the family member's visa.

use super::documents as d;
use super::shared;
use super::{Chapter, Cond, Doc, NextStep, Note, NoteKind, Place, Section, Service};
use crate::t;

// Guide: Work visa, section 1, "Қазақстаннан тыс жерлерде жұмыс визасын алу үшін шақыру хаты"
pub static WORK_VISA_INVITATION: Service = Service {
    id: "work-visa-invitation",
    section: Section { chapter: Chapter::WorkVisa, number: Some("1") },
    title: t!(work_visa_invitation_title),
    audience: t!(work_visa_invitation_audience),
    apply: &shared::PORTAL_STEPS,
    // Guide: Work visa, section 1, step 1, «Қажетті құжаттар» (13 bullets).
    documents: &[
        Doc { doc: &d::STATE_REGISTRATION_CERTIFICATE, when: &[] },
        Doc { doc: &d::SHAREHOLDERS_DECISION_AND_HEAD_APPOINTMENT, when: &[] },
        Doc { doc: &d::GENERAL_POWER_OF_ATTORNEY, when: &[Cond::Branch, Cond::IfAny] },
        Doc { doc: &d::REPRESENTATIVE_POWER_OF_ATTORNEY, when: &[Cond::IfAny] },
        Doc { doc: &d::INVITATION_LETTER, when: &[] },
        Doc { doc: &d::PASSPORT_COPY, when: &[] },
        Doc { doc: &d::STATE_DUTY_PAYMENT_ORIGINAL, when: &[] },
        Doc { doc: &d::EMPLOYMENT_CONTRACT, when: &[] },
        Doc { doc: &d::QUALIFICATION_PROOF_AND_CV, when: &[Cond::Employees] },
        Doc { doc: &d::REGISTRATION_FORM, when: &[Cond::ForeignEmployee] },
        Doc { doc: &d::MAIN_HOLDER_VALID_WORK_VISA, when: &[Cond::FamilyMember] },
        Doc { doc: &d::MARRIAGE_BIRTH_ADOPTION_CERTIFICATE, when: &[Cond::FamilyMember] },
        // «Дербес деректерді өңдеуге келісім (отбасы мүшесінің визасы үшін)».
        Doc { doc: &d::PERSONAL_DATA_CONSENT, when: &[Cond::FamilyMember] },
    ],
    // Guide: Work visa, section 1, «2-қадам, Қазақстан елшілігінде / Қазақстанның халықаралық
    // әуежайында». The note under it is cut off in the guide («АХҚО қатысушысы азаматтыққа
    // байланысты арнайы нақты талаптарсыз» and nothing more): the complete sentence of the other
    // sections is used, and the visitor is told it was completed, and from where.
    next_step: Some(NextStep {
        place: Place::EmbassyOrAirport,
        documents: shared::STEP2_DOCS,
        notes: &[shared::EMBASSY_ANY, EMBASSY_NOTE_COMPLETED],
    }),
    notes: &[shared::QUALIFICATION_CHECK, shared::FEE_BANDS_GAP],
};

/// The guide's note under work visa 1, step 2, breaks off mid-sentence.
const EMBASSY_NOTE_COMPLETED: Note = Note { kind: NoteKind::GuideSilent, text: t!(note_embassy_note_completed) };

// Guide: Work visa, section 2, «Қажетті құжаттар» (18 bullets). Also the list of the extension
// (section 3), which says the list stays the same.
static WORK_VISA_DOCS: &[Doc] = &[
    Doc { doc: &d::STATE_REGISTRATION_CERTIFICATE, when: &[] },
    Doc { doc: &d::SHAREHOLDERS_DECISION_AND_HEAD_APPOINTMENT, when: &[] },
    Doc { doc: &d::GENERAL_POWER_OF_ATTORNEY, when: &[Cond::Branch, Cond::IfAny] },
    Doc { doc: &d::REPRESENTATIVE_POWER_OF_ATTORNEY, when: &[Cond::IfAny] },
    Doc { doc: &d::HOST_VISA_REQUEST_LETTER, when: &[] },
    Doc { doc: &d::PASSPORT_ORIGINAL, when: &[] },
    Doc { doc: &d::VISA_APPLICATION_FORM_PHOTO, when: &[] },
    Doc { doc: &d::VISA_COPY, when: &[Cond::IfAny] },
    Doc { doc: &d::FINGERPRINTING_CERTIFICATE, when: &[] },
    Doc { doc: &d::ARRIVAL_NOTIFICATION, when: &[] },
    Doc { doc: &d::EMPLOYMENT_CONTRACT_REDACTABLE, when: &[] },
    Doc { doc: &d::ENBEK_WORKPLACE_CERTIFICATE, when: &[] },
    Doc { doc: &d::STATE_DUTY_PAYMENT_ORIGINAL, when: &[] },
    Doc { doc: &d::QUALIFICATION_PROOF_AND_CV, when: &[Cond::Employees] },
    // «Есепке алу нысаны (шетелдік қызметкерлер үшін)».
    Doc { doc: &d::REGISTRATION_FORM, when: &[Cond::ForeignEmployee] },
    Doc { doc: &d::MAIN_HOLDER_VALID_WORK_VISA, when: &[Cond::FamilyMember] },
    Doc { doc: &d::MARRIAGE_BIRTH_ADOPTION_CERTIFICATE, when: &[Cond::FamilyMember] },
    // «Дербес деректерді өңдеуге келісім (отбасы мүшесінің визасы үшін)».
    Doc { doc: &d::PERSONAL_DATA_CONSENT, when: &[Cond::FamilyMember] },
];

// Guide: Work visa, section 2, "Қазақстан аумағында жұмыс визасын алу"
pub static WORK_VISA: Service = Service {
    id: "work-visa",
    section: Section { chapter: Chapter::WorkVisa, number: Some("2") },
    title: t!(work_visa_title),
    audience: t!(work_visa_audience),
    apply: &shared::PORTAL_STEPS,
    documents: WORK_VISA_DOCS,
    next_step: None,
    notes: &[
        shared::QUALIFICATION_CHECK,
        shared::FEE_BANDS_GAP,
        shared::FINGERPRINTING_FREE,
        shared::FINGERPRINTING_2025,
    ],
};

// Guide: Work visa, section 3, "Жұмыс визасын ұзарту". No fee table, no duty, no time. The guide
// says the list of documents stays the same, so the list is section 2's (the application made
// inside Kazakhstan, where the visa holder is), shared, not copied; the visitor is told so.
pub static WORK_VISA_EXTENSION: Service = Service {
    id: "work-visa-extension",
    section: Section { chapter: Chapter::WorkVisa, number: Some("3") },
    title: t!(work_visa_extension_title),
    audience: shared::EXTENSION_WINDOW,
    apply: &shared::NO_APPLY_STEPS,
    documents: WORK_VISA_DOCS,
    next_step: None,
    notes: &[
        shared::EXTENSION_SAME_HOST,
        shared::EXTENSION_SAME_DOCUMENTS,
        shared::EXTENSION_DEADLINES,
        Note { kind: NoteKind::GuideSilent, text: t!(work_visa_extension_note) },
        shared::FINGERPRINTING_FREE,
        shared::FINGERPRINTING_2025,
    ],
};
