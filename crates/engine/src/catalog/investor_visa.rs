//! Guide chapter «ИНВЕСТОРЛЫҚ ВИЗА» (the guide's heading reads «ИНВЕТОРЛЫҚ ВИЗА», a typo): the
//! A5 and A6 investor visas and the family member's visa.

use super::documents as d;
use super::shared;
use super::{Chapter, Cond, Doc, NextStep, Note, NoteKind, Place, Section, Service};
use crate::t;

/// On A5 and A6 invitations: the family bullet names a work visa (guide, Investor visa 1 and 3,
/// «Отбасы мүшесінің (шетелдік қызметкердің) визасы үшін негізгі иесінің жарамды жұмыс визасы»).
/// The guide's words are kept and the visitor is asked to confirm which visa to bring.
const FAMILY_BULLET_WORK_VISA: Note = Note { kind: NoteKind::GuideSilent, text: t!(note_family_bullet_work_visa) };

// Guide: Investor visa, section 1, "Қазақстан Республикасынан тыс жерлерде инвесторлық виза алу
// үшін шақыру хаты"
pub static INVESTOR_VISA_A5_INVITATION: Service = Service {
    id: "investor-visa-a5-invitation",
    section: Section { chapter: Chapter::InvestorVisa, number: Some("1") },
    title: t!(investor_visa_a5_invitation_title),
    audience: t!(investor_visa_a5_invitation_audience),
    apply: &shared::PORTAL_STEPS,
    // Guide: Investor visa, section 1, step 1, «Қажетті құжаттар» (10 bullets).
    documents: &[
        Doc { doc: &d::STATE_REGISTRATION_CERTIFICATE, when: &[] },
        Doc { doc: &d::SHAREHOLDERS_DECISION_AND_HEAD_APPOINTMENT, when: &[] },
        Doc { doc: &d::GENERAL_POWER_OF_ATTORNEY, when: &[Cond::Branch, Cond::IfAny] },
        Doc { doc: &d::REPRESENTATIVE_POWER_OF_ATTORNEY, when: &[Cond::IfAny] },
        Doc { doc: &d::INVITATION_LETTER, when: &[] },
        Doc { doc: &d::PASSPORT_COPY, when: &[] },
        Doc { doc: &d::INVESTMENT_LETTER_OF_SUPPORT, when: &[] },
        // «Отбасы мүшесінің (шетелдік қызметкердің) визасы үшін негізгі иесінің жарамды жұмыс
        // визасы»: «work visa» in an investor section; kept, with a note.
        Doc { doc: &d::MAIN_HOLDER_VALID_WORK_VISA, when: &[Cond::FamilyMember] },
        Doc { doc: &d::MARRIAGE_BIRTH_ADOPTION_CERTIFICATE, when: &[Cond::FamilyMember] },
        Doc { doc: &d::PERSONAL_DATA_CONSENT, when: &[] },
    ],
    // Guide: Investor visa, section 1, «2-қадам, Қазақстан елшілігінде / Қазақстанның халықаралық
    // әуежайында».
    next_step: Some(NextStep {
        place: Place::EmbassyOrAirport,
        documents: shared::STEP2_DOCS,
        notes: &[shared::EMBASSY_ANY],
    }),
    notes: &[shared::FEE_BANDS_GAP, FAMILY_BULLET_WORK_VISA],
};

// Guide: Investor visa, section 2, «Қажетті құжаттар» (12 bullets). Also the list of the
// extension (section 4), which says the list stays the same. The fingerprinting bullet is broken
// over two lines in the guide («... верификациядан өткенді растайтын» / «- анықтаманың
// түпнұсқасы;»): one bullet.
static INVESTOR_VISA_A5_DOCS: &[Doc] = &[
    Doc { doc: &d::STATE_REGISTRATION_CERTIFICATE, when: &[] },
    Doc { doc: &d::SHAREHOLDERS_DECISION_AND_HEAD_APPOINTMENT, when: &[] },
    Doc { doc: &d::GENERAL_POWER_OF_ATTORNEY, when: &[Cond::Branch, Cond::IfAny] },
    Doc { doc: &d::REPRESENTATIVE_POWER_OF_ATTORNEY, when: &[Cond::IfAny] },
    Doc { doc: &d::INVESTMENT_LETTER_OF_SUPPORT, when: &[] },
    Doc { doc: &d::PASSPORT_ORIGINAL, when: &[] },
    Doc { doc: &d::VISA_APPLICATION_FORM_PHOTO, when: &[] },
    Doc { doc: &d::VISA_COPY, when: &[Cond::IfAny] },
    Doc { doc: &d::FINGERPRINTING_CERTIFICATE, when: &[] },
    Doc { doc: &d::ARRIVAL_NOTIFICATION, when: &[] },
    Doc { doc: &d::MARRIAGE_BIRTH_ADOPTION_CERTIFICATE, when: &[Cond::FamilyMember] },
    Doc { doc: &d::PERSONAL_DATA_CONSENT, when: &[] },
];

// Guide: Investor visa, section 2, "Қазақстан аумағында инвесторлық виза алу"
pub static INVESTOR_VISA_A5: Service = Service {
    id: "investor-visa-a5",
    section: Section { chapter: Chapter::InvestorVisa, number: Some("2") },
    title: t!(investor_visa_a5_title),
    audience: t!(investor_visa_a5_audience),
    apply: &shared::PORTAL_STEPS,
    documents: INVESTOR_VISA_A5_DOCS,
    next_step: None,
    notes: &[shared::FEE_BANDS_GAP, shared::FINGERPRINTING_FREE, shared::FINGERPRINTING_2025],
};

// Guide: Investor visa, section 3, "Қазақстан Республикасынан тыс жерлерде А6 инвесторлық визасын
// алу үшін шақыру хаты"
pub static INVESTOR_VISA_A6_INVITATION: Service = Service {
    id: "investor-visa-a6-invitation",
    section: Section { chapter: Chapter::InvestorVisa, number: Some("3") },
    title: t!(investor_visa_a6_invitation_title),
    audience: t!(investor_visa_a6_invitation_audience),
    apply: &shared::PORTAL_STEPS,
    // Guide: Investor visa, section 3, step 1, «Қажетті құжаттар» (10 bullets).
    documents: &[
        Doc { doc: &d::STATE_REGISTRATION_CERTIFICATE, when: &[] },
        Doc { doc: &d::SHAREHOLDERS_DECISION_AND_HEAD_APPOINTMENT, when: &[] },
        Doc { doc: &d::GENERAL_POWER_OF_ATTORNEY, when: &[Cond::Branch, Cond::IfAny] },
        Doc { doc: &d::REPRESENTATIVE_POWER_OF_ATTORNEY, when: &[Cond::IfAny] },
        Doc { doc: &d::INVITATION_LETTER, when: &[] },
        Doc { doc: &d::PASSPORT_COPY, when: &[] },
        Doc { doc: &d::AIFC_ADMINISTRATION_LETTER_OF_SUPPORT, when: &[] },
        // «... негізгі иесінің жарамды жұмыс визасы»: kept, with a note.
        Doc { doc: &d::MAIN_HOLDER_VALID_WORK_VISA, when: &[Cond::FamilyMember] },
        Doc { doc: &d::MARRIAGE_BIRTH_ADOPTION_CERTIFICATE, when: &[Cond::FamilyMember] },
        Doc { doc: &d::PERSONAL_DATA_CONSENT, when: &[] },
    ],
    // Guide: Investor visa, section 3, «2-қадам, Қазақстан елшілігінде»: the embassy only, and
    // its last bullet names the embassy only; kept as the guide has it. The note under it ends
    // with a stray fragment («... визаға өтінім бере алады. белгілі бір уақытты алады.»): the
    // fragment is dropped, the sentence is the one of the other sections.
    next_step: Some(NextStep {
        place: Place::Embassy,
        documents: shared::STEP2_DOCS_EMBASSY,
        notes: &[
            shared::EMBASSY_ANY,
            Note { kind: NoteKind::GuideSilent, text: t!(investor_visa_a6_invitation_step2_note) },
        ],
    }),
    notes: &[shared::FEE_BANDS_GAP, FAMILY_BULLET_WORK_VISA],
};

// Guide: Investor visa, section 4, "Жұмыс визасын ұзарту" (sic: the investor chapter titles its
// extension «work visa extension»). Titled here as the investor visa's
// extension, the chapter it stands in, and the visitor is told the guide's heading. No fee table,
// no duty, no time; the list is section 2's (A5 inside Kazakhstan), shared, not copied.
pub static INVESTOR_VISA_EXTENSION: Service = Service {
    id: "investor-visa-extension",
    section: Section { chapter: Chapter::InvestorVisa, number: Some("4") },
    title: t!(investor_visa_extension_title),
    audience: shared::EXTENSION_WINDOW,
    apply: &shared::NO_APPLY_STEPS,
    documents: INVESTOR_VISA_A5_DOCS,
    next_step: None,
    notes: &[
        shared::EXTENSION_SAME_HOST,
        shared::EXTENSION_SAME_DOCUMENTS,
        shared::EXTENSION_DEADLINES,
        Note { kind: NoteKind::GuideSilent, text: t!(investor_visa_extension_note_1) },
        Note { kind: NoteKind::GuideSilent, text: t!(investor_visa_extension_note_2) },
        shared::FINGERPRINTING_FREE,
        shared::FINGERPRINTING_2025,
    ],
};
