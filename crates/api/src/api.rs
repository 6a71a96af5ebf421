//! The engine's public API, in plain Rust: requests as they arrive (camelCase fields, checked
//! strictly), answers ready to serialise. The wasm bindings translate JavaScript values to and
//! from these types and nothing more; native tests call the same functions.

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime};

use aifc_eligibility_engine::catalog::{self, Variant};
use aifc_eligibility_engine::error::{Code, Error, Result};
use aifc_eligibility_engine::facts::{parse_date, quoted, Facts, Raw};
use aifc_eligibility_engine::quote::taken_on;
use aifc_eligibility_engine::{calendar, countries, iso, money, quote, team, walk};

use crate::lang::Lang;
use crate::lang::Translate;
pub use crate::out::api::*;
use crate::out::flow::{Evaluation, WindowOut};
use crate::out::quote::Quote;
use crate::out::team::TeamPlan;
use crate::translate;

/// `lang` as given: absent means English. A language whose texts are not loaded yet (the package
/// that loads them on demand) is refused with `language-not-loaded`.
pub fn lang(tag: Option<&str>) -> Result<Lang> {
    let lang = match tag {
        None => Lang::En,
        Some(t) => Lang::parse(t).ok_or_else(|| {
            Error::new(
                Code::UnsupportedLanguage,
                format!("{} is not a supported language: use {}", quoted(t), crate::lang::tags_list()),
            )
        })?,
    };
    if !crate::lang::loaded(lang) {
        return Err(Error::new(
            Code::LanguageNotLoaded,
            format!(
                "the texts of {} are not loaded: call loadLanguage(\"{}\", texts) first",
                quoted(lang.tag()),
                lang.tag()
            ),
        ));
    }
    Ok(lang)
}

/// `date` as given: absent means today in Astana.
pub fn date_or_today(date: Option<&str>, today: NaiveDate) -> Result<NaiveDate> {
    date.map_or(Ok(today), parse_date)
}

/// The package, and the guide's edition in force on `today` (content/guide-<year>/edition.toml):
/// its title, its name and the SHA-256 of its text, which every section citation refers to.
pub fn version(today: NaiveDate) -> VersionOut {
    let c = calendar::COVERAGE;
    let edition = catalog::edition_on(taken_on(today).unwrap_or(today));
    VersionOut {
        version: crate::VERSION,
        guide: edition.title,
        guide_sha256: edition.sha256,
        guide_edition: edition.edition,
        calendar: CoverageOut {
            known_from: iso::date(c.known_from),
            known_until: iso::date(c.known_until),
            supported_from: iso::date(calendar::SUPPORTED_FROM),
            supported_until: iso::date(calendar::SUPPORTED_UNTIL),
        },
        mci_known_until: money::known_until().map(iso::date),
    }
}

/// Every service, with the fee rows of the guide's edition in force on `today`.
pub fn services(lang: Lang, today: NaiveDate) -> Vec<ServiceOut> {
    // An application made today is taken on the next working day: its edition's fee rows.
    let today = taken_on(today).unwrap_or(today);
    catalog::SERVICES
        .iter()
        .map(|s| s.on(today))
        .map(|s| ServiceOut {
            id: s.id,
            title: s.title.get(lang),
            section: translate::section(s, today, lang),
            audience: s.audience.get(lang),
            variants: s.tariff(today).map(|t| translate::variant_labels(t, lang)).unwrap_or_default(),
        })
        .collect()
}

#[derive(Debug, Clone, PartialEq)]
pub struct QuoteRequest {
    pub service: String,
    pub variant: Option<String>,
    pub lang: Option<String>,
    pub date: Option<String>,
}

pub fn quote(req: &QuoteRequest, today: NaiveDate) -> Result<Quote> {
    let lang = lang(req.lang.as_deref())?;
    let service = catalog::find(&req.service).ok_or_else(|| {
        Error::new(
            Code::UnknownService,
            format!("{} is not a service of the catalog (see services())", quoted(&req.service)),
        )
    })?;
    let variant = match req.variant.as_deref() {
        None => None,
        Some(v) => Some(Variant::parse(v).ok_or_else(|| {
            let rows: Vec<&str> = Variant::ALL.iter().map(|r| r.id()).collect();
            Error::new(Code::UnknownVariant, format!("{} is not a fee row ({})", quoted(v), rows.join(", ")))
        })?),
    };
    let date = date_or_today(req.date.as_deref(), today)?;
    let quoted = quote::quote(quote::Ask { service, variant, date, facts: None, all_rows_if_no_variant: false })?;
    Ok(translate::quote(&quoted, lang))
}

#[derive(Debug, Clone, PartialEq)]
pub struct EvaluateRequest {
    /// Answers by fact name, as given (checked by `evaluate`).
    pub answers: BTreeMap<String, Raw>,
    pub lang: Option<String>,
    pub date: Option<String>,
}

pub fn evaluate(req: &EvaluateRequest, today: NaiveDate) -> Result<Evaluation> {
    let lang = lang(req.lang.as_deref())?;
    let date = date_or_today(req.date.as_deref(), today)?;
    let facts = facts(&req.answers)?;
    Ok(translate::evaluation(&walk::walk(&facts, date)?, lang))
}

/// The answers as a caller gives them, checked: what `evaluate()` walks, and what `plan()` walks
/// for each person of a team (one function, so the two cannot differ).
fn facts(answers: &BTreeMap<String, Raw>) -> Result<Facts> {
    Facts::from_raw(answers.iter().map(|(k, v)| (k.as_str(), v)))
}

pub fn is_working_day(date: &str) -> Result<bool> {
    parse_date(date).map(calendar::is_working_day)
}

#[derive(Debug, Clone, PartialEq)]
pub struct AddWorkingDaysRequest {
    pub from: String,
    pub days: f64,
}

pub fn add_working_days(req: &AddWorkingDaysRequest) -> Result<String> {
    let from = parse_date(&req.from)?;
    let max = calendar::MAX_DAYS;
    let days = req.days;
    if days.fract() != 0.0 || !(f64::from(-max)..=f64::from(max)).contains(&days) {
        let given = aifc_eligibility_engine::facts::number_text(days);
        return Err(Error::new(
            Code::OutOfRange,
            format!("days must be a whole number from -{max} to {max}, not {given}"),
        ));
    }
    calendar::add_working_days(from, days as i32).map(iso::date).map_err(|_| {
        let from = iso::date(from);
        Error::new(
            Code::InvalidDate,
            format!(
                "{from} plus {} working days is outside {}",
                days as i32,
                aifc_eligibility_engine::facts::RANGE_TEXT
            ),
        )
    })
}

#[derive(Debug, Clone, PartialEq)]
pub struct WindowRequest {
    pub expires: String,
    pub lang: Option<String>,
    pub date: Option<String>,
}

pub fn extension_window(req: &WindowRequest, today: NaiveDate) -> Result<WindowOut> {
    let lang = lang(req.lang.as_deref())?;
    let expires = parse_date(&req.expires)?;
    let date = date_or_today(req.date.as_deref(), today)?;
    Ok(translate::window(expires, &calendar::window_status(expires, date)?, lang))
}

/// The `.ics` calendar file for the extension window of a visa expiring on `expires`.
pub fn extension_ics(req: &WindowRequest, now: NaiveDateTime) -> Result<String> {
    let lang = lang(req.lang.as_deref())?;
    let expires = parse_date(&req.expires)?;
    let window = calendar::extension_window(expires)?;
    Ok(crate::ics::extension_ics(&window, lang, now))
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OfficeRequest {
    pub lang: Option<String>,
    /// Astana local time `YYYY-MM-DDTHH:MM`; absent means now.
    pub at: Option<String>,
}

/// The Centre's office at `at` (or `now`), Astana time, from the guide's «ЖҰМЫС КЕСТЕСІ».
pub fn office(req: &OfficeRequest, now: NaiveDateTime) -> Result<OfficeOut> {
    use calendar::{self as cal, State};
    let lang = lang(req.lang.as_deref())?;
    let at = match req.at.as_deref() {
        None => now,
        Some(s) => iso::parse_datetime(s).ok_or_else(|| {
            Error::new(Code::InvalidDate, format!("{} is not a time in the form YYYY-MM-DDTHH:MM", quoted(s)))
        })?,
    };
    let status = cal::office_status(at)?;
    let span = |h: &cal::Hours| format!("{}–{}", iso::time(h.opens), iso::time(h.closes));
    let hours = cal::OFFICE_HOURS;
    let lunch = hours.lunch.map(|(a, b)| format!("{}–{}", iso::time(a), iso::time(b))).unwrap_or_default();
    let lunch_word = aifc_eligibility_engine::t!(office_lunch).get(lang);
    let mut phones = Vec::with_capacity(cal::PHONE_LINES.len());
    for line in &cal::PHONE_LINES {
        phones.push(PhoneOut {
            number: line.number,
            tel: line.tel,
            hours: span(&line.hours),
            open: cal::phone_status(line, at)?.open,
        });
    }
    Ok(OfficeOut {
        open: status.open,
        state: match status.state {
            State::Open => "open",
            State::Lunch => "lunch",
            State::BeforeOpening | State::ClosedForTheDay => "closed",
            State::DayOff => "day-off",
        },
        status: status.state.text().get(lang),
        next_change: iso::datetime(status.next_change),
        hours: format!("{}, {lunch_word} {lunch}", span(&hours)),
        phones,
        email: cal::EMAIL,
        address: cal::ADDRESS.get(lang),
    })
}

/// The codes a `citizenship` answer may take, in alphabetical order.
pub fn countries() -> Vec<&'static str> {
    countries::all().collect()
}

#[derive(Debug, Clone, PartialEq)]
pub struct PlanRequest {
    /// The team, in the order the answer keeps (at most `MAX_PEOPLE`).
    pub people: Vec<PersonIn>,
    pub lang: Option<String>,
    pub date: Option<String>,
    /// Give each person's `path` (the answers as the engine labels them, as `evaluate` does): a
    /// planner showing the answers needs it; a caller that only adds up does not pay for it.
    pub with_path: bool,
}

/// A team's plan: each person as `evaluate` answers them, and the team's totals. `lang`, `date`
/// and more than `MAX_PEOPLE` people refuse the whole request; anything wrong with one person is
/// that person's error.
pub fn plan(req: &PlanRequest, today: NaiveDate) -> Result<TeamPlan> {
    let lang = lang(req.lang.as_deref())?;
    let date = date_or_today(req.date.as_deref(), today)?;
    if req.people.len() > MAX_PEOPLE {
        return Err(too_many_people(req.people.len()));
    }
    let facts = req.people.iter().map(person).collect();
    let ids = req.people.iter().map(|p| p.id.clone()).collect();
    Ok(translate::team(&team::plan(facts, date), ids, lang, req.with_path))
}

/// The most people one call plans: a large employer's intake, planned in well under a second.
/// More is refused (`too-large`) before anyone is planned; split the team into several calls.
pub const MAX_PEOPLE: usize = 5_000;
/// The longest `id` a person may carry, in characters. Ids are only echoed back: two people may
/// share one (results are in the request's order).
pub const MAX_ID_CHARS: usize = 100;

/// One person as given: an optional id, and their answers as `evaluate` takes them, or the
/// error met reading them (a caller's row that is not an object, say), which is kept as that
/// person's result.
#[derive(Debug, Clone, PartialEq)]
pub struct PersonIn {
    pub id: Option<String>,
    pub answers: core::result::Result<BTreeMap<String, Raw>, Error>,
}

impl PersonIn {
    pub fn new(id: Option<&str>, answers: BTreeMap<String, Raw>) -> PersonIn {
        PersonIn { id: id.map(str::to_string), answers: Ok(answers) }
    }
}

pub fn too_many_people(given: usize) -> Error {
    Error::new(
        Code::TooLarge,
        format!("plan() takes at most {MAX_PEOPLE} people in one call, not {given}: split the team"),
    )
}

/// One person's answers as facts, checked as `evaluate` checks them; a bad id is that person's error.
fn person(p: &PersonIn) -> Result<Facts> {
    if let Some(id) = &p.id {
        let n = id.chars().count();
        if n == 0 || n > MAX_ID_CHARS {
            return Err(Error::new(
                Code::InvalidRequest,
                format!("a person's id must be 1 to {MAX_ID_CHARS} characters, not {n}"),
            ));
        }
    }
    facts(p.answers.as_ref().map_err(Clone::clone)?)
}
