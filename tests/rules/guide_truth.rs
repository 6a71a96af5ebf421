//! Issue 11, "truth to the guide, second pass": each test is a visitor who got a wrong date, a
//! contradiction or no answer, and what the engine tells them now, with the guide's words.

use aifc_eligibility::api::{evaluate, EvaluateRequest};
use aifc_eligibility::out::flow::{Evaluation, OutcomeOut};

use crate::common;
use common::{next_question, quote_on, raw, today};

fn outcome_on(answers: &[(&str, &str)], date: &str) -> OutcomeOut {
    let req = EvaluateRequest {
        answers: answers.iter().map(|(k, v)| (k.to_string(), raw(v))).collect(),
        lang: None,
        date: Some(date.to_string()),
    };
    match evaluate(&req, today()) {
        Ok(Evaluation::Outcome { outcome, .. }) => outcome,
        Ok(Evaluation::Question { question, .. }) => panic!("{answers:?}: asked {} instead of an outcome", question.id),
        Err(e) => panic!("{answers:?}: {e}"),
    }
}

// --- 1. Dates from a closed day ----------------------------------------------------------------

#[test]
fn an_employer_applying_for_a_work_visa_on_a_saturday_gets_the_date_of_the_next_working_day() {
    // Saturday 7 June 2025 (Friday 6 June was Kurban Ait): taken on Monday 9 June, so ready on
    // the 5th working day after it, 16 June, exactly as for an application made on that Monday.
    let saturday = quote_on("work-visa", Some("up-to-2-years"), "2025-06-07");
    let monday = quote_on("work-visa", Some("up-to-2-years"), "2025-06-09");
    let (s, m) = (saturday.ready_by.expect("dates"), monday.ready_by.expect("dates"));
    assert_eq!((s.applied.as_str(), s.taken.as_str()), ("2025-06-07", "2025-06-09"));
    assert_eq!(s.latest, "2025-06-16");
    assert_eq!((s.earliest, s.latest, s.with_delay), (m.earliest, m.latest, m.with_delay));
}

#[test]
fn a_visitor_asking_for_a_same_day_service_on_a_holiday_is_served_on_the_day_it_is_taken() {
    // Same-day services and working-day services agree: both start on the day it is taken.
    let q = quote_on("arrival-notification", None, "2026-03-23").ready_by.expect("dates");
    assert_eq!((q.taken.as_str(), q.latest.as_str(), q.same_day), ("2026-03-26", "2026-03-26", true));
    let visa = quote_on("work-visa", Some("up-to-2-years"), "2026-03-23").ready_by.expect("dates");
    assert_eq!(visa.taken, q.taken);
}

#[test]
fn an_application_made_on_a_sunday_new_year_s_eve_pays_the_duty_of_the_year_it_is_taken() {
    // Sunday 31 December 2028: taken in January 2029, so the duty is the one of 2029, whose MCI
    // is not published yet: the last known one (2026) is used and flagged provisional.
    let q = quote_on("work-visa", Some("up-to-2-years"), "2028-12-31");
    assert!(q.ready_by.expect("dates").taken.starts_with("2029-01-"));
    let duty = q.state_duty.expect("duty");
    assert_eq!(duty.mci_year, 2026);
    assert!(duty.provisional);
}

#[test]
fn the_ready_by_date_of_an_outcome_counts_from_the_first_working_day_too() {
    let o = outcome_on(
        &[
            ("need", "work"),
            ("location", "inside"),
            ("citizenship", "GB"),
            ("role", "employee"),
            ("meetsQualifications", "true"),
            ("term", "up-to-2-years"),
            ("family", "false"),
            ("branch", "false"),
        ],
        "2025-06-07",
    );
    assert_eq!(o.quotes[0].ready_by.as_ref().map(|r| r.latest.as_str()), Some("2025-06-16"));
}

// --- 3. An extension that is too late or expired ------------------------------------------------

fn extend_work(expires: &str) -> Vec<(&'static str, String)> {
    vec![
        ("need", "extend".into()),
        ("visa", "work".into()),
        ("sameHost", "true".into()),
        ("visaExpires", expires.into()),
        ("family", "false".into()),
        ("branch", "false".into()),
    ]
}

fn outcome_of(answers: &[(&'static str, String)], date: &str) -> OutcomeOut {
    let pairs: Vec<(&str, &str)> = answers.iter().map(|(k, v)| (*k, v.as_str())).collect();
    outcome_on(&pairs, date)
}

#[test]
fn a_work_visa_holder_whose_last_day_to_apply_has_passed_is_not_offered_the_extension() {
    // Visa expires Friday 27 November 2026; the 5th working day before it is 20 November.
    let o = outcome_of(&extend_work("2026-11-27"), "2026-11-24");
    assert_eq!(o.id, "extension-closed");
    assert!(o.services.is_empty() && o.quotes.is_empty());
    let w = o.extension_window.expect("the window and its dates stay");
    assert_eq!((w.status, w.latest.as_str()), ("closed", "2026-11-20"));
    assert!(!w.message.contains("fines"), "the advice is said once, in the outcome: {}", w.message);
    let n = o.no_service.expect("what to do");
    assert!(n.reason.contains("too late") && n.instead.contains("fines") && n.instead.contains("expat@aifc.kz"));
    assert!(!n.reason.contains("can be extended"));
}

#[test]
fn a_work_visa_holder_whose_visa_has_expired_is_told_so_and_to_contact_the_centre() {
    let o = outcome_of(&extend_work("2026-03-31"), "2026-11-24");
    assert_eq!(o.id, "extension-expired");
    assert!(o.services.is_empty());
    assert_eq!(o.extension_window.map(|w| w.status), Some("expired"));
    let n = o.no_service.expect("what to do");
    assert!(n.reason.contains("expired") && n.instead.contains("+7 (7172) 64 73 33"));
}

#[test]
fn a_work_visa_holder_inside_the_window_still_gets_the_extension_and_its_window() {
    let o = outcome_of(&extend_work("2026-12-31"), "2026-11-24");
    assert_eq!(o.id, "extension");
    assert_eq!(o.services, ["work-visa-extension"]);
    assert_eq!(o.extension_window.map(|w| w.status), Some("open"));
}

#[test]
fn a_visa_expiring_too_late_is_not_asked_about_family_or_branch() {
    let req = EvaluateRequest {
        answers: extend_work("2026-11-27").into_iter().take(4).map(|(k, v)| (k.to_string(), raw(&v))).collect(),
        lang: Some("kk".into()),
        date: Some("2026-11-24".into()),
    };
    let Ok(Evaluation::Outcome { outcome, .. }) = evaluate(&req, today()) else { panic!("an outcome at once") };
    assert_eq!(outcome.id, "extension-closed");
}

fn outcome(answers: &[(&str, &str)]) -> OutcomeOut {
    outcome_on(answers, "2026-11-24")
}

fn notes(o: &OutcomeOut) -> String {
    o.notes.iter().map(|n| n.text).collect::<Vec<_>>().join(" ")
}

// --- 2. A citizen of Kazakhstan on any path that issues a visa or permit ------------------------

#[test]
fn a_kazakhstan_citizen_asking_for_an_investor_visa_is_told_no_visa_is_needed() {
    // Guide, investor visa 1: «шетелдік азаматтар үшін» (for foreign nationals).
    assert_eq!(next_question(&[("need", "invest"), ("location", "outside")]), "citizenship");
    let o = outcome(&[("need", "invest"), ("location", "outside"), ("citizenship", "KZ")]);
    assert_eq!(o.id, "kazakhstan-citizen");
    assert!(o.services.is_empty());
}

#[test]
fn a_kazakhstan_citizen_on_every_visa_or_permit_path_gets_the_same_plain_answer() {
    for start in [
        vec![("need", "work"), ("location", "inside")],
        vec![("need", "invest"), ("location", "inside")],
        vec![("need", "business-visit"), ("location", "outside")],
        vec![("need", "business-visit"), ("location", "inside")],
        vec![("need", "business-multi"), ("category", "B2"), ("location", "outside")],
        vec![("need", "residence-permit")],
    ] {
        assert_eq!(next_question(&start), "citizenship", "{start:?}");
        let mut a = start.clone();
        a.push(("citizenship", "KZ"));
        let o = outcome(&a);
        assert_eq!(o.id, "kazakhstan-citizen", "{start:?}");
        assert!(o.no_service.is_some_and(|n| n.instead.contains("someone else")));
    }
}

// --- 4. A TRP holder extends the permit through "extend" ----------------------------------------

#[test]
fn a_kyrgyz_employee_extending_a_temporary_residence_permit_gets_the_trp_service() {
    // Guide, TRP: «уақытша тұруға рұқсат алуға/ұзарту» (obtain / extend).
    let base = [("need", "extend"), ("visa", "trp")];
    assert_eq!(next_question(&base), "role");
    let o =
        outcome(&[("need", "extend"), ("visa", "trp"), ("role", "employee"), ("family", "true"), ("branch", "false")]);
    assert_eq!((o.id, o.services.as_slice()), ("trp-extension", ["temporary-residence-permit"].as_slice()));
    assert_eq!(o.quotes[0].variant, Some("employee"));
    assert!(o.quotes[0].documents.iter().any(|d| d.id == "valid-trp"));
    assert!(o.extension_window.is_none(), "the visa window is not applied to a permit");
    assert!(o.notes.iter().any(|n| n.kind == "guide-silent" && n.text.starts_with("Ask the Centre when")));
}

// --- 5. Experts ---------------------------------------------------------------------------------

#[test]
fn a_british_consultant_on_a_civil_law_contract_who_chose_work_gets_the_b2_business_visa() {
    let a = [("need", "work"), ("location", "outside"), ("citizenship", "GB"), ("role", "expert"), ("branch", "false")];
    let o = outcome(&a);
    assert_eq!(o.services, ["business-visa-multi-invitation"]);
    let docs: Vec<&str> = o.quotes[0].documents.iter().map(|d| d.id).collect();
    assert!(docs.contains(&"consulting-audit-installation-contract"), "{docs:?}");
    assert!(!docs.contains(&"founder-or-board-membership-confirmation"), "the B2 row only: {docs:?}");
    assert!(!docs.iter().any(|d| d.starts_with("employment-contract")));
    assert!(notes(&o).contains("employment contract"));
}

#[test]
fn a_russian_consultant_staying_200_days_on_repeated_trips_gets_a_trp_at_the_expert_row() {
    let start = [("need", "business-multi"), ("category", "B2"), ("location", "inside")];
    assert_eq!(next_question(&start), "citizenship");
    let mut a = start.to_vec();
    a.push(("citizenship", "RU"));
    assert_eq!(next_question(&a), "stayDays");
    a.extend([("stayDays", "200"), ("family", "false"), ("branch", "false")]);
    let o = outcome(&a);
    assert_eq!(o.services, ["temporary-residence-permit"]);
    assert_eq!(o.quotes[0].variant, Some("expert"));
    assert!(!o.quotes[0].documents.iter().any(|d| d.id == "qualification-proof-and-cv"));
}

#[test]
fn a_russian_consultant_staying_60_days_keeps_the_b2_visa() {
    let a = [
        ("need", "business-multi"),
        ("category", "B2"),
        ("location", "inside"),
        ("citizenship", "RU"),
        ("stayDays", "60"),
        ("branch", "false"),
    ];
    assert_eq!(outcome(&a).services, ["business-visa-multi"]);
}

#[test]
fn an_armenian_board_member_is_not_asked_the_stay_and_is_told_to_ask_about_a_trp() {
    let a = [("need", "business-multi"), ("category", "B3"), ("location", "outside"), ("citizenship", "AM")];
    assert_eq!(next_question(&a), "branch");
    let mut a = a.to_vec();
    a.push(("branch", "false"));
    let o = outcome(&a);
    assert_eq!(o.services, ["business-visa-multi-invitation"]);
    assert!(notes(&o).contains("founders or board members"));
}

// --- 6. Short CIS and EAEU stays ----------------------------------------------------------------

#[test]
fn an_uzbek_employee_staying_20_days_is_shown_the_work_visa_led_by_the_guide_being_silent() {
    let a = [
        ("need", "work"),
        ("location", "outside"),
        ("citizenship", "UZ"),
        ("stayDays", "20"),
        ("role", "employee"),
        ("meetsQualifications", "true"),
        ("term", "up-to-2-years"),
        ("family", "false"),
        ("branch", "false"),
    ];
    let o = outcome(&a);
    assert_eq!(o.id, "work-visa");
    assert_eq!(o.services, ["work-visa-invitation"]);
    assert!(!o.quotes[0].fees.is_empty() && o.quotes[0].ready_by.is_some() && !o.quotes[0].documents.is_empty());
    // Issue 25, point 1 (tests/rules/short_stays.rs): the doubt leads the answer, no longer a note.
    let doubt = o.to_confirm.as_ref().expect("the doubt comes first");
    assert_eq!(doubt.kind, "cis-short-stay");
    assert!(doubt.text.starts_with("The guide does not say whether"), "{}", doubt.text);
}

// --- 7. Host changed on a single-entry visa inside Kazakhstan -----------------------------------

#[test]
fn a_single_entry_visa_holder_with_a_new_host_inside_kazakhstan_is_not_offered_the_extension() {
    let o = outcome(&[("need", "extend"), ("visa", "business-single"), ("sameHost", "false"), ("location", "inside")]);
    assert_eq!(o.id, "no-single-entry-new-host");
    let n = o.no_service.expect("an answer");
    assert!(n.reason.contains("cannot be extended"));
    assert!(!n.instead.contains("extend"), "{}", n.instead);
    assert_eq!(n.alternatives.iter().map(|a| a.id).collect::<Vec<_>>(), ["business-visa-multi"]);
}

#[test]
fn a_single_entry_visa_holder_with_a_new_host_abroad_gets_a_new_invitation() {
    let a = [("need", "extend"), ("visa", "business-single"), ("sameHost", "false"), ("location", "outside")];
    assert_eq!(next_question(&a), "branch");
}

// --- 8. Smaller points, each against the guide's words -----------------------------------------

#[test]
fn a_company_asking_for_an_eds_sees_the_aifc_portal_steps_and_each_document_once() {
    let q = quote_on("digital-signature", None, "2026-11-24");
    assert!(q.apply.iter().any(|s| s.contains("AIFC portal")), "{:?}", q.apply);
    let ids: Vec<&str> = q.documents.iter().map(|d| d.id).collect();
    assert_eq!(ids, ["pki-application", "head-appointment-order", "personal-data-consent"]);
}

#[test]
fn a_kyrgyz_expert_on_a_trp_is_not_given_the_employees_registration_form() {
    let o = outcome(&[
        ("need", "work"),
        ("location", "inside"),
        ("citizenship", "KG"),
        ("stayDays", "200"),
        ("role", "expert"),
        ("family", "false"),
        ("branch", "false"),
    ]);
    let ids: Vec<&str> = o.quotes[0].documents.iter().map(|d| d.id).collect();
    assert!(!ids.contains(&"registration-form") && ids.contains(&"personal-data-consent"), "{ids:?}");
}

#[test]
fn an_employee_on_a_trp_without_family_is_not_given_the_consent_for_family_and_experts() {
    let o = outcome(&[
        ("need", "work"),
        ("location", "inside"),
        ("citizenship", "KG"),
        ("stayDays", "200"),
        ("role", "employee"),
        ("meetsQualifications", "true"),
        ("family", "false"),
        ("branch", "false"),
    ]);
    let ids: Vec<&str> = o.quotes[0].documents.iter().map(|d| d.id).collect();
    assert!(ids.contains(&"registration-form") && !ids.contains(&"personal-data-consent"), "{ids:?}");
}

#[test]
fn an_investment_resident_asking_for_a_tax_certificate_gets_the_internal_affairs_letter_as_a_first_time_condition() {
    let q = quote_on("tax-residency-certificate-investment-resident", None, "2026-11-24");
    assert_eq!(q.documents.len(), 6, "the two explanatory bullets are no documents");
    let letter = q.documents.iter().find(|d| d.id == "internal-affairs-citizenship-e-letter").expect("the letter");
    assert_eq!(letter.conditions, ["first-application"]);
    assert!(q.notes.iter().any(|n| n.text.contains("details of the foreigner's foreign passport")));
}

#[test]
fn a_visa_holder_extending_is_told_plainly_the_guide_gives_no_duty_for_it() {
    for id in [
        "work-visa-extension",
        "investor-visa-extension",
        "business-visa-single-extension",
        "business-visa-multi-extension",
    ] {
        let q = quote_on(id, None, "2026-11-24");
        assert!(q.state_duty.is_none());
        let receipt = q.documents.iter().any(|d| d.id == "state-duty-payment-original");
        // The A5 list has no receipt (its duty is a dash): its note says the guide names none.
        let said = if receipt { "names no duty for an extension" } else { "nor for an extension" };
        assert!(q.notes.iter().any(|n| n.kind == "guide-silent" && n.text.contains(said)), "{id}");
    }
}

#[test]
fn family_documents_on_a_visa_say_visa_and_on_the_trp_say_family_members() {
    let visa = quote_on("work-visa", Some("up-to-2-years"), "2026-11-24");
    let w = visa.documents.iter().find(|d| d.id == "main-holder-valid-work-visa").and_then(|d| d.when.clone());
    assert_eq!(w.as_deref(), Some("for a family member's visa"));
    let trp = quote_on("temporary-residence-permit", Some("employee"), "2026-11-24");
    let w =
        trp.documents.iter().find(|d| d.id == "birth-marriage-certificate-notarised-copy").and_then(|d| d.when.clone());
    assert_eq!(w.as_deref(), Some("for family members"));
}

#[test]
fn an_investment_resident_asking_for_a_residence_permit_is_pointed_to_the_investor_visa_and_the_payment_document() {
    let q = quote_on("residence-permit", None, "2026-11-24");
    assert!(q.audience.contains("investor visa chapter"));
    assert!(q
        .documents
        .iter()
        .any(|d| d.id == "state-duty-payment-document-original" && d.text.contains("payment document")));
}

#[test]
fn an_employer_inviting_a_worker_reads_the_step_2_note_whole_and_no_account_of_how_it_was_completed() {
    // The guide's note is cut off here; the complete sentence of its other sections is used (the
    // decision is in content/guide-2025/1-work-visa.toml). Issue 25, item 6: the visitor reads the
    // advice, not that the guide "breaks off mid-sentence".
    let q = quote_on("work-visa-invitation", Some("up-to-2-years"), "2026-11-24");
    let notes: Vec<&str> = q.next_steps[0].notes.iter().map(|n| n.text).collect();
    assert_eq!(
        notes,
        ["An AIFC participant may apply for a visa at any Embassy of Kazakhstan, with no specific requirements related to citizenship."]
    );
}

#[test]
fn fingerprinting_is_free_in_the_work_visa_investor_visa_and_trp_quotes_and_the_extensions() {
    for (id, v) in [
        ("work-visa", Some("up-to-2-years")),
        ("investor-visa-a5", Some("up-to-2-years")),
        ("temporary-residence-permit", Some("expert")),
        ("work-visa-extension", None),
        ("investor-visa-extension", None),
    ] {
        let q = quote_on(id, v, "2026-11-24");
        assert!(q.notes.iter().any(|n| n.text.starts_with("Fingerprinting at the Expat Centre is free")), "{id}");
    }
}

#[test]
fn the_state_delay_and_the_extension_window_are_fields_of_the_data() {
    let q = quote_on("work-visa", Some("up-to-2-years"), "2026-11-24");
    assert!(q.state_delay && q.ready_by.and_then(|r| r.with_delay).is_some());
    let q = quote_on("temporary-residence-permit", Some("expert"), "2026-11-24");
    assert!(!q.state_delay);
    for s in aifc_eligibility_engine::catalog::SERVICES.iter() {
        let has_note =
            s.notes.iter().any(|n| n.text == aifc_eligibility_engine::catalog::shared::STATE_DELAY.note.text);
        assert!(!has_note, "{}: the delay note comes from the field, not the notes", s.id);
    }
}
