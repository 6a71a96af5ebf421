//! One service's record: the one place that decides what is recorded about a service. It holds
//! the catalog's rules (with their text ids, for the review page) and what `quote()` answers for
//! them on the recorded days (for the sheet); `sheet.rs` and `page.rs` only lay it out.

use aifc_eligibility::api::{quote, QuoteRequest};
use aifc_eligibility::lang::{Lang, Translate};
use aifc_eligibility::out::quote::Quote;
use aifc_eligibility_engine::catalog::{editions, Service};
use chrono::NaiveDate;

/// The day the recorded quotes are made (a fixed "today", so a recording never ages).
const TODAY: (i32, u32, u32) = (2026, 11, 24);
/// Applying on Friday 20 March 2026, the working day before Nauryz: the duty at 2026's MCI.
const NAURYZ_FRIDAY: &str = "2026-03-20";
/// Applying on a Monday of 2025: the duty at 2025's MCI.
const MONDAY_2025: &str = "2025-06-02";
/// Applying on a Saturday: the Centre takes it on the Monday.
const SATURDAY_2025: &str = "2025-06-07";

pub struct Record {
    /// The rules as the catalog holds them, each text with its id.
    pub service: &'static Service,
    /// Applied on `NAURYZ_FRIDAY`, in English, Russian and Kazakh (`Lang::ALL`'s order).
    pub friday: Vec<Quote>,
    /// Applied on `MONDAY_2025`, in English.
    pub monday_2025: Quote,
    /// Applied on `SATURDAY_2025`, in English.
    pub saturday_2025: Quote,
    /// Each fee row quoted on `NAURYZ_FRIDAY`, in English.
    pub rows: Vec<Quote>,
}

/// Everything recorded about `s`.
pub fn record(s: &'static Service) -> Record {
    // The first fee row of a service with several, to quote it at all; every quote but `rows` is for it.
    let variant = editions()[0].tariff(s.id).and_then(|t| t.fees.variants().next()).map(|v| v.id());
    let friday: Vec<Quote> = Lang::ALL.iter().map(|l| quote_on(s.id, variant, l.tag(), NAURYZ_FRIDAY)).collect();
    let rows = friday[0].variants.iter().map(|v| quote_on(s.id, Some(v.id), "en", NAURYZ_FRIDAY)).collect();
    let record = Record {
        service: s,
        monday_2025: quote_on(s.id, variant, "en", MONDAY_2025),
        saturday_2025: quote_on(s.id, variant, "en", SATURDAY_2025),
        friday,
        rows,
    };
    record.same_words_on_both();
    record
}

impl Record {
    /// The answer in the language tagged `tag` ("en", "ru", "kk"), applied on `NAURYZ_FRIDAY`.
    pub fn said(&self, tag: &str) -> &Quote {
        let i = Lang::ALL.iter().position(|l| l.tag() == tag);
        &self.friday[i.unwrap_or_else(|| panic!("no language {tag}"))]
    }

    /// The page shows the catalog's texts by id, the sheet the answer's words: they must be the
    /// same words, so what a reviewer reads on the page is what a visitor is told.
    fn same_words_on_both(&self) {
        let s = self.service;
        for (lang, said) in Lang::ALL.into_iter().zip(&self.friday) {
            let id = s.id;
            assert_eq!(said.title, s.title.get(lang), "{id}: the title in {}", lang.tag());
            assert_eq!(said.audience, s.audience.get(lang), "{id}: the audience in {}", lang.tag());
            let apply: Vec<&str> = s.apply.iter().map(|t| t.get(lang)).collect();
            assert_eq!(said.apply, apply, "{id}: the steps in {}", lang.tag());
            let docs: Vec<(&str, &str)> = s.documents.iter().map(|d| (d.doc.id, d.doc.text.get(lang))).collect();
            let answered: Vec<(&str, &str)> = said.documents.iter().map(|d| (d.id, d.text)).collect();
            assert_eq!(answered, docs, "{id}: the documents in {}", lang.tag());
        }
    }
}

fn quote_on(service: &str, variant: Option<&str>, lang: &str, date: &str) -> Quote {
    let req = QuoteRequest {
        service: service.to_string(),
        variant: variant.map(str::to_string),
        lang: Some(lang.to_string()),
        date: Some(date.to_string()),
    };
    let today = NaiveDate::from_ymd_opt(TODAY.0, TODAY.1, TODAY.2).expect("a real date");
    quote(&req, today).unwrap_or_else(|e| panic!("{service}: {e}"))
}
