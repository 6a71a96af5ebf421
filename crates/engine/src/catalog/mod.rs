//! The catalog: every service of the AIFC Expat Centre guide (2025), in the guide's order.
//!
//! The guide: «НҰСҚАУЛЫҚ – 2025. ЭКСПАТ ОРТАЛЫҚТЫҢ ҚЫЗМЕТТЕРІ (Астана қаласы)», 2025 edition, in
//! Kazakh, SHA-256 16477ed9d75f279329c5380de9403373773e4ffd2c51a61faa6de9374ceed59d
//! (`content/guide-2025/edition.toml`, reported by `version()`). "Guide: <chapter>, section <n>"
//! comments cite it.
//!
//! One file per chapter of the guide holds its services, each field under the guide section it
//! comes from; their tariffs (fees, state duty, time) are data per edition of the guide, in
//! `content/guide-<year>/tariffs.toml`, read by the build (`editions.rs`); `documents/` holds each
//! document text once; `shared.rs` the texts the guide repeats from section to section (the portal
//! steps, the delay note, the extension rules).

mod business_visa;
mod cancellation;
pub mod documents;
mod editions;
mod investor_visa;
pub mod labels;
pub mod links;
mod model;
mod other_services;
pub mod providers;
mod qualification_exemption;
mod residence_permit;
pub mod shared;
mod temporary_residence_permit;
mod work_visa;

pub use editions::{edition_on, editions, Edition};
pub use model::*;

/// Every service, in the order the guide lists them.
pub static SERVICES: [&Service; 23] = [
    &work_visa::WORK_VISA_INVITATION,
    &work_visa::WORK_VISA,
    &work_visa::WORK_VISA_EXTENSION,
    &investor_visa::INVESTOR_VISA_A5_INVITATION,
    &investor_visa::INVESTOR_VISA_A5,
    &investor_visa::INVESTOR_VISA_A6_INVITATION,
    &investor_visa::INVESTOR_VISA_EXTENSION,
    &residence_permit::RESIDENCE_PERMIT,
    &temporary_residence_permit::TEMPORARY_RESIDENCE_PERMIT,
    &business_visa::BUSINESS_VISA_SINGLE_INVITATION,
    &business_visa::BUSINESS_VISA_SINGLE_EXTENSION,
    &business_visa::BUSINESS_VISA_MULTI_INVITATION,
    &business_visa::BUSINESS_VISA_MULTI,
    &business_visa::BUSINESS_VISA_MULTI_EXTENSION,
    &cancellation::VISA_CANCELLATION,
    &cancellation::VISA_CANCELLATION_EXIT_VISA,
    &other_services::ARRIVAL_NOTIFICATION,
    &other_services::IIN,
    &other_services::TAX_RESIDENCY_CERTIFICATE,
    &other_services::TAX_RESIDENCY_CERTIFICATE_INVESTMENT_RESIDENT,
    &other_services::DIGITAL_SIGNATURE,
    &other_services::FINGERPRINTING,
    &qualification_exemption::QUALIFICATION_EXEMPTION,
];

/// The service with this id, if the catalog has one.
pub fn find(id: &str) -> Option<&'static Service> {
    SERVICES.iter().copied().find(|s| s.id == id)
}

impl Fees {
    /// The variants (fee rows) a visitor must choose between; empty when there is one row or none.
    pub fn variants(&self) -> impl Iterator<Item = Variant> + '_ {
        let rows: &[(Variant, &[Fee])] = match self {
            Fees::ByVariant(rows) => rows,
            _ => &[],
        };
        rows.iter().map(|(v, _)| *v)
    }
}
