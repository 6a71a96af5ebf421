//! Texts the guide repeats from section to section, written once. The notes are `const`s: a
//! `Note` is not `Copy`, and a `const` is what a service's `static` slice can hold by value (they
//! hold only text, so they need no reference to a `static`, which a `const` may not take before
//! Rust 1.83). The portal steps and the step-2 lists are `static`s every service points at.

use super::documents as d;
use super::{Doc, Note, NoteKind, StateDelay};
use crate::lang::Text;
use crate::t;

/// «Өтінім беру процесі»: the three steps the guide gives in most sections, and once before
/// item 1 of the chapter «Көші-қон және салық басқа қызметтері» for all its services.
pub static PORTAL_STEPS: [Text; 3] = [t!(portal_steps_1), t!(portal_steps_2), t!(portal_steps_3)];

/// For the sections that give no application steps (the residence permit, the extensions).
pub static NO_APPLY_STEPS: [Text; 1] = [t!(no_apply_steps)];

// ---------------------------------------------------------------------------------------------
// Notes the guide repeats.
// ---------------------------------------------------------------------------------------------

/// «Ескертпе: қызмет көрсету уақыты мемлекеттік орган тарапынан ... күнтізбелік 30 күнге дейін
/// ұзартылуы мүмкін.» The business-visa chapters word it slightly differently, same meaning.
/// The services it applies to carry `state_delay`.
pub const STATE_DELAY: StateDelay =
    StateDelay { calendar_days: 30, note: Note { kind: NoteKind::Guide, text: t!(note_state_delay) } };

/// «Ескерту: Біліктілік талаптарына сәйкестікті тексеру және құжаттарды қарау белгілі бір
/// уақытты алады.»
pub const QUALIFICATION_CHECK: Note = Note { kind: NoteKind::Guide, text: t!(note_qualification_check) };

/// The note under step 2: «АХҚО қатысушысы азаматтыққа байланысты нақты талаптарсыз
/// Қазақстанның кез келген Елшілігінде визаға өтінім бере алады.»
pub const EMBASSY_ANY: Note = Note { kind: NoteKind::Guide, text: t!(note_embassy_any) };

// ---------------------------------------------------------------------------------------------
// The extension sections (work visa 3, investor visa 4, short-term business visa 2, long-term
// business visa 3) are four paragraphs, the same in each. The first is the section's opening
// paragraph, so it is the `audience`; the other three are its notes.
// ---------------------------------------------------------------------------------------------

/// «Визаның қолданылу мерзімін ұзартуға өтініш отыз жұмыс күнінен ерте емес және визаның
/// қолданылу мерзімі аяқталғанға дейін бес жұмыс күнінен кешіктірілмей берілуі тиіс.»
pub const EXTENSION_WINDOW: Text = t!(extension_window);

pub const EXTENSION_SAME_HOST: Note = Note { kind: NoteKind::Guide, text: t!(note_extension_same_host) };

pub const EXTENSION_SAME_DOCUMENTS: Note = Note { kind: NoteKind::Guide, text: t!(note_extension_same_documents) };

/// The long-term business chapter opens it with «Бұл ретте» («in doing so»): same meaning.
pub const EXTENSION_DEADLINES: Note = Note { kind: NoteKind::Guide, text: t!(note_extension_deadlines) };

// ---------------------------------------------------------------------------------------------
// Where the guide is silent or inconsistent, the same on several services.
// ---------------------------------------------------------------------------------------------

/// On every service with the rows «2 жылға дейін» and «3-тен 5 жылға дейін» (guide, the fee
/// tables of Work visa 1-2 and Investor visa 1-3). The guide is silent on more than 2 and less
/// than 3 years; decided here: no fee is guessed for it and the visitor asks the Centre.
pub const FEE_BANDS_GAP: Note = Note { kind: NoteKind::GuideSilent, text: t!(note_fee_bands_gap) };

/// Guide, Other services 5: «Жұмыс визасын, инвесторлық визаны немесе уақытша тұруға рұқсатты
/// ресімдеу кезінде дактилоскопия алдын ала тиісті визаға немесе уақытша тұруға рұқсатқа
/// сервистік алым төленген жағдайда тегін жүргізіледі.» On the services of those three whose
/// list asks for the fingerprinting certificate (the visa or permit issued inside Kazakhstan and
/// the extensions, whose list is the same).
pub const FINGERPRINTING_FREE: Note = Note { kind: NoteKind::Guide, text: t!(note_fingerprinting_free) };

/// On every service whose list has the fingerprinting / verification bullet (a certificate of
/// fingerprinting or «2025 жылы верификациядан өткенді растайтын», of verification passed in
/// 2025; guide, Work visa 2, Investor visa 2, residence permit, TRP, Long-term business visa 2).
/// The guide was written for 2025 and is silent on later years; decided here: its words are kept
/// and the visitor asks which year's verification is accepted.
pub const FINGERPRINTING_2025: Note = Note { kind: NoteKind::GuideSilent, text: t!(note_fingerprinting_2025) };

// ---------------------------------------------------------------------------------------------
// Step 2, «2-қадам, Қазақстан елшілігінде / Қазақстанның халықаралық әуежайында».
// ---------------------------------------------------------------------------------------------

/// «Өтінім беру рәсімі» of step 2 in work visa 1, investor visa 1 (A5) and the business visas 1.
pub static STEP2_DOCS: &[Doc] = &[
    Doc { doc: &d::APPROVED_INVITATION, when: &[] },
    Doc { doc: &d::VISA_APPLICATION_FORM_PHOTO, when: &[] },
    Doc { doc: &d::PASSPORT_ORIGINAL, when: &[] },
    Doc { doc: &d::CONSULAR_FEES_CONTACT_EMBASSY_OR_AIRPORT, when: &[] },
];

/// The A6 section's step 2 («2-қадам, Қазақстан елшілігінде»): its last bullet names the
/// embassy only.
pub static STEP2_DOCS_EMBASSY: &[Doc] = &[
    Doc { doc: &d::APPROVED_INVITATION, when: &[] },
    Doc { doc: &d::VISA_APPLICATION_FORM_PHOTO, when: &[] },
    Doc { doc: &d::PASSPORT_ORIGINAL, when: &[] },
    Doc { doc: &d::CONSULAR_FEES_CONTACT_EMBASSY, when: &[] },
];
