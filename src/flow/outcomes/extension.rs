//! Outcomes of the extension path.

use super::super::facts::Fact;
use super::super::graph::Test;
use super::*;
use crate::catalog::{Note, NoteKind};
use crate::lang::Text;
use crate::t;

const EXTENSION_WHY: Text = t!(
    "The host party is unchanged, so the visa can be extended: apply no earlier than 30 and no later than 5 working days before it expires.",
    "Принимающая сторона не изменилась, поэтому визу можно продлить: заявление подаётся не ранее чем за 30 и не позднее чем за 5 рабочих дней до окончания её срока.",
    "Қабылдаушы тарап өзгеріссіз қалды, сондықтан визаны ұзартуға болады: өтініш визаның мерзімі аяқталғанға дейін отыз жұмыс күнінен ерте емес және бес жұмыс күнінен кешіктірілмей беріледі."
);

pub static EXTENSION: Outcome = Outcome {
    steps: &[Step {
        rules: &[
            Rule { when: &[(Fact::Visa, Test::Is("work"))], service: "work-visa-extension", why: EXTENSION_WHY },
            Rule {
                when: &[(Fact::Visa, Test::Is("investor"))],
                service: "investor-visa-extension",
                why: EXTENSION_WHY,
            },
            Rule {
                when: &[(Fact::Visa, Test::Is("business-single"))],
                service: "business-visa-single-extension",
                why: EXTENSION_WHY,
            },
            Rule {
                when: &[(Fact::Visa, Test::Is("business-multi"))],
                service: "business-visa-multi-extension",
                why: EXTENSION_WHY,
            },
        ],
    }],
    no_service: None,
    window: true,
    notes: &[
        CondNote { when: &for_visa("work"), note: Note { kind: NoteKind::Guide, text: ARRIVAL_AND_FINGERPRINTING } },
        CondNote {
            when: &for_visa("investor"),
            note: Note { kind: NoteKind::Guide, text: ARRIVAL_AND_FINGERPRINTING },
        },
        CondNote {
            when: &for_visa("business-multi"),
            note: Note { kind: NoteKind::Guide, text: ARRIVAL_AND_FINGERPRINTING },
        },
    ],
};

// Guide, the four extension sections: «... бес жұмыс күнінен кешіктірілмей берілуі тиіс» and «Бас
// тартуды және көші-қон режимін бұзғаны үшін ықтимал айыппұлдарды болдырмау үшін өтініш берудің
// белгіленген мерзімдерін сақтау өте маңызды.» Decision: past the last day there is no extension
// to apply for, so no service is named (never "apply for the extension" beside "too late"); the
// guide says nothing of what can be done then, so the visitor is told to contact the Centre at
// once (the guide's all-day line and e-mail, «БАЙЛАНЫС ДЕРЕКТЕРІ», written into the text so a
// printed answer keeps them) and that the guide does not say. The window (its dates) stays in the outcome.
pub static EXTENSION_CLOSED: Outcome = Outcome {
    steps: &[],
    no_service: Some(NoService {
        reason: t!(
            "It is too late to extend this visa: the guide says the application must be made no later than five working days before the visa expires, and that day has passed.",
            "Продлить эту визу уже поздно: по руководству заявление подаётся не позднее чем за пять рабочих дней до окончания срока действия визы, а этот день уже прошёл.",
            "Бұл визаны ұзартуға тым кеш: нұсқаулық бойынша өтініш визаның қолданылу мерзімі аяқталғанға дейін бес жұмыс күнінен кешіктірілмей беріледі, ал бұл күн өтіп кетті."
        ),
        instead: t!(
            "Contact the Centre at once, while the visa is still valid: +7 (7172) 64 73 33 (09:00–18:00), expat@aifc.kz. The guide warns that the application deadlines must be kept to avoid a refusal and possible fines for breaching the migration regime. Ask the Centre what you can still do: the guide does not say.",
            "Немедленно свяжитесь с Центром, пока виза ещё действует: +7 (7172) 64 73 33 (09:00–18:00), expat@aifc.kz. Руководство предупреждает, что сроки подачи нужно соблюдать, чтобы избежать отказа и возможных штрафов за нарушение миграционного режима. Уточните в Центре, что ещё можно сделать: в руководстве об этом не сказано.",
            "Виза әлі жарамды кезде Орталыққа дереу хабарласыңыз: +7 (7172) 64 73 33 (09:00–18:00), expat@aifc.kz. Нұсқаулық бас тартуды және көші-қон режимін бұзғаны үшін ықтимал айыппұлдарды болдырмау үшін өтініш берудің белгіленген мерзімдерін сақтау қажет екенін ескертеді. Әлі не істеуге болатынын Орталықтан нақтылаңыз: нұсқаулықта бұл туралы айтылмаған."
        ),
        alternatives: &[],
    }),
    window: true,
    notes: &[],
};

/// Same guide words as [`EXTENSION_CLOSED`]; the visa has expired.
pub static EXTENSION_EXPIRED: Outcome = Outcome {
    steps: &[],
    no_service: Some(NoService {
        reason: t!(
            "This visa has already expired, so it can no longer be extended: the guide takes an application to extend only until five working days before the visa expires.",
            "Срок действия этой визы уже истёк, поэтому продлить её нельзя: по руководству заявление на продление подаётся не позднее чем за пять рабочих дней до окончания срока действия визы.",
            "Бұл визаның қолданылу мерзімі аяқталып қойған, сондықтан оны ұзарту мүмкін емес: нұсқаулық бойынша ұзартуға өтініш визаның қолданылу мерзімі аяқталғанға дейін бес жұмыс күнінен кешіктірілмей беріледі."
        ),
        instead: t!(
            "Contact the Centre at once: +7 (7172) 64 73 33 (09:00–18:00), expat@aifc.kz. The guide warns that missing the application deadlines can lead to a refusal and to fines for breaching the migration regime. Ask the Centre what to do now: the guide does not say.",
            "Немедленно свяжитесь с Центром: +7 (7172) 64 73 33 (09:00–18:00), expat@aifc.kz. Руководство предупреждает, что несоблюдение сроков подачи может привести к отказу и штрафам за нарушение миграционного режима. Уточните в Центре, что делать дальше: в руководстве об этом не сказано.",
            "Орталыққа дереу хабарласыңыз: +7 (7172) 64 73 33 (09:00–18:00), expat@aifc.kz. Нұсқаулық өтініш беру мерзімдері сақталмаса, бас тартуға және көші-қон режимін бұзғаны үшін айыппұлдарға әкелуі мүмкін екенін ескертеді. Енді не істеу керектігін Орталықтан нақтылаңыз: нұсқаулықта бұл туралы айтылмаған."
        ),
        alternatives: &[],
    }),
    window: true,
    notes: &[],
};

// Guide, temporary residence permit, the fee row «Отбасы мүшелерін қоса алғанда, уақытша тұруға
// рұқсат алуға/ұзарту»: one service obtains or extends the permit.
pub static TRP_EXTENSION: Outcome = Outcome {
    steps: &[single!(
        "temporary-residence-permit",
        t!(
            "The guide's fee row for the temporary residence permit is “obtaining / extending” it, for family members too: the extension is the same service, with the same documents (your valid permit among them).",
            "Строка сборов руководства для разрешения на временное проживание — «получение/продление», в том числе для членов семьи: продление — та же услуга с тем же перечнем документов (в том числе с действующим разрешением).",
            "Нұсқаулықта уақытша тұруға рұқсаттың алым жолы – «алуға/ұзарту», отбасы мүшелерін қоса алғанда: ұзарту – сол қызмет, құжаттары да сол (олардың ішінде жарамды рұқсатыңыз)."
        )
    )],
    no_service: None,
    window: false,
    notes: &[
        // Decision: the window of the extension sections is written for visas («Визаның
        // қолданылу мерзімін ұзартуға өтініш ...»); the TRP chapter gives none. Not applied to a
        // TRP; the visitor is told to ask.
        CondNote {
            when: &[],
            note: Note {
                kind: NoteKind::GuideSilent,
                text: t!(
                    "Ask the Centre when to apply to extend a temporary residence permit: the guide does not say. Its window of no earlier than 30 and no later than 5 working days before expiry is written for visas.",
                    "Уточните в Центре, когда подавать заявление на продление разрешения на временное проживание: в руководстве об этом не сказано. Срок подачи не ранее чем за 30 и не позднее чем за 5 рабочих дней до окончания срока указан для виз.",
                    "Уақытша тұруға рұқсатты ұзартуға өтінішті қашан беру керектігін Орталықтан нақтылаңыз: нұсқаулықта бұл туралы айтылмаған. Мерзімі аяқталғанға дейін 30 жұмыс күнінен ерте емес және 5 жұмыс күнінен кешіктірмей өтініш беру тәртібі визаларға арналған."
                ),
            },
        },
        PREREQUISITES_TRP,
    ],
};
