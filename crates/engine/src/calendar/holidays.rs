//! Kazakhstan's days off: the holidays, Kurban Ait, the transfers and the years fully known are
//! dated data, each row with its source, in `content/parameters/holidays.toml` (made into the
//! statics below by the build); the rules are here: a national or state holiday on a weekend
//! gives the next free working day off (Labour Code art. 84), a transfer swaps a weekend day for a
//! weekday (art. 85 p. 3). The tests below reproduce the published lists of days off for 2025 and
//! 2026 exactly.

use chrono::{Datelike, NaiveDate, Weekday};

use crate::lang::Text;

/// A holiday on the same day every year.
#[derive(Clone, Copy, Debug)]
pub struct FixedHoliday {
    pub month: u32,
    pub day: u32,
    pub name: Text,
    /// A national or state holiday on a Saturday or Sunday gives the next working day off;
    /// religious holidays (7 January) do not (Labour Code art. 84; enbek.gov.kz/en/node/363012).
    pub carries_over: bool,
    /// First and last year the day is a holiday (inclusive).
    pub first_year: i32,
    pub last_year: i32,
}

/// A day off moved by the Government or the Labour ministry (Labour Code art. 85 p. 3): the
/// weekend day `worked` becomes a working day and `day_off` a day off.
#[derive(Clone, Copy, Debug)]
pub struct Transfer {
    pub worked: NaiveDate,
    pub day_off: NaiveDate,
    pub source: &'static str,
}

/// The span of years whose days off are fully known: every holiday, Kurban Ait and transfer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Coverage {
    pub known_from: NaiveDate,
    pub known_until: NaiveDate,
}

// `FIXED_HOLIDAYS`, `KURBAN_AIT` (and its name), `TRANSFERS` and `COVERAGE`, from
// `content/parameters/holidays.toml`.
include!(concat!(env!("OUT_DIR"), "/holidays.rs"));

/// True when `date` lies in a year whose days off are not fully known (or outside the data).
pub fn is_provisional(date: NaiveDate) -> bool {
    !(COVERAGE.known_from..=COVERAGE.known_until).contains(&date)
}

/// Shown next to any date computed through a provisional year.
pub const PROVISIONAL_REASON: Text = crate::t!(holiday_provisional);

/// Why a date is not a working day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayOff {
    Weekend,
    Holiday(Text),
    /// The working day given for `holiday`, which fell on the weekend day `from`.
    CarriedOver {
        holiday: Text,
        from: NaiveDate,
    },
    /// Made a day off by an order; `worked_on` is the weekend day worked instead.
    Transferred {
        worked_on: NaiveDate,
    },
}

const WEEKEND: Text = crate::t!(day_off_weekend);
const CARRIED_OVER: Text = crate::t!(day_off_carried_over);
const TRANSFERRED: Text = crate::t!(day_off_transferred);

impl DayOff {
    /// A short visitor-facing explanation.
    pub fn text(&self) -> Text {
        match self {
            DayOff::Weekend => WEEKEND,
            DayOff::Holiday(name) => *name,
            DayOff::CarriedOver { .. } => CARRIED_OVER,
            DayOff::Transferred { .. } => TRANSFERRED,
        }
    }
}

/// The days off of one year that are not plain weekends, and the weekend days worked.
pub(crate) struct YearCalendar {
    days_off: Vec<(NaiveDate, DayOff)>,
    worked_weekends: Vec<NaiveDate>,
}

fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

impl YearCalendar {
    pub(crate) fn new(year: i32) -> YearCalendar {
        // Carry-overs are handed out in date order, each to the next day still free: each
        // holiday is put in its place as it comes (a sort of the standard library would cost
        // about 5 KB of wasm for twenty dates; they are distinct within a year).
        let mut holidays: Vec<(NaiveDate, Text, bool)> = Vec::new();
        for holiday in FIXED_HOLIDAYS
            .iter()
            .filter(|h| (h.first_year..=h.last_year).contains(&year))
            .filter_map(|h| NaiveDate::from_ymd_opt(year, h.month, h.day).map(|d| (d, h.name, h.carries_over)))
            .chain(KURBAN_AIT.iter().filter(|d| d.year() == year).map(|d| (*d, KURBAN_AIT_NAME, false)))
        {
            let place = holidays.partition_point(|h| h.0 <= holiday.0);
            holidays.insert(place, holiday);
        }

        let mut cal = YearCalendar {
            days_off: holidays.iter().map(|(d, name, _)| (*d, DayOff::Holiday(*name))).collect(),
            worked_weekends: Vec::new(),
        };
        for t in TRANSFERS.iter() {
            if t.day_off.year() == year {
                cal.days_off.push((t.day_off, DayOff::Transferred { worked_on: t.worked }));
            }
            if t.worked.year() == year {
                cal.worked_weekends.push(t.worked);
            }
        }
        for (date, name, carries) in holidays {
            if carries && is_weekend(date) {
                // Two weekend holidays in a row (Nauryz 21-22 March 2026) each take the next free
                // working day: 23 March is itself a holiday, so they land on the 24th and 25th.
                // The latest holiday is 16 December, so a carry-over never leaves its year.
                let mut day = date.succ_opt();
                while let Some(d) = day {
                    if cal.is_working(d) {
                        cal.days_off.push((d, DayOff::CarriedOver { holiday: name, from: date }));
                        break;
                    }
                    day = d.succ_opt();
                }
            }
        }
        cal
    }

    /// Why `date` (a date of this calendar's year) is a day off, if it is.
    pub(crate) fn day_off(&self, date: NaiveDate) -> Option<DayOff> {
        if self.worked_weekends.contains(&date) {
            return None;
        }
        match self.days_off.iter().find(|(d, _)| *d == date) {
            Some((_, why)) => Some(*why),
            None if is_weekend(date) => Some(DayOff::Weekend),
            None => None,
        }
    }

    pub(crate) fn is_working(&self, date: NaiveDate) -> bool {
        self.day_off(date).is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every weekday of `year` that is not a working day, in order.
    fn weekday_days_off(year: i32) -> Vec<NaiveDate> {
        let cal = YearCalendar::new(year);
        let mut out = Vec::new();
        let mut day = NaiveDate::from_ymd_opt(year, 1, 1);
        while let Some(d) = day.filter(|d| d.year() == year) {
            if !is_weekend(d) && !cal.is_working(d) {
                out.push(d);
            }
            day = d.succ_opt();
        }
        out
    }

    /// Dates of `year` written as a list of days off: "Jan 1, 2; Mar 9".
    fn listed(year: i32, list: &str) -> Vec<NaiveDate> {
        const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
        let mut out = Vec::new();
        for group in list.split(';') {
            let mut words = group.split(|c: char| c == ',' || c.is_whitespace()).filter(|w| !w.is_empty());
            let name = words.next();
            let Some(month) = MONTHS.iter().position(|m| Some(*m) == name) else { panic!("no month in {group:?}") };
            for day in words {
                let date = day.parse().ok().and_then(|n| NaiveDate::from_ymd_opt(year, month as u32 + 1, n));
                out.push(date.unwrap_or_else(|| panic!("not a date: {year} {group:?} {day}")));
            }
        }
        out
    }

    #[test]
    fn days_off_2025_are_exactly_the_published_list() {
        let published = "Jan 1, 2, 3, 7; Mar 10, 21, 24, 25; May 1, 7, 9; Jun 6; Jul 7; Sep 1; Oct 27; Dec 16";
        assert_eq!(weekday_days_off(2025), listed(2025, published));
    }

    #[test]
    fn days_off_2026_are_exactly_the_published_list() {
        let published = "Jan 1, 2, 7; Mar 9, 23, 24, 25; May 1, 7, 11, 27; Jul 6; Oct 26; Dec 16";
        assert_eq!(weekday_days_off(2026), listed(2026, published));
    }

    #[test]
    fn days_off_2024_follow_the_rules_and_the_may_transfer() {
        // 7 Jan and Kurban Ait (16 Jun) fell on Sundays and gave nothing; Nauryz 23 Mar (Sat) ->
        // 25 Mar; Capital Day 6 Jul (Sat) -> 8 Jul; 8 May by the April 2024 order. Matches the
        // egov.kz list quoted by mgorod.kz (4 Jan 2024) plus the later 8 May transfer.
        let expected = "Jan 1, 2; Mar 8, 21, 22, 25; May 1, 7, 8, 9; Jul 8; Aug 30; Oct 25; Dec 16";
        assert_eq!(weekday_days_off(2024), listed(2024, expected));
        let cal = YearCalendar::new(2024);
        assert!(cal.is_working(ymd!(2024, 5, 4)), "Saturday 4 May 2024 was worked");
    }

    #[test]
    fn january_2025_transfer() {
        let cal = YearCalendar::new(2025);
        let sunday_5 = ymd!(2025, 1, 5);
        let friday_3 = ymd!(2025, 1, 3);
        assert!(cal.is_working(sunday_5));
        assert_eq!(cal.day_off(friday_3), Some(DayOff::Transferred { worked_on: sunday_5 }));
    }

    #[test]
    fn weekend_holidays_are_carried_over_to_the_next_free_day() {
        let cal = YearCalendar::new(2026);
        assert_eq!(
            cal.day_off(ymd!(2026, 3, 24)),
            Some(DayOff::CarriedOver { holiday: crate::t!(holiday_nauryz), from: ymd!(2026, 3, 21) })
        );
        assert_eq!(
            cal.day_off(ymd!(2026, 3, 25)),
            Some(DayOff::CarriedOver { holiday: crate::t!(holiday_nauryz), from: ymd!(2026, 3, 22) })
        );
        assert_eq!(cal.day_off(ymd!(2026, 3, 23)), Some(DayOff::Holiday(crate::t!(holiday_nauryz))));
        let cal = YearCalendar::new(2025);
        assert_eq!(
            cal.day_off(ymd!(2025, 7, 7)),
            Some(DayOff::CarriedOver { holiday: crate::t!(holiday_capital_day), from: ymd!(2025, 7, 6) })
        );
    }

    #[test]
    fn christmas_and_kurban_ait_are_not_carried_over() {
        // 7 January 2024 and Kurban Ait 16 June 2024 were Sundays: Mondays 8 Jan and 17 Jun worked.
        let cal = YearCalendar::new(2024);
        assert!(cal.is_working(ymd!(2024, 1, 8)));
        assert!(cal.is_working(ymd!(2024, 6, 17)));
    }

    #[test]
    fn constitution_day_moves_after_2025() {
        // 30 Aug 2025 (Sat) -> Mon 1 Sep; 30 Aug 2026 (Sun) gives nothing: Mon 31 Aug is worked.
        assert!(!YearCalendar::new(2025).is_working(ymd!(2025, 9, 1)));
        assert!(YearCalendar::new(2026).is_working(ymd!(2026, 8, 31)));
        // From 2027 (provisional): 15 March, a Monday in 2027.
        assert_eq!(
            YearCalendar::new(2027).day_off(ymd!(2027, 3, 15)),
            Some(DayOff::Holiday(crate::t!(holiday_constitution_day)))
        );
        assert!(YearCalendar::new(2027).is_working(ymd!(2027, 8, 30)));
    }

    #[test]
    fn carry_overs_never_leave_their_year() {
        // Independence Day is the last holiday; the rule must never push a day off into January.
        for year in 2024..=2099 {
            let cal = YearCalendar::new(year);
            assert!(cal.days_off.iter().all(|(d, _)| d.year() == year), "{year}");
        }
    }

    #[test]
    fn coverage_and_provisional_years() {
        assert!(!is_provisional(ymd!(2024, 1, 1)));
        assert!(!is_provisional(ymd!(2026, 12, 31)));
        assert!(is_provisional(ymd!(2027, 1, 1)));
        assert!(is_provisional(ymd!(2023, 12, 31)));
    }

    #[test]
    fn transfers_swap_a_weekend_day_for_a_weekday() {
        for t in TRANSFERS.iter() {
            assert!(is_weekend(t.worked) && !is_weekend(t.day_off), "{}", t.source);
        }
        assert!(KURBAN_AIT.iter().all(|d| (COVERAGE.known_from..=COVERAGE.known_until).contains(d)));
    }
}
