//! Issue 25, point 6: the opened checklist is advice for the visitor, not an audit of the guide.
//! What the project decided about the guide's text is in the data's comments and the review
//! pages; the visitor reads what to do. Each test is one line a visitor read before.

use aifc_eligibility::lang::Translate;
use aifc_eligibility::out::flow::{Evaluation, OutcomeOut};

use crate::common;
use common::{evaluate_on, quote_on, TODAY, WORK_FROM_ABROAD};

fn outcome(answers: &[(&str, &str)]) -> OutcomeOut {
    match evaluate_on(answers, None, TODAY) {
        Evaluation::Outcome { outcome, .. } => outcome,
        Evaluation::Question { question, .. } => panic!("{answers:?}: asked {}", question.id),
    }
}

/// Every note a visitor can open on this outcome: the services', their next steps'.
fn all_notes(o: &OutcomeOut) -> Vec<&'static str> {
    let quotes = o.quotes.iter();
    let steps = o.quotes.iter().flat_map(|q| q.next_steps.iter().flat_map(|s| s.notes.iter()));
    o.notes.iter().chain(quotes.flat_map(|q| q.notes.iter())).chain(steps).map(|n| n.text).collect()
}

#[test]
fn no_visitor_reads_that_the_guide_breaks_off_mid_sentence() {
    let o = outcome(WORK_FROM_ABROAD);
    let notes = all_notes(&o);
    assert!(notes.iter().all(|n| !n.contains("breaks off") && !n.contains("mid-sentence")), "{notes:#?}");
    // The sentence itself, whole, is what they read.
    assert!(notes.iter().any(|n| n.starts_with("An AIFC participant may apply for a visa at any Embassy")));
}

#[test]
fn a_visitor_who_chose_up_to_two_years_is_not_told_about_the_gap_before_three_to_five() {
    let o = outcome(WORK_FROM_ABROAD);
    assert_eq!(o.quotes[0].variant, Some("up-to-2-years"));
    assert!(all_notes(&o).iter().all(|n| !n.contains("3 to 5 years")), "{:#?}", all_notes(&o));
    // The catalog (and its review pages) still carries the note: the gap is real.
    let service =
        aifc_eligibility_engine::catalog::SERVICES.iter().find(|s| s.id == "work-visa-invitation").expect("service");
    assert!(service.notes.iter().any(|n| n.text.en().contains("more than 2 and less than 3 years")));
    // A quote of the other row does not say it either.
    let longer = quote_on("work-visa-invitation", Some("3-to-5-years"), TODAY);
    assert!(longer.notes.iter().all(|n| !n.text.contains("less than 3 years")));
    // And the visitor choosing the row is told it there, in the term question's help.
    match evaluate_on(&WORK_FROM_ABROAD[..5], None, TODAY) {
        Evaluation::Question { question, .. } => {
            assert_eq!(question.id, "term");
            let help = question.help.unwrap_or_default();
            assert!(
                help.contains("more than 2 and less than 3 years") && help.contains("ask the Expat Centre"),
                "{help}"
            );
        }
        Evaluation::Outcome { .. } => panic!("the term is asked"),
    }
}

#[test]
fn the_2025_verification_note_is_advice_to_the_visitor_not_an_account_of_the_guide() {
    let o = outcome(&[
        ("need", "work"),
        ("location", "inside"),
        ("citizenship", "IN"),
        ("role", "employee"),
        ("meetsQualifications", "true"),
        ("term", "up-to-2-years"),
        ("family", "false"),
        ("branch", "false"),
    ]);
    let notes = all_notes(&o);
    let note = notes.iter().find(|n| n.contains("2025")).expect("the work visa's list names 2025");
    assert!(note.starts_with("Ask the Expat Centre whether"), "{note}");
    assert!(!note.contains("written for"), "{note}");
    // The guide's bullet, «Дактилоскопиядан өткенді / 2025 жылы верификациядан өткенді растайтын
    // анықтаманың түпнұсқасы», dates the verification only: a fingerprinting certificate of any
    // year is not read as "a 2025 certificate".
    let doc = o.quotes[0].documents.iter().find(|d| d.id == "fingerprinting-certificate").expect("listed");
    assert_eq!(doc.text, "Original certificate confirming fingerprinting, or verification passed in 2025");
}

#[test]
fn a_company_applying_for_its_own_tax_residency_certificate_brings_one_group_of_documents() {
    let o = outcome(&[("need", "tax-residency"), ("applicantType", "legal-entity")]);
    let by: Vec<(&str, &str)> = o.quotes[0].documents.iter().map(|d| (d.id, d.by)).collect();
    assert!(by.len() >= 2, "{by:?}");
    assert!(by.iter().all(|(_, who)| *who == "company"), "the company is the applicant: {by:?}");
    // An individual is still the applicant.
    let o = outcome(&[("need", "tax-residency"), ("applicantType", "individual"), ("investmentResident", "false")]);
    assert!(o.quotes[0].documents.iter().any(|d| d.by == "applicant"));
    // A legal entity's EDS keeps the person's documents apart: the head applies on the portal.
    let o = outcome(&[("need", "digital-signature"), ("applicantType", "legal-entity")]);
    let who: Vec<&str> = o.quotes[0].documents.iter().map(|d| d.by).collect();
    assert!(who.contains(&"company") && who.contains(&"applicant"), "{who:?}");
}

#[test]
fn no_note_tells_the_visitor_what_the_project_kept_or_took_the_guide_to_mean() {
    // The investor family bullet's and extension heading's notes ended "The guide's wording is
    // kept." and "It is taken as the extension of the investor visa, the chapter it stands in.":
    // decisions, now in content/guide-2025/2-investor-visa.toml. The advice stays.
    let kept = [
        "wording is kept",
        "It is taken as",
        "сохранена",
        "рассматривается как",
        "өзгеріссіз берілді",
        "ретінде қабылданды",
    ];
    for s in aifc_eligibility_engine::catalog::SERVICES.iter() {
        let step = s.next_step.iter().flat_map(|n| n.notes.iter());
        for n in s.notes.iter().chain(step) {
            for text in [n.text.en(), n.text.ru(), n.text.kk()] {
                assert!(!kept.iter().any(|k| text.contains(k)), "{}: {text}", s.id);
            }
        }
    }
    let o = outcome(&[
        ("need", "invest"),
        ("location", "outside"),
        ("citizenship", "DE"),
        ("investmentResident", "false"),
        ("term", "up-to-2-years"),
        ("family", "true"),
        ("branch", "false"),
    ]);
    assert!(all_notes(&o).iter().any(|n| n.starts_with("Ask the Expat Centre which visa of the main holder")));
}
