//! Properties of the whole request space, natively: whatever the input, the engine answers with
//! a well-formed value or a coded error, never a panic; the same answers give the same outcome in
//! every language; every amount is exact and non-negative; every date shown is a real date.
#![cfg(not(target_arch = "wasm32"))]

use aifc_eligibility::api::{
    add_working_days, evaluate, plan, quote, AddWorkingDaysRequest, EvaluateRequest, PersonIn, PlanRequest,
    QuoteRequest,
};
use aifc_eligibility::out::flow::Evaluation;
use aifc_eligibility::out::quote::Quote;
use aifc_eligibility::out::team::PersonPlan;
use aifc_eligibility_engine::calendar::is_working_day;
use aifc_eligibility_engine::catalog::SERVICES;
use aifc_eligibility_engine::facts::{Fact, Kind, Raw};
use aifc_eligibility_engine::iso;
use chrono::NaiveDate;
use proptest::prelude::*;
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use std::str::FromStr;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default()
}

fn fact_names() -> Vec<&'static str> {
    Fact::ALL.iter().map(|f| f.id()).collect()
}

/// Values that are sometimes right for some fact and often wrong.
fn raw() -> impl Strategy<Value = Raw> {
    let words = prop::sample::select(vec![
        "work",
        "invest",
        "extend",
        "cancel",
        "iin",
        "inside",
        "outside",
        "KZ",
        "ru",
        "UZ",
        "ZZ",
        "B2",
        "B3",
        "employee",
        "expert",
        "up-to-2-years",
        "3-to-5-years",
        "investor",
        "business-multi",
        "legal-entity",
        "true",
        "false",
        "31",
        "2026-03-31",
        "2026-02-30",
        "2100-01-01",
    ]);
    prop_oneof![
        words.prop_map(|w| Raw::Str(w.to_string())),
        any::<String>().prop_map(Raw::Str),
        any::<f64>().prop_map(Raw::Num),
        (0u32..5000).prop_map(|n| Raw::Num(f64::from(n))),
        any::<bool>().prop_map(Raw::Bool),
        Just(Raw::Other("an object")),
    ]
}

fn answers() -> impl Strategy<Value = BTreeMap<String, Raw>> {
    let key = prop_oneof![4 => prop::sample::select(fact_names()).prop_map(str::to_string), 1 => any::<String>()];
    prop::collection::btree_map(key, raw(), 0..10)
}

fn date() -> impl Strategy<Value = String> {
    prop_oneof![
        (2023i32..2101, 1u32..13, 1u32..32).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
        any::<String>(),
    ]
}

fn lang() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        Just(None),
        prop::sample::select(vec!["en", "ru", "kk"]).prop_map(|l| Some(l.to_string())),
        any::<String>().prop_map(Some)
    ]
}

fn check_quote(q: &Quote) {
    for f in &q.fees {
        assert!(f.kzt.parse::<u32>().is_ok(), "fee {} is whole, non-negative tenge", f.kzt);
    }
    if let Some(d) = &q.state_duty {
        let (whole, cents) = d.kzt.split_once('.').unwrap_or((d.kzt.as_str(), "00"));
        assert!(whole.parse::<u64>().is_ok() && cents.len() == 2 && cents.parse::<u8>().is_ok(), "duty {}", d.kzt);
    }
    if let Some(r) = &q.ready_by {
        for day in [&r.applied, &r.earliest, &r.latest] {
            assert!(iso::parse_date(day).is_some(), "{day} is a real date");
        }
        assert!(r.earliest <= r.latest && r.applied <= r.earliest);
        let latest = iso::parse_date(&r.latest).unwrap_or_default();
        assert!(is_working_day(latest), "ready on a working day: {}", r.latest);
    }
    assert!(!q.title.is_empty() && q.documents.iter().all(|d| !d.text.is_empty()));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    #[test]
    fn evaluate_answers_or_refuses_with_a_code(answers in answers(), lang in lang(), date in prop::option::of(date())) {
        let req = EvaluateRequest { answers, lang, date };
        match evaluate(&req, today()) {
            Ok(Evaluation::Question { question, .. }) => prop_assert!(Fact::parse(question.id).is_some() && !question.text.is_empty()),
            Ok(Evaluation::Outcome { outcome, .. }) => {
                prop_assert!(!outcome.services.is_empty() || outcome.no_service.is_some());
                prop_assert_eq!(outcome.services.len(), outcome.quotes.len());
                outcome.quotes.iter().for_each(check_quote);
            }
            Err(e) => prop_assert!(!e.message.is_empty() && e.message.len() < 1000, "{}", e.message),
        }
    }

    #[test]
    fn quote_answers_or_refuses_with_a_code(
        service in prop_oneof![prop::sample::select(SERVICES.iter().map(|s| s.id).collect::<Vec<_>>()).prop_map(str::to_string), any::<String>()],
        variant in prop::option::of(prop_oneof![prop::sample::select(vec!["up-to-2-years", "3-to-5-years", "employee", "expert"]).prop_map(str::to_string), any::<String>()]),
        lang in lang(),
        date in prop::option::of(date()),
    ) {
        match quote(&QuoteRequest { service, variant, lang, date }, today()) {
            Ok(q) => check_quote(&q),
            Err(e) => prop_assert!(!e.message.is_empty() && e.message.len() < 1000),
        }
    }

    #[test]
    fn working_days_never_land_on_a_day_off(from in date(), days in -4000.0f64..4000.0) {
        if let Ok(d) = add_working_days(&AddWorkingDaysRequest { from, days: days.trunc() }) {
            let d = iso::parse_date(&d);
            prop_assert!(d.is_some_and(is_working_day));
        }
    }
}

/// A random walk through the flow: each question answered with one of its values.
fn walk(choices: &[usize]) -> BTreeMap<String, Raw> {
    let mut answers = BTreeMap::new();
    for (i, c) in choices.iter().enumerate() {
        let req = EvaluateRequest { answers: answers.clone(), lang: None, date: None };
        let Ok(Evaluation::Question { question, .. }) = evaluate(&req, today()) else { break };
        let fact = Fact::parse(question.id).unwrap_or(Fact::Need);
        let value = match fact.kind() {
            Kind::Choice(v) => Raw::Str(v[c % v.len()].to_string()),
            Kind::Bool => Raw::Bool(c % 2 == 0),
            Kind::Country => Raw::Str(["KZ", "RU", "UZ", "FR", "MD", "TM", "AM"][c % 7].to_string()),
            Kind::Days { .. } => Raw::Num([1.0, 30.0, 31.0, 90.0, 91.0, 3660.0][c % 6]),
            Kind::Date => Raw::Str(["2026-11-30", "2027-01-29", "2026-03-31"][(c + i) % 3].to_string()),
        };
        answers.insert(fact.id().to_string(), value);
    }
    answers
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn the_same_answers_give_the_same_outcome_in_every_language(choices in prop::collection::vec(0usize..20, 12)) {
        let answers = walk(&choices);
        let result = |lang: &str| {
            let req = EvaluateRequest { answers: answers.clone(), lang: Some(lang.to_string()), date: Some("2026-11-24".into()) };
            match evaluate(&req, today()) {
                Ok(Evaluation::Outcome { outcome, .. }) => {
                    let fees: Vec<Vec<(String, String)>> = outcome.quotes.iter().map(|q| q.fees.iter().map(|f| (f.tier.to_string(), f.kzt.clone())).collect()).collect();
                    let docs: Vec<Vec<&str>> = outcome.quotes.iter().map(|q| q.documents.iter().map(|d| d.id).collect()).collect();
                    Some((outcome.id, outcome.services, fees, docs, outcome.extension_window.map(|w| (w.earliest, w.latest, w.status))))
                }
                _ => None,
            }
        };
        let en = result("en");
        prop_assert!(en.is_some(), "a walk of 12 answers reaches an outcome: {answers:?}");
        prop_assert_eq!(&en, &result("ru"));
        prop_assert_eq!(&en, &result("kk"));
    }

    #[test]
    fn an_answer_off_the_path_leaves_the_outcome_unchanged(choices in prop::collection::vec(0usize..20, 12), extra in 0usize..100) {
        let answers = walk(&choices);
        let outcome = |answers: &BTreeMap<String, Raw>| {
            let req = EvaluateRequest { answers: answers.clone(), lang: None, date: Some("2026-11-24".into()) };
            match evaluate(&req, today()) {
                Ok(Evaluation::Outcome { outcome, .. }) => Some(outcome),
                _ => None,
            }
        };
        let Some(before) = outcome(&answers) else { return Ok(()) };
        // One more answer, to a fact the walk did not ask, with a value that fact takes.
        let unused: Vec<Fact> = Fact::ALL.into_iter().filter(|f| !answers.contains_key(f.id())).collect();
        let fact = unused[extra % unused.len()];
        let value = match fact.kind() {
            Kind::Choice(v) => Raw::Str(v[extra % v.len()].to_string()),
            Kind::Bool => Raw::Bool(extra % 2 == 0),
            Kind::Country => Raw::Str(["KZ", "RU", "UZ", "FR"][extra % 4].to_string()),
            Kind::Days { .. } => Raw::Num([1.0, 31.0, 91.0][extra % 3]),
            Kind::Date => Raw::Str("2026-12-31".to_string()),
        };
        let mut more = answers.clone();
        more.insert(fact.id().to_string(), value);
        prop_assert_eq!(Some(before), outcome(&more));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// A team's plan is `evaluate`'s answer for each person, whatever the mix of complete,
    /// partial and refused answers, and its totals are the people's totals added up. With
    /// `with_path`, each person's path is `evaluate`'s; without it, there is none.
    #[test]
    fn a_team_plan_is_evaluate_for_each_person(
        rows in prop::collection::vec((prop_oneof![2 => prop::collection::vec(0usize..20, 12).prop_map(|c| walk(&c)), 1 => answers()], prop::option::of("[a-z]{1,8}")), 0..12),
        lang in prop::sample::select(vec!["en", "ru", "kk"]),
        with_path in any::<bool>(),
    ) {
        let date = Some("2026-11-24".to_string());
        let people: Vec<PersonIn> = rows.iter().map(|(a, id)| PersonIn::new(id.as_deref(), a.clone())).collect();
        let req = PlanRequest { people, lang: Some(lang.to_string()), date: date.clone(), with_path };
        let team = plan(&req, today()).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(team.people.len(), rows.len());
        let mut sum = Decimal::ZERO;
        let mut confirm = Decimal::ZERO;
        for ((answers, id), person) in rows.iter().zip(&team.people) {
            let one = evaluate(&EvaluateRequest { answers: answers.clone(), lang: Some(lang.to_string()), date: date.clone() }, today());
            match (one, person) {
                (Ok(Evaluation::Outcome { outcome: o, path: p, .. }), PersonPlan::Outcome { id: got, outcome, services, steps, total, ready_by, ready_by_with_delay, per_person, no_service, extension_window, to_confirm, path }) => {
                    prop_assert_eq!(got, id);
                    prop_assert_eq!(path, &with_path.then_some(p));
                    prop_assert_eq!(*outcome, o.id);
                    prop_assert_eq!(services, &o.services);
                    prop_assert_eq!(steps, &o.plan.steps);
                    prop_assert_eq!(total, &o.plan.total);
                    prop_assert_eq!((ready_by, ready_by_with_delay, per_person), (&o.plan.ready_by, &o.plan.ready_by_with_delay, &o.plan.per_person));
                    prop_assert_eq!((no_service, extension_window), (&o.no_service, &o.extension_window));
                    prop_assert_eq!(to_confirm, &o.to_confirm);
                    let kzt = Decimal::from_str(&total.kzt).map_err(|e| TestCaseError::fail(e.to_string()))?;
                    // A person the Centre must confirm first is counted apart, not in the team's total.
                    if to_confirm.is_some() {
                        confirm += kzt;
                    } else {
                        sum += kzt;
                    }
                }
                (Ok(Evaluation::Question { question: q, progress: pr, path: p }), PersonPlan::Question { id: got, question, progress, path }) => {
                    prop_assert_eq!(got, id);
                    prop_assert_eq!(path, &with_path.then_some(p));
                    prop_assert_eq!((question, progress), (&q, &pr));
                }
                (Err(e), PersonPlan::Error { id: got, error }) => {
                    prop_assert_eq!(got, id);
                    prop_assert_eq!((error.code, &error.message), (e.code.as_str(), &e.message));
                }
                (one, person) => prop_assert!(false, "evaluate gave {one:?}, the team plan {person:?}"),
            }
        }
        prop_assert_eq!(Decimal::from_str(&team.totals.kzt).ok(), Some(sum));
        prop_assert_eq!(Decimal::from_str(&team.totals.to_confirm_kzt).ok(), Some(confirm));
    }
}
