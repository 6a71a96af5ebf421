//! Guide chapter «БІЛІКТІЛІК ТАЛАПТАРЫНАН БОСАТУ НЕМЕСЕ ӨЗГЕРТУ ҮШІН ӨТІНІШТЕРДІ ҚАБЫЛДАУ». The
//! chapter is one section.

use super::documents as d;
use super::{Chapter, Cond, Doc, Note, NoteKind, Section, Service};
use crate::t;

// Guide: Qualification exemption, "Біліктілік талаптарынан босату немесе өзгерту үшін
// өтініштерді қабылдау"
pub static QUALIFICATION_EXEMPTION: Service = Service {
    id: "qualification-exemption",
    section: Section { chapter: Chapter::QualificationExemption, number: None },
    title: t!(qualification_exemption_title),
    audience: t!(qualification_exemption_audience),
    // Guide: «Өтінім беру процесі» is three bullets: upload the documents (its sub-bullets are
    // the document list below), optionally add supporting material, receive the decision.
    apply: &[
        t!(qualification_exemption_apply_1),
        t!(qualification_exemption_apply_2),
        t!(qualification_exemption_apply_3),
    ],
    // Guide: «Өтінім беру процесі», the first bullet's four sub-bullets («соның ішінде:»), then
    // the second bullet's optional material («Қосымша сіз ... қоса аласыз»): 5 documents.
    documents: &[
        Doc { doc: &d::HOST_EXEMPTION_APPLICATION, when: &[] },
        Doc { doc: &d::PERSONAL_DATA_CONSENT, when: &[] },
        Doc { doc: &d::PASSPORT_COPY_PLAIN, when: &[] },
        Doc { doc: &d::CV, when: &[] },
        Doc { doc: &d::QUALIFICATION_SUPPORTING_MATERIALS, when: &[Cond::Optional] },
    ],
    next_step: None,
    notes: &[
        Note { kind: NoteKind::Guide, text: t!(qualification_exemption_note_1) },
        Note { kind: NoteKind::Guide, text: t!(qualification_exemption_note_2) },
        Note { kind: NoteKind::Guide, text: t!(qualification_exemption_note_3) },
    ],
};
