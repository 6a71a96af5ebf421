//! An iCalendar file (RFC 5545) with the extension window, so a visitor can keep the dates.
//!
//! Output is deterministic: the UID comes from the dates and DTSTAMP from the caller's "now",
//! so the same window gives the same file (and calendar apps update rather than duplicate).

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};

use aifc_eligibility_engine::lang::Text;

use crate::lang::{Lang, Translate};
use aifc_eligibility_engine::calendar::Window;
use aifc_eligibility_engine::calendar::PROVISIONAL_REASON;
use aifc_eligibility_engine::calendar::{ADDRESS, EMAIL, PHONE_LINES};

/// The visitor-facing texts of the two events, already in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IcsTexts {
    pub opens_summary: String,
    pub opens_description: String,
    pub latest_summary: String,
    pub latest_description: String,
    pub alarm_description: String,
    pub location: String,
}

const OPENS_SUMMARY: Text = aifc_eligibility_engine::t!(ics_opens_summary);
const OPENS_DESCRIPTION: Text = aifc_eligibility_engine::t!(ics_opens_description);
const LATEST_SUMMARY: Text = aifc_eligibility_engine::t!(ics_latest_summary);
const LATEST_DESCRIPTION: Text = aifc_eligibility_engine::t!(ics_latest_description);
const ALARM: Text = aifc_eligibility_engine::t!(ics_alarm);
const CONTACT: Text = aifc_eligibility_engine::t!(ics_contact);

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date as a visitor reads it: "20 March 2026" in English, "20.03.2026" in Russian, Kazakh and
/// any language added later.
pub fn format_date(date: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::En => {
            let month = MONTHS_EN.get(date.month0() as usize).copied().unwrap_or("");
            format!("{} {} {}", date.day(), month, date.year())
        }
        _ => format!("{:02}.{:02}.{}", date.day(), date.month(), date.year()),
    }
}

impl IcsTexts {
    /// The built-in texts in `lang`, with the window's dates filled in.
    pub fn new(window: &Window, lang: Lang) -> IcsTexts {
        let (earliest, latest, expires) =
            (format_date(window.earliest, lang), format_date(window.latest, lang), format_date(window.expires, lang));
        let fill = |t: Text| {
            crate::lang::fill(t.get(lang), &[("{earliest}", &earliest), ("{latest}", &latest), ("{expires}", &expires)])
        };
        let mut footer = format!("\n\n{}: {}, {EMAIL}.", CONTACT.get(lang), PHONE_LINES[0].number);
        if window.provisional {
            footer = format!("\n\n{}{footer}", PROVISIONAL_REASON.get(lang));
        }
        IcsTexts {
            opens_summary: fill(OPENS_SUMMARY),
            opens_description: fill(OPENS_DESCRIPTION) + &footer,
            latest_summary: fill(LATEST_SUMMARY),
            latest_description: fill(LATEST_DESCRIPTION) + &footer,
            alarm_description: fill(ALARM),
            location: ADDRESS.get(lang).to_string(),
        }
    }
}

/// The calendar file of `window` with the built-in texts in `lang`. `dtstamp_utc` is "now", UTC.
pub fn extension_ics(window: &Window, lang: Lang, dtstamp_utc: NaiveDateTime) -> String {
    extension_ics_with(window, &IcsTexts::new(window, lang), dtstamp_utc)
}

/// The calendar file of `window` with the caller's texts. `dtstamp_utc` is "now", UTC.
pub fn extension_ics_with(window: &Window, texts: &IcsTexts, dtstamp_utc: NaiveDateTime) -> String {
    let (h, m, sec) = (dtstamp_utc.hour(), dtstamp_utc.minute(), dtstamp_utc.second());
    let stamp = format!("{}T{h:02}{m:02}{sec:02}Z", basic(dtstamp_utc.date()));
    let mut lines: Vec<String> = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//aifc-eligibility//Visa extension window//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    .map(String::from)
    .into();
    let events = [
        ("opens", window.earliest, &texts.opens_summary, &texts.opens_description, None),
        ("last-day", window.latest, &texts.latest_summary, &texts.latest_description, Some(&texts.alarm_description)),
    ];
    for (kind, date, summary, description, alarm) in events {
        lines.push("BEGIN:VEVENT".into());
        // The UID names the visa and the day, so a re-download replaces rather than duplicates.
        lines.push(format!("UID:visa-extension-{}-{kind}-{}@aifc-eligibility", basic(window.expires), basic(date)));
        lines.push(format!("DTSTAMP:{stamp}"));
        lines.push(format!("DTSTART;VALUE=DATE:{}", basic(date)));
        // Only the last supported day has no successor; DTEND may then be left out (RFC 5545
        // 3.6.1: an all-day event without DTEND lasts one day).
        if let Some(next) = date.succ_opt() {
            lines.push(format!("DTEND;VALUE=DATE:{}", basic(next)));
        }
        lines.push(format!("SUMMARY:{}", escape(summary)));
        lines.push(format!("DESCRIPTION:{}", escape(description)));
        lines.push(format!("LOCATION:{}", escape(&texts.location)));
        // An all-day reminder should not mark the visitor busy.
        lines.push("TRANSP:TRANSPARENT".into());
        if let Some(alarm) = alarm {
            lines.push("BEGIN:VALARM".into());
            lines.push("ACTION:DISPLAY".into());
            lines.push(format!("DESCRIPTION:{}", escape(alarm)));
            // Relative to the start of the all-day event: three days before the last day.
            lines.push("TRIGGER:-P3D".into());
            lines.push("END:VALARM".into());
        }
        lines.push("END:VEVENT".into());
    }
    lines.push("END:VCALENDAR".into());
    let mut out = String::new();
    for line in &lines {
        push_line(&mut out, line);
    }
    out
}

/// RFC 5545 DATE, basic format: 20260320.
fn basic(date: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", date.year(), date.month(), date.day())
}

/// TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded so no physical line exceeds 75 octets (RFC 5545 3.1),
/// breaking only between UTF-8 characters (Cyrillic letters are two octets each).
fn push_line(out: &mut String, line: &str) {
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use aifc_eligibility_engine::calendar::{extension_window, CalendarError};

    macro_rules! ymd {
        ($y:expr, $m:expr, $d:expr) => {
            NaiveDate::from_ymd_opt($y, $m, $d).expect("a calendar date")
        };
    }
    macro_rules! at {
        ($y:expr, $mo:expr, $d:expr, $h:expr, $mi:expr) => {
            ymd!($y, $mo, $d).and_hms_opt($h, $mi, 0).expect("a time")
        };
    }

    type R = Result<(), CalendarError>;

    fn now() -> NaiveDateTime {
        at!(2026, 2, 1, 6, 30)
    }

    fn unfold(ics: &str) -> String {
        ics.replace("\r\n ", "")
    }

    #[test]
    fn structure_of_the_file() -> R {
        let w = extension_window(ymd!(2026, 3, 31))?;
        let ics = extension_ics(&w, Lang::En, now());
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
        assert!(ics.ends_with("END:VEVENT\r\nEND:VCALENDAR\r\n"));
        let flat = unfold(&ics);
        for needle in [
            "CALSCALE:GREGORIAN\r\n",
            "METHOD:PUBLISH\r\n",
            "DTSTAMP:20260201T063000Z\r\n",
            // 30 working days before 31 March 2026 is 11 February; 5 before is 19 March.
            "DTSTART;VALUE=DATE:20260211\r\nDTEND;VALUE=DATE:20260212\r\n",
            "DTSTART;VALUE=DATE:20260319\r\nDTEND;VALUE=DATE:20260320\r\n",
            "UID:visa-extension-20260331-opens-20260211@aifc-eligibility\r\n",
            "UID:visa-extension-20260331-last-day-20260319@aifc-eligibility\r\n",
            "BEGIN:VALARM\r\nACTION:DISPLAY\r\n",
            "TRIGGER:-P3D\r\nEND:VALARM\r\nEND:VEVENT\r\n",
            "Your visa expires on 31 March 2026.",
            "LOCATION:55/18 Mangilik El Avenue\\, pavilion C3.3\\, Astana 010017\\, Kazakhstan\r\n",
        ] {
            assert!(flat.contains(needle), "missing {needle:?} in\n{flat}");
        }
        assert_eq!(flat.matches("BEGIN:VEVENT").count(), 2);
        assert_eq!(ics, extension_ics(&w, Lang::En, now()), "deterministic");
        Ok(())
    }

    #[test]
    fn lines_are_crlf_and_folded_at_75_octets_on_character_boundaries() -> R {
        let w = extension_window(ymd!(2027, 2, 15))?;
        for lang in Lang::ALL {
            let ics = extension_ics(&w, lang, now());
            assert!(!ics.replace("\r\n", "").contains('\n') && !ics.replace("\r\n", "").contains('\r'));
            // Each physical line is a &str slice, so it is valid UTF-8 by construction.
            for line in ics.split("\r\n") {
                assert!(line.len() <= 75, "{} octets: {line}", line.len());
            }
            let flat = unfold(&ics);
            assert!(flat.contains(&escape(PROVISIONAL_REASON.get(lang))), "{lang}: provisional note");
            assert!(flat.contains(&format_date(w.expires, lang)));
        }
        Ok(())
    }

    #[test]
    fn folding_keeps_multi_octet_characters_whole() {
        let mut out = String::new();
        let line = format!("SUMMARY:{}", "ұ".repeat(100));
        push_line(&mut out, &line);
        let lines: Vec<&str> = out.trim_end_matches("\r\n").split("\r\n").collect();
        assert!(lines.len() > 2);
        assert_eq!(lines[0].len(), 74, "8 ASCII octets + 33 two-octet letters; a 34th would be 76");
        assert!(lines.iter().skip(1).all(|l| l.starts_with(' ') && l.len() <= 75));
        assert_eq!(unfold(&out), format!("{line}\r\n"));
    }

    #[test]
    fn text_escaping() {
        assert_eq!(escape("a,b;c\\d\r\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn caller_texts_are_used_as_given() -> R {
        let w = extension_window(ymd!(2025, 5, 12))?;
        let mut texts = IcsTexts::new(&w, Lang::Ru);
        assert!(texts.opens_description.contains("12.05.2025"));
        texts.opens_summary = "Мой текст; с запятой, да".to_string();
        let ics = extension_ics_with(&w, &texts, now());
        assert!(unfold(&ics).contains("SUMMARY:Мой текст\\; с запятой\\, да\r\n"));
        Ok(())
    }

    /// What is wrong with one dated sentence of the .ics: a doubled stop, a space before a stop
    /// or a comma, a slot left unfilled; in Kazakh, a date followed by anything but the end of
    /// its clause or «күні» (the rule of tests/js/dated-sentences.test.mjs: a date goes into a
    /// sentence in the nominative, never straight before a verb).
    fn problems(lang: Lang, sentence: &str, dates: &[String]) -> Vec<String> {
        let mut found = Vec::new();
        if sentence.contains("..") || sentence.contains(" .") || sentence.contains(" ,") || sentence.contains('{') {
            found.push(format!("punctuation or an unfilled slot: {sentence}"));
        }
        if lang == Lang::Kk {
            for date in dates {
                for (at, _) in sentence.match_indices(date.as_str()) {
                    let rest = &sentence[at + date.len()..];
                    let word = rest.split_whitespace().next().unwrap_or("").trim_end_matches(['.', ',', ':', ';', ')']);
                    let ends = rest.is_empty() || rest.starts_with(['.', ',', ':', ';', ')']);
                    if !ends && !["күні", "күнінен", "күнге", "күннен", "–"].contains(&word) {
                        found.push(format!("«{date}» before «{word}»: {sentence}"));
                    }
                }
            }
        }
        found
    }

    #[test]
    fn every_dated_sentence_reads_right_in_every_language_for_every_sample_date() -> R {
        let mut days = Vec::new();
        for m in 1..=12 {
            let last =
                ymd!(if m == 12 { 2027 } else { 2026 }, if m == 12 { 1 } else { m + 1 }, 1).pred_opt().expect("a day");
            days.extend([ymd!(2026, m, 1), ymd!(2026, m, 2), last]);
        }
        days.extend([ymd!(2027, 1, 1), ymd!(2028, 2, 29), ymd!(2027, 12, 31)]);
        let mut bad = Vec::new();
        let mut checked = 0;
        for lang in Lang::ALL {
            for &expires in &days {
                let w = extension_window(expires)?;
                let texts = IcsTexts::new(&w, lang);
                let dates: Vec<String> = [w.earliest, w.latest, w.expires].map(|d| format_date(d, lang)).into();
                for sentence in [&texts.opens_description, &texts.latest_description, &texts.alarm_description] {
                    assert!(dates.iter().any(|d| sentence.contains(d.as_str())), "a date in: {sentence}");
                    bad.extend(problems(lang, sentence, &dates));
                    checked += 1;
                }
            }
        }
        assert_eq!(checked, Lang::ALL.len() * days.len() * 3);
        assert!(bad.is_empty(), "{bad:#?}");
        // The check itself: it sees the mistakes it is for.
        assert_eq!(problems(Lang::Ru, "Срок истекает 27 ноября 2026 г..", &[]).len(), 1);
        assert_eq!(problems(Lang::Kk, "Өтінішті 26.11.2026 берсеңіз.", &["26.11.2026".into()]).len(), 1);
        assert!(problems(Lang::Kk, "Соңғы күн: 26.11.2026. 26.11.2026 күні.", &["26.11.2026".into()]).is_empty());
        Ok(())
    }

    #[test]
    fn dates_in_three_languages() {
        assert_eq!(format_date(ymd!(2026, 3, 20), Lang::En), "20 March 2026");
        assert_eq!(format_date(ymd!(2026, 3, 20), Lang::Ru), "20.03.2026");
        assert_eq!(format_date(ymd!(2026, 3, 20), Lang::Kk), "20.03.2026");
    }
}
