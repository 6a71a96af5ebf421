//! The question flow as a decision graph, in the manner of GOV.UK's smart answers: each node asks
//! for one fact (or, when the fact is already known, only branches on it) and names the next node
//! for each answer; the leaves are outcomes (`outcomes.rs`). The graph can be drawn: see
//! `to_mermaid`.

use super::countries::{CIS, EAEU, KAZAKHSTAN};
use super::facts::Fact;
use super::outcomes as out;
use super::outcomes::Outcome;

/// A test on the value of a fact.
#[derive(Clone, Copy, Debug)]
pub enum Test {
    /// Always true once the fact is known.
    Any,
    /// The choice or country equals this value.
    Is(&'static str),
    Yes,
    No,
    /// The country is one of these.
    InGroup(&'static [&'static str]),
    /// A number of days greater than this.
    Over(u32),
}

#[derive(Debug)]
pub struct Branch {
    pub test: Test,
    pub next: &'static str,
}

#[derive(Debug)]
pub enum Node {
    /// Ask for `fact` unless it is known, then follow the first branch whose test holds.
    Ask { fact: Fact, branches: &'static [Branch] },
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
                go(Test::Is("work"), "work.location"),
                go(Test::Is("invest"), "invest.location"),
                go(Test::Is("business-visit"), "visit.location"),
                go(Test::Is("business-multi"), "multi.category"),
                go(Test::Is("residence-permit"), "residence.investment-resident"),
                go(Test::Is("extend"), "extend.visa"),
                go(Test::Is("cancel"), "cancel.location"),
                go(Test::Is("arrival-notification"), "arrival-notification"),
                go(Test::Is("iin"), "iin"),
                go(Test::Is("tax-residency"), "tax.applicant"),
                go(Test::Is("digital-signature"), "signature.applicant"),
                go(Test::Is("fingerprinting"), "fingerprinting"),
                go(Test::Is("qualification-exemption"), "qualification-exemption"),
            ],
        ),
    ),
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
                go(Test::Is(KAZAKHSTAN), "kazakhstan-citizen"),
                go(Test::InGroup(&EAEU), "work.eaeu-stay"),
                go(Test::InGroup(&CIS), "work.cis-stay"),
                go(Test::Any, "work.qualifications"),
            ],
        ),
    ),
    ("work.eaeu-stay", ask(Fact::StayDays, &[go(Test::Over(90), "trp.role"), go(Test::Any, "no-trp-eaeu")])),
    ("work.cis-stay", ask(Fact::StayDays, &[go(Test::Over(30), "trp.role"), go(Test::Any, "no-trp-cis")])),
    ("trp.role", ask(Fact::Role, &[go(Test::Is("employee"), "trp.qualifications"), go(Test::Any, "trp.family")])),
    ("trp.qualifications", then!(Fact::MeetsQualifications, "trp.family")),
    ("trp.family", then!(Fact::Family, "trp.branch")),
    ("trp.branch", then!(Fact::Branch, "temporary-residence-permit")),
    ("work.qualifications", then!(Fact::MeetsQualifications, "work.term")),
    ("work.term", then!(Fact::Term, "work.family")),
    ("work.family", then!(Fact::Family, "work.branch")),
    ("work.branch", then!(Fact::Branch, "work-visa")),
    // Investor visa: A6 for AIFC investment residents (guide: investor visa 3), A5 otherwise. The
    // guide has an A6 service only for applicants outside Kazakhstan: inside, the A5 visa (the
    // outcome's rules pick; a note in outcomes.rs tells the visitor why).
    ("invest.location", then!(Fact::Location, "invest.investment-resident")),
    ("invest.investment-resident", then!(Fact::InvestmentResident, "invest.term")),
    ("invest.term", then!(Fact::Term, "invest.family")),
    ("invest.family", then!(Fact::Family, "invest.branch")),
    ("invest.branch", then!(Fact::Branch, "investor-visa")),
    // Single-entry business visa: only an invitation for a visitor outside Kazakhstan.
    (
        "visit.location",
        ask(
            Fact::Location,
            &[go(Test::Is("outside"), "visit.branch"), go(Test::Is("inside"), "no-single-entry-inside")],
        ),
    ),
    ("visit.branch", then!(Fact::Branch, "business-visa-single")),
    // Multi-entry business visa: B2 or B3, invitation from outside or the visa inside.
    ("multi.category", then!(Fact::Category, "multi.location")),
    ("multi.location", then!(Fact::Location, "multi.branch")),
    ("multi.branch", then!(Fact::Branch, "business-visa-multi")),
    // Residence permit: for AIFC investment residents only.
    (
        "residence.investment-resident",
        ask(Fact::InvestmentResident, &[go(Test::Yes, "residence-permit"), go(Test::No, "no-residence-permit")]),
    ),
    // Extension: only with the same host party; with a new host, a new application.
    ("extend.visa", then!(Fact::Visa, "extend.same-host")),
    ("extend.same-host", ask(Fact::SameHost, &[go(Test::Yes, "extend.expires"), go(Test::No, "extend.new-host")])),
    (
        "extend.new-host",
        ask(
            Fact::Visa,
            &[
                go(Test::Is("work"), "work.location"),
                go(Test::Is("investor"), "invest.location"),
                go(Test::Is("business-single"), "visit.location"),
                go(Test::Is("business-multi"), "multi.category"),
            ],
        ),
    ),
    ("extend.expires", ask(Fact::VisaExpires, &[go(Test::Any, "extend.documents")])),
    // Only the questions that filter the document list of the visa in question.
    (
        "extend.documents",
        ask(
            Fact::Visa,
            &[
                go(Test::Is("work"), "extend.family"),
                go(Test::Is("investor"), "extend.family"),
                go(Test::Is("business-multi"), "extend.category"),
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
            &[go(Test::Is("legal-entity"), "tax-residency"), go(Test::Is("individual"), "tax.investment-resident")],
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
    ("no-trp-eaeu", Node::End(&out::NO_TRP_EAEU)),
    ("no-trp-cis", Node::End(&out::NO_TRP_CIS)),
    ("investor-visa", Node::End(&out::INVESTOR_VISA)),
    ("business-visa-single", Node::End(&out::BUSINESS_VISA_SINGLE)),
    ("no-single-entry-inside", Node::End(&out::NO_SINGLE_ENTRY_INSIDE)),
    ("business-visa-multi", Node::End(&out::BUSINESS_VISA_MULTI)),
    ("residence-permit", Node::End(&out::RESIDENCE_PERMIT)),
    ("no-residence-permit", Node::End(&out::NO_RESIDENCE_PERMIT)),
    ("extension", Node::End(&out::EXTENSION)),
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
/// and one of none; the day thresholds; three dates). Tests and the benchmark walk every path
/// with these, so their path counts agree.
pub fn sample_values(fact: Fact) -> Vec<String> {
    let strings = |v: &[&str]| v.iter().map(|s| s.to_string()).collect();
    match fact.kind() {
        super::facts::Kind::Choice(v) => strings(v),
        super::facts::Kind::Bool => strings(&["true", "false"]),
        super::facts::Kind::Country => strings(&["KZ", "RU", "UZ", "MD", "TM", "FR"]),
        super::facts::Kind::Days { .. } => strings(&["1", "30", "31", "90", "91", "3660"]),
        super::facts::Kind::Date => strings(&["2026-11-25", "2026-12-31", "2027-03-01"]),
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
                    };
                    s.push_str(&format!("  {} -->|{}| {}\n", key(id), label, key(b.next)));
                }
            }
            Node::End(o) => {
                let services: Vec<&str> = o.steps.iter().flat_map(|st| st.rules.iter().map(|r| r.service)).collect();
                let what = if services.is_empty() { "no service".to_string() } else { services.join(" / ") };
                s.push_str(&format!("  {}[\"{}\"]\n", key(id), what));
            }
        }
    }
    s
}
