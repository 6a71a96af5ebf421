//! The facts a visitor tells us. Their names and values are public API (`answers` in the JS API).

use chrono::NaiveDate;

use crate::countries;
use crate::error::{Code, Error, Result};
pub use crate::vocabulary::{Choice, Fact};

/// What kind of value a fact takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// One of a fixed list of values (their ids are kebab-case, or `B2`/`B3`).
    Choice(&'static [Choice]),
    Bool,
    /// An ISO 3166-1 alpha-2 code.
    Country,
    /// A whole number of calendar days.
    Days {
        min: u32,
        max: u32,
    },
    /// A `YYYY-MM-DD` date.
    Date,
}

pub const NEEDS: [Choice; 13] = [
    Choice::Work,
    Choice::Invest,
    Choice::BusinessVisit,
    Choice::BusinessMulti,
    Choice::ResidencePermit,
    Choice::Extend,
    Choice::Cancel,
    Choice::ArrivalNotification,
    Choice::Iin,
    Choice::TaxResidency,
    Choice::DigitalSignature,
    Choice::Fingerprinting,
    Choice::QualificationExemption,
];

/// The longest stay the widget asks about: ten years.
pub const MAX_STAY_DAYS: u32 = 3_660;

impl Fact {
    pub const fn kind(self) -> Kind {
        match self {
            Fact::Need => Kind::Choice(&NEEDS),
            Fact::Location => Kind::Choice(&[Choice::Inside, Choice::Outside]),
            Fact::Citizenship => Kind::Country,
            Fact::StayDays => Kind::Days { min: 1, max: MAX_STAY_DAYS },
            Fact::Role => Kind::Choice(&[Choice::Employee, Choice::Expert]),
            Fact::Term => Kind::Choice(&[Choice::UpTo2Years, Choice::ThreeTo5Years]),
            Fact::Category => Kind::Choice(&[Choice::B2, Choice::B3]),
            Fact::Visa => Kind::Choice(&[
                Choice::Work,
                Choice::Investor,
                Choice::BusinessSingle,
                Choice::BusinessMulti,
                Choice::Trp,
            ]),
            Fact::ApplicantType => Kind::Choice(&[Choice::Individual, Choice::LegalEntity]),
            Fact::InvestmentResident | Fact::Family | Fact::Branch | Fact::MeetsQualifications | Fact::SameHost => {
                Kind::Bool
            }
            Fact::VisaExpires => Kind::Date,
        }
    }
}

/// An answer as it arrives: JSON-like, not yet checked against its fact.
#[derive(Clone, Debug, PartialEq)]
pub enum Raw {
    Str(String),
    Num(f64),
    Bool(bool),
    /// Anything else (an object, an array, null): named for the error message.
    Other(&'static str),
}

/// A checked answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Value {
    Choice(Choice),
    Bool(bool),
    Country(&'static str),
    Days(u32),
    Date(NaiveDate),
}

impl Value {
    /// The value as the API writes it in a query string or a summary.
    pub fn to_query(self) -> String {
        match self {
            Value::Choice(c) => c.id().to_string(),
            Value::Country(s) => s.to_string(),
            Value::Bool(b) => b.to_string(),
            Value::Days(n) => n.to_string(),
            Value::Date(d) => crate::iso::date(d),
        }
    }
}

/// The earliest and latest dates the engine accepts (the working-day calendar's range).
pub fn date_in_range(d: NaiveDate) -> bool {
    (crate::calendar::SUPPORTED_FROM..=crate::calendar::SUPPORTED_UNTIL).contains(&d)
}

/// The supported range, for error messages.
pub const RANGE_TEXT: &str = "2024-01-01 to 2099-12-31";

/// Parses `YYYY-MM-DD` strictly: a real date, four-digit year, two-digit month and day.
pub fn parse_date(s: &str) -> Result<NaiveDate> {
    match crate::iso::parse_date(s) {
        Some(d) if date_in_range(d) => Ok(d),
        Some(_) => {
            Err(Error::new(Code::InvalidDate, format!("{} is outside the supported range {RANGE_TEXT}", quoted(s))))
        }
        None => Err(Error::new(Code::InvalidDate, format!("{} is not a real date in the form YYYY-MM-DD", quoted(s)))),
    }
}

/// `visaExpires` must have an extension window inside the calendar: its 30th working day before
/// the expiry may not fall before the calendar's first date (2024-01-01).
fn expiry_with_a_window(d: NaiveDate) -> Result<NaiveDate> {
    match crate::calendar::extension_window(d) {
        Ok(_) => Ok(d),
        Err(_) => Err(Error::new(
            Code::InvalidDate,
            format!(
                "{}: a visa expiring then has its extension window before {}, where the calendar starts; the earliest expiry date taken is {}",
                crate::iso::date(d),
                crate::iso::date(crate::calendar::SUPPORTED_FROM),
                crate::iso::date(first_expiry())
            ),
        )),
    }
}

/// The first expiry date whose extension window lies inside the calendar.
pub fn first_expiry() -> NaiveDate {
    let from = crate::calendar::SUPPORTED_FROM;
    from.iter_days().take(120).find(|d| crate::calendar::extension_window(*d).is_ok()).unwrap_or(from)
}

/// A string quoted for an error message: shortened, so a megabyte of junk is not echoed back,
/// with quotes, backslashes and control characters escaped.
pub fn quoted(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars().take(40) {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    if s.chars().nth(40).is_some() {
        out.push('…');
    }
    out.push('"');
    out
}

/// A number for an error message, without float formatting (which costs ~12 KB of wasm).
pub fn number_text(n: f64) -> String {
    if n.is_nan() {
        "NaN".to_string()
    } else if n.is_infinite() {
        if n > 0.0 { "Infinity" } else { "-Infinity" }.to_string()
    } else if n.fract() == 0.0 && n.abs() < 1e15 {
        (n as i64).to_string()
    } else {
        "a number with a fraction".to_string()
    }
}

fn describe(raw: &Raw) -> String {
    match raw {
        Raw::Str(s) => quoted(s),
        Raw::Num(n) => number_text(*n),
        Raw::Bool(b) => b.to_string(),
        Raw::Other(kind) => (*kind).to_string(),
    }
}

fn ids(values: &[Choice]) -> String {
    values.iter().map(|v| v.id()).collect::<Vec<_>>().join(", ")
}

/// Checks `raw` against the fact. Strings are accepted in place of booleans ("true"/"false")
/// and numbers (decimal digits), so that answers kept in a query string read back as they were.
pub fn check(fact: Fact, raw: &Raw) -> Result<Value> {
    let bad = |expected: &str| {
        Error::new(Code::InvalidAnswer, format!("answer \"{}\": {} is not {expected}", fact.id(), describe(raw)))
    };
    match (fact.kind(), raw) {
        (Kind::Choice(values), Raw::Str(s)) => values
            .iter()
            .find(|v| v.id() == s.as_str())
            .map(|v| Value::Choice(*v))
            .ok_or_else(|| bad(&format!("one of {}", ids(values)))),
        (Kind::Bool, Raw::Bool(b)) => Ok(Value::Bool(*b)),
        (Kind::Bool, Raw::Str(s)) if s == "true" || s == "false" => Ok(Value::Bool(s == "true")),
        (Kind::Country, Raw::Str(s)) => {
            countries::parse(s).map(Value::Country).ok_or_else(|| bad("an ISO 3166-1 alpha-2 country code"))
        }
        (Kind::Days { min, max }, raw) => {
            let n = match raw {
                Raw::Num(n) if n.fract() == 0.0 && *n >= 0.0 && *n <= f64::from(u32::MAX) => Some(*n as u32),
                Raw::Str(s) if !s.is_empty() && s.len() <= 9 && s.bytes().all(|b| b.is_ascii_digit()) => s.parse().ok(),
                _ => None,
            };
            match n {
                Some(n) if (min..=max).contains(&n) => Ok(Value::Days(n)),
                _ => Err(bad(&format!("a whole number of days from {min} to {max}"))),
            }
        }
        (Kind::Date, Raw::Str(s)) => parse_date(s)
            .and_then(expiry_with_a_window)
            .map(Value::Date)
            .map_err(|e| Error::new(e.code, format!("answer \"{}\": {}", fact.id(), e.message))),
        (Kind::Choice(values), _) => Err(bad(&format!("one of {}", ids(values)))),
        (Kind::Bool, _) => Err(bad("true or false")),
        (Kind::Country, _) => Err(bad("an ISO 3166-1 alpha-2 country code")),
        (Kind::Date, _) => Err(bad("a date in the form YYYY-MM-DD")),
    }
}

/// The visitor's checked answers, by fact.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Facts {
    values: [Option<Value>; Fact::ALL.len()],
}

impl Facts {
    /// Checks every answer. Unknown facts, repeated facts and bad values are errors.
    pub fn from_raw<'a>(answers: impl IntoIterator<Item = (&'a str, &'a Raw)>) -> Result<Facts> {
        let mut facts = Facts::default();
        for (name, raw) in answers {
            let fact = Fact::parse(name).ok_or_else(|| {
                Error::new(
                    Code::InvalidAnswer,
                    format!("{} is not a fact the flow knows (known: {})", quoted(name), known_facts()),
                )
            })?;
            let value = check(fact, raw)?;
            if facts.get(fact).is_some() {
                return Err(Error::new(Code::InvalidAnswer, format!("answer \"{}\" is given twice", fact.id())));
            }
            facts.set(fact, value);
        }
        Ok(facts)
    }

    pub fn get(&self, fact: Fact) -> Option<Value> {
        self.values.get(fact as usize).copied().flatten()
    }

    pub fn set(&mut self, fact: Fact, value: Value) {
        if let Some(slot) = self.values.get_mut(fact as usize) {
            *slot = Some(value);
        }
    }

    pub fn bool(&self, fact: Fact) -> Option<bool> {
        match self.get(fact) {
            Some(Value::Bool(b)) => Some(b),
            _ => None,
        }
    }

    /// The answer's id, for a choice or a country (a country has no enum: its code).
    pub fn choice(&self, fact: Fact) -> Option<&'static str> {
        match self.get(fact) {
            Some(Value::Choice(c)) => Some(c.id()),
            Some(Value::Country(s)) => Some(s),
            _ => None,
        }
    }

    /// The answer to a choice question.
    pub fn choice_of(&self, fact: Fact) -> Option<Choice> {
        match self.get(fact) {
            Some(Value::Choice(c)) => Some(c),
            _ => None,
        }
    }

    /// Whether the answer to a choice question is `value`.
    pub fn is(&self, fact: Fact, value: Choice) -> bool {
        self.choice_of(fact) == Some(value)
    }
}

fn known_facts() -> String {
    Fact::ALL.iter().map(|f| f.id()).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &str) -> Raw {
        Raw::Str(v.to_string())
    }

    #[test]
    fn choices_take_only_their_values() {
        assert_eq!(check(Fact::Need, &s("work")), Ok(Value::Choice(Choice::Work)));
        assert_eq!(check(Fact::Need, &s("Work")).map_err(|e| e.code), Err(Code::InvalidAnswer));
        assert_eq!(check(Fact::Category, &s("B3")), Ok(Value::Choice(Choice::B3)));
        assert_eq!(check(Fact::Location, &Raw::Bool(true)).map_err(|e| e.code), Err(Code::InvalidAnswer));
    }

    #[test]
    fn booleans_and_numbers_read_back_from_a_query_string() {
        assert_eq!(check(Fact::Family, &s("false")), Ok(Value::Bool(false)));
        assert_eq!(check(Fact::Family, &Raw::Bool(true)), Ok(Value::Bool(true)));
        assert_eq!(check(Fact::StayDays, &s("120")), Ok(Value::Days(120)));
        assert_eq!(check(Fact::StayDays, &Raw::Num(31.0)), Ok(Value::Days(31)));
        for bad in [
            Raw::Num(0.0),
            Raw::Num(1.5),
            Raw::Num(f64::NAN),
            Raw::Num(f64::INFINITY),
            Raw::Num(-3.0),
            s("1e3"),
            s(""),
            s("99999999999"),
        ] {
            assert_eq!(check(Fact::StayDays, &bad).map_err(|e| e.code), Err(Code::InvalidAnswer), "{bad:?}");
        }
        assert_eq!(check(Fact::Family, &s("yes")).map_err(|e| e.code), Err(Code::InvalidAnswer));
    }

    #[test]
    fn dates_must_be_real() {
        assert_eq!(parse_date("2026-02-28").map(|d| d.to_string()), Ok("2026-02-28".to_string()));
        for bad in ["2026-02-30", "2026-2-3", "26-02-03", "2026-02-03T00:00", "", "２０２６-02-03"] {
            assert_eq!(parse_date(bad).map_err(|e| e.code), Err(Code::InvalidDate), "{bad}");
        }
        assert_eq!(check(Fact::VisaExpires, &s("2024-02-30")).map_err(|e| e.code), Err(Code::InvalidDate));
    }

    #[test]
    fn unknown_and_repeated_facts_are_refused() {
        let junk = s("x");
        assert_eq!(Facts::from_raw([("__proto__", &junk)]).map_err(|e| e.code), Err(Code::InvalidAnswer));
        let work = s("work");
        assert_eq!(Facts::from_raw([("need", &work), ("need", &work)]).map_err(|e| e.code), Err(Code::InvalidAnswer));
    }

    #[test]
    fn long_junk_is_not_echoed_whole() {
        let long = "x".repeat(100_000);
        let err = check(Fact::Need, &Raw::Str(long)).err().map(|e| e.message.len());
        assert!(err.is_some_and(|n| n < 400));
    }
}
