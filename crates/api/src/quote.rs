//! A quote: one service of the catalog made concrete for a visitor - the fee row, the state duty
//! converted with the MCI of the application's year, the documents filtered by what the visitor
//! told us, and the dates by which it should be ready.

use chrono::{Days, NaiveDate};

use crate::calendar;
use crate::catalog::labels::section_label;
use crate::catalog::providers::provider;
use crate::catalog::{shared, Cond, Doc, Fee, Fees, Note, Processing, Provider, Service, Tariff, Tier, Variant};
use crate::error::{Code, Error, Result};
use crate::facts::{Fact, Facts};
use crate::iso;
use crate::lang::Lang;
use crate::lang::Translate;
use crate::money::{kzt_string, state_duty, PROVISIONAL_MCI};
pub use crate::out::quote::*;

impl SectionOut {
    /// Where the service is in the guide's edition in force on `day`, in the visitor's language.
    pub fn of(s: &Service, day: NaiveDate, lang: Lang) -> SectionOut {
        let edition = crate::catalog::edition_on(day);
        // The section as that edition numbers it (a later edition may renumber).
        let section = edition.tariff(s.id).map_or(s.section, |t| t.section);
        SectionOut {
            chapter: section.chapter.id(),
            number: section.number,
            label: section_label(section.chapter, section.number, edition.edition, lang),
        }
    }
}

/// The fee rows of a service's tariff, labelled in the visitor's language.
pub fn variant_labels(t: &Tariff, lang: Lang) -> Vec<Labelled> {
    t.fees.variants().map(|v| Labelled { id: v.id(), label: v.label().get(lang) }).collect()
}

/// The service's tariff in the edition in force on `day`.
pub fn tariff(s: &Service, day: NaiveDate) -> Result<&'static Tariff> {
    s.tariff(day)
        .ok_or_else(|| Error::new(Code::Internal, format!("{} has no tariff in the edition of that day", s.id)))
}

impl NoteOut {
    pub fn from_note(note: &Note, lang: Lang) -> NoteOut {
        NoteOut { kind: note.kind.id(), text: note.text.get(lang) }
    }
}

/// What a quote is asked for.
#[derive(Clone, Copy, Debug)]
pub struct Ask<'a> {
    pub service: &'static Service,
    pub variant: Option<Variant>,
    pub lang: Lang,
    pub date: NaiveDate,
    /// The visitor's answers, to filter the documents; `None` lists them all.
    pub facts: Option<&'a Facts>,
    /// In an outcome, a missing variant lists every row instead of failing.
    pub all_rows_if_no_variant: bool,
}

/// The guide's fee bands leave out more than 2 and less than 3 years (`content/guide-2025/shared.toml`, `fee-bands-gap`).
const FEE_BANDS_GAP: crate::lang::Text = crate::t!(note_fee_bands_gap);

/// Builds the quote.
pub fn quote(ask: Ask<'_>) -> Result<Quote> {
    let s = ask.service;
    let lang = ask.lang;
    // An application made on a closed day (a weekend or a holiday) is taken on the next working
    // day: its dates count from there, and its state duty is paid with that day's MCI.
    let taken = taken_on(ask.date)?;
    // The service as that day's edition gives it: its steps, documents and notes.
    let s = s.on(taken);
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
        (Fees::Single(row), _) => fee_row(row, None, lang),
        (Fees::ByVariant(rows), Some(v)) => {
            rows.iter().filter(|(rv, _)| *rv == v).flat_map(|(_, row)| fee_row(row, None, lang)).collect()
        }
        (Fees::ByVariant(rows), None) => rows.iter().flat_map(|(rv, row)| fee_row(row, Some(*rv), lang)).collect(),
    };

    let mut sums = Sums { standard_kzt: standard_fee(&t.fees, variant), ..Sums::default() };
    let state_duty = match t.state_duty {
        None => None,
        Some(multiple) => {
            let duty = state_duty(multiple, taken)
                .ok_or_else(|| Error::new(Code::InvalidDate, "no MCI is known for dates before 2024".to_string()))?;
            sums.duty_kzt = Some(duty.kzt);
            sums.mci = Some(duty.mci_value);
            Some(DutyOut {
                mci: duty.mci.normalize().to_string(),
                mci_value: duty.mci_value.kzt.to_string(),
                mci_year: duty.mci_value.year,
                kzt: kzt_string(duty.kzt),
                provisional: duty.mci_value.provisional,
                reason: duty.mci_value.provisional.then(|| PROVISIONAL_MCI.get(lang)),
            })
        }
    };

    let ready = ready_dates(t, ask.date, taken)?;
    sums.ready = ready;
    // The guide's note on the state body's delay first, where the section has it (a field of the
    // data, `state_delay`); then the service's own notes (where the guide has no fee table, the
    // extension sections, they say so).
    let delay = t.state_delay.then_some(&shared::STATE_DELAY.note);
    // Decision (issue 25, item 6): the note on the guide's fee bands (no row for more than 2 and
    // less than 3 years, «2 жылға дейін», «3-тен 5 жылға дейін») is for a quote of every row; a
    // visitor who chose a row was told the gap where they chose it (the term question's help), so
    // a 3-to-5-years note is not read beside the "up to 2 years" they picked.
    let moot = |n: &&Note| variant.is_some() && n.text == FEE_BANDS_GAP;
    let notes: Vec<NoteOut> =
        delay.into_iter().chain(s.notes.iter().filter(|n| !moot(n))).map(|n| NoteOut::from_note(n, lang)).collect();

    Ok(Quote {
        service: s.id,
        title: s.title.get(lang),
        section: SectionOut::of(s, taken, lang),
        audience: s.audience.get(lang),
        variant: variant.map(Variant::id),
        variants: variant_labels(t, lang),
        fees,
        fees_listed: !matches!(t.fees, Fees::NotListed),
        state_duty,
        processing: t.processing.map(|p| match p {
            Processing::WorkingDays { min, max } => ProcessingOut { unit: "working-days", min, max },
            Processing::Minutes { min, max } => ProcessingOut { unit: "minutes", min, max },
        }),
        ready_by: ready.map(ReadyBy::from),
        state_delay: t.state_delay,
        apply: s.apply.iter().map(|t| t.get(lang)).collect(),
        documents: documents(s.documents, ask.facts, lang),
        next_steps: s
            .next_step
            .iter()
            .map(|step| NextStepOut {
                place: step.place.id(),
                title: step.place.label().get(lang),
                documents: documents(step.documents, None, lang),
                notes: step.notes.iter().map(|n| NoteOut::from_note(n, lang)).collect(),
            })
            .collect(),
        notes,
        why: None,
        sums,
    })
}

fn ids(variants: &[Variant]) -> String {
    variants.iter().map(|v| v.id()).collect::<Vec<_>>().join(", ")
}

fn fee_row(row: &[Fee], variant: Option<Variant>, lang: Lang) -> Vec<FeeOut> {
    row.iter()
        .map(|f| FeeOut {
            tier: f.tier.id(),
            label: f.tier.label().get(lang),
            help: f.tier.help().get(lang),
            kzt: f.kzt.to_string(),
            variant: variant.map(Variant::id),
        })
        .collect()
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

impl From<ReadyDates> for ReadyBy {
    fn from(r: ReadyDates) -> ReadyBy {
        ReadyBy {
            applied: iso::date(r.applied),
            taken: iso::date(r.taken),
            earliest: iso::date(r.earliest),
            latest: iso::date(r.latest),
            with_delay: r.with_delay.map(iso::date),
            delay_days: r.delay_days,
            same_day: r.same_day,
            provisional: r.provisional,
        }
    }
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
pub fn documents(list: &[Doc], facts: Option<&Facts>, lang: Lang) -> Vec<DocOut> {
    list.iter()
        .filter(|d| facts.is_none_or(|f| d.when.iter().all(|c| applies(*c, f))))
        .map(|d| DocOut {
            id: d.doc.id,
            text: d.doc.text.get(lang),
            when: {
                let words: Vec<&str> = d.when.iter().filter(|c| !c.is_flag()).map(|c| c.label().get(lang)).collect();
                (!words.is_empty()).then(|| words.join("; "))
            },
            conditions: d.when.iter().map(|c| c.id()).collect(),
            by: by(d, facts).id(),
        })
        .collect()
}

/// Who provides a document, for these answers. Decision (issue 25, item 6): a legal entity applying
/// for its own tax residency certificate is the applicant, so its documents are one group, the
/// company's, never "from the company" beside "from the applicant". Not for the EDS: its portal
/// application and consent are a person's (the head's), even for a legal entity.
fn by(d: &Doc, facts: Option<&Facts>) -> Provider {
    let company_applies = facts.is_some_and(|f| {
        f.choice(Fact::Need) == Some("tax-residency") && f.choice(Fact::ApplicantType) == Some("legal-entity")
    });
    match provider(d) {
        Provider::Applicant if company_applies => Provider::Company,
        p => p,
    }
}

/// Whether a document with this condition stays on the list, given the answers. A condition
/// whose fact is unknown keeps the document (the visitor sees the condition beside it).
pub fn applies(cond: Cond, facts: &Facts) -> bool {
    // Kept unless the answer is the other value.
    let unless = |fact: Fact, other: &str| facts.choice(fact) != Some(other);
    match cond {
        Cond::Branch => facts.bool(Fact::Branch) != Some(false),
        Cond::FamilyMember | Cond::FamilyMembers => facts.bool(Fact::Family) != Some(false),
        // Guide, TRP: «Есепке алу нысаны (шетелдік қызметкерлер үшін)» is the employees' form.
        Cond::Employees | Cond::ForeignEmployee => facts.choice(Fact::Role) != Some("expert"),
        // Guide, TRP: «Дербес деректерді өңдеуге келісім (отбасы мүшелері мен шетел азаматтары
        // үшін азаматтық-құқықтық шарт бойынша)»: not for an employee applying alone.
        Cond::FamilyOrCivilContract => {
            !(facts.choice(Fact::Role) == Some("employee") && facts.bool(Fact::Family) == Some(false))
        }
        Cond::CategoryB2 => unless(Fact::Category, "B3"),
        Cond::CategoryB3 => unless(Fact::Category, "B2"),
        Cond::Individual => unless(Fact::ApplicantType, "legal-entity"),
        Cond::LegalEntity => unless(Fact::ApplicantType, "individual"),
        Cond::IfAny | Cond::Child14To18 | Cond::FirstApplication | Cond::Optional => true,
    }
}
