//! Guide chapter «ВИЗАНЫҢ КҮШІН ЖОЮ»: visa cancellation.

use super::documents as d;
use super::shared;
use super::{Chapter, Cond, Doc, Note, NoteKind, Section, Service};
use crate::t;

// Guide: Visa cancellation, section 1, "Виза иесінің Қазақстаннан шығып кеткен жағдайда визаның
// күшін жою" (the guide writes «визаны күшін жою», a typo).
pub static VISA_CANCELLATION: Service = Service {
    id: "visa-cancellation",
    section: Section { chapter: Chapter::VisaCancellation, number: Some("1") },
    title: t!(visa_cancellation_title),
    audience: t!(visa_cancellation_audience),
    apply: &shared::PORTAL_STEPS,
    // Guide: Visa cancellation, section 1, «Қажетті құжаттар» (8 bullets).
    documents: &[
        Doc { doc: &d::STATE_REGISTRATION_CERTIFICATE, when: &[] },
        Doc { doc: &d::SHAREHOLDERS_DECISION_AND_HEAD_APPOINTMENT, when: &[] },
        Doc { doc: &d::GENERAL_POWER_OF_ATTORNEY, when: &[Cond::Branch, Cond::IfAny] },
        Doc { doc: &d::REPRESENTATIVE_POWER_OF_ATTORNEY, when: &[Cond::IfAny] },
        Doc { doc: &d::HOST_CANCELLATION_REQUEST_LETTER, when: &[] },
        Doc { doc: &d::PASSPORT_COPY_PLAIN, when: &[] },
        Doc { doc: &d::CURRENT_VISA_COPY, when: &[] },
        Doc { doc: &d::EMPLOYMENT_TERMINATION_ORDER, when: &[Cond::IfAny] },
    ],
    next_step: None,
    notes: &[Note { kind: NoteKind::Guide, text: t!(visa_cancellation_note) }],
};

// Guide: Visa cancellation, section 2, "Визаның күшін жою (Қазақстаннан өтініш берушілер үшін)"
pub static VISA_CANCELLATION_EXIT_VISA: Service = Service {
    id: "visa-cancellation-exit-visa",
    section: Section { chapter: Chapter::VisaCancellation, number: Some("2") },
    title: t!(visa_cancellation_exit_visa_title),
    audience: t!(visa_cancellation_exit_visa_audience),
    // This section words the steps a little differently («Жаңа өтінішті жіберу» for «Жаңа
    // өтініш беру», «біздің орталыққа» for «Экспат орталығының офисіне»); same steps, so the
    // shared ones.
    apply: &shared::PORTAL_STEPS,
    // Guide: Visa cancellation, section 2, «Қажетті құжаттар» (9 bullets).
    documents: &[
        Doc { doc: &d::STATE_REGISTRATION_CERTIFICATE, when: &[] },
        Doc { doc: &d::SHAREHOLDERS_DECISION_AND_HEAD_APPOINTMENT, when: &[] },
        Doc { doc: &d::GENERAL_POWER_OF_ATTORNEY, when: &[Cond::Branch, Cond::IfAny] },
        Doc { doc: &d::REPRESENTATIVE_POWER_OF_ATTORNEY, when: &[Cond::IfAny] },
        Doc { doc: &d::HOST_CANCELLATION_AND_EXIT_VISA_REQUEST, when: &[] },
        Doc { doc: &d::PASSPORT_ORIGINAL_PLAIN, when: &[] },
        Doc { doc: &d::VISA_APPLICATION_FORM_PHOTO, when: &[] },
        Doc { doc: &d::ARRIVAL_NOTIFICATION, when: &[] },
        Doc { doc: &d::STATE_DUTY_PAYMENT_ORIGINAL, when: &[] },
    ],
    next_step: None,
    notes: &[Note { kind: NoteKind::Guide, text: t!(visa_cancellation_exit_visa_note) }],
};
