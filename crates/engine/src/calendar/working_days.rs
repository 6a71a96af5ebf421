//! Counting Kazakhstan working days.

use chrono::{Datelike, NaiveDate};

use super::holidays::{DayOff, YearCalendar};
use super::range::{in_range, CalendarError, MAX_DAYS, SUPPORTED_FROM};
use std::sync::OnceLock;

/// True on a working day. The rules apply to any date; outside [`super::COVERAGE`] the answer
/// is provisional (see [`super::is_provisional`]).
pub fn is_working_day(date: NaiveDate) -> bool {
    with_year(date.year(), |cal| cal.is_working(date))
}

/// Why `date` is not a working day; `None` on a working day.
pub fn day_off_reason(date: NaiveDate) -> Option<DayOff> {
    with_year(date.year(), |cal| cal.day_off(date))
}

/// The supported years' calendars (slot `i` is the year `i` after [`SUPPORTED_FROM`]'s: 2024 to
/// 2099), each made the first time a date of its year is asked about, then kept: they follow from
/// fixed rules and data. An outcome counts working days some twenty times, and making a year's
/// calendar was a tenth of that work.
static YEARS: [OnceLock<YearCalendar>; 76] = [const { OnceLock::new() }; 76];

/// `f` of `year`'s calendar: the kept one in the supported years, else one made for the call.
fn with_year<R>(year: i32, f: impl FnOnce(&YearCalendar) -> R) -> R {
    let slot = usize::try_from(year - SUPPORTED_FROM.year()).ok().and_then(|i| YEARS.get(i));
    match slot {
        Some(slot) => f(slot.get_or_init(|| YearCalendar::new(year))),
        None => f(&YearCalendar::new(year)),
    }
}

/// The |days|-th working day strictly after `from` (strictly before it when `days` is
/// negative). `from` itself is never counted, so Saturday + 1 is the next working day. With
/// `days == 0`: `from` on a working day, else the next working day.
pub fn add_working_days(from: NaiveDate, days: i32) -> Result<NaiveDate, CalendarError> {
    in_range(from)?;
    if days.unsigned_abs() > MAX_DAYS.unsigned_abs() {
        return Err(CalendarError::TooManyDays(days));
    }
    if days == 0 && is_working_day(from) {
        return Ok(from);
    }
    let forward = days >= 0;
    let mut left = days.unsigned_abs().max(1);
    let mut date = from;
    while left > 0 {
        // The range check also bounds the loop: at most ~27,000 steps across 2024-2099.
        let next = if forward { date.succ_opt() } else { date.pred_opt() };
        date = match next {
            Some(d) if in_range(d).is_ok() => d,
            _ => return Err(CalendarError::ResultOutOfRange),
        };
        if is_working_day(date) {
            left -= 1;
        }
    }
    Ok(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    type R = Result<(), CalendarError>;
    const ONE_DAY: chrono::Days = chrono::Days::new(1);

    #[test]
    fn nauryz_2026_friday_plus_one_is_thursday() {
        // 21-22 weekend, 23 Nauryz, 24-25 carried over from 21-22.
        assert_eq!(add_working_days(ymd!(2026, 3, 20), 1), Ok(ymd!(2026, 3, 26)));
        assert_eq!(add_working_days(ymd!(2026, 3, 26), -1), Ok(ymd!(2026, 3, 20)));
    }

    #[test]
    fn january_2025_transfer_counts_sunday_5_and_skips_friday_3() {
        assert!(is_working_day(ymd!(2025, 1, 5)));
        assert!(!is_working_day(ymd!(2025, 1, 3)));
        // Tue 31 Dec 2024 + 1: 1-3 Jan off, Sat 4 off, Sun 5 worked.
        assert_eq!(add_working_days(ymd!(2024, 12, 31), 1), Ok(ymd!(2025, 1, 5)));
        // Sun 5 + 1 = Mon 6; Mon 6 + 1 = Wed 8 (7 Jan Christmas).
        assert_eq!(add_working_days(ymd!(2025, 1, 5), 1), Ok(ymd!(2025, 1, 6)));
        assert_eq!(add_working_days(ymd!(2025, 1, 6), 1), Ok(ymd!(2025, 1, 8)));
    }

    #[test]
    fn weekend_holidays_carried_over() {
        // Capital Day Sun 6 Jul 2025 -> Mon 7 Jul off; Fri 4 Jul + 1 = Tue 8 Jul.
        assert_eq!(add_working_days(ymd!(2025, 7, 4), 1), Ok(ymd!(2025, 7, 8)));
        // Republic Day Sat 25 Oct 2025 -> Mon 27 Oct; Victory Day Sat 9 May 2026 -> Mon 11 May.
        assert_eq!(add_working_days(ymd!(2025, 10, 24), 1), Ok(ymd!(2025, 10, 28)));
        assert_eq!(add_working_days(ymd!(2026, 5, 8), 1), Ok(ymd!(2026, 5, 12)));
        assert!(matches!(day_off_reason(ymd!(2026, 5, 11)), Some(DayOff::CarriedOver { .. })));
    }

    #[test]
    fn kurban_ait_is_not_carried_over() {
        // Kurban Ait Sun 16 Jun 2024: Fri 14 Jun + 1 = Mon 17 Jun.
        assert_eq!(add_working_days(ymd!(2024, 6, 14), 1), Ok(ymd!(2024, 6, 17)));
        // Wed 27 May 2026 itself is a day off.
        assert_eq!(add_working_days(ymd!(2026, 5, 26), 1), Ok(ymd!(2026, 5, 28)));
    }

    #[test]
    fn year_ends() {
        // 2025 -> 2026: 1-2 Jan holidays (Thu, Fri), 3-4 weekend, Mon 5 Jan worked.
        assert_eq!(add_working_days(ymd!(2025, 12, 31), 1), Ok(ymd!(2026, 1, 5)));
        // And back across the year: Mon 5 Jan 2026 - 1 = Wed 31 Dec 2025.
        assert_eq!(add_working_days(ymd!(2026, 1, 5), -1), Ok(ymd!(2025, 12, 31)));
        // 2026 -> 2027 (provisional year): 1 Jan Fri; 2 Jan Sat carries to Mon 4 Jan; so Tue 5.
        assert_eq!(add_working_days(ymd!(2026, 12, 31), 1), Ok(ymd!(2027, 1, 5)));
    }

    #[test]
    fn leap_day_2024_is_a_working_thursday() {
        assert!(is_working_day(ymd!(2024, 2, 29)));
        assert_eq!(add_working_days(ymd!(2024, 2, 28), 1), Ok(ymd!(2024, 2, 29)));
        // Thu 29 Feb + 1 = Fri 1 Mar; + 2 = Mon 4 Mar.
        assert_eq!(add_working_days(ymd!(2024, 2, 29), 2), Ok(ymd!(2024, 3, 4)));
    }

    #[test]
    fn may_2024_transfer() {
        // Sat 4 May 2024 worked, Wed 8 May off: Fri 3 May + 1 = Sat 4 May; Mon 6 + 1 = Fri 10.
        assert_eq!(add_working_days(ymd!(2024, 5, 3), 1), Ok(ymd!(2024, 5, 4)));
        assert_eq!(add_working_days(ymd!(2024, 5, 6), 1), Ok(ymd!(2024, 5, 10)));
    }

    #[test]
    fn start_on_a_day_off_counts_from_the_next_working_day() {
        // Sat 7 Mar 2026 (8 Mar Sun -> Mon 9 off): Sat + 1 = Tue 10; Sat + 0 = Tue 10 as well.
        assert_eq!(add_working_days(ymd!(2026, 3, 7), 1), Ok(ymd!(2026, 3, 10)));
        assert_eq!(add_working_days(ymd!(2026, 3, 7), 0), Ok(ymd!(2026, 3, 10)));
        assert_eq!(add_working_days(ymd!(2026, 3, 11), 0), Ok(ymd!(2026, 3, 11)));
        assert_eq!(add_working_days(ymd!(2026, 3, 7), -1), Ok(ymd!(2026, 3, 6)));
    }

    #[test]
    fn limits_are_errors_not_panics() {
        assert_eq!(add_working_days(ymd!(2023, 12, 31), 1), Err(CalendarError::DateOutOfRange(ymd!(2023, 12, 31))));
        assert_eq!(add_working_days(ymd!(2100, 1, 1), 1), Err(CalendarError::DateOutOfRange(ymd!(2100, 1, 1))));
        assert_eq!(add_working_days(ymd!(2024, 1, 3), -1), Err(CalendarError::ResultOutOfRange));
        assert_eq!(add_working_days(ymd!(2099, 12, 30), 5), Err(CalendarError::ResultOutOfRange));
        assert_eq!(add_working_days(ymd!(2025, 1, 1), 3661), Err(CalendarError::TooManyDays(3661)));
        assert_eq!(add_working_days(ymd!(2025, 1, 1), i32::MIN), Err(CalendarError::TooManyDays(i32::MIN)));
        assert!(add_working_days(ymd!(2030, 1, 1), MAX_DAYS).is_ok());
        assert!(add_working_days(ymd!(2090, 1, 1), -MAX_DAYS).is_ok());
        // Naive inputs at chrono's own limits still answer with an error.
        assert!(add_working_days(NaiveDate::MAX, 1).is_err());
        assert!(add_working_days(NaiveDate::MIN, -1).is_err());
        let _ = is_working_day(NaiveDate::MAX);
        let _ = is_working_day(NaiveDate::MIN);
    }

    /// A small deterministic generator (Knuth's MMIX LCG): no external crates.
    struct Lcg(u64);
    impl Lcg {
        fn below(&mut self, n: u64) -> u64 {
            self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (self.0 >> 33) % n
        }
    }

    #[test]
    fn properties_over_random_dates_2024_to_2030() -> R {
        let start = ymd!(2024, 1, 1);
        let span = (ymd!(2030, 12, 31) - start).num_days() as u64 + 1;
        let mut rng = Lcg(20260320);
        for _ in 0..4000 {
            let day = start + chrono::Days::new(rng.below(span));
            let n = rng.below(801) as i32 - 400;
            let there = match add_working_days(day, n) {
                Ok(x) => x,
                Err(e) => {
                    // Only a walk backwards past 1 January 2024 may fail.
                    assert!(n < 0 && (day - start).num_days() < 600, "{day} {n}: {e}");
                    continue;
                }
            };
            assert!(is_working_day(there), "{day} + {n} = {there} is a day off");
            if n > 0 {
                assert!(there > day);
            } else if n < 0 {
                assert!(there < day);
            }
            let back = add_working_days(there, -n)?;
            assert!(is_working_day(back));
            if is_working_day(day) {
                assert_eq!(back, day, "{day} + {n} - {n}");
            } else if n > 0 {
                // Back to the last working day before the day off.
                assert!(back < day && add_working_days(back, 1)? > day, "{day} {n} {back}");
            } else {
                // n <= 0: to the first working day after the day off.
                assert!(back > day && add_working_days(back, -1)? < day, "{day} {n} {back}");
            }
            // Monotonic in n: strictly, except that n = 0 and n = 1 agree on a day off.
            if n < 400 {
                if let Ok(next) = add_working_days(day, n + 1) {
                    if n == 0 && !is_working_day(day) {
                        assert_eq!(next, there);
                    } else {
                        assert!(next > there, "{day}: {n} -> {there}, {} -> {next}", n + 1);
                    }
                }
            }
        }
        Ok(())
    }

    #[test]
    fn every_step_of_a_long_walk_is_a_working_day_in_order() -> R {
        // Walk 2024-2030 one working day at a time and compare with a direct count.
        let mut date = ymd!(2024, 1, 3);
        let mut count = 0;
        while date < ymd!(2030, 12, 31) {
            let next = add_working_days(date, 1)?;
            assert!(is_working_day(next));
            let mut gap = date + ONE_DAY;
            while gap < next {
                assert!(!is_working_day(gap), "{gap} skipped but working");
                gap = gap + ONE_DAY;
            }
            date = next;
            count += 1;
        }
        assert_eq!(add_working_days(ymd!(2024, 1, 3), count), Ok(date));
        Ok(())
    }
}
