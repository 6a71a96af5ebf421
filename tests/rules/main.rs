//! The rules, natively: every integration test of the package in one test binary (one link of
//! the engine instead of one per file). Each module is one subject; `common` and `build_check`
//! are helpers shared by several, `review` writes each service's sheet and review page from one record.
//!
//! `tests/editions.rs` (the made-up later edition, behind the `fixture-editions` feature, which
//! changes answers) and `tests/wasm.rs` (the wasm32 boundary) stay test targets of their own.

#![cfg(not(target_arch = "wasm32"))]

mod build_check;
mod common;
mod recorded;
mod review;
/// The engine's vocabularies as the build mounts them (content_build.rs checks the data against them).
#[allow(dead_code)]
#[path = "../../crates/engine/src/vocabulary.rs"]
mod vocabulary;

mod catalog;
mod content_build;
mod flow;
mod glossary;
mod guide_truth;
mod layers;
mod paths;
mod personas;
mod plan;
mod properties;
mod review_pages;
mod short_stays;
mod stories;
mod team;
mod texts;
mod texts_build;
mod visitor_advice;
