//! The leaves of the flow: which services apply, in the order the visitor does them, and why; or,
//! where the guide offers no service, a plain answer saying so and what to do instead.

use super::countries::CIS_UNSETTLED;
use super::facts::Fact;
use super::graph::Test;
use crate::catalog::{Note, NoteKind};
use crate::lang::Text;
use crate::t;

/// An outcome of the flow.
#[derive(Debug)]
pub struct Outcome {
    /// The services in the order the visitor must do them; each step picks one service (or none).
    pub steps: &'static [Step],
    /// Set when the guide offers no service for this case.
    pub no_service: Option<NoService>,
    /// Notes that apply when their conditions hold.
    pub notes: &'static [CondNote],
    /// Shows the extension window of the visa (`visaExpires`) against the evaluation date.
    pub window: bool,
}

/// One step of an outcome: the first rule whose conditions all hold picks the service; when none
/// holds the step is skipped.
#[derive(Debug)]
pub struct Step {
    pub rules: &'static [Rule],
}

#[derive(Debug)]
pub struct Rule {
    pub when: &'static [(Fact, Test)],
    /// A service id of the catalog.
    pub service: &'static str,
    /// Why it applies, in the visitor's words.
    pub why: Text,
}

#[derive(Debug)]
pub struct NoService {
    pub reason: Text,
    pub instead: Text,
    /// Services the visitor may ask the Centre about instead (ids).
    pub alternatives: &'static [&'static str],
}

#[derive(Debug)]
pub struct CondNote {
    pub when: &'static [(Fact, Test)],
    pub note: Note,
}

macro_rules! single {
    ($service:literal, $why:expr) => {
        Step { rules: &[Rule { when: &[], service: $service, why: $why }] }
    };
}

mod extension;
mod services;
mod visas;
mod work;

pub use extension::*;
pub use services::*;
pub use visas::*;
pub use work::*;

/// The qualification exemption comes first when the employee does not meet the requirements.
/// Guide, qualification exemption: "once approved, you can obtain a temporary residence permit or
/// a work visa for the foreign employee".
pub(super) const QUALIFICATION_FIRST: Step = Step {
    rules: &[Rule {
        when: &[(Fact::MeetsQualifications, Test::No)],
        service: "qualification-exemption",
        why: t!(
            "The employee does not meet the AIFC qualification requirements: the host party first applies for an exemption or modification; once approved, the visa or permit can be obtained.",
            "Работник не соответствует квалификационным требованиям МФЦА: принимающая сторона сначала подаёт заявление об освобождении или изменении требований; после одобрения можно оформить визу или разрешение.",
            "Қызметкер АХҚО біліктілік талаптарына сәйкес келмейді: қабылдаушы тарап алдымен талаптардан босатуға немесе өзгертуге өтініш береді; мақұлданғаннан кейін виза немесе рұқсат алуға болады."
        ),
    }],
};

pub(super) const NEW_HOST: CondNote = CondNote {
    when: &[(Fact::SameHost, Test::No)],
    note: Note {
        kind: NoteKind::Guide,
        text: t!(
            "The host party has changed, so the visa cannot be extended: a new application is made for a new visa, with the same list of documents.",
            "Принимающая сторона сменилась, поэтому визу продлить нельзя: подаётся новое заявление на новую визу с тем же перечнем документов.",
            "Қабылдаушы тарап ауысқандықтан визаны ұзартуға болмайды: жаңа виза алуға жаңа өтініш беріледі, құжаттар тізбесі сол қалпында қалады."
        ),
    },
};

pub(super) const CIS_STATUS_UNSETTLED: CondNote = CondNote {
    when: &[(Fact::Citizenship, Test::InGroup(&CIS_UNSETTLED))],
    note: Note {
        kind: NoteKind::GuideSilent,
        text: t!(
            "Ask the Centre whether you count as a citizen of a CIS country: the guide does not list the CIS countries. Here Moldova is treated as a CIS member (its exit, voted in March 2026, takes effect 12 months after notification) and Turkmenistan, an associate member, as not a member.",
            "Уточните в Центре, считаетесь ли вы гражданином страны СНГ: в руководстве страны СНГ не перечислены. Здесь Молдова считается членом СНГ (её выход, одобренный в марте 2026 года, вступает в силу через 12 месяцев после уведомления), а Туркменистан, ассоциированный член, — не членом.",
            "Сіз ТМД елінің азаматы болып есептелесіз бе, Орталықтан нақтылаңыз: нұсқаулықта ТМД елдері аталмаған. Бұл құралда Молдова ТМД мүшесі ретінде қарастырылады (2026 жылғы наурызда мақұлданған шығу туралы шешімі хабарлама жіберілгеннен кейін 12 айдан соң күшіне енеді), ал қауымдастырылған мүше Түрікменстан мүше ретінде қарастырылмайды."
        ),
    },
};

/// The documents of an application made inside Kazakhstan that the Centre also offers as services
/// (guide, Other services 1, 2 and 5), and the guide's rule that fingerprinting is free once the
/// service fee for a work visa, investor visa or temporary residence permit is paid
/// («...сервистік алым төленген жағдайда тегін жүргізіледі»).
pub(super) const ARRIVAL_AND_FINGERPRINTING: Text = t!(
    "Among the documents are a notification on arrival and a certificate of fingerprinting (or of verification): the Centre offers both as services (Other services, 1 and 5).",
    "Среди документов — уведомление о прибытии и справка о прохождении дактилоскопии (или верификации): Центр оказывает обе эти услуги (Другие услуги, 1 и 5).",
    "Құжаттардың ішінде келу туралы хабарлама және дактилоскопиядан (немесе верификациядан) өткенін растайтын анықтама бар: Орталық екі қызметті де көрсетеді (Басқа қызметтер, 1 және 5)."
);
pub(super) const PREREQUISITES_INSIDE: CondNote = CondNote {
    when: &[(Fact::Location, Test::Is("inside"))],
    note: Note { kind: NoteKind::Guide, text: ARRIVAL_AND_FINGERPRINTING },
};
pub(super) const PREREQUISITES_TRP: CondNote = CondNote {
    when: &[],
    note: Note {
        kind: NoteKind::Guide,
        text: t!(
            "Among the documents are the foreign national's IIN, a notification on arrival and a certificate of fingerprinting (or of verification): the Centre offers all three as services (Other services, 2, 1 and 5).",
            "Среди документов — ИИН иностранного гражданина, уведомление о прибытии и справка о прохождении дактилоскопии (или верификации): Центр оказывает все три услуги (Другие услуги, 2, 1 и 5).",
            "Құжаттардың ішінде шетел азаматының ЖСН-і, келу туралы хабарлама және дактилоскопиядан (немесе верификациядан) өткенін растайтын анықтама бар: Орталық үш қызметті де көрсетеді (Басқа қызметтер, 2, 1 және 5)."
        ),
    },
};
/// Decision (issue 11, point 6): a CIS or EAEU citizen staying no longer than the TRP's 30 or 90
/// days goes on to the visa (the guide: the permit «тиісті санаттағы визаны алмастырады», so
/// without it the visa of that category applies); `stayDays` is asked only of them, so a known
/// stay on a visa outcome is such a stay. The guide does not say so outright: told as advice.
pub(super) const SHORT_CIS_STAY: CondNote = CondNote {
    when: &[(Fact::StayDays, Test::Any)],
    note: Note {
        kind: NoteKind::GuideSilent,
        text: t!(
            "Ask the Centre whether this visa is what you need for a stay this short: the guide does not say. Its temporary residence permit replaces “the visa of the corresponding category” only for CIS citizens staying more than 30 calendar days and EAEU citizens staying more than 90; for a shorter stay the visa itself is shown. If the stay grows longer, a temporary residence permit applies.",
            "Уточните в Центре, нужна ли эта виза при таком коротком пребывании: в руководстве об этом не сказано. Разрешение на временное проживание заменяет «визу соответствующей категории» только гражданам СНГ, пребывающим более 30 календарных дней, и гражданам ЕАЭС — более 90; для более короткого пребывания показана сама виза. Если пребывание окажется дольше, потребуется разрешение на временное проживание.",
            "Осындай қысқа мерзімге осы виза қажет пе, Орталықтан нақтылаңыз: нұсқаулықта бұл туралы айтылмаған. Уақытша тұруға рұқсат «тиісті санаттағы визаны» тек елде 30 күнтізбелік күннен артық болатын ТМД азаматтары мен 90 күннен артық болатын ЕАЭО азаматтары үшін алмастырады; қысқарақ мерзімге визаның өзі көрсетілді. Егер болу мерзімі ұзарса, уақытша тұруға рұқсат қажет болады."
        ),
    },
};

pub(super) const fn for_visa(visa: &'static str) -> [(Fact, Test); 1] {
    [(Fact::Visa, Test::Is(visa))]
}
