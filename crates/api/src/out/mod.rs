//! Every answer's shape, in one place and below the code that builds it: the serialisable types
//! `src/types.d.ts` declares for JavaScript (`tests/js/types-drift.test.mjs` checks the two
//! agree). Plain data with no behaviour; `translate` fills them in from the engine's values.

pub mod api;
pub mod flow;
pub mod plan;
pub mod quote;
pub mod team;
