//! The guide's warning that the state body may take longer, as a rule. The texts the guide
//! repeats from section to section (the portal steps, the notes of the extension sections, the
//! step-2 lists) are data: `content/guide-<year>/shared.toml`.

use super::{Note, NoteKind, StateDelay};
use crate::t;

/// «Ескертпе: қызмет көрсету уақыты мемлекеттік орган тарапынан ... күнтізбелік 30 күнге дейін
/// ұзартылуы мүмкін.» The business-visa chapters word it slightly differently, same meaning.
/// The services it applies to carry `state_delay` (`tariffs.toml`).
pub const STATE_DELAY: StateDelay =
    StateDelay { calendar_days: 30, note: Note { kind: NoteKind::Guide, text: t!(note_state_delay) } };
