//! The languages the API answers in, and the reading of the engine's texts in one of them: the
//! translation at the edge. The texts live in `texts/<language>/*.ftl`; `build.rs` checks them
//! (a message missing in any language fails the build) and writes the [`Lang`] list and one
//! table per language. The engine's [`Text`] is a message id; [`Translate::get`] reads it.
//!
//! The tables are compiled in, except with the `separate-texts` feature (the shipped wasm): then
//! each language's table is a file of its own (`OUT_DIR/texts/<tag>.txt`) that [`load`] takes at
//! run time, so a visitor downloads only their language; a request in a language not loaded yet
//! is refused with `language-not-loaded` ([`loaded`]).

use core::fmt;
use std::sync::OnceLock;

mod generated {
    include!(concat!(env!("OUT_DIR"), "/texts.rs"));
}

use aifc_eligibility_engine::lang::{Text, MESSAGE_COUNT};
pub use generated::Lang;
#[cfg(not(feature = "separate-texts"))]
use generated::TABLES;
use generated::TEXTS_KEY;

const SEP: char = '\u{1F}';

impl Lang {
    /// Parses a BCP 47 language tag as the widget's `lang` attribute does (tags are
    /// case-insensitive): a language of `texts/languages.txt` (`en`, `ru`, `kk`, or one added
    /// such as `en-XA`), else its language subtag before a hyphen, so `ru-KZ` and `kk-Cyrl-KZ`
    /// are Russian and Kazakh; `english`, `ru_KZ` and `ru-` are refused.
    pub fn parse(tag: &str) -> Option<Lang> {
        let find = |t: &str| Lang::ALL.into_iter().find(|l| l.tag().eq_ignore_ascii_case(t));
        find(tag).or_else(|| match tag.split_once('-') {
            Some((primary, rest)) if !rest.is_empty() => find(primary),
            _ => None,
        })
    }
}

/// The tags, as an error message lists them: "en, ru or kk".
pub fn tags_list() -> String {
    let tags: Vec<&str> = Lang::ALL.iter().map(|l| l.tag()).collect();
    match tags.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => tags.join(""),
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// The tables loaded at run time, one per language, each set once.
#[cfg(feature = "separate-texts")]
static TABLES: [OnceLock<String>; Lang::ALL.len()] = [const { OnceLock::new() }; Lang::ALL.len()];

/// A language's table, compiled in.
#[cfg(not(feature = "separate-texts"))]
fn table(lang: Lang) -> &'static str {
    TABLES.get(lang as usize).copied().unwrap_or_default()
}

/// A language's table as loaded ("" until it is).
#[cfg(feature = "separate-texts")]
fn table(lang: Lang) -> &'static str {
    TABLES.get(lang as usize).and_then(OnceLock::get).map_or("", String::as_str)
}

/// Whether a language's texts are there to answer in (always, when they are compiled in).
pub fn loaded(lang: Lang) -> bool {
    cfg!(not(feature = "separate-texts")) || !table(lang).is_empty()
}

/// Why a file of texts cannot be loaded.
#[derive(Debug, PartialEq, Eq)]
pub enum LoadError {
    /// Not `<tag> U+001E <key> U+001E <table>` for a language of this build.
    NotTexts,
    /// Made for another build: other messages, or another number of them.
    OtherBuild,
    /// The file is of another language than the one asked for.
    OtherLanguage,
}

/// Takes one language's texts, a file as the build writes it (`<tag> U+001E <key> U+001E
/// <table>`). Loading a language again is a no-op (its first table stays). With the texts compiled
/// in, only checks the file.
pub fn load(lang: Lang, file: &str) -> Result<(), LoadError> {
    let mut parts = file.splitn(3, '\u{1e}');
    let (Some(tag), Some(key), Some(body)) = (parts.next(), parts.next(), parts.next()) else {
        return Err(LoadError::NotTexts);
    };
    if Lang::parse(tag) != Some(lang) {
        return Err(if Lang::parse(tag).is_some() { LoadError::OtherLanguage } else { LoadError::NotTexts });
    }
    if key != TEXTS_KEY || body.matches(SEP).count() + 1 != MESSAGE_COUNT {
        return Err(LoadError::OtherBuild);
    }
    #[cfg(feature = "separate-texts")]
    if let Some(slot) = TABLES.get(lang as usize) {
        let _ = slot.set(body.to_owned());
    }
    Ok(())
}

/// Where each message starts in a language's table, in bytes, and where the table ends (one
/// separator past it).
fn starts(lang: Lang, table: &str) -> &'static [u32] {
    STARTS[lang as usize % STARTS.len()].get_or_init(|| {
        let mut starts = Vec::with_capacity(MESSAGE_COUNT + 1);
        starts.push(0);
        starts.extend(table.match_indices(SEP).map(|(i, _)| (i + SEP.len_utf8()) as u32));
        starts.push(table.len() as u32 + SEP.len_utf8() as u32);
        starts
    })
}

/// Where each message starts in its language's table, found once per language on first use.
static STARTS: [OnceLock<Vec<u32>>; Lang::ALL.len()] = [const { OnceLock::new() }; Lang::ALL.len()];

/// An engine text read in a language.
pub trait Translate {
    fn get(&self, lang: Lang) -> &'static str;

    fn en(&self) -> &'static str {
        self.get(Lang::En)
    }

    fn ru(&self) -> &'static str {
        self.get(Lang::Ru)
    }

    fn kk(&self) -> &'static str {
        self.get(Lang::Kk)
    }

    /// True when no language's text is blank (the build also refuses a blank message).
    fn is_complete(&self) -> bool {
        Lang::ALL.iter().all(|&l| !self.get(l).trim().is_empty())
    }
}

impl Translate for Text {
    fn get(&self, lang: Lang) -> &'static str {
        let table = table(lang);
        if table.is_empty() {
            return "";
        }
        let starts = starts(lang, table);
        let i = self.msg() as usize;
        match (starts.get(i), starts.get(i + 1)) {
            (Some(&a), Some(&b)) => table.get(a as usize..(b as usize).saturating_sub(SEP.len_utf8())).unwrap_or(""),
            _ => "",
        }
    }
}

/// `text` with each `{name}` of `values` replaced by its value, one name after the other, as
/// `str::replace` would. Matched as bytes and cut with `get`: `str::replace` (and `split` by a
/// `&str`) would bring along, to the wasm every visitor downloads, the standard library's panic
/// message for a string cut inside a character, about 5 KB with the Unicode tables that message
/// is printed with. A match of a whole UTF-8 `name` starts and ends on character boundaries, so
/// the `get`s never fail.
pub fn fill(text: &str, values: &[(&str, &str)]) -> String {
    let mut out = text.to_owned();
    for (name, value) in values {
        if name.is_empty() {
            continue;
        }
        let mut filled = String::with_capacity(out.len());
        let mut rest = out.as_str();
        while let Some(at) = rest.as_bytes().windows(name.len()).position(|w| w == name.as_bytes()) {
            let (Some(before), Some(after)) = (rest.get(..at), rest.get(at + name.len()..)) else { break };
            filled.push_str(before);
            filled.push_str(value);
            rest = after;
        }
        filled.push_str(rest);
        out = filled;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use aifc_eligibility_engine::lang::ALL_MESSAGES;

    #[test]
    fn fill_replaces_every_placeholder_as_replace_would() {
        let text = "{a} to {b}, then {a}; {c} stays; «{a}»";
        let values = [("{a}", "1 мая"), ("{b}", ""), ("{d}", "x")];
        let replaced = text.replace("{a}", "1 мая").replace("{b}", "").replace("{d}", "x");
        assert_eq!(fill(text, &values), replaced);
        assert_eq!(fill(text, &values), "1 мая to , then 1 мая; {c} stays; «1 мая»");
        assert_eq!(fill("", &values), "");
        assert_eq!(fill("{a}", &[("{a}", "{a}{a}")]), "{a}{a}");
        assert_eq!(fill("«{a}{a}»", &[("", "x"), ("{a}", "é")]), "«éé»");
    }

    #[test]
    fn each_language_reads_its_own_part() {
        let t = aifc_eligibility_engine::t!(option_yes);
        assert_eq!([t.get(Lang::En), t.get(Lang::Ru), t.get(Lang::Kk)], ["Yes", "Да", "Иә"]);
        assert!(t.is_complete());
        assert_eq!(t.id(), "option_yes");
        // The first and the last message of the tables are whole too.
        for msg in [ALL_MESSAGES[0], ALL_MESSAGES[MESSAGE_COUNT - 1]] {
            assert!(Text::new(msg).is_complete() && !Text::new(msg).en().contains(SEP));
        }
    }

    #[test]
    fn a_file_of_texts_is_taken_for_its_own_language_and_build_only() {
        let en = include_str!(concat!(env!("OUT_DIR"), "/texts/en.txt"));
        let ru = include_str!(concat!(env!("OUT_DIR"), "/texts/ru.txt"));
        assert_eq!(load(Lang::En, en), Ok(()));
        assert_eq!(load(Lang::Ru, ru), Ok(()));
        assert_eq!(load(Lang::Ru, en), Err(LoadError::OtherLanguage));
        assert_eq!(load(Lang::En, "not texts"), Err(LoadError::NotTexts));
        assert_eq!(load(Lang::En, &en.replacen(TEXTS_KEY, "0000000000000000", 1)), Err(LoadError::OtherBuild));
        let (short, _) = en.rsplit_once(SEP).unwrap_or_default();
        assert_eq!(load(Lang::En, short), Err(LoadError::OtherBuild), "a message fewer");
        // The file's table is the compiled-in one, message for message.
        let table = en.splitn(3, '\u{1e}').nth(2).unwrap_or_default();
        assert_eq!(table.split(SEP).nth(aifc_eligibility_engine::t!(option_yes).msg() as usize), Some("Yes"));
        assert!(loaded(Lang::Kk), "compiled in, every language is there");
    }

    #[test]
    fn tags_parse_as_their_language_subtag() {
        assert_eq!(Lang::parse("kk"), Some(Lang::Kk));
        assert_eq!(Lang::parse("KK"), Some(Lang::Kk));
        assert_eq!(Lang::parse("ru-KZ"), Some(Lang::Ru));
        assert_eq!(Lang::parse("kk-Cyrl-KZ"), Some(Lang::Kk));
        for refused in ["", "-", "ru-", "ru_KZ", "english", "de-KZ", "-ru"] {
            assert_eq!(Lang::parse(refused), None, "{refused:?}");
        }
        assert_eq!(Lang::ALL.map(Lang::tag), ["en", "ru", "kk"]);
        assert_eq!(tags_list(), "en, ru or kk");
    }
}
