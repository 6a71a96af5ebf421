//! Who provides each document: the company, the applicant, a family member, or nobody (a line of
//! advice the guide puts among the documents). The checklist is grouped by it, so that an HR
//! person sees at once what the company prepares and what to ask of the employee.
//!
//! The guide lists documents per service without saying who brings them; each document's `by` in
//! `content/guide-<year>/documents.toml` is read from its own words (a letter "from the host
//! party", an order of the legal entity, a certificate from the company's Egov.kz account). It
//! changes no list: every document stays, in the guide's order within its group.

pub use super::model::Provider;
use super::model::{Cond, Doc};

/// Who provides this bullet of a list: the document's own provider, except that a bullet the
/// guide gives for a family member (or a child) is the family's, whatever the document.
pub fn provider(doc: &Doc) -> Provider {
    match doc.doc.by {
        Provider::Advice => Provider::Advice,
        _ if doc.when.iter().any(|c| matches!(c, Cond::FamilyMember | Cond::FamilyMembers | Cond::Child14To18)) => {
            Provider::Family
        }
        by => by,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::SERVICES;

    fn listed() -> Vec<&'static str> {
        let mut ids = Vec::new();
        for s in crate::catalog::editions().iter().flat_map(|e| e.services.iter()) {
            let step = s.next_step.iter().flat_map(|n| n.documents.iter());
            ids.extend(s.documents.iter().chain(step).map(|d| d.doc.id));
        }
        ids
    }

    #[test]
    fn every_document_is_on_some_list() {
        let ids = listed();
        for d in crate::catalog::DOCUMENTS.iter() {
            assert!(ids.contains(&d.id), "{} is on no service's list", d.id);
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
