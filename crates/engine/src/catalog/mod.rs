//! The catalog: every service of the AIFC Expat Centre guide (2025), in the guide's order.
//!
//! The guide: «НҰСҚАУЛЫҚ – 2025. ЭКСПАТ ОРТАЛЫҚТЫҢ ҚЫЗМЕТТЕРІ (Астана қаласы)», 2025 edition, in
//! Kazakh, SHA-256 16477ed9d75f279329c5380de9403373773e4ffd2c51a61faa6de9374ceed59d
//! (`content/guide-2025/edition.toml`, reported by `version()`). "Guide: <chapter>, section <n>"
//! comments cite it.
//!
//! The services are data: `content/guide-<year>/` holds one file per chapter of the guide (each
//! service under a comment naming its guide section: its steps, its documents with their
//! conditions, its notes), `documents.toml` each document text once, `shared.toml` what the guide
//! repeats (the portal steps, the extension notes, the step-2 lists), `links.toml` the places a
//! visitor opens and `tariffs.toml` the fees, state duty and time. The build (`build/catalog.rs`,
//! `build/editions.rs`) checks every name in them and makes statics (`editions.rs`); this module
//! holds their types (`model.rs`), their names (`labels.rs`), who provides a document
//! (`providers.rs`) and the state-delay rule (`shared.rs`).

mod editions;
pub mod labels;
pub mod links;
mod model;
pub mod providers;
pub mod shared;

pub use editions::{edition_on, editions, Edition, DOCUMENTS, SERVICES};
pub use model::*;

/// The service with this id, if the catalog has one (as the oldest edition gives it: see
/// `Service::on` for the edition of a day).
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
