//! The dates the engine answers for, and why a calendar computation may have no answer: what
//! every part of the calendar checks against, below them all.

use chrono::NaiveDate;
use core::fmt;

/// First date the engine answers for (the calendar data starts here).
pub const SUPPORTED_FROM: NaiveDate = ymd!(2024, 1, 1);
/// Last date the engine answers for; later years would be pure guesswork.
pub const SUPPORTED_UNTIL: NaiveDate = ymd!(2099, 12, 31);

/// The largest |days| accepted: about fourteen years of working days, more than any time limit.
pub const MAX_DAYS: i32 = 3660;

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
