//! Kazakhstan working days, the visa-extension window and the Centre's opening hours.
//!
//! Every time limit in the guide is in working days ("жұмыс күні"), so a date the engine shows
//! is only as good as the holiday calendar behind it. That calendar is dated data with its
//! sources (`holidays.rs`); years beyond [`COVERAGE`] are computed by the rules alone and flagged
//! provisional, never silently presented as certain.
//!
//! Nothing here reads a clock: the caller passes "now" (the engine also runs as wasm, where
//! `SystemTime::now` panics). All dates are Astana local dates.

use chrono::NaiveDate;
use core::fmt;

/// A `NaiveDate` evaluated at compile time, so a bad literal in the data fails the build
/// instead of panicking at run time.
macro_rules! ymd {
    ($y:expr, $m:expr, $d:expr) => {
        const {
            match chrono::NaiveDate::from_ymd_opt($y, $m, $d) {
                Some(date) => date,
                None => panic!("not a calendar date"),
            }
        }
    };
}

/// A `NaiveTime` (hours, minutes) evaluated at compile time, like [`ymd!`].
macro_rules! hm {
    ($h:expr, $m:expr) => {
        const {
            match chrono::NaiveTime::from_hms_opt($h, $m, 0) {
                Some(time) => time,
                None => panic!("not a time"),
            }
        }
    };
}

/// A `NaiveDateTime` for tests: `at!(2026, 3, 20, 9, 0)`.
#[cfg(test)]
macro_rules! at {
    ($y:expr, $mo:expr, $d:expr, $h:expr, $mi:expr) => {
        ymd!($y, $mo, $d).and_time(hm!($h, $mi))
    };
}

mod holidays;
mod ics;
mod office;
mod timezone;
mod window;
mod working_days;

pub use holidays::{
    is_provisional, Coverage, DayOff, FixedHoliday, Transfer, COVERAGE, FIXED_HOLIDAYS, KURBAN_AIT, PROVISIONAL_REASON,
    TRANSFERS,
};
pub use ics::{extension_ics, extension_ics_with, format_date, IcsTexts};
pub use office::{
    hours_status, office_status, phone_status, Hours, OfficeStatus, PhoneLine, State, ADDRESS, EMAIL, MAILTO,
    OFFICE_HOURS, PHONE_LINES,
};
pub use timezone::{astana_from_millis, astana_from_utc, utc_from_millis};
pub use window::{extension_window, window_status, Phase, Window, WindowStatus};
pub use working_days::{add_working_days, day_off_reason, is_working_day, MAX_DAYS};

/// First date the engine answers for (the calendar data starts here).
pub const SUPPORTED_FROM: NaiveDate = ymd!(2024, 1, 1);
/// Last date the engine answers for; later years would be pure guesswork.
pub const SUPPORTED_UNTIL: NaiveDate = ymd!(2099, 12, 31);

/// Why a calendar computation has no answer. Never a panic: the engine runs inside a page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CalendarError {
    /// A date given to the engine is outside [`SUPPORTED_FROM`]..=[`SUPPORTED_UNTIL`].
    DateOutOfRange(NaiveDate),
    /// The input is in range but the answer would fall outside it.
    ResultOutOfRange,
    /// A working-day count beyond ±[`MAX_DAYS`].
    TooManyDays(i32),
    /// A millisecond timestamp that is no representable instant.
    InvalidTimestamp(i64),
}

impl fmt::Display for CalendarError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CalendarError::DateOutOfRange(date) => {
                write!(f, "date {date} is outside the supported range {SUPPORTED_FROM} to {SUPPORTED_UNTIL}")
            }
            CalendarError::ResultOutOfRange => {
                write!(f, "the resulting date falls outside the supported range {SUPPORTED_FROM} to {SUPPORTED_UNTIL}")
            }
            CalendarError::TooManyDays(days) => {
                write!(f, "{days} working days is beyond the supported ±{MAX_DAYS}")
            }
            CalendarError::InvalidTimestamp(ms) => write!(f, "timestamp {ms} ms is not a valid instant"),
        }
    }
}

impl From<CalendarError> for crate::error::Error {
    fn from(e: CalendarError) -> Self {
        use crate::error::{Code, Error};
        let code = match e {
            CalendarError::TooManyDays(_) => Code::OutOfRange,
            _ => Code::InvalidDate,
        };
        Error::new(code, e.to_string())
    }
}

/// The date itself when it is in the supported range.
pub(crate) fn in_range(date: NaiveDate) -> Result<NaiveDate, CalendarError> {
    if (SUPPORTED_FROM..=SUPPORTED_UNTIL).contains(&date) {
        Ok(date)
    } else {
        Err(CalendarError::DateOutOfRange(date))
    }
}
