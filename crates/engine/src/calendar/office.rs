//! The Centre's opening hours, phone lines and address, and whether they are open "now".
//!
//! Source: the guide's last page («ЖҰМЫС КЕСТЕСІ», «ТОЛЫҒЫРАҚ АҚПАРАТ ҮШІН», «МЕКЕНЖАЙ»).
//! The guide gives hours without naming days; we take them to hold on Kazakhstan working days
//! only, like any state-service office. It gives no lunch break for the phone lines, so none is
//! assumed there.

use chrono::{NaiveDateTime, NaiveTime};

use super::range::{in_range, CalendarError};
use super::working_days::{add_working_days, is_working_day};
use crate::lang::Text;

/// Daily hours on a working day, Astana time; `lunch` is a break inside them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hours {
    pub opens: NaiveTime,
    pub closes: NaiveTime,
    pub lunch: Option<(NaiveTime, NaiveTime)>,
}

/// «09:00-ден 18:00-ға дейін; 13.00-ден 14.00-ге дейін – түскі үзіліс».
pub const OFFICE_HOURS: Hours = Hours { opens: hm!(9, 0), closes: hm!(18, 0), lunch: Some((hm!(13, 0), hm!(14, 0))) };

/// A phone number as printed in the guide, as a `tel:` URI, and when calls are taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PhoneLine {
    pub number: &'static str,
    pub tel: &'static str,
    pub hours: Hours,
}

const CALLS_ALL_DAY: Hours = Hours { opens: hm!(9, 0), closes: hm!(18, 0), lunch: None };
const CALLS_AFTERNOON: Hours = Hours { opens: hm!(14, 30), closes: hm!(18, 0), lunch: None };

/// «Қоңырауларды қабылдау уақыты», in the guide's order.
pub static PHONE_LINES: [PhoneLine; 4] = [
    PhoneLine { number: "+7 (7172) 64 73 33", tel: "tel:+77172647333", hours: CALLS_ALL_DAY },
    PhoneLine { number: "+7 (7172) 64 73 40", tel: "tel:+77172647340", hours: CALLS_AFTERNOON },
    PhoneLine { number: "+7 (7172) 64 72 99", tel: "tel:+77172647299", hours: CALLS_AFTERNOON },
    PhoneLine { number: "+7 (7172) 64 72 61", tel: "tel:+77172647261", hours: CALLS_AFTERNOON },
];

pub const EMAIL: &str = "expat@aifc.kz";
pub const MAILTO: &str = "mailto:expat@aifc.kz";

/// The Kazakh line is the guide's own, with two evident slips fixed: the pavilion's code in Latin
/// letters (the guide writes a Cyrillic «С3.3») and «Мәңгілік Ел», a proper name, capitalised.
pub const ADDRESS: Text = crate::t!(office_address);

/// Where a set of hours stands at one moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    Open,
    Lunch,
    /// A working day, before opening time.
    BeforeOpening,
    /// A working day, after closing time.
    ClosedForTheDay,
    /// Weekend, holiday or other day off.
    DayOff,
}

impl State {
    pub fn text(self) -> Text {
        match self {
            State::Open => crate::t!(office_status_open),
            State::Lunch => crate::t!(office_status_lunch),
            State::BeforeOpening => {
                crate::t!(office_status_before_opening)
            }
            State::ClosedForTheDay => {
                crate::t!(office_status_closed_for_the_day)
            }
            State::DayOff => {
                crate::t!(office_status_day_off)
            }
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OfficeStatus {
    pub open: bool,
    pub state: State,
    /// The next moment `open` flips (Astana time).
    pub next_change: NaiveDateTime,
}

/// `hours` at `now` (Astana local time, see `astana_from_millis`).
pub fn hours_status(hours: &Hours, now: NaiveDateTime) -> Result<OfficeStatus, CalendarError> {
    let today = in_range(now.date())?;
    let next_opening =
        || -> Result<NaiveDateTime, CalendarError> { Ok(add_working_days(today, 1)?.and_time(hours.opens)) };
    let time = now.time();
    let (state, next_change) = if !is_working_day(today) {
        (State::DayOff, next_opening()?)
    } else if time < hours.opens {
        (State::BeforeOpening, today.and_time(hours.opens))
    } else if time >= hours.closes {
        (State::ClosedForTheDay, next_opening()?)
    } else {
        match hours.lunch {
            Some((start, end)) if (start..end).contains(&time) => (State::Lunch, today.and_time(end)),
            Some((start, _)) if time < start => (State::Open, today.and_time(start)),
            _ => (State::Open, today.and_time(hours.closes)),
        }
    };
    Ok(OfficeStatus { open: state == State::Open, state, next_change })
}

/// The Centre's reception at `now` (Astana local time).
pub fn office_status(now: NaiveDateTime) -> Result<OfficeStatus, CalendarError> {
    hours_status(&OFFICE_HOURS, now)
}

/// Whether `line` takes calls at `now` (Astana local time).
pub fn phone_status(line: &PhoneLine, now: NaiveDateTime) -> Result<OfficeStatus, CalendarError> {
    hours_status(&line.hours, now)
}

#[cfg(test)]
mod tests {
    use super::*;

    type R = Result<(), CalendarError>;

    fn status(state: State, next_change: NaiveDateTime) -> Result<OfficeStatus, CalendarError> {
        Ok(OfficeStatus { open: state == State::Open, state, next_change })
    }

    #[test]
    fn a_working_friday_before_nauryz_2026() {
        let friday = |time| office_status(ymd!(2026, 3, 20).and_time(time));
        assert_eq!(friday(hm!(8, 59)), status(State::BeforeOpening, at!(2026, 3, 20, 9, 0)));
        assert_eq!(friday(hm!(9, 0)), status(State::Open, at!(2026, 3, 20, 13, 0)));
        assert_eq!(friday(hm!(13, 0)), status(State::Lunch, at!(2026, 3, 20, 14, 0)));
        assert_eq!(friday(hm!(14, 0)), status(State::Open, at!(2026, 3, 20, 18, 0)));
        // After closing the next opening is Thursday 26 March: 21-25 March are days off.
        assert_eq!(friday(hm!(18, 0)), status(State::ClosedForTheDay, at!(2026, 3, 26, 9, 0)));
    }

    #[test]
    fn closed_on_holidays_open_on_a_worked_sunday() -> R {
        let nauryz = office_status(at!(2026, 3, 23, 11, 0));
        assert_eq!(nauryz, status(State::DayOff, at!(2026, 3, 26, 9, 0)));
        assert!(office_status(at!(2025, 1, 5, 11, 0))?.open, "Sunday 5 January 2025 was worked");
        assert_eq!(office_status(at!(2025, 1, 3, 11, 0))?.state, State::DayOff);
        Ok(())
    }

    #[test]
    fn phone_lines() -> R {
        let [main, afternoon, ..] = &PHONE_LINES;
        // The main line has no lunch break in the guide.
        assert!(phone_status(main, at!(2026, 3, 20, 13, 30))?.open);
        assert_eq!(
            phone_status(afternoon, at!(2026, 3, 20, 13, 30)),
            status(State::BeforeOpening, at!(2026, 3, 20, 14, 30))
        );
        assert!(phone_status(afternoon, at!(2026, 3, 20, 14, 30))?.open);
        let evening = phone_status(afternoon, at!(2026, 3, 20, 18, 0))?;
        assert_eq!(evening.next_change, at!(2026, 3, 26, 14, 30));
        for line in PHONE_LINES.iter() {
            let digits: String = line.number.chars().filter(|c| c.is_ascii_digit()).collect();
            assert_eq!(line.tel, format!("tel:+{digits}"));
        }
        Ok(())
    }

    #[test]
    fn outside_the_range_is_an_error() {
        assert!(office_status(at!(2023, 12, 29, 10, 0)).is_err());
        // The last supported day: no next opening to name.
        assert_eq!(office_status(at!(2099, 12, 31, 19, 0)), Err(CalendarError::ResultOutOfRange));
        assert!(office_status(at!(2099, 12, 31, 10, 0)).is_ok());
    }
}
