//! The three languages of the widget and text that carries all three.
//!
//! Every visitor-facing string in the engine is a [`Text`]: English, Russian and Kazakh side by
//! side, so that no language can fall back to another silently (a test walks every `Text`).

use core::fmt;

/// A language the engine answers in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Ru,
    Kk,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Ru, Lang::Kk];

    /// Parses a language tag: `en`, `ru` or `kk`, exactly.
    pub fn parse(tag: &str) -> Option<Lang> {
        match tag {
            "en" => Some(Lang::En),
            "ru" => Some(Lang::Ru),
            "kk" => Some(Lang::Kk),
            _ => None,
        }
    }

    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
            Lang::Kk => "kk",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// One visitor-facing string in English, Russian and Kazakh.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    pub en: &'static str,
    pub ru: &'static str,
    pub kk: &'static str,
}

impl Text {
    pub const fn new(en: &'static str, ru: &'static str, kk: &'static str) -> Text {
        Text { en, ru, kk }
    }

    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Ru => self.ru,
            Lang::Kk => self.kk,
        }
    }

    /// True when every language has text.
    pub fn is_complete(&self) -> bool {
        !self.en.trim().is_empty() && !self.ru.trim().is_empty() && !self.kk.trim().is_empty()
    }
}

/// Shorthand used throughout the data files: `t!("en", "ru", "kk")`.
#[macro_export]
macro_rules! t {
    ($en:expr, $ru:expr, $kk:expr $(,)?) => {
        $crate::lang::Text::new($en, $ru, $kk)
    };
}
