//! Places a visitor opens to act: the portals the guide names, and the Centre's own site where
//! the guide's links are empty. The widget requests none of them; it only shows them as links.
//!
//! The guide names Egov.kz, Enbek.kz and pki.gov.kz in its document lists. Its links to the AIFC
//! portal and to the qualification act are empty (`[АХҚО порталы](#)`, `[AIFC Qualifications
//! Necessary for Employment in the AIFC](#)`), so no address for them is guessed: the visitor is
//! sent to the Centre's site (expatcentre.aifc.kz, named on the AIFC's own visa services page,
//! aifc.kz/visa-services) and told to find them there.

use crate::lang::Text;
use crate::t;

/// A place to open.
#[derive(Debug)]
pub struct Link {
    /// Stable id (kebab-case).
    pub id: &'static str,
    pub url: &'static str,
    pub label: Text,
    /// What the visitor does there, in a few words.
    pub purpose: Text,
    /// Where the address comes from.
    pub source: &'static str,
    /// Shown when the outcome needs it.
    pub when: Needs,
}

/// What in an outcome makes a link useful.
#[derive(Clone, Copy, Debug)]
pub enum Needs {
    /// A service whose application starts on the AIFC portal (the guide's «АХҚО порталы арқылы» steps).
    PortalSteps,
    /// A document of this id is on the list.
    Document(&'static str),
    /// Every outcome, with a service or without.
    Always,
}

pub static LINKS: [Link; 6] = [
    Link {
        id: "aifc-portal",
        url: "https://expatcentre.aifc.kz",
        label: t!(
            "AIFC portal (through the AIFC Expat Centre's site)",
            "Портал МФЦА (через сайт Экспат-центра МФЦА)",
            "АХҚО порталы (АХҚО Экспат орталығының сайты арқылы)"
        ),
        purpose: t!(
            "Upload the documents and book the appointment. The guide gives no address for the portal: find it on the Centre's site.",
            "Загрузите документы и запишитесь на приём. Адрес портала в руководстве не указан: найдите его на сайте Центра.",
            "Құжаттарды жүктеп, қабылдауға жазылыңыз. Нұсқаулықта порталдың мекенжайы көрсетілмеген: оны Орталықтың сайтынан табыңыз."
        ),
        source: "Guide 2025, application steps («АХҚО порталы арқылы», link empty); expatcentre.aifc.kz on aifc.kz/visa-services",
        when: Needs::PortalSteps,
    },
    Link {
        id: "egov",
        url: "https://egov.kz",
        label: t!("eGov.kz", "eGov.kz", "eGov.kz"),
        purpose: t!(
            "The company gets its certificate of state registration here.",
            "Здесь компания получает справку о государственной регистрации.",
            "Компания мемлекеттік тіркеу туралы анықтаманы осында алады."
        ),
        source: "Guide 2025, document lists: «Заңды тұлғаны мемлекеттік тіркеу туралы анықтама (Egov.kz)»",
        when: Needs::Document("state-registration-certificate"),
    },
    Link {
        id: "enbek",
        url: "https://enbek.kz",
        label: t!("Enbek.kz", "Enbek.kz", "Enbek.kz"),
        purpose: t!(
            "The company gets the workplace certificate here.",
            "Здесь компания получает справку о рабочем месте.",
            "Компания жұмыс орны туралы анықтаманы осында алады."
        ),
        source: "Guide 2025, work visa documents: «Enbek.kz порталынан жұмыс орны туралы анықтама»",
        when: Needs::Document("enbek-workplace-certificate"),
    },
    Link {
        id: "pki",
        url: "https://pki.gov.kz",
        label: t!("pki.gov.kz", "pki.gov.kz", "pki.gov.kz"),
        purpose: t!(
            "Make the digital signature application here.",
            "Здесь формируется заявка на электронную цифровую подпись.",
            "Электрондық цифрлық қолтаңбаға өтінім осында қалыптастырылады."
        ),
        source: "Guide 2025, digital signature: «pki.gov.kz порталында қалыптастырылған өтінім»",
        when: Needs::Document("pki-application"),
    },
    Link {
        id: "qualification-rules",
        url: "https://expatcentre.aifc.kz",
        label: t!(
            "AIFC Qualifications Necessary for Employment in the AIFC (on the AIFC Expat Centre's site)",
            "AIFC Qualifications Necessary for Employment in the AIFC (на сайте Экспат-центра МФЦА)",
            "AIFC Qualifications Necessary for Employment in the AIFC (АХҚО Экспат орталығының сайтында)"
        ),
        purpose: t!(
            "The qualification requirements the employee's CV is checked against. The guide's link is empty: find the act on the Centre's site.",
            "Квалификационные требования, по которым проверяется резюме работника. Ссылка в руководстве пустая: найдите документ на сайте Центра.",
            "Қызметкердің түйіндемесі тексерілетін біліктілік талаптары. Нұсқаулықтағы сілтеме бос: құжатты Орталықтың сайтынан табыңыз."
        ),
        source: "Guide 2025, work visa documents: «AIFC Qualifications Necessary for Employment in the AIFC» (link empty); AIFC act GR0009 of 10 December 2017",
        when: Needs::Document("qualification-proof-and-cv"),
    },
    Link {
        id: "visa-services",
        url: "https://aifc.kz/visa-services",
        label: t!("AIFC visa services", "Визовые услуги МФЦА", "АХҚО визалық қызметтері"),
        purpose: t!(
            "The AIFC's own page on the Centre's services.",
            "Страница МФЦА об услугах Центра.",
            "Орталықтың қызметтері туралы АХҚО беті."
        ),
        source: "aifc.kz/visa-services (the AIFC's page naming the Expat Centre)",
        when: Needs::Always,
    },
];
