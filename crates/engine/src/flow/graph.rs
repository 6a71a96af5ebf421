//! The question flow as a decision graph, in the manner of GOV.UK's smart answers: each node asks
//! for one fact (or, when the fact is already known, only branches on it) and names the next node
//! for each answer; the leaves are outcomes (`outcomes.rs`). The graph can be drawn: see
//! `to_mermaid`.

pub use super::condition::Test;
use super::outcomes as out;
use super::outcomes::Outcome;
use crate::countries::{CIS, EAEU, KAZAKHSTAN};
use crate::facts::{Choice, Fact, Value};

#[derive(Debug)]
pub struct Branch {
    pub test: Test,
    pub next: &'static str,
}

#[derive(Debug)]
pub enum Node {
    /// Ask for `fact` unless it is known, then follow the first branch whose test holds.
    Ask { fact: Fact, branches: &'static [Branch] },
    /// Take `fact` as `value` without asking, then go on to `next`: the path itself says it (an
    /// expert who chose "work" is a B2 case; an expert on the business-visa path who gets a TRP
    /// takes its expert row). An answer the walk already used is kept.
    Assume { fact: Fact, value: Value, next: &'static str },
    /// The end of the flow.
    End(&'static Outcome),
}

const fn go(test: Test, next: &'static str) -> Branch {
    Branch { test, next }
}
const fn ask(fact: Fact, branches: &'static [Branch]) -> Node {
    Node::Ask { fact, branches }
}
/// Ask for `fact`, then go on to `next` whatever the answer.
macro_rules! then {
    ($fact:expr, $next:expr) => {
        Node::Ask { fact: $fact, branches: &[Branch { test: Test::Any, next: $next }] }
    };
}

pub const START: &str = "need";

/// Every node, by id. Branches are tried in order.
pub static GRAPH: &[(&str, Node)] = &[
    (
        START,
        ask(
            Fact::Need,
            &[
                go(Test::Is(Choice::Work), "work.location"),
                go(Test::Is(Choice::Invest), "invest.location"),
                go(Test::Is(Choice::BusinessVisit), "visit.location"),
                go(Test::Is(Choice::BusinessMulti), "multi.category"),
                go(Test::Is(Choice::ResidencePermit), "residence.citizenship"),
                go(Test::Is(Choice::Extend), "extend.visa"),
                go(Test::Is(Choice::Cancel), "cancel.location"),
                go(Test::Is(Choice::ArrivalNotification), "arrival-notification"),
                go(Test::Is(Choice::Iin), "iin"),
                go(Test::Is(Choice::TaxResidency), "tax.applicant"),
                go(Test::Is(Choice::DigitalSignature), "signature.applicant"),
                go(Test::Is(Choice::Fingerprinting), "fingerprinting"),
                go(Test::Is(Choice::QualificationExemption), "qualification-exemption"),
            ],
        ),
    ),
    // Every path that issues a visa or permit to a foreign national asks the citizenship, and a
    // citizen of Kazakhstan is told plainly that these services are not for them (the guide: the
    // work visa is «шетелдік қызметкер» (a foreign employee's), the investor visa «шетелдік
    // азаматтар үшін», the business visas for «шетелдік іскери серіктес» and «шетелдік
    // сарапшы», the residence permit the «шетелдік азаматтың» passport). The extension (same host)
    // and cancellation paths start from a visa the person already holds, so they do not ask; with
    // a new host the work and multiple-entry paths ask again (a CIS or EAEU citizen staying long
    // may need a TRP instead), the investor and single-entry paths do not.
    //
    // Work: a work visa, or for CIS and EAEU citizens staying long, a temporary residence permit.
    // Guide, temporary residence permit: it "replaces the visa of the corresponding category" for
    // CIS citizens planning more than 30 calendar days and EAEU citizens planning more than 90.
    // EAEU members are CIS members too: the EAEU test comes first, being the specific one.
    ("work.location", then!(Fact::Location, "work.citizenship")),
    (
        "work.citizenship",
        ask(
            Fact::Citizenship,
            &[
                go(Test::InGroup(&[KAZAKHSTAN]), "kazakhstan-citizen"),
                go(Test::InGroup(&EAEU), "work.eaeu-stay"),
                go(Test::InGroup(&CIS), "work.cis-stay"),
                go(Test::Any, "work.role"),
            ],
        ),
    ),
    // Decision (issue 11, point 6): for a shorter stay the guide does not say what applies; its
    // words «тиісті санаттағы визаны алмастырады» (replaces the visa of the corresponding category)
    // mean that without the permit the visa of that category is needed, so the visitor goes on
    // to the work visa (or, as an expert, the B2 visa), with a note that the guide is silent.
    ("work.eaeu-stay", ask(Fact::StayDays, &[go(Test::Over(90), "trp.role"), go(Test::Any, "work.role")])),
    ("work.cis-stay", ask(Fact::StayDays, &[go(Test::Over(30), "trp.role"), go(Test::Any, "work.role")])),
    ("trp.role", ask(Fact::Role, &[go(Test::Is(Choice::Employee), "trp.qualifications"), go(Test::Any, "trp.family")])),
    ("trp.qualifications", then!(Fact::MeetsQualifications, "trp.family")),
    ("trp.family", then!(Fact::Family, "trp.branch")),
    ("trp.branch", then!(Fact::Branch, "temporary-residence-permit")),
    // Decision (issue 11, point 5): the work visa's documents ask for «екі тарап қол қойған еңбек
    // шарты» (an employment contract); the guide sends «шетелдік сарапшы» coming for «құрал-
    // жабдықтарды монтаждау, жөндеу және техникалық қызмет көрсету», «консультациялық және
    // аудиторлық қызметтер» to the multiple-entry business visa, B2 («B2 санаты үшін
    // консультациялық, аудиторлық немесе монтаждау жұмыстарын көрсетуге арналған шарт»). So an
    // expert on a civil-law contract who chose "work" gets the B2 visa, told why.
    (
        "work.role",
        ask(Fact::Role, &[go(Test::Is(Choice::Employee), "work.qualifications"), go(Test::Any, "work.expert")]),
    ),
    ("work.expert", Node::Assume { fact: Fact::Category, value: Value::Choice(Choice::B2), next: "multi.branch" }),
    ("work.qualifications", then!(Fact::MeetsQualifications, "work.term")),
    ("work.term", then!(Fact::Term, "work.family")),
    ("work.family", then!(Fact::Family, "work.branch")),
    ("work.branch", then!(Fact::Branch, "work-visa")),
    // Investor visa: A6 for AIFC investment residents (guide: investor visa 3), A5 otherwise. The
    // guide has an A6 service only for applicants outside Kazakhstan: inside, the A5 visa (the
    // outcome's rules pick; a note in outcomes tells the visitor why).
    ("invest.location", then!(Fact::Location, "invest.citizenship")),
    (
        "invest.citizenship",
        ask(
            Fact::Citizenship,
            &[go(Test::InGroup(&[KAZAKHSTAN]), "kazakhstan-citizen"), go(Test::Any, "invest.investment-resident")],
        ),
    ),
    // A holder of an investor visa whose host party changed: already a foreign national.
    ("invest.location-held", then!(Fact::Location, "invest.investment-resident")),
    ("invest.investment-resident", then!(Fact::InvestmentResident, "invest.term")),
    ("invest.term", then!(Fact::Term, "invest.family")),
    ("invest.family", then!(Fact::Family, "invest.branch")),
    ("invest.branch", then!(Fact::Branch, "investor-visa")),
    // Single-entry business visa: only an invitation for a visitor outside Kazakhstan.
    ("visit.location", then!(Fact::Location, "visit.citizenship")),
    (
        "visit.citizenship",
        ask(Fact::Citizenship, &[go(Test::InGroup(&[KAZAKHSTAN]), "kazakhstan-citizen"), go(Test::Any, "visit.where")]),
    ),
    (
        "visit.where",
        ask(
            Fact::Location,
            &[go(Test::Is(Choice::Outside), "visit.branch"), go(Test::Is(Choice::Inside), "no-single-entry-inside")],
        ),
    ),
    ("visit.branch", then!(Fact::Branch, "business-visa-single")),
    // Multi-entry business visa: B2 or B3, invitation from outside or the visa inside.
    ("multi.category", then!(Fact::Category, "multi.location")),
    ("multi.location", then!(Fact::Location, "multi.citizenship")),
    // Decision (issue 11, point 5): the TRP «тиісті санаттағы визаны алмастырады» for CIS and
    // EAEU citizens staying long and has a row «Сарапшы үшін» (for an expert), so a B2 expert
    // from those countries staying longer than 30 (CIS) or 90 (EAEU) days gets the TRP at the
    // expert row. Its rows are for employees and experts only: a founder or board member (B3)
    // keeps the business visa, with a note to ask the Centre.
    (
        "multi.citizenship",
        ask(
            Fact::Citizenship,
            &[
                go(Test::InGroup(&[KAZAKHSTAN]), "kazakhstan-citizen"),
                go(Test::InGroup(&EAEU), "multi.eaeu"),
                go(Test::InGroup(&CIS), "multi.cis"),
                go(Test::Any, "multi.branch"),
            ],
        ),
    ),
    ("multi.eaeu", ask(Fact::Category, &[go(Test::Is(Choice::B2), "multi.eaeu-stay"), go(Test::Any, "multi.branch")])),
    ("multi.cis", ask(Fact::Category, &[go(Test::Is(Choice::B2), "multi.cis-stay"), go(Test::Any, "multi.branch")])),
    ("multi.eaeu-stay", ask(Fact::StayDays, &[go(Test::Over(90), "multi.trp"), go(Test::Any, "multi.branch")])),
    ("multi.cis-stay", ask(Fact::StayDays, &[go(Test::Over(30), "multi.trp"), go(Test::Any, "multi.branch")])),
    ("multi.trp", Node::Assume { fact: Fact::Role, value: Value::Choice(Choice::Expert), next: "trp.family" }),
    ("multi.branch", then!(Fact::Branch, "business-visa-multi")),
    // Residence permit: for AIFC investment residents only.
    (
        "residence.citizenship",
        ask(
            Fact::Citizenship,
            &[go(Test::InGroup(&[KAZAKHSTAN]), "kazakhstan-citizen"), go(Test::Any, "residence.investment-resident")],
        ),
    ),
    (
        "residence.investment-resident",
        ask(Fact::InvestmentResident, &[go(Test::Yes, "residence-permit"), go(Test::No, "no-residence-permit")]),
    ),
    // Extension: only with the same host party; with a new host, a new application.
    // Guide, temporary residence permit: its fee row is «уақытша тұруға рұқсат алуға/ұзарту»
    // (obtain / extend), the same service and documents, so a TRP holder is asked only what
    // filters them. The guide's visa rules (the same host, the 30-to-5-working-day window) are
    // for visas: not asked of a TRP.
    (
        "extend.visa",
        ask(Fact::Visa, &[go(Test::Is(Choice::Trp), "extend.trp.role"), go(Test::Any, "extend.same-host")]),
    ),
    ("extend.trp.role", then!(Fact::Role, "extend.trp.family")),
    ("extend.trp.family", then!(Fact::Family, "extend.trp.branch")),
    ("extend.trp.branch", then!(Fact::Branch, "trp-extension")),
    ("extend.same-host", ask(Fact::SameHost, &[go(Test::Yes, "extend.expires"), go(Test::No, "extend.new-host")])),
    (
        "extend.new-host",
        ask(
            Fact::Visa,
            &[
                go(Test::Is(Choice::Investor), "invest.location-held"),
                go(Test::Is(Choice::BusinessSingle), "extend.single.location"),
                go(Test::Is(Choice::BusinessMulti), "multi.category"),
                go(Test::Any, "work.location"),
            ],
        ),
    ),
    // Point 7 of issue 11: a single-entry visa with a new host cannot be extended, and inside
    // Kazakhstan the guide has no new single-entry visa either: its own answer, which does not
    // offer the extension.
    (
        "extend.single.location",
        ask(
            Fact::Location,
            &[go(Test::Is(Choice::Outside), "visit.branch"), go(Test::Is(Choice::Inside), "no-single-entry-new-host")],
        ),
    ),
    // Guide, the extension sections: «... визаның қолданылу мерзімі аяқталғанға дейін бес жұмыс
    // күнінен кешіктірілмей берілуі тиіс». Past that day, or past the expiry, there is no
    // extension to apply for: an outcome of its own, with the window's dates and what the guide
    // says about refusals and fines, and no questions about documents.
    (
        "extend.expires",
        ask(
            Fact::VisaExpires,
            &[
                go(Test::Expired, "extension-expired"),
                go(Test::ExtensionClosed, "extension-closed"),
                go(Test::Any, "extend.documents"),
            ],
        ),
    ),
    // Only the questions that filter the document list of the visa in question.
    (
        "extend.documents",
        ask(
            Fact::Visa,
            &[
                go(Test::Is(Choice::Work), "extend.family"),
                go(Test::Is(Choice::Investor), "extend.family"),
                go(Test::Is(Choice::BusinessMulti), "extend.category"),
                go(Test::Any, "extend.branch"),
            ],
        ),
    ),
    ("extend.family", then!(Fact::Family, "extend.branch")),
    ("extend.category", then!(Fact::Category, "extend.branch")),
    ("extend.branch", then!(Fact::Branch, "extension")),
    // Cancellation: from abroad (the holder has left) or from inside with an exit visa.
    ("cancel.location", then!(Fact::Location, "cancel.branch")),
    ("cancel.branch", then!(Fact::Branch, "visa-cancellation")),
    // Tax residency certificate: section 3-1 for AIFC investment residents, section 3 otherwise.
    // Who applies is asked first: section 3-1's list is a person's («Шетелдік төлқұжатының немесе
    // азаматтығы жоқ тұлғаның жеке куәлігінің ... көшірмесі»), so a company goes straight to
    // section 3 and is never asked about "the foreign national".
    (
        "tax.applicant",
        ask(
            Fact::ApplicantType,
            &[
                go(Test::Is(Choice::LegalEntity), "tax-residency"),
                go(Test::Is(Choice::Individual), "tax.investment-resident"),
            ],
        ),
    ),
    (
        "tax.investment-resident",
        ask(
            Fact::InvestmentResident,
            &[go(Test::Yes, "tax-residency-investment-resident"), go(Test::No, "tax-residency")],
        ),
    ),
    ("signature.applicant", then!(Fact::ApplicantType, "digital-signature")),
    // Outcomes.
    ("work-visa", Node::End(&out::WORK_VISA)),
    ("temporary-residence-permit", Node::End(&out::TEMPORARY_RESIDENCE_PERMIT)),
    ("kazakhstan-citizen", Node::End(&out::KAZAKHSTAN_CITIZEN)),
    ("investor-visa", Node::End(&out::INVESTOR_VISA)),
    ("business-visa-single", Node::End(&out::BUSINESS_VISA_SINGLE)),
    ("no-single-entry-inside", Node::End(&out::NO_SINGLE_ENTRY_INSIDE)),
    ("no-single-entry-new-host", Node::End(&out::NO_SINGLE_ENTRY_NEW_HOST)),
    ("business-visa-multi", Node::End(&out::BUSINESS_VISA_MULTI)),
    ("residence-permit", Node::End(&out::RESIDENCE_PERMIT)),
    ("no-residence-permit", Node::End(&out::NO_RESIDENCE_PERMIT)),
    ("extension", Node::End(&out::EXTENSION)),
    ("extension-closed", Node::End(&out::EXTENSION_CLOSED)),
    ("trp-extension", Node::End(&out::TRP_EXTENSION)),
    ("extension-expired", Node::End(&out::EXTENSION_EXPIRED)),
    ("visa-cancellation", Node::End(&out::VISA_CANCELLATION)),
    ("arrival-notification", Node::End(&out::ARRIVAL_NOTIFICATION)),
    ("iin", Node::End(&out::IIN)),
    ("tax-residency", Node::End(&out::TAX_RESIDENCY)),
    ("tax-residency-investment-resident", Node::End(&out::TAX_RESIDENCY_INVESTMENT_RESIDENT)),
    ("digital-signature", Node::End(&out::DIGITAL_SIGNATURE)),
    ("fingerprinting", Node::End(&out::FINGERPRINTING)),
    ("qualification-exemption", Node::End(&out::QUALIFICATION_EXEMPTION)),
];

/// Answers that reach every branch of the graph: every option of a choice, and for free inputs
/// one value on each side of every test the graph makes (a country of each group it tells apart
/// and one of none; the day thresholds; four dates: expired, too late, open and too early for the
/// tests' 24 November 2026). Tests and the benchmark walk every path
/// with these, so their path counts agree.
pub fn sample_values(fact: Fact) -> Vec<String> {
    let strings = |v: &[&str]| v.iter().map(|s| s.to_string()).collect();
    match fact.kind() {
        crate::facts::Kind::Choice(v) => v.iter().map(|c| c.id().to_string()).collect(),
        crate::facts::Kind::Bool => strings(&["true", "false"]),
        crate::facts::Kind::Country => strings(&["KZ", "RU", "UZ", "MD", "TM", "FR"]),
        crate::facts::Kind::Days { .. } => strings(&["1", "30", "31", "90", "91", "3660"]),
        crate::facts::Kind::Date => strings(&["2026-03-31", "2026-11-25", "2026-12-31", "2027-03-01"]),
    }
}

/// The node with this id.
pub fn node(id: &str) -> Option<&'static Node> {
    GRAPH.iter().find(|(n, _)| *n == id).map(|(_, node)| node)
}

/// The graph as a Mermaid flowchart, for reviewers (`cargo run --example flow-graph`).
pub fn to_mermaid() -> String {
    let mut s = String::from("flowchart TD\n");
    let key = |id: &str| id.replace(['.', '-'], "_");
    for (id, node) in GRAPH {
        match node {
            Node::Ask { fact, branches } => {
                s.push_str(&format!("  {}{{{{\"{}: {}\"}}}}\n", key(id), id, fact.id()));
                for b in branches.iter() {
                    let label = match b.test {
                        Test::Any => "any".to_string(),
                        Test::Is(v) => v.to_string(),
                        Test::Yes => "yes".to_string(),
                        Test::No => "no".to_string(),
                        Test::InGroup(g) => g.join(" "),
                        Test::Over(n) => format!("> {n}"),
                        Test::AtMost(n) => format!("<= {n}"),
                        Test::ExtensionClosed => "too late".to_string(),
                        Test::Expired => "expired".to_string(),
                    };
                    s.push_str(&format!("  {} -->|{}| {}\n", key(id), label, key(b.next)));
                }
            }
            Node::Assume { fact, value, next } => {
                s.push_str(&format!("  {}[/\"{} = {}\"/]\n", key(id), fact.id(), value.to_query()));
                s.push_str(&format!("  {} --> {}\n", key(id), key(next)));
            }
            Node::End(o) => {
                let services: Vec<&str> =
                    o.steps.iter().flat_map(|st| st.rules.iter().map(|r| r.service.id())).collect();
                let what = if services.is_empty() { "no service".to_string() } else { services.join(" / ") };
                s.push_str(&format!("  {}[\"{}\"]\n", key(id), what));
            }
        }
    }
    s
}
