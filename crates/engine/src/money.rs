//! Dated parameters: the monthly calculation index (MCI; АЕК in Kazakh, МРП in Russian), and the
//! state duty computed from it, exactly.
//!
//! The guide gives each state duty as a multiple of the MCI; the MCI is set each year by the
//! budget law (`content/parameters/mci.toml`, each value with its law). A duty is converted with
//! the MCI of the application date's year. For a year past the last published value the engine
//! uses that last value and marks the result provisional.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use crate::catalog::Mci;
use crate::lang::Text;
use crate::t;

/// One year's MCI, with where it comes from.
#[derive(Debug)]
pub struct MciValue {
    pub year: i32,
    pub kzt: u32,
    pub source: &'static str,
}

// `MCI_TABLE`, from `content/parameters/mci.toml` (each year's value and the law that sets it).
include!(concat!(env!("OUT_DIR"), "/mci.rs"));

const _: () = assert!(!MCI_TABLE.is_empty(), "content/parameters/mci.toml has at least one year");

/// The last day the table is known to hold: the end of the last published year.
pub fn known_until() -> Option<NaiveDate> {
    let last = MCI_TABLE.last()?;
    NaiveDate::from_ymd_opt(last.year, 12, 31)
}

/// The MCI to use for a date, and whether it is a published value for that year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MciFor {
    pub year: i32,
    pub kzt: u32,
    /// True when the date's year has no published value and the last known one stands in.
    pub provisional: bool,
}

/// The MCI for `date`, or `None` before the first published year.
pub fn mci_for(date: NaiveDate) -> Option<MciFor> {
    let year = date.year();
    if let Some(v) = MCI_TABLE.iter().find(|v| v.year == year) {
        return Some(MciFor { year: v.year, kzt: v.kzt, provisional: false });
    }
    let last = MCI_TABLE.last()?;
    (year > last.year).then_some(MciFor { year: last.year, kzt: last.kzt, provisional: true })
}

/// Why a duty is provisional, for the visitor.
pub const PROVISIONAL_MCI: Text = t!(mci_provisional);

/// A state duty converted to tenge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Duty {
    pub mci: Decimal,
    pub mci_value: MciFor,
    pub kzt: Decimal,
}

/// `multiple x MCI` of the date's year, exactly. (`try_new`: the guide's multiples have a scale
/// of 0 or 1; `Decimal::new` would bring its panic message and rust_decimal's error texts, 600
/// bytes, into the wasm.)
pub fn state_duty(multiple: Mci, date: NaiveDate) -> Option<Duty> {
    let mci_value = mci_for(date)?;
    let mci = Decimal::try_new(multiple.mantissa, multiple.scale).ok()?;
    let kzt = mci.checked_mul(Decimal::from(mci_value.kzt))?;
    Some(Duty { mci, mci_value, kzt: kzt.normalize() })
}

/// Tenge as the API writes money: a decimal string with no exponent and no trailing zeros
/// beyond the kopecks the amount has ("1966", "2162.5" is written "2162.50").
pub fn kzt_string(amount: Decimal) -> String {
    let a = amount.normalize();
    if a.scale() == 0 {
        a.to_string()
    } else {
        let mut r = a;
        r.rescale(2);
        r.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }
    const HALF: Mci = Mci { mantissa: 5, scale: 1 };
    const THIRTY: Mci = Mci { mantissa: 30, scale: 0 };
    const FOUR: Mci = Mci { mantissa: 4, scale: 0 };

    #[test]
    fn duties_of_2025_equal_the_amounts_printed_in_the_guide() {
        let on = d(2025, 6, 1);
        let kzt = |m| state_duty(m, on).map(|x| kzt_string(x.kzt));
        assert_eq!(kzt(HALF).as_deref(), Some("1966"));
        assert_eq!(kzt(THIRTY).as_deref(), Some("117960"));
        assert_eq!(kzt(FOUR).as_deref(), Some("15728"));
    }

    #[test]
    fn half_an_mci_in_2026_has_kopecks() {
        let Some(duty) = state_duty(HALF, d(2026, 3, 2)) else { panic!("2026 is published") };
        assert_eq!(kzt_string(duty.kzt), "2162.50");
        assert_eq!(duty.mci_value, MciFor { year: 2026, kzt: 4_325, provisional: false });
        assert_eq!(state_duty(THIRTY, d(2026, 1, 1)).map(|x| kzt_string(x.kzt)).as_deref(), Some("129750"));
        assert_eq!(state_duty(FOUR, d(2026, 12, 31)).map(|x| kzt_string(x.kzt)).as_deref(), Some("17300"));
    }

    #[test]
    fn each_year_uses_its_own_index() {
        assert_eq!(state_duty(HALF, d(2024, 12, 31)).map(|x| kzt_string(x.kzt)).as_deref(), Some("1846"));
        assert_eq!(state_duty(HALF, d(2025, 1, 1)).map(|x| kzt_string(x.kzt)).as_deref(), Some("1966"));
    }

    #[test]
    fn a_year_past_the_table_uses_the_last_value_and_says_so() {
        let Some(duty) = state_duty(HALF, d(2027, 1, 1)) else { panic!("later years fall back") };
        assert!(duty.mci_value.provisional);
        assert_eq!(duty.mci_value.year, 2026);
        assert_eq!(kzt_string(duty.kzt), "2162.50");
        assert_eq!(known_until(), Some(d(2026, 12, 31)));
    }

    #[test]
    fn no_value_before_the_first_published_year() {
        assert_eq!(mci_for(d(2023, 12, 31)), None);
    }
}
