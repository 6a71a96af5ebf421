//! A quote: one service of the catalog made concrete for a visitor - the fee row, the state duty
//! converted with the MCI of the application's year, the documents filtered by what the visitor
//! told us, and the dates by which it should be ready. Plain values (dates, decimals, message
//! ids): the API crate reads them in the visitor's language.

use chrono::{Days, NaiveDate};
use rust_decimal::Decimal;

use crate::calendar;
use crate::catalog::providers::provider;
use crate::catalog::{
    edition_on, shared, Cond, Doc, Fee, Fees, NextStep, Note, Processing, Provider, Section, Service, Tariff, Tier,
    Variant,
};
use crate::error::{Code, Error, Result};
use crate::facts::{Choice, Fact, Facts};
use crate::iso;
use crate::lang::Text;
use crate::money::{state_duty, Duty};

/// What a quote is asked for.
#[derive(Clone, Copy, Debug)]
pub struct Ask<'a> {
    pub service: &'static Service,
    pub variant: Option<Variant>,
    pub date: NaiveDate,
    /// The visitor's answers, to filter the documents; `None` lists them all.
    pub facts: Option<&'a Facts>,
    /// In an outcome, a missing variant lists every row instead of failing.
    pub all_rows_if_no_variant: bool,
}

/// The quote as values.
#[derive(Debug, Clone)]
pub struct Quoted {
    /// The service as the edition in force on the day the application is taken gives it.
    pub service: &'static Service,
    /// Where that edition has the service, and the edition's name.
    pub section: Section,
    pub edition: &'static str,
    /// That edition's fees, state duty and time for it.
    pub tariff: &'static Tariff,
    /// The fee row quoted (`None` when the service has one row or none, or every row is listed).
    pub variant: Option<Variant>,
    /// Every tier of the row (of every row, each marked, when no row is chosen).
    pub fees: Vec<FeeLine>,
    /// The standard tier of the row quoted, where exactly one row is.
    pub standard_kzt: Option<u32>,
    pub duty: Option<Duty>,
    pub ready: Option<ReadyDates>,
    pub documents: Vec<DocLine>,
    pub next_steps: Vec<StepLine>,
    pub notes: Vec<&'static Note>,
    /// In an outcome: why this service applies.
    pub why: Option<Text>,
}

/// One tier of a fee row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FeeLine {
    pub tier: Tier,
    pub kzt: u32,
    /// The row, when every row is listed.
    pub variant: Option<Variant>,
}

/// A document kept on the list, and who provides it for these answers.
#[derive(Debug, Clone, Copy)]
pub struct DocLine {
    pub doc: &'static Doc,
    pub by: Provider,
}

/// The embassy or airport step, with its documents.
#[derive(Debug, Clone)]
pub struct StepLine {
    pub step: &'static NextStep,
    pub documents: Vec<DocLine>,
}

/// The ready-by dates as dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadyDates {
    pub applied: NaiveDate,
    /// The first working day on or after `applied`, from which the counts start.
    pub taken: NaiveDate,
    pub earliest: NaiveDate,
    pub latest: NaiveDate,
    pub with_delay: Option<NaiveDate>,
    /// The calendar days the state body may add, where the guide warns of it.
    pub delay_days: Option<u16>,
    pub same_day: bool,
    pub provisional: bool,
}

impl Quoted {
    /// What the step costs at the standard tier: its fee (none where the guide gives none) plus its
    /// state duty, exact. The one place a plan, and a team's plan, adds money.
    pub fn subtotal(&self) -> Decimal {
        Decimal::from(self.standard_kzt.unwrap_or(0)) + self.duty.map_or(Decimal::ZERO, |d| d.kzt)
    }

    /// Documents to prepare, the embassy or airport step's included (advice lines are not counted).
    pub fn to_prepare(&self) -> usize {
        let count = |docs: &[DocLine]| docs.iter().filter(|d| d.by != Provider::Advice).count();
        count(&self.documents) + self.next_steps.iter().map(|n| count(&n.documents)).sum::<usize>()
    }

    /// Whether a document with this id is on the list or the next step's.
    pub fn has_document(&self, id: &str) -> bool {
        self.documents.iter().chain(self.next_steps.iter().flat_map(|n| &n.documents)).any(|d| d.doc.doc.id == id)
    }
}

/// The guide's fee bands leave out more than 2 and less than 3 years (`content/guide-2025/shared.toml`, `fee-bands-gap`).
const FEE_BANDS_GAP: Text = crate::t!(note_fee_bands_gap);

/// Builds the quote.
pub fn quote(ask: Ask<'_>) -> Result<Quoted> {
    // An application made on a closed day (a weekend or a holiday) is taken on the next working
    // day: its dates count from there, and its state duty is paid with that day's MCI.
    let taken = taken_on(ask.date)?;
    // The service as that day's edition gives it: its steps, documents and notes.
    let s = ask.service.on(taken);
    // The guide's edition in force on that day gives the fees, the duty and the time.
    let t = tariff(s, taken)?;
    let variants: Vec<Variant> = t.fees.variants().collect();
    let variant = match (ask.variant, variants.is_empty()) {
        (Some(v), false) if variants.contains(&v) => Some(v),
        (Some(v), _) => {
            return Err(Error::new(
                Code::UnknownVariant,
                format!("\"{}\" is not a fee row of \"{}\" (rows: {})", v.id(), s.id, ids(&variants)),
            ))
        }
        (None, false) if !ask.all_rows_if_no_variant => {
            return Err(Error::new(
                Code::MissingVariant,
                format!("\"{}\" has several fee rows: give `variant`, one of {}", s.id, ids(&variants)),
            ))
        }
        (None, _) => None,
    };

    let fees = match (&t.fees, variant) {
        (Fees::NotListed, _) => Vec::new(),
        (Fees::Single(row), _) => fee_row(row, None),
        (Fees::ByVariant(rows), Some(v)) => {
            rows.iter().filter(|(rv, _)| *rv == v).flat_map(|(_, row)| fee_row(row, None)).collect()
        }
        (Fees::ByVariant(rows), None) => rows.iter().flat_map(|(rv, row)| fee_row(row, Some(*rv))).collect(),
    };

    let duty = match t.state_duty {
        None => None,
        Some(multiple) => Some(
            state_duty(multiple, taken)
                .ok_or_else(|| Error::new(Code::InvalidDate, "no MCI is known for dates before 2024".to_string()))?,
        ),
    };

    // The guide's note on the state body's delay first, where the section has it (a field of the
    // data, `state_delay`); then the service's own notes (where the guide has no fee table, the
    // extension sections, they say so).
    let delay = t.state_delay.then_some(&shared::STATE_DELAY.note);
    // Decision (issue 25, item 6): the note on the guide's fee bands (no row for more than 2 and
    // less than 3 years, «2 жылға дейін», «3-тен 5 жылға дейін») is for a quote of every row; a
    // visitor who chose a row was told the gap where they chose it (the term question's help), so
    // a 3-to-5-years note is not read beside the "up to 2 years" they picked.
    let moot = |n: &&Note| variant.is_some() && n.text == FEE_BANDS_GAP;
    let notes = delay.into_iter().chain(s.notes.iter().filter(|n| !moot(n))).collect();
    let (section, edition) = section_on(s, taken);

    Ok(Quoted {
        service: s,
        section,
        edition,
        tariff: t,
        variant,
        fees,
        standard_kzt: standard_fee(&t.fees, variant),
        duty,
        ready: ready_dates(t, ask.date, taken)?,
        documents: documents(s.documents, ask.facts),
        next_steps: s
            .next_step
            .iter()
            .map(|step| StepLine { step, documents: documents(step.documents, None) })
            .collect(),
        notes,
        why: None,
    })
}

/// The service's tariff in the edition in force on `day`.
pub fn tariff(s: &Service, day: NaiveDate) -> Result<&'static Tariff> {
    s.tariff(day)
        .ok_or_else(|| Error::new(Code::Internal, format!("{} has no tariff in the edition of that day", s.id)))
}

/// Where the service is in the guide's edition in force on `day`, and that edition's name.
pub fn section_on(s: &Service, day: NaiveDate) -> (Section, &'static str) {
    let edition = edition_on(day);
    // The section as that edition numbers it (a later edition may renumber).
    (edition.tariff(s.id).map_or(s.section, |t| t.section), edition.edition)
}

fn ids(variants: &[Variant]) -> String {
    variants.iter().map(|v| v.id()).collect::<Vec<_>>().join(", ")
}

fn fee_row(row: &[Fee], variant: Option<Variant>) -> Vec<FeeLine> {
    row.iter().map(|f| FeeLine { tier: f.tier, kzt: f.kzt, variant }).collect()
}

/// The first working day on or after `date`: when the Centre takes an application made that day.
pub fn taken_on(date: NaiveDate) -> Result<NaiveDate> {
    calendar::add_working_days(date, 0).map_err(|_| {
        Error::new(Code::InvalidDate, format!("no working day follows {} in the calendar's range", iso::date(date)))
    })
}

/// The standard tier of the row quoted, where exactly one row is.
fn standard_fee(fees: &Fees, variant: Option<Variant>) -> Option<u32> {
    let row: &[Fee] = match (fees, variant) {
        (Fees::Single(row), _) => row,
        (Fees::ByVariant(rows), Some(v)) => rows.iter().find(|(rv, _)| *rv == v).map(|(_, row)| *row)?,
        _ => return None,
    };
    row.iter().find(|f| f.tier == Tier::Standard).map(|f| f.kzt)
}

fn ready_dates(t: &Tariff, applied: NaiveDate, taken: NaiveDate) -> Result<Option<ReadyDates>> {
    let Some(p) = t.processing else { return Ok(None) };
    let add = |n: u16| {
        calendar::add_working_days(taken, i32::from(n)).map_err(|_| {
            Error::new(
                Code::InvalidDate,
                format!("{} plus {n} working days is past the calendar's range", iso::date(taken)),
            )
        })
    };
    let (earliest, latest, same_day) = match p {
        // Counted from the day the application is taken, in the guide's «жұмыс күні».
        Processing::WorkingDays { min, max } => (add(min)?, add(max)?, false),
        // Done during the visit, on the day the application is taken.
        Processing::Minutes { .. } => (taken, taken, true),
    };
    let delay_days = t.state_delay.then_some(shared::STATE_DELAY.calendar_days);
    let with_delay = delay_days.and_then(|d| latest.checked_add_days(Days::new(u64::from(d))));
    let provisional =
        [Some(applied), Some(taken), Some(latest), with_delay].into_iter().flatten().any(calendar::is_provisional);
    Ok(Some(ReadyDates { applied, taken, earliest, latest, with_delay, delay_days, same_day, provisional }))
}

/// The document list, filtered by the visitor's answers where a condition depends on one.
pub fn documents(list: &'static [Doc], facts: Option<&Facts>) -> Vec<DocLine> {
    list.iter()
        .filter(|d| facts.is_none_or(|f| d.when.iter().all(|c| applies(*c, f))))
        .map(|d| DocLine { doc: d, by: by(d, facts) })
        .collect()
}

/// Who provides a document, for these answers. Decision (issue 25, item 6): a legal entity applying
/// for its own tax residency certificate is the applicant, so its documents are one group, the
/// company's, never "from the company" beside "from the applicant". Not for the EDS: its portal
/// application and consent are a person's (the head's), even for a legal entity.
fn by(d: &Doc, facts: Option<&Facts>) -> Provider {
    let company_applies =
        facts.is_some_and(|f| f.is(Fact::Need, Choice::TaxResidency) && f.is(Fact::ApplicantType, Choice::LegalEntity));
    match provider(d) {
        Provider::Applicant if company_applies => Provider::Company,
        p => p,
    }
}

/// Whether a document with this condition stays on the list, given the answers. A condition
/// whose fact is unknown keeps the document (the visitor sees the condition beside it).
pub fn applies(cond: Cond, facts: &Facts) -> bool {
    // Kept unless the answer is the other value.
    let unless = |fact: Fact, other: Choice| !facts.is(fact, other);
    match cond {
        Cond::Branch => facts.bool(Fact::Branch) != Some(false),
        Cond::FamilyMember | Cond::FamilyMembers => facts.bool(Fact::Family) != Some(false),
        // Guide, TRP: «Есепке алу нысаны (шетелдік қызметкерлер үшін)» is the employees' form.
        Cond::Employees | Cond::ForeignEmployee => !facts.is(Fact::Role, Choice::Expert),
        // Guide, TRP: «Дербес деректерді өңдеуге келісім (отбасы мүшелері мен шетел азаматтары
        // үшін азаматтық-құқықтық шарт бойынша)»: not for an employee applying alone.
        Cond::FamilyOrCivilContract => {
            !(facts.is(Fact::Role, Choice::Employee) && facts.bool(Fact::Family) == Some(false))
        }
        Cond::CategoryB2 => unless(Fact::Category, Choice::B3),
        Cond::CategoryB3 => unless(Fact::Category, Choice::B2),
        Cond::Individual => unless(Fact::ApplicantType, Choice::LegalEntity),
        Cond::LegalEntity => unless(Fact::ApplicantType, Choice::Individual),
        Cond::IfAny | Cond::Child14To18 | Cond::FirstApplication | Cond::Optional => true,
    }
}
