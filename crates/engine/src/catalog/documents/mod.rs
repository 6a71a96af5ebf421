//! Every document the guide names, each text once. The chapter files point at these statics, so
//! a bullet the guide repeats in ten sections is one entry here and one id in the API.
//!
//! The text is the document itself. The condition words of a bullet are not repeated in it: they
//! are the `when` of each `Doc` and are shown beside the text. That is «(егер бар болса)»
//! (`IfAny`), «Өкілдік / филиал үшін» (`Branch`), «Отбасы мүшесінің визасы үшін» (`FamilyMember`),
//! «отбасы мүшелеріне арналған» (`FamilyMembers`), «(шетелдік қызметкер үшін)» (`ForeignEmployee`),
//! «Қызметкерлер үшін» (`Employees`), «B2 / B3 санаты үшін» (`CategoryB2` / `CategoryB3`) and
//! «(отбасы мүшелері мен шетел азаматтары үшін азаматтық-құқықтық шарт бойынша)»
//! (`FamilyOrCivilContract`); the tax certificate's «Бастапқы өтініш берген кезде ...» is
//! `FirstApplication`. Qualifiers that say more than a condition (the tax-certificate
//! bullets' «– ... резидент болып табылатын ...») stay in the text.
//!
//! Spelling variants of one bullet share an entry («хабарландыру» / «хабарлама», «дербес» / «жеке
//! деректер», «(заңдастырылған / апостиль қойылған)» / «/ заңдастырылған / апостиль қойылған»,
//! «Резиденттілікті» / «Резиденттікті»); bullets that say something different get their own
//! entry (a passport copy with and without the validity rule; the employment contract with and
//! without the sentence on confidential terms; the state-duty receipt and the residence permit's
//! «төлем құжаты»).
//!
//! Ids are stable public API: never rename one.
//!
//! One file per kind of document; every entry is re-exported here, so a chapter file names it
//! `documents::NAME`.

mod host;
mod identity;
mod residence;
mod step2;
mod tax;
mod work;

pub use host::*;
pub use identity::*;
pub use residence::*;
pub use step2::*;
pub use tax::*;
pub use work::*;
