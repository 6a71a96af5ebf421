//! Kazakhstan working days, the visa-extension window and the Centre's opening hours.
//!
//! Every time limit in the guide is in working days ("жұмыс күні"), so a date the engine shows
//! is only as good as the holiday calendar behind it. That calendar is dated data with its
//! sources (`content/parameters/holidays.toml`, made into the statics of `holidays.rs` by the
//! build); years beyond [`COVERAGE`] are computed by the rules alone and flagged
//! provisional, never silently presented as certain.
//!
//! Nothing here reads a clock: the caller passes "now" (the engine also runs as wasm, where
//! `SystemTime::now` panics). All dates are Astana local dates.

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
mod office;
mod range;
mod timezone;
mod window;
mod working_days;

pub use holidays::{
    is_provisional, Coverage, DayOff, FixedHoliday, Transfer, COVERAGE, FIXED_HOLIDAYS, KURBAN_AIT, PROVISIONAL_REASON,
    TRANSFERS,
};
pub use office::{
    hours_status, office_status, phone_status, Hours, OfficeStatus, PhoneLine, State, ADDRESS, EMAIL, MAILTO,
    OFFICE_HOURS, PHONE_LINES,
};
pub use range::{CalendarError, MAX_DAYS, SUPPORTED_FROM, SUPPORTED_UNTIL};
pub use timezone::{astana_from_millis, astana_from_utc, utc_from_millis};
pub use window::{extension_window, window_status, Phase, Window, WindowStatus};
pub use working_days::{add_working_days, day_off_reason, is_working_day};
