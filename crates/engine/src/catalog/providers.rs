//! Who provides each document: the company, the applicant, a family member, or nobody (a line of
//! advice the guide puts among the documents). The checklist is grouped by it, so that an HR
//! person sees at once what the company prepares and what to ask of the employee.
//!
//! The guide lists documents per service without saying who brings them; the grouping below is
//! read from each document's own words (a letter "from the host party", an order of the legal
//! entity, a certificate from the company's Egov.kz account). It changes no list: every document
//! stays, in the guide's order within its group.

use super::model::{Cond, Doc};

/// Who provides a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Provider {
    /// The host company (the AIFC participant or body), or the legal entity that applies.
    Company,
    /// The person the service is for.
    Applicant,
    /// A family member coming with the applicant.
    Family,
    /// Not a document: advice the guide writes among the documents (consular fees, a letter no
    /// longer needed). Shown as advice, never as a box to tick.
    Advice,
}

impl Provider {
    pub const ALL: [Provider; 4] = [Provider::Company, Provider::Applicant, Provider::Family, Provider::Advice];

    pub fn id(self) -> &'static str {
        match self {
            Provider::Company => "company",
            Provider::Applicant => "applicant",
            Provider::Family => "family",
            Provider::Advice => "advice",
        }
    }
}

/// Documents the company prepares: its registration, its decisions and orders, its letters, the
/// contracts it signs, the certificates from its own portal accounts.
pub const COMPANY: &[&str] = &[
    "state-registration-certificate",
    "shareholders-decision-and-head-appointment-order",
    "general-power-of-attorney",
    "representative-power-of-attorney",
    "head-appointment-order",
    "invitation-letter",
    "host-visa-request-letter",
    "host-cancellation-request-letter",
    "host-cancellation-and-exit-visa-request",
    "host-exemption-application",
    "employment-contract",
    "employment-contract-redactable",
    "employment-termination-order",
    "enbek-workplace-certificate",
    "registration-form",
    "consulting-audit-installation-contract",
    "investment-letter-of-support",
    "aifc-administration-letter-of-support",
    "legal-entity-eds",
    "effective-management-proof-notarised-copy",
];

/// Documents that only a family member's application needs, whatever condition the list gives.
pub const FAMILY: &[&str] = &[
    "marriage-birth-adoption-certificate",
    "birth-marriage-certificate-notarised-copy",
    "child-consent-permanent-residence",
    "main-holder-valid-work-visa",
];

/// Lines of advice among the documents.
pub const ADVICE: &[&str] = &["consular-fees-contact-embassy-or-airport", "consular-fees-contact-embassy"];

/// Who provides this bullet of a list.
pub fn provider(doc: &Doc) -> Provider {
    let id = doc.doc.id;
    if ADVICE.contains(&id) {
        Provider::Advice
    } else if FAMILY.contains(&id)
        || doc.when.iter().any(|c| matches!(c, Cond::FamilyMember | Cond::FamilyMembers | Cond::Child14To18))
    {
        Provider::Family
    } else if COMPANY.contains(&id) {
        Provider::Company
    } else {
        Provider::Applicant
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::SERVICES;

    fn listed() -> Vec<&'static str> {
        let mut ids = Vec::new();
        for s in SERVICES.iter() {
            let step = s.next_step.iter().flat_map(|n| n.documents.iter());
            ids.extend(s.documents.iter().chain(step).map(|d| d.doc.id));
        }
        ids
    }

    #[test]
    fn every_named_document_is_on_some_list() {
        let ids = listed();
        for id in COMPANY.iter().chain(FAMILY).chain(ADVICE) {
            assert!(ids.contains(id), "{id} is on no service's list (a typo?)");
        }
    }

    #[test]
    fn the_host_letter_is_the_companys_the_passport_the_applicants_and_consular_fees_are_advice() {
        let find = |id: &str| {
            SERVICES
                .iter()
                .flat_map(|s| s.documents.iter().chain(s.next_step.iter().flat_map(|n| n.documents.iter())))
                .find(|d| d.doc.id == id)
                .map(provider)
        };
        assert_eq!(find("host-visa-request-letter"), Some(Provider::Company));
        assert_eq!(find("passport-original"), Some(Provider::Applicant));
        assert_eq!(find("consular-fees-contact-embassy"), Some(Provider::Advice));
        assert_eq!(find("marriage-birth-adoption-certificate"), Some(Provider::Family));
    }
}
