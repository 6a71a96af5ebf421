//! Outcomes of the work path: the work visa, the temporary residence permit, and the answers for
//! a citizen of Kazakhstan and for short CIS and EAEU stays.

use super::super::facts::Fact;
use super::super::graph::Test;
use super::*;
use crate::catalog::{Note, NoteKind};
use crate::t;

pub static WORK_VISA: Outcome = Outcome {
    steps: &[
        QUALIFICATION_FIRST,
        Step {
            rules: &[
                Rule {
                    when: &[(Fact::Location, Test::Is("outside"))],
                    service: "work-visa-invitation",
                    why: t!(
                        "The employee is outside Kazakhstan: the Centre first issues the invitation (step 1), which the employee then presents at a Kazakhstan embassy or on arrival at an international airport of Kazakhstan (step 2).",
                        "Работник находится за пределами Казахстана: сначала Центр оформляет приглашение (шаг 1), которое работник затем представляет в посольстве Казахстана или по прибытии в международный аэропорт Казахстана (шаг 2).",
                        "Қызметкер Қазақстаннан тыс жерде: алдымен ЭО шақыру хатын рәсімдейді (1-қадам), оны қызметкер Қазақстан елшілігіне немесе Қазақстанның халықаралық әуежайына келгенде ұсынады (2-қадам)."
                    ),
                },
                Rule {
                    when: &[(Fact::Location, Test::Is("inside"))],
                    service: "work-visa",
                    why: t!(
                        "The employee is in Kazakhstan: the Centre issues the C3 work visa here.",
                        "Работник находится в Казахстане: Центр оформляет рабочую визу C3 здесь.",
                        "Қызметкер Қазақстанда: ЭО C3 жұмыс визасын осында рәсімдейді."
                    ),
                },
            ],
        },
    ],
    no_service: None,
    window: false,
    notes: &[PREREQUISITES_FREE_FINGERPRINTING_INSIDE, NEW_HOST, CIS_STATUS_UNSETTLED],
};

pub static TEMPORARY_RESIDENCE_PERMIT: Outcome = Outcome {
    steps: &[
        QUALIFICATION_FIRST,
        single!(
            "temporary-residence-permit",
            t!(
                "As a citizen of a CIS or EAEU country staying longer than 30 (CIS) or 90 (EAEU) calendar days, the foreign national gets a temporary residence permit instead of a visa.",
                "Как гражданин страны СНГ или ЕАЭС, пребывающий дольше 30 (СНГ) или 90 (ЕАЭС) календарных дней, иностранный гражданин получает разрешение на временное проживание вместо визы.",
                "ТМД немесе ЕАЭО елінің 30 (ТМД) немесе 90 (ЕАЭО) күнтізбелік күннен артық болатын азаматы ретінде шетел азаматы визаның орнына уақытша тұруға рұқсат алады."
            )
        ),
    ],
    no_service: None,
    window: false,
    notes: &[
        CondNote {
            when: &[(Fact::Location, Test::Is("outside"))],
            note: Note {
                kind: NoteKind::Guide,
                text: t!(
                    "The guide offers the temporary residence permit only to citizens of these countries who are in Kazakhstan: apply after arrival.",
                    "По руководству разрешение на временное проживание доступно только гражданам этих стран, находящимся в Казахстане: подавайте заявление после прибытия.",
                    "Нұсқаулық бойынша уақытша тұруға рұқсат осы елдердің Қазақстан аумағындағы азаматтары үшін ғана қолжетімді: келгеннен кейін өтініш беріңіз."
                ),
            },
        },
        PREREQUISITES_TRP,
        NEW_HOST,
        CIS_STATUS_UNSETTLED,
    ],
};

pub static KAZAKHSTAN_CITIZEN: Outcome = Outcome {
    steps: &[],
    no_service: Some(NoService {
        reason: t!(
            "The Centre's visa and permit services are for foreign nationals; a citizen of Kazakhstan does not apply for them.",
            "Услуги Центра по визам и разрешениям предназначены для иностранных граждан; гражданин Казахстана за ними не обращается.",
            "ЭО-ның виза мен рұқсат қызметтері шетел азаматтарына арналған; Қазақстан азаматы оларға өтініш бермейді."
        ),
        instead: t!(
            "If you meant another citizenship, go back and change the answer; for anything else, ask the Centre.",
            "Если вы имели в виду другое гражданство, вернитесь и измените ответ; по другим вопросам обратитесь в Центр.",
            "Басқа азаматтықты меңзесеңіз, артқа қайтып жауапты өзгертіңіз; басқа сұрақтар бойынша Орталыққа хабарласыңыз."
        ),
        alternatives: &[],
    }),
    window: false,
    notes: &[],
};

pub static NO_TRP_EAEU: Outcome = Outcome {
    steps: &[],
    no_service: Some(NoService {
        reason: t!(
            "For a citizen of an EAEU country staying 90 calendar days or fewer, the guide offers no temporary residence permit: it replaces the visa only for citizens planning to stay more than 90 calendar days.",
            "Для гражданина страны ЕАЭС, пребывающего 90 календарных дней или меньше, руководство не предусматривает разрешение на временное проживание: оно заменяет визу только для граждан, планирующих находиться в стране более 90 календарных дней.",
            "90 күнтізбелік күн немесе одан аз болатын ЕАЭО елінің азаматына нұсқаулықта уақытша тұруға рұқсат көзделмеген: ол елде 90 күнтізбелік күннен артық болуды жоспарлаған азаматтар үшін ғана визаны алмастырады."
        ),
        instead: t!(
            "The guide does not say which other document such a stay needs for work in the AIFC. Its wording (the permit replaces the visa of the corresponding category) suggests the work visa; ask the Centre before the trip. If the stay grows beyond 90 days, a temporary residence permit applies.",
            "Руководство не говорит, какой ещё документ нужен для работы в МФЦА при таком пребывании. Его формулировка (разрешение заменяет визу соответствующей категории) указывает на рабочую визу; уточните в Центре до поездки; если пребывание превысит 90 дней, потребуется разрешение на временное проживание.",
            "Нұсқаулықта мұндай мерзімде АХҚО-да жұмыс істеу үшін басқа қандай құжат қажет екені айтылмаған. Ондағы тұжырым (рұқсат тиісті санаттағы визаны алмастырады) жұмыс визасын меңзейді; сапарға дейін Орталықтан нақтылаңыз; егер болу мерзімі 90 күннен асса, уақытша тұруға рұқсат қажет болады."
        ),
        alternatives: &["temporary-residence-permit", "work-visa-invitation", "work-visa"],
    }),
    window: false,
    notes: &[],
};

pub static NO_TRP_CIS: Outcome = Outcome {
    steps: &[],
    no_service: Some(NoService {
        reason: t!(
            "For a citizen of a CIS country staying 30 calendar days or fewer, the guide offers no temporary residence permit: it replaces the visa only for citizens planning to stay more than 30 calendar days.",
            "Для гражданина страны СНГ, пребывающего 30 календарных дней или меньше, руководство не предусматривает разрешение на временное проживание: оно заменяет визу только для граждан, планирующих находиться в стране более 30 календарных дней.",
            "30 күнтізбелік күн немесе одан аз болатын ТМД елінің азаматына нұсқаулықта уақытша тұруға рұқсат көзделмеген: ол елде 30 күнтізбелік күннен артық болуды жоспарлаған азаматтар үшін ғана визаны алмастырады."
        ),
        instead: t!(
            "The guide does not say which other document such a stay needs for work in the AIFC. Its wording (the permit replaces the visa of the corresponding category) suggests the work visa; ask the Centre before the trip. If the stay grows beyond 30 days, a temporary residence permit applies.",
            "Руководство не говорит, какой ещё документ нужен для работы в МФЦА при таком пребывании. Его формулировка (разрешение заменяет визу соответствующей категории) указывает на рабочую визу; уточните в Центре до поездки; если пребывание превысит 30 дней, потребуется разрешение на временное проживание.",
            "Нұсқаулықта мұндай мерзімде АХҚО-да жұмыс істеу үшін басқа қандай құжат қажет екені айтылмаған. Ондағы тұжырым (рұқсат тиісті санаттағы визаны алмастырады) жұмыс визасын меңзейді; сапарға дейін Орталықтан нақтылаңыз; егер болу мерзімі 30 күннен асса, уақытша тұруға рұқсат қажет болады."
        ),
        alternatives: &["temporary-residence-permit", "work-visa-invitation", "work-visa"],
    }),
    window: false,
    notes: &[CIS_STATUS_UNSETTLED],
};
