//! Astana local time from a UTC instant, without a time-zone database.
//!
//! All of Kazakhstan has been UTC+5 since 00:00 on 1 March 2024, when Astana's clocks went back
//! from UTC+6. The guide is silent on time zones and no act is cited for the switch here; decided
//! here: that date and offset. Kazakhstan keeps no daylight saving time, so two fixed
//! offsets describe every instant of the supported range.

use chrono::{DateTime, NaiveDateTime, TimeDelta};

use super::range::{in_range, CalendarError};

/// 1 March 2024 00:00 at UTC+6, i.e. 29 February 2024 18:00 UTC: from here on, UTC+5.
const SWITCH_TO_UTC5: NaiveDateTime = ymd!(2024, 2, 29).and_time(hm!(18, 0));

/// The UTC date and time of a millisecond timestamp (JavaScript's `Date.now()`).
pub fn utc_from_millis(ms: i64) -> Result<NaiveDateTime, CalendarError> {
    match DateTime::from_timestamp_millis(ms) {
        Some(instant) => Ok(instant.naive_utc()),
        None => Err(CalendarError::InvalidTimestamp(ms)),
    }
}

/// Astana local date and time of a UTC date and time. Between 23:00 and 24:00 on
/// 29 February 2024 local times repeat (the clock went back); each UTC instant still maps to one.
pub fn astana_from_utc(utc: NaiveDateTime) -> Result<NaiveDateTime, CalendarError> {
    let hours = if utc < SWITCH_TO_UTC5 { 6 } else { 5 };
    let local = utc.checked_add_signed(TimeDelta::hours(hours)).ok_or(CalendarError::ResultOutOfRange)?;
    in_range(local.date())?;
    Ok(local)
}

/// Astana local date and time of a millisecond timestamp (`Date.now()` in the page).
pub fn astana_from_millis(ms: i64) -> Result<NaiveDateTime, CalendarError> {
    astana_from_utc(utc_from_millis(ms)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_plus_five_since_march_2024() {
        // 2026-03-20T04:00:00Z = 1773979200000 ms -> 09:00 in Astana.
        assert_eq!(astana_from_millis(1_773_979_200_000), Ok(at!(2026, 3, 20, 9, 0)));
        assert_eq!(astana_from_utc(at!(2025, 12, 31, 19, 30)), Ok(at!(2026, 1, 1, 0, 30)));
    }

    #[test]
    fn utc_plus_six_before_the_switch() {
        assert_eq!(astana_from_utc(at!(2024, 2, 29, 17, 59)), Ok(at!(2024, 2, 29, 23, 59)));
        // The clock went back: 18:00 UTC is 23:00 again, on UTC+5.
        assert_eq!(astana_from_utc(at!(2024, 2, 29, 18, 0)), Ok(at!(2024, 2, 29, 23, 0)));
        assert_eq!(astana_from_utc(at!(2024, 2, 29, 19, 0)), Ok(at!(2024, 3, 1, 0, 0)));
        assert_eq!(astana_from_utc(at!(2024, 1, 15, 3, 0)), Ok(at!(2024, 1, 15, 9, 0)));
    }

    #[test]
    fn outside_the_range_is_an_error() {
        assert!(astana_from_millis(0).is_err());
        assert_eq!(astana_from_millis(i64::MAX), Err(CalendarError::InvalidTimestamp(i64::MAX)));
        assert!(astana_from_millis(i64::MIN).is_err());
        // 31 Dec 2099 20:00 UTC is already 2100 in Astana.
        assert!(astana_from_utc(at!(2099, 12, 31, 20, 0)).is_err());
        assert!(astana_from_utc(at!(2099, 12, 31, 18, 59)).is_ok());
    }
}
