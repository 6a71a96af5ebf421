//! ISO 8601 dates and times as the API writes them: `YYYY-MM-DD` and `YYYY-MM-DDTHH:MM`, read and
//! written by hand. chrono's strftime-style formatter and parser would add about 20 KB of wasm
//! for these two fixed shapes.

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike};

/// `YYYY-MM-DD`: a real date, exactly four, two and two ASCII digits.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    NaiveDate::from_ymd_opt(digits(&b[0..4])? as i32, digits(&b[5..7])?, digits(&b[8..10])?)
}

/// `YYYY-MM-DDTHH:MM`: a real date and a time of day (minutes, no seconds, no zone).
pub fn parse_datetime(s: &str) -> Option<NaiveDateTime> {
    let b = s.as_bytes();
    if b.len() != 16 || b[10] != b'T' || b[13] != b':' {
        return None;
    }
    let date = parse_date(s.get(0..10)?)?;
    let time = NaiveTime::from_hms_opt(digits(&b[11..13])?, digits(&b[14..16])?, 0)?;
    Some(date.and_time(time))
}

fn digits(b: &[u8]) -> Option<u32> {
    b.iter().try_fold(0u32, |n, c| c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0')))
}

pub fn date(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

pub fn time(t: NaiveTime) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

pub fn datetime(dt: NaiveDateTime) -> String {
    format!("{}T{}", date(dt.date()), time(dt.time()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip_and_only_real_dates_parse() {
        let d = parse_date("2024-02-29").map(date);
        assert_eq!(d.as_deref(), Some("2024-02-29"));
        for bad in [
            "2025-02-29",
            "2026-02-30",
            "2026-13-01",
            "2026-2-03",
            "2026-02-3 ",
            "+026-02-03",
            "2026-02-03T10:00",
            "",
            "２０２６-02-03",
            "2026/02/03",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn times_are_hours_and_minutes() {
        let dt = parse_datetime("2026-11-24T09:05").map(datetime);
        assert_eq!(dt.as_deref(), Some("2026-11-24T09:05"));
        for bad in
            ["2026-11-24T24:00", "2026-11-24T10:60", "2026-11-24 10:00", "2026-11-24T10:00:00", "2026-11-24T1:00"]
        {
            assert_eq!(parse_datetime(bad), None, "{bad}");
        }
    }
}
