//! The engine's texts as typed message ids: every visitor-facing text of the rules is a [`Text`],
//! the id of a message of `texts/<language>/*.ftl`. The engine knows no language: the API crate
//! reads a message in the visitor's language, at the edge (`aifc_eligibility_api::lang`).
//!
//! `build.rs` writes [`Msg`] from the English files; a mistyped id does not compile.

mod generated {
    include!(concat!(env!("OUT_DIR"), "/ids.rs"));
}

pub use generated::{Msg, ALL as ALL_MESSAGES, COUNT as MESSAGE_COUNT, IDS as MESSAGE_IDS};

/// One visitor-facing text: a message id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text(Msg);

impl Text {
    pub const fn new(msg: Msg) -> Text {
        Text(msg)
    }

    /// Its message id.
    pub const fn msg(self) -> Msg {
        self.0
    }

    /// The id as the `.ftl` files write it.
    pub fn id(self) -> &'static str {
        MESSAGE_IDS.get(self.0 as usize).copied().unwrap_or_default()
    }
}

/// `t!(message_id)`: the text with that id in `texts/<language>/*.ftl`.
///
/// ```
/// assert_eq!(aifc_eligibility_engine::t!(option_yes).id(), "option_yes");
/// ```
///
/// A mistyped id does not compile:
///
/// ```compile_fail
/// let _ = aifc_eligibility_engine::t!(option_yse);
/// ```
#[macro_export]
macro_rules! t {
    ($id:ident) => {
        $crate::lang::Text::new($crate::lang::Msg::$id)
    };
}
