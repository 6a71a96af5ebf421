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

pub use editions::{edition_on, editions, Edition, ServiceId, DOCUMENTS, SERVICES};
pub use model::*;

/// The service with this id (a string from a request, or a `ServiceId`), if the catalog has one
/// (as the oldest edition gives it: see `Service::on` for the edition of a day).
pub fn find(id: impl AsRef<str>) -> Option<&'static Service> {
    let id = id.as_ref();
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::{Choice, Fact};

    #[test]
    fn every_service_id_names_its_service() {
        assert_eq!(ServiceId::ALL.len(), SERVICES.len());
        for id in ServiceId::ALL {
            assert_eq!(id.service().id, id.id());
            assert_eq!(find(id).map(|s| s.id), Some(id.id()));
        }
    }

    /// Every id reads back as its value, and no two values share an id (`parse` would return the
    /// first of two).
    fn round_trip<T: Copy + Eq + core::fmt::Debug + core::fmt::Display + core::str::FromStr>(
        all: &[T],
        id: fn(T) -> &'static str,
    ) {
        for v in all {
            assert_eq!(id(*v).parse::<T>().ok(), Some(*v), "{v:?}");
            assert_eq!(v.to_string(), id(*v));
        }
        let mut ids: Vec<&str> = all.iter().map(|v| id(*v)).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), all.len(), "ids are unique");
        assert!("no-such-id".parse::<T>().is_err());
    }

    #[test]
    fn every_vocabulary_reads_back_its_ids() {
        round_trip(&Chapter::ALL, Chapter::id);
        round_trip(&Provider::ALL, Provider::id);
        round_trip(&Cond::ALL, Cond::id);
        round_trip(&Tier::ALL, Tier::id);
        round_trip(&Variant::ALL, Variant::id);
        round_trip(&Place::ALL, Place::id);
        round_trip(&NoteKind::ALL, NoteKind::id);
        round_trip(&Fact::ALL, Fact::id);
        round_trip(&Choice::ALL, Choice::id);
        round_trip(&ServiceId::ALL, ServiceId::id);
    }
}
