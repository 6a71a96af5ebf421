//! The question flow, node by node: for this answer, that next question or outcome. Read like the
//! guide: each test names the section whose rule it checks.

use aifc_eligibility::api::{evaluate, EvaluateRequest};
use aifc_eligibility::out::flow::Evaluation;
use aifc_eligibility_engine::catalog::SERVICES;
use aifc_eligibility_engine::error::Code;
use aifc_eligibility_engine::facts::Fact;
use aifc_eligibility_engine::flow::graph::{node, Node, Test, GRAPH, START};
use std::collections::{BTreeMap, BTreeSet};

use crate::common;
use common::{next_question, raw, today, WORK_FROM_ABROAD};

fn eval(answers: &[(&str, &str)]) -> Evaluation {
    common::evaluate_on(answers, None, common::TODAY)
}

/// The services of the outcome, or panics with the question asked instead.
fn services(answers: &[(&str, &str)]) -> Vec<&'static str> {
    match eval(answers) {
        Evaluation::Outcome { outcome, .. } => outcome.services,
        Evaluation::Question { question, .. } => {
            panic!("{answers:?}: expected an outcome, got question {}", question.id)
        }
    }
}

fn no_service(answers: &[(&str, &str)]) -> Vec<&'static str> {
    match eval(answers) {
        Evaluation::Outcome { outcome, .. } => {
            assert!(outcome.services.is_empty(), "{answers:?}: expected no service, got {:?}", outcome.services);
            let n = outcome.no_service.unwrap_or_else(|| panic!("{answers:?}: no explanation"));
            assert!(!n.reason.is_empty() && !n.instead.is_empty());
            n.alternatives.iter().map(|a| a.id).collect()
        }
        Evaluation::Question { question, .. } => {
            panic!("{answers:?}: expected an outcome, got question {}", question.id)
        }
    }
}

#[test]
fn the_first_question_is_what_the_visitor_needs() {
    assert_eq!(next_question(&[]), "need");
}

#[test]
fn work_asks_where_the_person_is_then_citizenship() {
    assert_eq!(next_question(&[("need", "work")]), "location");
    assert_eq!(next_question(&[("need", "work"), ("location", "inside")]), "citizenship");
    assert_eq!(next_question(&[("need", "work"), ("location", "inside"), ("citizenship", "GB")]), "role");
    let employee = [("need", "work"), ("location", "inside"), ("citizenship", "GB"), ("role", "employee")];
    assert_eq!(next_question(&employee), "meetsQualifications");
}

#[test]
fn work_visa_from_abroad_is_an_invitation_then_the_embassy() {
    // Guide, work visa 1: the invitation is applied for while the employee is outside Kazakhstan.
    assert_eq!(services(WORK_FROM_ABROAD), ["work-visa-invitation"]);
}

#[test]
fn work_visa_inside_kazakhstan_is_issued_at_the_centre() {
    // Guide, work visa 2.
    let mut a = WORK_FROM_ABROAD.to_vec();
    a[1] = ("location", "inside");
    assert_eq!(services(&a), ["work-visa"]);
}

#[test]
fn the_qualification_exemption_comes_before_the_work_visa() {
    // Guide, qualification exemption: once approved, a work visa or TRP can be obtained.
    let mut a = WORK_FROM_ABROAD.to_vec();
    a[4] = ("meetsQualifications", "false");
    assert_eq!(services(&a), ["qualification-exemption", "work-visa-invitation"]);
}

#[test]
fn cis_citizens_staying_over_30_days_get_a_temporary_residence_permit() {
    // Guide, TRP: replaces the visa for CIS citizens planning more than 30 calendar days.
    let base = [("need", "work"), ("location", "inside"), ("citizenship", "UZ")];
    assert_eq!(next_question(&base), "stayDays");
    let mut a = base.to_vec();
    a.push(("stayDays", "31"));
    assert_eq!(next_question(&a), "role");
    a.extend([("role", "expert"), ("family", "true"), ("branch", "false")]);
    assert_eq!(services(&a), ["temporary-residence-permit"]);
}

#[test]
fn cis_citizens_staying_30_days_or_less_go_on_to_the_work_visa_with_a_note() {
    // Issue 11, point 6: the guide is silent; its wording points to the visa of the category.
    let short = [("need", "work"), ("location", "inside"), ("citizenship", "TJ"), ("stayDays", "30")];
    assert_eq!(next_question(&short), "role");
    let mut a = short.to_vec();
    a.extend([
        ("role", "employee"),
        ("meetsQualifications", "true"),
        ("term", "up-to-2-years"),
        ("family", "false"),
        ("branch", "false"),
    ]);
    assert_eq!(services(&a), ["work-visa"]);
}

#[test]
fn eaeu_citizens_follow_the_90_day_rule_not_the_30_day_one() {
    // EAEU members are CIS members too: the EAEU rule is the specific one.
    let base = [("need", "work"), ("location", "inside"), ("citizenship", "RU")];
    let with = |days| {
        let mut a = base.to_vec();
        a.push(("stayDays", days));
        a
    };
    assert_eq!(next_question(&with("45")), "role");
    assert_eq!(next_question(&with("90")), "role");
    assert_eq!(next_question(&with("91")), "role");
    let mut a = with("91");
    a.push(("role", "expert"));
    assert_eq!(next_question(&a), "family", "a TRP expert");
    let mut a = with("90");
    a.push(("role", "expert"));
    assert_eq!(next_question(&a), "branch", "a B2 visa for an expert staying 90 days");
}

#[test]
fn an_employee_on_a_trp_is_asked_about_qualifications_an_expert_is_not() {
    let base = [("need", "work"), ("location", "inside"), ("citizenship", "KG"), ("stayDays", "200")];
    let mut a = base.to_vec();
    a.push(("role", "employee"));
    assert_eq!(next_question(&a), "meetsQualifications");
    a.extend([("meetsQualifications", "false"), ("family", "false"), ("branch", "true")]);
    assert_eq!(services(&a), ["qualification-exemption", "temporary-residence-permit"]);
}

#[test]
fn citizens_of_kazakhstan_are_told_these_services_are_for_foreign_nationals() {
    no_service(&[("need", "work"), ("location", "inside"), ("citizenship", "KZ")]);
}

#[test]
fn non_cis_citizens_are_not_asked_how_long_they_stay() {
    assert_eq!(next_question(&[("need", "work"), ("location", "outside"), ("citizenship", "TM")]), "role");
}

#[test]
fn investors_a6_for_investment_residents_a5_otherwise() {
    let tail = [("term", "3-to-5-years"), ("family", "true"), ("branch", "false")];
    let out = |loc, ir| {
        let mut a = vec![("need", "invest"), ("location", loc), ("citizenship", "CN"), ("investmentResident", ir)];
        a.extend(tail);
        a
    };
    assert_eq!(services(&out("outside", "true")), ["investor-visa-a6-invitation"]);
    assert_eq!(services(&out("outside", "false")), ["investor-visa-a5-invitation"]);
    assert_eq!(services(&out("inside", "false")), ["investor-visa-a5"]);
    // The guide has no A6 service inside Kazakhstan: an investment resident there gets the A5
    // visa, with a note saying why.
    let Evaluation::Outcome { outcome, .. } = eval(&out("inside", "true")) else { panic!("outcome expected") };
    assert_eq!(outcome.services, ["investor-visa-a5"]);
    assert!(outcome.notes.iter().any(|n| n.kind == "guide-silent" && n.text.contains("A6")));
}

#[test]
fn single_entry_business_visa_only_from_abroad() {
    assert_eq!(
        services(&[("need", "business-visit"), ("location", "outside"), ("citizenship", "DE"), ("branch", "false")]),
        ["business-visa-single-invitation"]
    );
    let alts = no_service(&[("need", "business-visit"), ("location", "inside"), ("citizenship", "DE")]);
    assert_eq!(alts, ["business-visa-single-extension", "business-visa-multi"]);
}

#[test]
fn multi_entry_business_visa_asks_the_category_then_where() {
    assert_eq!(next_question(&[("need", "business-multi")]), "category");
    let a = |loc| {
        vec![
            ("need", "business-multi"),
            ("category", "B3"),
            ("location", loc),
            ("citizenship", "US"),
            ("branch", "false"),
        ]
    };
    assert_eq!(services(&a("inside")), ["business-visa-multi"]);
    assert_eq!(services(&a("outside")), ["business-visa-multi-invitation"]);
}

#[test]
fn residence_permit_only_for_investment_residents() {
    let rp = |ir| [("need", "residence-permit"), ("citizenship", "AE"), ("investmentResident", ir)];
    assert_eq!(services(&rp("true")), ["residence-permit"]);
    no_service(&rp("false"));
}

#[test]
fn extension_with_the_same_host_and_a_new_application_with_a_new_one() {
    let ext = |visa, extra: &[(&'static str, &'static str)]| {
        let mut a = vec![("need", "extend"), ("visa", visa), ("sameHost", "true"), ("visaExpires", "2027-01-29")];
        a.extend_from_slice(extra);
        a
    };
    assert_eq!(services(&ext("work", &[("family", "false"), ("branch", "false")])), ["work-visa-extension"]);
    assert_eq!(services(&ext("investor", &[("family", "false"), ("branch", "false")])), ["investor-visa-extension"]);
    assert_eq!(services(&ext("business-single", &[("branch", "false")])), ["business-visa-single-extension"]);
    assert_eq!(
        services(&ext("business-multi", &[("category", "B2"), ("branch", "false")])),
        ["business-visa-multi-extension"]
    );
    // Guide, extension sections: a new host party means a new application.
    assert_eq!(next_question(&[("need", "extend"), ("visa", "work"), ("sameHost", "false")]), "location");
    let mut new_host = vec![("need", "extend"), ("visa", "work"), ("sameHost", "false")];
    new_host.extend_from_slice(&WORK_FROM_ABROAD[1..]);
    new_host[3] = ("location", "inside");
    assert_eq!(services(&new_host), ["work-visa"]);
}

#[test]
fn extension_outcome_carries_its_window() {
    let a = [
        ("need", "extend"),
        ("visa", "work"),
        ("sameHost", "true"),
        ("visaExpires", "2026-03-31"),
        ("family", "false"),
        ("branch", "false"),
    ];
    let Evaluation::Outcome { outcome, .. } = eval(&a) else { panic!("outcome expected") };
    let w = outcome.extension_window.expect("window");
    // 31 March 2026: back 5 working days across Nauryz (21-25 March off) is 19 March.
    assert_eq!(w.latest, "2026-03-19");
    assert_eq!(w.status, "expired");
}

#[test]
fn cancellation_from_abroad_or_from_inside_with_an_exit_visa() {
    assert_eq!(services(&[("need", "cancel"), ("location", "outside"), ("branch", "false")]), ["visa-cancellation"]);
    assert_eq!(
        services(&[("need", "cancel"), ("location", "inside"), ("branch", "true")]),
        ["visa-cancellation-exit-visa"]
    );
}

#[test]
fn a_company_asking_for_a_tax_residency_certificate_is_asked_who_applies_first_and_never_about_investment_residency() {
    assert_eq!(next_question(&[("need", "tax-residency")]), "applicantType");
    assert_eq!(
        services(&[("need", "tax-residency"), ("applicantType", "legal-entity")]),
        ["tax-residency-certificate"]
    );
    // Only a person is asked about the AIFC investment residency (section 3-1 is a person's list).
    assert_eq!(next_question(&[("need", "tax-residency"), ("applicantType", "individual")]), "investmentResident");
    assert_eq!(
        services(&[("need", "tax-residency"), ("applicantType", "individual"), ("investmentResident", "true")]),
        ["tax-residency-certificate-investment-resident"]
    );
    assert_eq!(
        services(&[("need", "tax-residency"), ("applicantType", "individual"), ("investmentResident", "false")]),
        ["tax-residency-certificate"]
    );
}

#[test]
fn services_asked_for_directly() {
    assert_eq!(services(&[("need", "arrival-notification")]), ["arrival-notification"]);
    assert_eq!(services(&[("need", "iin")]), ["iin"]);
    assert_eq!(services(&[("need", "fingerprinting")]), ["fingerprinting"]);
    assert_eq!(services(&[("need", "qualification-exemption")]), ["qualification-exemption"]);
    assert_eq!(services(&[("need", "digital-signature"), ("applicantType", "individual")]), ["digital-signature"]);
}

#[test]
fn documents_follow_the_answers() {
    let docs = |a: &[(&str, &str)]| -> Vec<String> {
        let Evaluation::Outcome { outcome, .. } = eval(a) else { panic!("outcome expected") };
        outcome.quotes[0].documents.iter().flat_map(|d| d.conditions.iter().map(|c| c.to_string())).collect()
    };
    // No family documents when no family applies, no branch power of attorney without a branch.
    let alone = docs(WORK_FROM_ABROAD);
    assert!(!alone.iter().any(|c| c == "family-member" || c == "branch"), "{alone:?}");
    let mut with_family = WORK_FROM_ABROAD.to_vec();
    with_family[6] = ("family", "true");
    with_family[7] = ("branch", "true");
    let all = docs(&with_family);
    assert!(all.iter().any(|c| c == "family-member") && all.iter().any(|c| c == "branch"));
    // "If any" documents stay, marked.
    assert!(alone.iter().any(|c| c == "if-any"));
    // B3 keeps the B3 document and drops the B2 one.
    let b3 = docs(&[
        ("need", "business-multi"),
        ("category", "B3"),
        ("location", "inside"),
        ("citizenship", "GB"),
        ("branch", "false"),
    ]);
    assert!(b3.iter().any(|c| c == "category-b3") && !b3.iter().any(|c| c == "category-b2"));
}

#[test]
fn the_fee_row_comes_from_the_answers() {
    let mut a = WORK_FROM_ABROAD.to_vec();
    a[5] = ("term", "3-to-5-years");
    let Evaluation::Outcome { outcome, .. } = eval(&a) else { panic!("outcome expected") };
    let fees: Vec<(&str, &str)> = outcome.quotes[0].fees.iter().map(|f| (f.tier, f.kzt.as_str())).collect();
    assert_eq!(fees, [("standard", "720000"), ("walk-in", "940000")]);
}

#[test]
fn answers_off_the_path_are_checked_but_not_used() {
    assert_eq!(services(&[("need", "iin"), ("citizenship", "FR")]), ["iin"]);
    let req = EvaluateRequest {
        answers: BTreeMap::from([("need".into(), raw("iin")), ("citizenship".into(), raw("ZZ"))]),
        lang: None,
        date: None,
    };
    assert_eq!(evaluate(&req, today()).map_err(|e| e.code).err(), Some(Code::InvalidAnswer));
}

// --- The graph as a whole ---------------------------------------------------------------------

fn values_of(fact: Fact) -> Vec<String> {
    aifc_eligibility_engine::flow::graph::sample_values(fact)
}

/// Answers as (fact, value) pairs.
type Answers = Vec<(String, String)>;

/// Every path from the start, walked through the public evaluate: (answers, outcome id, services).
fn walk_all() -> Vec<(Answers, &'static str, Vec<&'static str>)> {
    let mut done = Vec::new();
    let mut stack: Vec<Answers> = vec![vec![]];
    while let Some(answers) = stack.pop() {
        let pairs: Vec<(&str, &str)> = answers.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        match eval(&pairs) {
            Evaluation::Question { question, .. } => {
                let fact = Fact::parse(question.id).expect("questions ask facts");
                assert!(answers.len() < 20, "a path that does not end: {answers:?}");
                for v in values_of(fact) {
                    let mut a = answers.clone();
                    a.push((question.id.to_string(), v));
                    stack.push(a);
                }
            }
            Evaluation::Outcome { outcome, .. } => done.push((answers, outcome.id, outcome.services)),
        }
    }
    done
}

#[test]
fn every_path_ends_and_every_service_is_reachable() {
    let paths = walk_all();
    assert!(paths.len() > 100, "{} paths", paths.len());
    let reached: BTreeSet<&str> = paths.iter().flat_map(|(_, _, s)| s.iter().copied()).collect();
    let all: BTreeSet<&str> = SERVICES.iter().map(|s| s.id).collect();
    let missing: Vec<_> = all.difference(&reached).collect();
    assert!(missing.is_empty(), "services no path reaches: {missing:?}");
    // Every outcome names a service or explains that there is none.
    for (answers, id, services) in &paths {
        if services.is_empty() {
            let pairs: Vec<(&str, &str)> = answers.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            no_service(&pairs);
        }
        assert!(!id.is_empty());
    }
}

#[test]
fn every_node_is_reachable_and_every_branch_leads_somewhere() {
    let mut seen = BTreeSet::new();
    let mut stack = vec![START];
    while let Some(id) = stack.pop() {
        if !seen.insert(id) {
            continue;
        }
        match node(id) {
            Some(Node::Ask { branches, .. }) => stack.extend(branches.iter().map(|b| b.next)),
            Some(Node::Assume { next, .. }) => stack.push(next),
            Some(Node::End(_)) => {}
            None => panic!("a branch leads to {id:?}, which is not a node"),
        }
    }
    let unreached: Vec<_> = GRAPH.iter().map(|(id, _)| *id).filter(|id| !seen.contains(id)).collect();
    assert!(unreached.is_empty(), "unreachable nodes: {unreached:?}");
    let ids: BTreeSet<_> = GRAPH.iter().map(|(id, _)| *id).collect();
    assert_eq!(ids.len(), GRAPH.len(), "node ids are unique");
}

#[test]
fn every_choice_node_covers_every_value() {
    for (id, n) in GRAPH {
        if let Node::Ask { fact, branches } = n {
            if branches.iter().any(|b| matches!(b.test, Test::Any)) {
                continue;
            }
            for v in values_of(*fact) {
                let value = aifc_eligibility_engine::facts::check(*fact, &raw(&v)).expect("valid");
                assert!(
                    branches.iter().any(|b| aifc_eligibility_engine::flow::holds(b.test, value)),
                    "node {id} has no branch for {v}"
                );
            }
        }
    }
}

#[test]
fn the_same_answers_give_the_same_outcome_in_every_language() {
    for (answers, _, services) in walk_all().iter().step_by(7) {
        for lang in ["ru", "kk"] {
            let req = EvaluateRequest {
                answers: answers.iter().map(|(k, v)| (k.clone(), raw(v))).collect(),
                lang: Some(lang.to_string()),
                date: None,
            };
            match evaluate(&req, today()) {
                Ok(Evaluation::Outcome { outcome, .. }) => assert_eq!(&outcome.services, services),
                other => panic!("{answers:?} in {lang}: {other:?}"),
            }
        }
    }
}

#[test]
fn progress_counts_down_to_the_outcome() {
    let mut answers: Vec<(&str, &str)> = Vec::new();
    let mut last_remaining = usize::MAX;
    for pair in WORK_FROM_ABROAD {
        if let Evaluation::Question { progress, .. } = eval(&answers) {
            assert_eq!(progress.answered, answers.len());
            assert!(progress.remaining >= 1 && progress.remaining <= last_remaining);
            last_remaining = progress.remaining;
        }
        answers.push(*pair);
    }
    let Evaluation::Outcome { progress, path, .. } = eval(&answers) else { panic!("outcome expected") };
    assert_eq!(progress.remaining, 0);
    assert_eq!(path.len(), WORK_FROM_ABROAD.len());
}

#[test]
fn answers_left_over_from_another_path_change_nothing() {
    let outcome = |a: &[(&str, &str)]| match eval(a) {
        Evaluation::Outcome { outcome, .. } => outcome,
        Evaluation::Question { question, .. } => panic!("{a:?}: expected an outcome, got {}", question.id),
    };
    // A stay left over from a CIS path does not add the short-stay note to a work visa.
    let mut with_stay = WORK_FROM_ABROAD.to_vec();
    with_stay.push(("stayDays", "20"));
    let docs = |o: &aifc_eligibility::out::flow::OutcomeOut| -> Vec<&str> {
        o.quotes[0].documents.iter().map(|d| d.id).collect()
    };
    assert!(docs(&outcome(&with_stay)).contains(&"qualification-proof-and-cv"));
    assert_eq!(outcome(&with_stay), outcome(WORK_FROM_ABROAD));
    // An expert on a TRP is not asked about qualifications, so a leftover "no" adds no exemption.
    let trp = [
        ("need", "work"),
        ("location", "inside"),
        ("citizenship", "KG"),
        ("stayDays", "200"),
        ("role", "expert"),
        ("family", "false"),
        ("branch", "false"),
        ("meetsQualifications", "false"),
    ];
    assert_eq!(outcome(&trp).services, ["temporary-residence-permit"]);
    // A fresh application does not say the host has changed.
    let mut fresh = WORK_FROM_ABROAD.to_vec();
    fresh.push(("sameHost", "false"));
    assert_eq!(outcome(&fresh).notes, outcome(WORK_FROM_ABROAD).notes);
}

#[test]
fn documents_that_are_services_of_the_centre_are_pointed_out() {
    let notes = |a: &[(&str, &str)]| match eval(a) {
        Evaluation::Outcome { outcome, .. } => outcome.notes.iter().map(|n| n.text).collect::<Vec<_>>().join(" "),
        Evaluation::Question { question, .. } => panic!("{a:?}: expected an outcome, got {}", question.id),
    };
    let mut inside = WORK_FROM_ABROAD.to_vec();
    inside[1] = ("location", "inside");
    assert!(notes(&inside).contains("fingerprinting"));
    // That it is then free is the guide's note on the visa itself, in its quote.
    let Evaluation::Outcome { outcome, .. } = eval(&inside) else { panic!("outcome expected") };
    assert!(outcome.quotes[0].notes.iter().any(|n| n.text.starts_with("Fingerprinting at the Expat Centre is free")));
    // From abroad the invitation's list has neither document.
    assert!(!notes(WORK_FROM_ABROAD).contains("fingerprinting"));
    let trp = [
        ("need", "work"),
        ("location", "inside"),
        ("citizenship", "UZ"),
        ("stayDays", "60"),
        ("role", "expert"),
        ("family", "false"),
        ("branch", "false"),
    ];
    assert!(notes(&trp).contains("IIN"));
}

#[test]
fn a_step_that_follows_another_counts_from_when_that_one_is_ready() {
    let mut a = WORK_FROM_ABROAD.to_vec();
    a[4] = ("meetsQualifications", "false");
    let Evaluation::Outcome { outcome, .. } = eval(&a) else { panic!("outcome expected") };
    let exemption = outcome.quotes[0].ready_by.clone().expect("dates");
    let visa = outcome.quotes[1].ready_by.clone().expect("dates");
    assert_eq!(exemption.applied, "2026-11-24");
    // 30 working days for the exemption, then the invitation is applied for on that day.
    assert_eq!(visa.applied, exemption.latest);
    assert!(visa.latest > exemption.latest);
}

#[test]
fn an_expiry_too_early_for_the_calendar_is_refused_with_the_first_date_taken() {
    let ask = |expires: &str| {
        let req = EvaluateRequest {
            answers: BTreeMap::from([
                ("need".into(), raw("extend")),
                ("visa".into(), raw("work")),
                ("sameHost".into(), raw("true")),
                ("visaExpires".into(), raw(expires)),
            ]),
            lang: None,
            date: None,
        };
        evaluate(&req, today())
    };
    let first = aifc_eligibility_engine::iso::date(aifc_eligibility_engine::facts::first_expiry());
    assert!(ask(&first).is_ok(), "{first} is taken");
    let err = ask("2024-01-10").expect_err("too early");
    assert_eq!(err.code, Code::InvalidDate);
    assert!(err.message.contains(&first), "{}", err.message);
    // The question says where its dates start.
    let Evaluation::Question { question, .. } = eval(&[("need", "extend"), ("visa", "work"), ("sameHost", "true")])
    else {
        panic!("question expected")
    };
    assert_eq!(question.input.and_then(|i| i.min), Some(aifc_eligibility::out::flow::AnswerValue::Str(first)));
}
