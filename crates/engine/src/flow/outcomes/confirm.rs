//! Outcomes that rest on a doubt the Centre must settle before the visitor applies or pays: the
//! services are still shown (what the guide gives), but the answer leads with the doubt, never
//! with a total the visitor may not need to pay, and a team's plan keeps such a person out of
//! its confirmed total.

use super::super::condition::Test;
use crate::catalog::ServiceId;
use crate::countries::{CIS, EAEU_ABROAD};
use crate::facts::Fact;
use crate::lang::Text;
use crate::t;

/// A doubt an outcome leads with, when its conditions hold (the first that holds is shown).
#[derive(Debug)]
pub struct ToConfirm {
    /// A stable code: `eaeu-short-stay`, `cis-short-stay`.
    pub kind: &'static str,
    pub when: &'static [(Fact, Test)],
    /// The first screen's heading.
    pub title: Text,
    /// What the visitor reads first: the doubt, whom to ask, and how.
    pub text: Text,
    /// A public source beside the guide, quoted.
    pub source: Option<Source>,
    /// What the Centre can still do for the visitor meanwhile, and those services (ids).
    pub centre: Option<Text>,
    pub services: &'static [ServiceId],
}

/// A public source: its name (in the visitor's language) and its own words, quoted in the
/// language they were written in, the same for every visitor (never translated here).
#[derive(Debug)]
pub struct Source {
    pub label: Text,
    pub quote: &'static str,
    /// The language of `quote` (a BCP 47 tag).
    pub quote_lang: &'static str,
}

/// The Treaty on the Eurasian Economic Union (Astana, 29 May 2014), Article 97(1), its second
/// sentence, the one that speaks of the worker (the whole paragraph is quoted below, beside the rule).
const TREATY_97_1: &str = "При этом трудящимся государств-членов не требуется получение разрешения на осуществление \
трудовой деятельности в государстве трудоустройства.";

// Decision (issue 25, item 1; replaces the note of issue 11, point 6 on these outcomes): the guide
// gives the temporary residence permit to EAEU citizens staying more than 90 days («тиісті
// санаттағы визаны алмастырады») and says nothing of a shorter stay, so the walk still reaches the
// visa of the category (work visa, or B2 for an expert) and shows it. One public fact is not
// silent: the Treaty on the Eurasian Economic Union (Astana, 29 May 2014), Article 97(1):
// «Работодатели и (или) заказчики работ (услуг) государства-члена вправе привлекать к
// осуществлению трудовой деятельности трудящихся государств-членов без учета ограничений по защите
// национального рынка труда. При этом трудящимся государств-членов не требуется получение
// разрешения на осуществление трудовой деятельности в государстве трудоустройства.» So a citizen
// of Armenia, Belarus, Kyrgyzstan or Russia (Kazakhstan's own citizens never reach a visa) staying
// 90 days or fewer is told first that they need no work permit, that the visa shown is the guide's
// path and the Centre decides whether it applies to them, with the Centre's phone and e-mail; and
// what the Centre can do for them in any case (the guide's "Other migration and tax services" 1
// and 2: the notification on arrival, the IIN). Only 97(1) is cited: the article's other parts
// (the stay by the term of the contract, registration) are not quoted in the project's sources.
pub(super) const EAEU_SHORT_STAY: ToConfirm = ToConfirm {
    kind: "eaeu-short-stay",
    when: &[(Fact::Citizenship, Test::InGroup(&EAEU_ABROAD)), (Fact::StayDays, Test::AtMost(90))],
    title: t!(confirm_eaeu_short_stay_title),
    text: t!(confirm_eaeu_short_stay_text),
    source: Some(Source { label: t!(confirm_eaeu_treaty_label), quote: TREATY_97_1, quote_lang: "ru" }),
    centre: Some(t!(confirm_eaeu_short_stay_centre)),
    services: &[ServiceId::ArrivalNotification, ServiceId::Iin],
};

// Decision (issue 25, item 1): for a CIS citizen outside the EAEU staying 30 days or fewer the
// guide is silent and no public source here says more, so the answer leads with the doubt and
// the Centre's phone and e-mail; the visa of the category stays below, "if the Centre says you
// need it".
pub(super) const CIS_SHORT_STAY: ToConfirm = ToConfirm {
    kind: "cis-short-stay",
    when: &[(Fact::Citizenship, Test::InGroup(&CIS)), (Fact::StayDays, Test::AtMost(30))],
    title: t!(confirm_cis_short_stay_title),
    text: t!(confirm_cis_short_stay_text),
    source: None,
    centre: None,
    services: &[],
};

/// The doubts of the visa outcomes a short CIS or EAEU stay reaches. EAEU first: its members are
/// CIS members too, and its rule is the specific one.
pub(super) const SHORT_STAYS: [ToConfirm; 2] = [EAEU_SHORT_STAY, CIS_SHORT_STAY];
