//! Every answer's shape, in one place and below the code that builds it: the serialisable types
//! whose TypeScript declarations `typescript` generates (src/types/answers.d.ts;
//! `tests/js/types-drift.test.mjs` checks the package's types against real answers). Plain data
//! with no behaviour; `translate` fills them in from the engine's values.
//!
//! Under `cfg(test)` only, each type also derives `ts_rs::TS`, which reads serde's renames and
//! tags; a field serde leaves out when `None` is marked `ts(optional)` (ts-rs reads
//! `skip_serializing_if` only beside `default`, for deserialising).
//! Where a `&str` holds a closed vocabulary (a service id, a date, an amount, a status),
//! `ts(type = ..)` names it: the literal union, or a name src/types.d.ts declares.

pub mod api;
pub mod flow;
pub mod plan;
pub mod quote;
pub mod team;
#[cfg(test)]
mod typescript;
