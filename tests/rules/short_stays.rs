//! Issue 25, point 1: a CIS or EAEU citizen staying no longer than the temporary residence
//! permit's 30 or 90 days. The guide is silent on such a stay and the walk still shows the visa of
//! the category, but the answer leads with the doubt (`outcome.toConfirm`), never with a total
//! the visitor may not need to pay: for a citizen of another EAEU state, what Article 97(1) of the
//! Treaty on the Eurasian Economic Union means for them, quoted; for another CIS citizen, the
//! doubt and the Centre's phone and e-mail.

use aifc_eligibility::out::flow::{Evaluation, OutcomeOut};

use crate::common;
use common::{evaluate_on, TODAY};

/// The Treaty on the Eurasian Economic Union (Astana, 29 May 2014), Article 97(1), in its Russian
/// text: a worker of a member state needs no work permit in another.
const ARTICLE_97_1: &str = "При этом трудящимся государств-членов не требуется получение разрешения на \
осуществление трудовой деятельности в государстве трудоустройства.";

fn outcome(answers: &[(&str, String)], lang: &str) -> OutcomeOut {
    match evaluate_on(answers, Some(lang), TODAY) {
        Evaluation::Outcome { outcome, .. } => outcome,
        Evaluation::Question { question, .. } => panic!("{answers:?}: asked {}", question.id),
    }
}

/// An employee hired in Astana, already there, qualified, alone.
fn worker(citizenship: &str, days: u32) -> Vec<(&'static str, String)> {
    [
        ("need", "work"),
        ("location", "inside"),
        ("citizenship", citizenship),
        ("role", "employee"),
        ("meetsQualifications", "true"),
        ("term", "up-to-2-years"),
        ("family", "false"),
        ("branch", "false"),
    ]
    .into_iter()
    .map(|(k, v)| (k, v.to_string()))
    .chain([("stayDays", days.to_string())])
    .collect()
}

/// An expert on a civil-law contract, still abroad, coming on short trips (the B2 path).
fn expert(citizenship: &str, days: u32) -> Vec<(&'static str, String)> {
    [("need", "work"), ("location", "outside"), ("citizenship", citizenship), ("role", "expert"), ("branch", "false")]
        .into_iter()
        .map(|(k, v)| (k, v.to_string()))
        .chain([("stayDays", days.to_string())])
        .collect()
}

#[test]
fn a_russian_hired_for_sixty_days_is_told_first_that_he_needs_no_work_permit_and_the_centre_decides_on_the_visa() {
    let o = outcome(&worker("RU", 60), "en");
    // The visa stays what the guide gives (if the Centre says he needs it)...
    assert_eq!((o.id, o.services.as_slice()), ("work-visa", ["work-visa"].as_slice()));
    // ...but the answer leads with the Treaty, the Centre's decision and its contacts.
    let c = o.to_confirm.as_ref().expect("a 60-day EAEU stay is to be confirmed");
    assert_eq!(c.kind, "eaeu-short-stay");
    assert!(c.text.contains("no permit to work") && c.text.contains("Article 97(1)"), "{}", c.text);
    assert!(c.text.contains("the Centre decides"), "{}", c.text);
    assert!(c.text.contains("+7 (7172) 64 73 33") && c.text.contains("expat@aifc.kz"), "{}", c.text);
    let source = c.source.as_ref().expect("the Treaty is cited");
    assert!(source.label.contains("29 May 2014") && source.label.contains("97(1)"), "{}", source.label);
    assert!(source.quote.contains(ARTICLE_97_1) && source.quote_lang == "ru", "{}", source.quote);
    // What the Centre can still do for him: the guide's notification on arrival and IIN.
    let ids: Vec<&str> = c.services.iter().map(|s| s.id).collect();
    assert_eq!(ids, ["arrival-notification", "iin"]);
    // The doubt is no longer a closed note further down.
    assert!(o.notes.iter().all(|n| !n.text.contains("stay this short")));
}

#[test]
fn an_uzbek_expert_on_short_trips_is_told_first_to_ask_the_centre_with_its_contacts() {
    let o = outcome(&expert("UZ", 20), "en");
    assert_eq!(o.services, ["business-visa-multi-invitation"]);
    let c = o.to_confirm.as_ref().expect("a 20-day CIS stay is to be confirmed");
    assert_eq!(c.kind, "cis-short-stay");
    assert!(c.text.starts_with("The guide does not say"), "{}", c.text);
    assert!(c.text.contains("Ask the Centre") && c.text.contains("+7 (7172) 64 73 33"), "{}", c.text);
    // No treaty speaks for a CIS citizen outside the EAEU here.
    assert!(c.source.is_none() && c.centre.is_none() && c.services.is_empty());
}

#[test]
fn every_eaeu_and_cis_citizen_up_to_the_permit_s_days_is_flagged_and_nobody_past_them() {
    // EAEU members but Kazakhstan: up to 90 days; the other CIS members: up to 30.
    for (countries, kind, limit) in
        [(&["AM", "BY", "KG", "RU"][..], "eaeu-short-stay", 90), (&["AZ", "MD", "TJ", "UZ"][..], "cis-short-stay", 30)]
    {
        for c in countries {
            for (answers, path) in
                [(worker(c, 1), "worker"), (worker(c, limit), "worker"), (expert(c, limit), "expert")]
            {
                let o = outcome(&answers, "en");
                assert_eq!(o.to_confirm.as_ref().map(|t| t.kind), Some(kind), "{c} {path} {answers:?}");
            }
            // One day more: the temporary residence permit, which the guide gives them; nothing to confirm.
            let o = outcome(&worker(c, limit + 1), "en");
            assert_eq!((o.id, o.to_confirm.is_none()), ("temporary-residence-permit", true), "{c}");
        }
    }
    // Not a CIS citizen, or a citizen of Kazakhstan: never asked the stay, never flagged.
    for c in ["IN", "TM", "GE", "KZ"] {
        let o = outcome(&worker(c, 20), "en");
        assert!(o.to_confirm.is_none(), "{c}: {:?}", o.to_confirm);
    }
}

#[test]
fn the_doubt_reads_in_russian_and_kazakh_and_the_treaty_keeps_its_own_words() {
    let ru = outcome(&worker("RU", 60), "ru");
    let c = ru.to_confirm.as_ref().expect("flagged in Russian");
    assert!(c.text.contains("разрешение на работу") && c.text.contains("статьи 97"), "{}", c.text);
    assert!(c.source.as_ref().is_some_and(|s| s.label.contains("29 мая 2014") && s.quote.contains(ARTICLE_97_1)));
    let kk = outcome(&expert("UZ", 20), "kk");
    let c = kk.to_confirm.as_ref().expect("flagged in Kazakh");
    assert!(c.title.contains("Сізге") && c.text.contains("Орталықтан нақтылаңыз"), "{}", c.text);
    let kk = outcome(&worker("KG", 90), "kk");
    let c = kk.to_confirm.as_ref().expect("flagged in Kazakh");
    // The quote is the Treaty's, in Russian, for every visitor; its name is in the visitor's language.
    assert!(c.source.as_ref().is_some_and(|s| s.label.contains("97-баптың") && s.quote.contains(ARTICLE_97_1)));
}
