//! A team's plan (`plan`): each person answered as `evaluate` answers them, in the request's
//! order, an error kept to its person, and the team's totals added exactly. The team of every
//! path of the flow covers every outcome kind; the property test that each person's plan is
//! `evaluate`'s is in `tests/rules/properties.rs`.

use std::collections::BTreeMap;
use std::str::FromStr;

use aifc_eligibility::api::{evaluate, plan, EvaluateRequest, PersonIn, PlanRequest, MAX_PEOPLE};
use aifc_eligibility::out::flow::Evaluation;
use aifc_eligibility::out::team::{PersonPlan, TeamPlan};
use aifc_eligibility_engine::facts::{Fact, Raw};
use rust_decimal::Decimal;

use crate::common;
use common::{raw, today, TODAY, WORK_FROM_ABROAD};

fn answers(pairs: &[(&str, &str)]) -> BTreeMap<String, Raw> {
    pairs.iter().map(|(k, v)| ((*k).to_string(), raw(v))).collect()
}

fn team(people: Vec<PersonIn>, lang: &str) -> TeamPlan {
    let req = PlanRequest { people, lang: Some(lang.to_string()), date: Some(TODAY.to_string()), with_path: false };
    plan(&req, today()).expect("the team is planned")
}

/// Every set of answers that reaches an outcome, walking every path of the flow.
fn every_path() -> Vec<BTreeMap<String, Raw>> {
    let mut found = Vec::new();
    let mut stack = vec![BTreeMap::new()];
    while let Some(a) = stack.pop() {
        let req = EvaluateRequest { answers: a.clone(), lang: None, date: Some(TODAY.to_string()) };
        match evaluate(&req, today()).expect("a path evaluates") {
            Evaluation::Outcome { .. } => found.push(a),
            Evaluation::Question { question, .. } => {
                let fact = Fact::parse(question.id).expect("questions ask facts");
                for v in aifc_eligibility_engine::flow::graph::sample_values(fact) {
                    let mut next = a.clone();
                    next.insert(question.id.to_string(), raw(&v));
                    stack.push(next);
                }
            }
        }
    }
    found
}

fn kzt(s: &str) -> Decimal {
    Decimal::from_str(s).expect("an amount")
}

#[test]
fn one_person_is_planned_as_evaluate_plans_them() {
    let t = team(vec![PersonIn::new(Some("Aigerim"), answers(WORK_FROM_ABROAD))], "en");
    let req = EvaluateRequest { answers: answers(WORK_FROM_ABROAD), lang: None, date: Some(TODAY.to_string()) };
    let Ok(Evaluation::Outcome { outcome, .. }) = evaluate(&req, today()) else { panic!("an outcome") };
    let [PersonPlan::Outcome { id, outcome: node, services, steps, total, ready_by, .. }] = t.people.as_slice() else {
        panic!("one outcome: {:?}", t.people)
    };
    assert_eq!(id.as_deref(), Some("Aigerim"));
    assert_eq!((*node, services), (outcome.id, &outcome.services));
    assert_eq!(steps, &outcome.plan.steps);
    assert_eq!(total, &outcome.plan.total);
    assert_eq!(ready_by, &outcome.plan.ready_by);
    assert_eq!(t.totals.kzt, outcome.plan.total.kzt);
    assert_eq!((t.totals.people, t.totals.planned, t.totals.questions, t.totals.errors), (1, 1, 0, 0));
    assert_eq!(t.totals.by_service.len(), 1);
    assert_eq!(t.totals.by_service[0].service, "work-visa-invitation");
    assert_eq!((t.totals.by_service[0].count, t.totals.by_service[0].kzt.as_str()), (1, steps[0].subtotal.as_str()));
    assert!(t.totals.per_person.is_none(), "no family: no note about per-person fees");
}

#[test]
fn valid_and_invalid_rows_mixed_each_get_their_own_answer_in_order() {
    let people = vec![
        PersonIn::new(Some("a"), answers(WORK_FROM_ABROAD)),
        PersonIn::new(Some("b"), answers(&[("need", "ski")])),
        PersonIn::new(None, answers(&[("need", "work")])),
        PersonIn::new(Some("d"), answers(&[("need", "work"), ("stayDays", "0")])),
        PersonIn {
            id: Some("e".into()),
            answers: Err(aifc_eligibility_engine::error::Error::new(
                aifc_eligibility_engine::error::Code::InvalidRequest,
                "not an object",
            )),
        },
        PersonIn::new(Some(&"x".repeat(101)), answers(WORK_FROM_ABROAD)),
        PersonIn::new(Some("a"), answers(WORK_FROM_ABROAD)),
    ];
    let t = team(people, "ru");
    let kinds: Vec<(&str, Option<&str>)> = t
        .people
        .iter()
        .map(|p| match p {
            PersonPlan::Outcome { id, .. } => ("outcome", id.as_deref()),
            PersonPlan::Question { id, .. } => ("question", id.as_deref()),
            PersonPlan::Error { id, error } => (error.code, id.as_deref()),
        })
        .collect();
    assert_eq!(
        kinds,
        [
            ("outcome", Some("a")),
            ("invalid-answer", Some("b")),
            ("question", None),
            ("invalid-answer", Some("d")),
            ("invalid-request", Some("e")),
            ("invalid-request", Some("x".repeat(101).as_str())),
            // A repeated id is allowed: it is only echoed back.
            ("outcome", Some("a")),
        ]
    );
    let PersonPlan::Question { question, .. } = &t.people[2] else { panic!("a question") };
    assert_eq!(question.id, "location");
    let PersonPlan::Outcome { total, .. } = &t.people[0] else { panic!("an outcome") };
    assert_eq!(kzt(&t.totals.kzt), kzt(&total.kzt) * Decimal::from(2));
    assert_eq!((t.totals.people, t.totals.planned, t.totals.questions, t.totals.errors), (7, 2, 1, 4));
}

#[test]
fn every_path_of_the_flow_as_one_team_adds_up_exactly() {
    let paths = every_path();
    assert!(paths.len() > 1_000, "{} paths", paths.len());
    let people: Vec<PersonIn> =
        paths.iter().enumerate().map(|(i, a)| PersonIn::new(Some(&format!("p{i}")), a.clone())).collect();
    let t = team(people, "kk");
    assert_eq!((t.totals.people, t.totals.planned), (paths.len(), paths.len()));
    let mut sum = Decimal::ZERO;
    // The people the Centre must confirm first (short CIS/EAEU stays): their money apart, in no service's count.
    let (mut apart, mut flagged) = (Decimal::ZERO, 0);
    let mut outcomes = std::collections::BTreeSet::new();
    let mut steps = 0;
    for (i, p) in t.people.iter().enumerate() {
        let PersonPlan::Outcome { id, outcome, services, steps: s, total, no_service, to_confirm, .. } = p else {
            panic!("path {i} is an outcome")
        };
        assert_eq!(id.as_deref(), Some(format!("p{i}").as_str()), "the request's order");
        if to_confirm.is_some() {
            apart += kzt(&total.kzt);
            flagged += 1;
        } else {
            sum += kzt(&total.kzt);
            steps += s.len();
        }
        outcomes.insert(*outcome);
        if services.is_empty() {
            assert!(no_service.is_some(), "{outcome}: no service, and says why");
        }
    }
    // Every outcome kind of the flow is in the team (tests/rules/flow.rs lists them).
    assert!(outcomes.len() >= 22, "{outcomes:?}");
    assert_eq!(kzt(&t.totals.kzt), sum);
    assert!(flagged > 0, "every path includes the short CIS/EAEU stays");
    assert_eq!((t.totals.to_confirm, kzt(&t.totals.to_confirm_kzt)), (flagged, apart));
    let by_service: Decimal = t.totals.by_service.iter().map(|s| kzt(&s.kzt)).sum();
    assert_eq!(by_service, sum, "the services' sums are the total");
    assert_eq!(t.totals.by_service.iter().map(|s| s.count).sum::<usize>(), steps);
    // In the guide's order, each once.
    let order: Vec<usize> = t
        .totals
        .by_service
        .iter()
        .map(|s| aifc_eligibility_engine::catalog::SERVICES.iter().position(|x| x.id == s.service).expect("a service"))
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
    // Someone's family applies too: the guide leaves per-person fees open, and the totals say so.
    assert!(t.totals.per_person.is_some_and(|n| !n.is_empty()));
    // The extensions have no fee in the guide: the total is not complete, and says so.
    assert!(!t.totals.complete);
}

#[test]
fn a_thousand_people_are_planned_and_more_than_the_limit_are_refused_whole() {
    let paths = every_path();
    let people: Vec<PersonIn> = paths.iter().cycle().take(1_000).map(|a| PersonIn::new(None, a.clone())).collect();
    let t = team(people.clone(), "en");
    assert_eq!((t.totals.people, t.totals.planned, t.people.len()), (1_000, 1_000, 1_000));

    let many: Vec<PersonIn> = people.iter().cycle().take(MAX_PEOPLE + 1).cloned().collect();
    let req = PlanRequest { people: many, lang: None, date: Some(TODAY.to_string()), with_path: false };
    let e = plan(&req, today()).expect_err("too many people");
    assert_eq!(e.code.as_str(), "too-large");
    assert!(e.message.contains("5000"), "{}", e.message);

    let none = plan(&PlanRequest { people: vec![], lang: None, date: None, with_path: false }, today())
        .expect("an empty team");
    assert_eq!((none.totals.people, none.totals.kzt.as_str(), none.totals.by_service.len()), (0, "0", 0));
}

#[test]
fn the_team_language_and_date_refuse_the_whole_request() {
    let one = || vec![PersonIn::new(None, answers(WORK_FROM_ABROAD))];
    let code = |lang: Option<&str>, date: Option<&str>| {
        let req = PlanRequest {
            people: one(),
            lang: lang.map(str::to_string),
            date: date.map(str::to_string),
            with_path: false,
        };
        plan(&req, today()).map(|_| "ok").unwrap_or_else(|e| e.code.as_str())
    };
    assert_eq!(code(Some("de"), None), "unsupported-language");
    assert_eq!(code(None, Some("2026-02-30")), "invalid-date");
    assert_eq!(code(Some("kk"), Some("2026-03-02")), "ok");
}

/// An HR officer's employee whose work visa expires in ten days (on TODAY), extended with the
/// same host: the window is open, its last day close.
const URGENT_EXTENSION: &[(&str, &str)] = &[
    ("need", "extend"),
    ("visa", "work"),
    ("sameHost", "true"),
    ("visaExpires", "2026-12-04"),
    ("family", "false"),
    ("branch", "false"),
];

#[test]
fn an_urgent_extension_carries_its_window_and_its_unknown_fee_is_left_out_of_the_total_and_said() {
    let t = team(
        vec![
            PersonIn::new(Some("extends"), answers(URGENT_EXTENSION)),
            PersonIn::new(Some("works"), answers(WORK_FROM_ABROAD)),
        ],
        "en",
    );
    let PersonPlan::Outcome { steps, extension_window: Some(w), to_confirm, .. } = &t.people[0] else {
        panic!("the extension is planned with its window: {:?}", t.people[0])
    };
    // The guide: apply no earlier than 30 and no later than 5 working days before the expiry
    // (Kazakhstan's working days, counted back from Friday 4 December: the 5th is Friday 27
    // November; the 30th is Thursday 22 October, 26 October being the Republic Day's day off,
    // 25 October a Sunday).
    assert_eq!(
        (w.earliest.as_str(), w.latest.as_str(), w.expires.as_str()),
        ("2026-10-22", "2026-11-27", "2026-12-04")
    );
    assert_eq!(w.status, "open");
    assert!(to_confirm.is_none());
    // The guide gives no fee for an extension: the step says so, it is not a fee of 0.
    assert!(steps.iter().all(|s| !s.priced && s.fee.is_none()), "{steps:?}");
    let PersonPlan::Outcome { total: work, .. } = &t.people[1] else { panic!("the work visa is planned") };
    // The team's total is the work visa's alone, and says that one person's fee is left out.
    assert_eq!(kzt(&t.totals.kzt), kzt(&work.kzt));
    assert_eq!((t.totals.unpriced, t.totals.to_confirm, t.totals.to_confirm_kzt.as_str()), (1, 0, "0"));
    assert!(!t.totals.complete);
    let extension = t.totals.by_service.iter().find(|s| s.service == steps[0].service).expect("the extension's line");
    assert_eq!((extension.count, extension.complete), (1, false));
    assert!(t.totals.by_service.iter().filter(|s| s.service != steps[0].service).all(|s| s.complete));
}
