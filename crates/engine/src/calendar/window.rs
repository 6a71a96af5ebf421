//! When a visa extension may be applied for.
//!
//! Guide, every extension section: «Визаның қолданылу мерзімін ұзартуға өтініш отыз жұмыс
//! күнінен ерте емес және визаның қолданылу мерзімі аяқталғанға дейін бес жұмыс күнінен
//! кешіктірілмей берілуі тиіс» — no earlier than 30 and no later than 5 working days before the
//! visa expires. The expiry date itself is not counted (see `add_working_days`).

use chrono::NaiveDate;

use super::holidays::is_provisional;
use super::range::CalendarError;
use super::working_days::add_working_days;
use crate::lang::Text;

const EARLIEST_WORKING_DAYS: i32 = 30;
const LATEST_WORKING_DAYS: i32 = 5;

/// The days on which an extension may be applied for, both inclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    pub expires: NaiveDate,
    /// The 30th working day before `expires`.
    pub earliest: NaiveDate,
    /// The 5th working day before `expires`.
    pub latest: NaiveDate,
    /// A year from `earliest` to `expires` is not fully known: show [`super::PROVISIONAL_REASON`].
    pub provisional: bool,
}

/// The extension window of a visa expiring on `expires`.
pub fn extension_window(expires: NaiveDate) -> Result<Window, CalendarError> {
    let earliest = add_working_days(expires, -EARLIEST_WORKING_DAYS)?;
    let latest = add_working_days(expires, -LATEST_WORKING_DAYS)?;
    // Coverage is one contiguous span, so checking both ends covers every day counted.
    let provisional = is_provisional(earliest) || is_provisional(expires);
    Ok(Window { expires, earliest, latest, provisional })
}

/// Where "today" stands against the window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Before `earliest`.
    NotYetOpen,
    /// From `earliest` to `latest`, both inclusive.
    Open,
    /// After `latest` up to and including `expires`: too late to extend, the visa still valid.
    Closed,
    /// After `expires`.
    Expired,
}

const NOT_YET_OPEN: Text = crate::t!(window_state_not_yet_open);
const OPEN: Text = crate::t!(window_state_open);
const CLOSED: Text = crate::t!(window_state_closed);
const EXPIRED: Text = crate::t!(window_state_expired);

impl Phase {
    pub fn text(self) -> Text {
        match self {
            Phase::NotYetOpen => NOT_YET_OPEN,
            Phase::Open => OPEN,
            Phase::Closed => CLOSED,
            Phase::Expired => EXPIRED,
        }
    }
}

impl Window {
    /// The phase on `today` (an Astana date). The visa is taken as valid through `expires`.
    pub fn phase(&self, today: NaiveDate) -> Phase {
        if today < self.earliest {
            Phase::NotYetOpen
        } else if today <= self.latest {
            Phase::Open
        } else if today <= self.expires {
            Phase::Closed
        } else {
            Phase::Expired
        }
    }
}

/// A window and where today stands in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WindowStatus {
    pub window: Window,
    pub phase: Phase,
    /// Same as `window.provisional`: comparing today with the dates needs no calendar.
    pub provisional: bool,
}

/// The window of a visa expiring on `expires`, seen from `today`.
pub fn window_status(expires: NaiveDate, today: NaiveDate) -> Result<WindowStatus, CalendarError> {
    let window = extension_window(expires)?;
    Ok(WindowStatus { window, phase: window.phase(today), provisional: window.provisional })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::is_working_day;

    type R = Result<(), CalendarError>;

    #[test]
    fn expiry_on_the_monday_after_victory_day_2025() -> R {
        // Mon 12 May 2025; 7 and 9 May are holidays. Back 5: 8, 6, 5, 2 May, 30 Apr.
        // Back 30: 4 in May, 22 in April, then 31, 28, 27, 26 March (24-25 March are off).
        let w = extension_window(ymd!(2025, 5, 12))?;
        assert_eq!(w.latest, ymd!(2025, 4, 30));
        assert_eq!(w.earliest, ymd!(2025, 3, 26));
        assert!(!w.provisional);
        Ok(())
    }

    #[test]
    fn too_close_to_extend_across_nauryz_2026() -> R {
        // Tue 31 Mar 2026: back 5 = 30, 27, 26, 20, 19 March (21-25 off).
        let s = window_status(ymd!(2026, 3, 31), ymd!(2026, 3, 26))?;
        assert_eq!(s.window.latest, ymd!(2026, 3, 19));
        assert_eq!(s.phase, Phase::Closed);
        Ok(())
    }

    #[test]
    fn phases_at_their_boundaries() -> R {
        let w = extension_window(ymd!(2026, 3, 31))?;
        assert_eq!(w.earliest, ymd!(2026, 2, 11));
        assert_eq!(w.phase(ymd!(2026, 2, 10)), Phase::NotYetOpen);
        assert_eq!(w.phase(ymd!(2026, 2, 11)), Phase::Open);
        assert_eq!(w.phase(ymd!(2026, 3, 19)), Phase::Open);
        assert_eq!(w.phase(ymd!(2026, 3, 20)), Phase::Closed);
        assert_eq!(w.phase(ymd!(2026, 3, 31)), Phase::Closed);
        assert_eq!(w.phase(ymd!(2026, 4, 1)), Phase::Expired);
        Ok(())
    }

    #[test]
    fn provisional_when_any_counted_day_is_after_2026() -> R {
        // 20 Jan 2027: the window starts on 3 Dec 2026 but counts through January 2027.
        assert!(extension_window(ymd!(2027, 1, 20))?.provisional);
        assert!(extension_window(ymd!(2027, 6, 1))?.provisional);
        assert!(!extension_window(ymd!(2026, 12, 31))?.provisional);
        Ok(())
    }

    #[test]
    fn window_dates_are_working_days_before_expiry() -> R {
        let w = extension_window(ymd!(2026, 1, 10))?;
        assert!(is_working_day(w.earliest) && is_working_day(w.latest));
        assert!(w.earliest < w.latest && w.latest < w.expires);
        Ok(())
    }

    #[test]
    fn out_of_range_is_an_error() {
        // The 30th working day before 10 Jan 2024 is in 2023.
        assert_eq!(extension_window(ymd!(2024, 1, 10)), Err(CalendarError::ResultOutOfRange));
        assert!(extension_window(ymd!(2100, 1, 1)).is_err());
    }
}
