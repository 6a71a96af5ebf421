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
///
/// Stored as one string, `en␟ru␟kk` (U+001F between them), built at compile time by `t!`: one
/// (pointer, length) pair instead of three saves 16 bytes of hard-to-compress pointers per text,
/// about 8 KB brotli over the catalog.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    joined: &'static str,
}

const SEP: char = '\u{1F}';

impl Text {
    /// Used by `t!`; `joined` must be three texts separated by U+001F.
    #[doc(hidden)]
    pub const fn from_joined(joined: &'static str) -> Text {
        Text { joined }
    }

    pub fn get(&self, lang: Lang) -> &'static str {
        let index = match lang {
            Lang::En => 0,
            Lang::Ru => 1,
            Lang::Kk => 2,
        };
        self.joined.split(SEP).nth(index).unwrap_or("")
    }

    pub fn en(&self) -> &'static str {
        self.get(Lang::En)
    }

    pub fn ru(&self) -> &'static str {
        self.get(Lang::Ru)
    }

    pub fn kk(&self) -> &'static str {
        self.get(Lang::Kk)
    }

    /// True when there are exactly three texts and none is blank.
    pub fn is_complete(&self) -> bool {
        let parts: Vec<&str> = self.joined.split(SEP).collect();
        parts.len() == 3 && parts.iter().all(|p| !p.trim().is_empty())
    }
}

/// Shorthand used throughout the data files: `t!("en", "ru", "kk")` (string literals).
#[macro_export]
macro_rules! t {
    ($en:literal, $ru:literal, $kk:literal $(,)?) => {
        $crate::lang::Text::from_joined(concat!($en, "\u{1F}", $ru, "\u{1F}", $kk))
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_reads_its_own_part() {
        let t = crate::t!("Yes", "Да", "Иә");
        assert_eq!([t.get(Lang::En), t.get(Lang::Ru), t.get(Lang::Kk)], ["Yes", "Да", "Иә"]);
        assert!(t.is_complete());
        assert!(!Text::from_joined("Yes\u{1F}Да").is_complete());
        assert!(!Text::from_joined("Yes\u{1F} \u{1F}Иә").is_complete());
    }
}
