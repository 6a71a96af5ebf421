//! Labels that read the engine's texts in a language.

use crate::catalog::Chapter;
use crate::lang::{Lang, Translate};
use crate::t;

/// «Guide 2025 · Work visa · 2»: where a visitor finds the service in the guide, in the edition
/// the answer was read from.
pub fn section_label(chapter: Chapter, number: Option<&str>, edition: &str, lang: Lang) -> String {
    let guide = t!(guide_name);
    let mut s = String::new();
    s.push_str(&crate::lang::fill(guide.get(lang), &[("{edition}", edition)]));
    s.push_str(" · ");
    s.push_str(chapter.title().get(lang));
    if let Some(n) = number {
        s.push_str(" · ");
        s.push_str(n);
    }
    s
}
