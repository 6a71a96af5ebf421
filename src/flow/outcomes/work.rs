//! Outcomes of the work path: the work visa, the temporary residence permit, and the answers for
//! a citizen of Kazakhstan.

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
                        "Қызметкер Қазақстаннан тыс жерде: алдымен Орталық шақыру хатын рәсімдейді (1-қадам), оны қызметкер Қазақстан елшілігіне немесе Қазақстанның халықаралық әуежайына келгенде ұсынады (2-қадам)."
                    ),
                },
                Rule {
                    when: &[(Fact::Location, Test::Is("inside"))],
                    service: "work-visa",
                    why: t!(
                        "The employee is in Kazakhstan: the Centre issues the C3 work visa in Kazakhstan.",
                        "Работник находится в Казахстане: Центр оформляет рабочую визу C3 в Казахстане.",
                        "Қызметкер Қазақстанда: Орталық C3 жұмыс визасын Қазақстанның өзінде рәсімдейді."
                    ),
                },
            ],
        },
    ],
    no_service: None,
    window: false,
    notes: &[SHORT_CIS_STAY, PREREQUISITES_INSIDE, NEW_HOST, CIS_STATUS_UNSETTLED],
};

pub static TEMPORARY_RESIDENCE_PERMIT: Outcome = Outcome {
    steps: &[
        QUALIFICATION_FIRST,
        single!(
            "temporary-residence-permit",
            t!(
                "As a citizen of a CIS or EAEU country staying longer than 30 (CIS) or 90 (EAEU) calendar days, the foreign national gets a temporary residence permit instead of a visa.",
                "Иностранный гражданин — гражданин страны СНГ или ЕАЭС и пробудет в Казахстане дольше 30 (СНГ) или 90 (ЕАЭС) календарных дней, поэтому вместо визы он получает разрешение на временное проживание.",
                "Шетел азаматы – ТМД немесе ЕАЭО елінің азаматы және Қазақстанда 30 (ТМД) немесе 90 (ЕАЭО) күнтізбелік күннен артық болады, сондықтан визаның орнына уақытша тұруға рұқсат алады."
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
        // See graph.rs, "multi.citizenship".
        CondNote {
            when: &[(Fact::Need, Test::Is("business-multi"))],
            note: Note {
                kind: NoteKind::Guide,
                text: t!(
                    "The guide's temporary residence permit has a fee row for an expert, so an expert (B2) staying this long gets the permit instead of the multiple-entry business visa.",
                    "В руководстве для разрешения на временное проживание есть строка сбора для эксперта, поэтому эксперт (B2), пребывающий так долго, получает разрешение вместо многократной деловой визы.",
                    "Нұсқаулықта уақытша тұруға рұқсаттың сарапшыға арналған алым жолы бар, сондықтан осынша ұзақ болатын сарапшы (B2) көп мәртелік іскерлік визаның орнына рұқсат алады."
                ),
            },
        },
        PREREQUISITES_TRP,
        NEW_HOST,
        CIS_STATUS_UNSETTLED,
    ],
};

// Every path that issues a visa or permit ends here for a citizen of Kazakhstan (see graph.rs).
pub static KAZAKHSTAN_CITIZEN: Outcome = Outcome {
    steps: &[],
    no_service: Some(NoService {
        reason: t!(
            "The Centre's visas and permits are for foreign nationals: a citizen of Kazakhstan needs none of them.",
            "Визы и разрешения Центра оформляются иностранным гражданам: гражданину Казахстана они не нужны.",
            "Орталық рәсімдейтін визалар мен рұқсаттар шетел азаматтарына арналған: Қазақстан азаматына олардың ешқайсысы қажет емес."
        ),
        instead: t!(
            "If the visa or permit is for someone else (a foreign employee, investor or guest), go back and answer for that person. For anything else, ask the Centre.",
            "Если виза или разрешение нужны другому человеку (иностранному работнику, инвестору или гостю), вернитесь и ответьте на вопросы за него. По другим вопросам обратитесь в Центр.",
            "Егер виза немесе рұқсат басқа адамға (шетелдік қызметкерге, инвесторға немесе қонаққа) қажет болса, артқа қайтып, сол адам туралы жауап беріңіз. Басқа сұрақтар бойынша Орталыққа хабарласыңыз."
        ),
        alternatives: &[],
    }),
    window: false,
    notes: &[],
};
