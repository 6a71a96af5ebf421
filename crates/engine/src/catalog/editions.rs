//! The guide's editions: each service (its steps, documents and notes), its tariff (fees, state
//! duty, time) and the links as an edition gives them, read from `content/guide-<year>/` by the
//! build, and the edition in force on a given day.
//!
//! A new edition of the guide is a new folder of `content/`: applications taken before its
//! `effective_from` keep the old tariffs, documents and notes, those taken on or after it get the
//! new ones.

use chrono::NaiveDate;

use super::links::{Link, Needs};
use super::model::{
    Chapter, Cond, Doc, DocText, Fee, Fees, Mci, NextStep, Note, NoteKind, Place, Processing, Provider, Section,
    Service, Tariff, Tier, Variant,
};
use crate::lang::Text;
use crate::t;

/// One edition of the guide.
#[derive(Debug)]
pub struct Edition {
    /// Its folder under `content/`, e.g. `guide-2025`.
    pub id: &'static str,
    /// The edition as the guide names it, e.g. `2025`.
    pub edition: &'static str,
    pub title: &'static str,
    /// The day from which an application is quoted with this edition (year, month, day).
    pub effective_from: (i32, u32, u32),
    /// SHA-256 of the guide's text this edition was read from.
    pub sha256: &'static str,
    pub tariffs: &'static [Tariff],
    /// Every service as this edition gives it, in the guide's order.
    pub services: &'static [&'static Service],
    pub links: &'static [Link],
}

include!(concat!(env!("OUT_DIR"), "/editions.rs"));

const _: () = assert!(!EDITIONS.is_empty(), "content/ holds at least one edition");

impl Edition {
    pub fn effective_from(&self) -> NaiveDate {
        let (y, m, d) = self.effective_from;
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
    }

    /// The service with this id as this edition gives it.
    pub fn service(&self, id: &str) -> Option<&'static Service> {
        self.services.iter().copied().find(|s| s.id == id)
    }

    /// The tariff of the service with this id in this edition.
    pub fn tariff(&self, service: &str) -> Option<&'static Tariff> {
        self.tariffs.iter().find(|t| t.service == service)
    }
}

/// Every edition, oldest first.
pub fn editions() -> &'static [Edition] {
    &EDITIONS
}

/// The edition in force on `day`: the newest whose `effective_from` is not after it, or the oldest
/// for a day before every edition.
pub fn edition_on(day: NaiveDate) -> &'static Edition {
    EDITIONS.iter().rev().find(|e| e.effective_from() <= day).unwrap_or(&EDITIONS[0])
}

impl Service {
    /// This service as the edition in force on `day` gives it (its documents and notes).
    pub fn on(&'static self, day: NaiveDate) -> &'static Service {
        edition_on(day).service(self.id).unwrap_or(self)
    }

    /// This service's tariff in the edition in force on `day`.
    pub fn tariff(&self, day: NaiveDate) -> Option<&'static Tariff> {
        edition_on(day).tariff(self.id)
    }
}
