//! Outcomes of the investor, business-visa and residence-permit paths.

use super::super::countries::CIS;
use super::super::facts::Fact;
use super::super::graph::Test;
use super::*;
use crate::catalog::{Note, NoteKind};
use crate::t;

pub static INVESTOR_VISA: Outcome = Outcome {
    steps: &[Step {
        rules: &[
            Rule {
                when: &[(Fact::InvestmentResident, Test::Yes), (Fact::Location, Test::Is("outside"))],
                service: "investor-visa-a6-invitation",
                why: t!(
                    "An AIFC investment resident outside Kazakhstan: the Centre issues the invitation for the A6 investor visa (step 1), then the visa is obtained at a Kazakhstan embassy (step 2).",
                    "Инвестиционный резидент МФЦА за пределами Казахстана: Центр оформляет приглашение на инвесторскую визу A6 (шаг 1), затем виза оформляется в посольстве Казахстана (шаг 2).",
                    "Қазақстаннан тыс жердегі АХҚО инвестициялық резиденті: Орталық A6 инвесторлық визасына шақыру хатын рәсімдейді (1-қадам), содан кейін виза Қазақстан елшілігінде алынады (2-қадам)."
                ),
            },
            Rule {
                when: &[(Fact::Location, Test::Is("outside"))],
                service: "investor-visa-a5-invitation",
                why: t!(
                    "An investor outside Kazakhstan: the Centre issues the invitation for the A5 investor visa (step 1), which is presented at a Kazakhstan embassy or on arrival at an international airport of Kazakhstan (step 2).",
                    "Инвестор за пределами Казахстана: Центр оформляет приглашение на инвесторскую визу A5 (шаг 1), которое представляется в посольстве Казахстана или по прибытии в международный аэропорт Казахстана (шаг 2).",
                    "Қазақстаннан тыс жердегі инвестор: Орталық A5 инвесторлық визасына шақыру хатын рәсімдейді (1-қадам), ол Қазақстан елшілігіне немесе Қазақстанның халықаралық әуежайына келгенде ұсынылады (2-қадам)."
                ),
            },
            Rule {
                when: &[(Fact::Location, Test::Is("inside"))],
                service: "investor-visa-a5",
                why: t!(
                    "An investor in Kazakhstan: the Centre issues the A5 investor visa in Kazakhstan.",
                    "Инвестор находится в Казахстане: Центр оформляет инвесторскую визу A5 в Казахстане.",
                    "Инвестор Қазақстанда: Орталық A5 инвесторлық визасын Қазақстанның өзінде рәсімдейді."
                ),
            },
        ],
    }],
    no_service: None,
    window: false,
    notes: &[
        // Decision: the guide's A6 service is an invitation from abroad only, and its A5 service
        // inside Kazakhstan is not restricted to non-residents (its documents accept the AIFC
        // Administration's letter of support), so an investment resident inside gets the A5
        // visa, told plainly why.
        CondNote {
            when: &[(Fact::InvestmentResident, Test::Yes), (Fact::Location, Test::Is("inside"))],
            note: Note {
                kind: NoteKind::GuideSilent,
                text: t!(
                    "Ask the Centre whether the A5 or the A6 visa applies to you: the guide has the A6 investor visa for AIFC investment residents only as an invitation for applicants outside Kazakhstan. Inside Kazakhstan it lists the A5 investor visa, whose documents include the AIFC Administration's letter of support, so that service is shown.",
                    "Уточните в Центре, какая виза вам подходит — A5 или A6: в руководстве инвесторская виза A6 для инвестиционных резидентов МФЦА предусмотрена только в виде приглашения для заявителей за пределами Казахстана. В Казахстане указана инвесторская виза A5, в документы которой входит ходатайство Администрации МФЦА, поэтому показана она.",
                    "A5 және A6 визаларының қайсысы сізге сәйкес келетінін Орталықтан нақтылаңыз: нұсқаулықта АХҚО инвестициялық резиденттеріне арналған A6 инвесторлық визасы тек Қазақстаннан тыс жердегі өтініш берушілерге шақыру ретінде көзделген. Қазақстан аумағында A5 инвесторлық визасы көрсетілген, оның құжаттарына АХҚО әкімшілігінің қолдаухаты кіреді, сондықтан осы қызмет көрсетілді."
                ),
            },
        },
        PREREQUISITES_INSIDE,
        NEW_HOST,
    ],
};

pub static BUSINESS_VISA_SINGLE: Outcome = Outcome {
    steps: &[single!(
        "business-visa-single-invitation",
        t!(
            "A single business trip from abroad: the Centre issues the invitation for a single-entry business visa (step 1), which is presented at a Kazakhstan embassy or on arrival at an international airport of Kazakhstan (step 2).",
            "Разовая деловая поездка из-за рубежа: Центр оформляет приглашение на однократную деловую визу (шаг 1), которое представляется в посольстве Казахстана или по прибытии в международный аэропорт Казахстана (шаг 2).",
            "Шетелден біржолғы іскерлік сапар: Орталық біржолғы іскерлік визаға шақыру хатын рәсімдейді (1-қадам), ол Қазақстан елшілігіне немесе Қазақстанның халықаралық әуежайына келгенде ұсынылады (2-қадам)."
        )
    )],
    no_service: None,
    window: false,
    notes: &[NEW_HOST],
};

pub static NO_SINGLE_ENTRY_INSIDE: Outcome = Outcome {
    steps: &[],
    no_service: Some(NoService {
        reason: t!(
            "The guide has no service for a single-entry business visa inside Kazakhstan: it offers only the invitation, applied for while the visitor is outside Kazakhstan.",
            "В руководстве нет услуги по оформлению однократной деловой визы на территории Казахстана: предусмотрено только приглашение, которое оформляется, пока посетитель находится за пределами Казахстана.",
            "Нұсқаулықта Қазақстан аумағында біржолғы іскерлік виза алу қызметі жоқ: тек келуші Қазақстаннан тыс жерде болған кезде берілетін шақыру ғана көзделген."
        ),
        instead: t!(
            "If you already hold a single-entry business visa and the host party is the same, you may apply to extend it, no later than 5 working days before it expires. For repeated trips (installation, repair, consulting, audit; founders and board members) the Centre issues a multiple-entry business visa in Kazakhstan. Otherwise ask the Centre.",
            "Если у вас уже есть однократная деловая виза и принимающая сторона та же, можно подать заявление на её продление не позднее чем за 5 рабочих дней до окончания срока. Для многократных поездок (монтаж, ремонт, консультации, аудит; учредители и члены совета директоров) Центр оформляет многократную деловую визу в Казахстане. В остальных случаях обратитесь в Центр.",
            "Біржолғы іскерлік визаңыз бар болса және қабылдаушы тарап сол болса, оны мерзімі аяқталғанға дейін 5 жұмыс күнінен кешіктірмей ұзартуға өтініш беруге болады. Бірнеше іскерлік сапар үшін (монтаждау, жөндеу, консультация, аудит; құрылтайшылар мен директорлар кеңесінің мүшелері) Орталық Қазақстанның өзінде көп мәртелік іскерлік виза рәсімдейді. Басқа жағдайда Орталыққа хабарласыңыз."
        ),
        alternatives: &["business-visa-single-extension", "business-visa-multi"],
    }),
    window: false,
    notes: &[],
};

// Guide, short-term business visa 2: «Қабылдаушы тарап ауысқан жағдайда жаңа виза алуға жаңа
// өтініш беріледі»; and the chapter has no service for the visa inside Kazakhstan. Decision: the
// holder whose host changed is not offered the extension (the outcome above offers it to a
// holder with the same host); the multiple-entry visa is the guide's service inside Kazakhstan.
pub static NO_SINGLE_ENTRY_NEW_HOST: Outcome = Outcome {
    steps: &[],
    no_service: Some(NoService {
        reason: t!(
            "The host party has changed, so the single-entry business visa cannot be extended: the guide says a new host party means a new application. And the guide has no service for a new single-entry business visa inside Kazakhstan: only the invitation, applied for from outside Kazakhstan.",
            "Принимающая сторона сменилась, поэтому однократную деловую визу продлить нельзя: по руководству при смене принимающей стороны подаётся новое заявление. А услуги по оформлению новой однократной деловой визы на территории Казахстана в руководстве нет: предусмотрено только приглашение, которое оформляется из-за пределов Казахстана.",
            "Қабылдаушы тарап ауысқандықтан біржолғы іскерлік визаны ұзартуға болмайды: нұсқаулық бойынша қабылдаушы тарап ауысқан жағдайда жаңа өтініш беріледі. Ал нұсқаулықта Қазақстан аумағында жаңа біржолғы іскерлік виза алу қызметі жоқ: тек Қазақстаннан тыс жерден берілетін шақыру ғана көзделген."
        ),
        instead: t!(
            "For repeated trips with the new host party (installation, repair, consulting, audit; founders and board members) the Centre issues a multiple-entry business visa in Kazakhstan. Otherwise ask the Centre what to do before the current visa expires: the guide does not say.",
            "Для многократных поездок с новой принимающей стороной (монтаж, ремонт, консультации, аудит; учредители и члены совета директоров) Центр оформляет многократную деловую визу в Казахстане. В остальных случаях уточните в Центре, что делать до окончания срока действующей визы: в руководстве об этом не сказано.",
            "Жаңа қабылдаушы тараппен бірнеше іскерлік сапар үшін (монтаждау, жөндеу, консультация, аудит; құрылтайшылар мен директорлар кеңесінің мүшелері) Орталық Қазақстанның өзінде көп мәртелік іскерлік виза рәсімдейді. Басқа жағдайда қолданыстағы визаның мерзімі аяқталғанға дейін не істеу керектігін Орталықтан нақтылаңыз: нұсқаулықта бұл туралы айтылмаған."
        ),
        alternatives: &["business-visa-multi"],
    }),
    window: false,
    notes: &[],
};

pub static BUSINESS_VISA_MULTI: Outcome = Outcome {
    steps: &[Step {
        rules: &[
            // An expert on a civil-law contract who chose "work" (graph.rs, "work.role").
            Rule {
                when: &[(Fact::Need, Test::Is("work")), (Fact::Location, Test::Is("outside"))],
                service: "business-visa-multi-invitation",
                why: t!(
                    "An expert on a civil-law contract, outside Kazakhstan: the guide gives such an expert the multiple-entry business visa (B2). The Centre issues its invitation (step 1), presented at a Kazakhstan embassy or on arrival at an international airport of Kazakhstan (step 2).",
                    "Эксперт по гражданско-правовому договору за пределами Казахстана: руководство предусматривает для такого эксперта многократную деловую визу (B2). Центр оформляет приглашение на неё (шаг 1), которое представляется в посольстве Казахстана или по прибытии в международный аэропорт Казахстана (шаг 2).",
                    "Азаматтық-құқықтық шарт бойынша жұмыс істейтін, Қазақстаннан тыс жердегі сарапшы: нұсқаулық мұндай сарапшыға көп мәртелік іскерлік визаны (B2) береді. Орталық оған шақыру хатын рәсімдейді (1-қадам), ол Қазақстан елшілігіне немесе Қазақстанның халықаралық әуежайына келгенде ұсынылады (2-қадам)."
                ),
            },
            Rule {
                when: &[(Fact::Need, Test::Is("work")), (Fact::Location, Test::Is("inside"))],
                service: "business-visa-multi",
                why: t!(
                    "An expert on a civil-law contract, in Kazakhstan: the guide gives such an expert the multiple-entry business visa (B2), which the Centre issues in Kazakhstan.",
                    "Эксперт по гражданско-правовому договору в Казахстане: руководство предусматривает для такого эксперта многократную деловую визу (B2), которую Центр оформляет в Казахстане.",
                    "Азаматтық-құқықтық шарт бойынша жұмыс істейтін, Қазақстандағы сарапшы: нұсқаулық мұндай сарапшыға көп мәртелік іскерлік визаны (B2) береді, оны Орталық Қазақстанның өзінде рәсімдейді."
                ),
            },
            Rule {
                when: &[(Fact::Location, Test::Is("outside"))],
                service: "business-visa-multi-invitation",
                why: t!(
                    "Repeated business trips, the visitor outside Kazakhstan: the Centre issues the invitation for a multiple-entry business visa (step 1), which is presented at a Kazakhstan embassy or on arrival at an international airport of Kazakhstan (step 2).",
                    "Многократные деловые поездки, посетитель за пределами Казахстана: Центр оформляет приглашение на многократную деловую визу (шаг 1), которое представляется в посольстве Казахстана или по прибытии в международный аэропорт Казахстана (шаг 2).",
                    "Көп мәртелік іскерлік сапарлар, келуші Қазақстаннан тыс жерде: Орталық көп мәртелік іскерлік визаға шақыру хатын рәсімдейді (1-қадам), ол Қазақстан елшілігіне немесе Қазақстанның халықаралық әуежайына келгенде ұсынылады (2-қадам)."
                ),
            },
            Rule {
                when: &[(Fact::Location, Test::Is("inside"))],
                service: "business-visa-multi",
                why: t!(
                    "Repeated business trips, the visitor in Kazakhstan: the Centre issues the multiple-entry business visa in Kazakhstan.",
                    "Многократные деловые поездки, посетитель в Казахстане: Центр оформляет многократную деловую визу в Казахстане.",
                    "Көп мәртелік іскерлік сапарлар, келуші Қазақстанда: Орталық көп мәртелік іскерлік визаны Қазақстанның өзінде рәсімдейді."
                ),
            },
        ],
    }],
    no_service: None,
    window: false,
    notes: &[EXPERT_NOT_EMPLOYEE, SHORT_CIS_STAY, FOUNDER_FROM_CIS, PREREQUISITES_INSIDE, NEW_HOST],
};

pub static RESIDENCE_PERMIT: Outcome = Outcome {
    steps: &[single!(
        "residence-permit",
        t!(
            "The guide offers the residence permit to AIFC investment residents.",
            "Руководство предусматривает вид на жительство для инвестиционных резидентов МФЦА.",
            "Нұсқаулық тұруға ықтиярхатты АХҚО инвестициялық резиденттеріне ұсынады."
        )
    )],
    no_service: None,
    window: false,
    notes: &[],
};

pub static NO_RESIDENCE_PERMIT: Outcome = Outcome {
    steps: &[],
    no_service: Some(NoService {
        reason: t!(
            "The Centre's residence permit service is only for AIFC investment residents.",
            "Услуга Центра по виду на жительство предназначена только для инвестиционных резидентов МФЦА.",
            "Орталықтың тұруға ықтиярхат қызметі тек АХҚО инвестициялық резиденттеріне арналған."
        ),
        instead: t!(
            "The guide offers no residence permit service to others. Ask the Centre what applies to you; for work in the AIFC, see the work visa or the temporary residence permit.",
            "Руководство не предусматривает услугу по виду на жительство для других заявителей. Уточните в Центре, что применимо к вам; для работы в МФЦА см. рабочую визу или разрешение на временное проживание.",
            "Нұсқаулықта басқа өтініш берушілерге тұруға ықтиярхат қызметі көзделмеген. Сізге не қолданылатынын Орталықтан нақтылаңыз; АХҚО-да жұмыс істеу үшін жұмыс визасын немесе уақытша тұруға рұқсатты қараңыз."
        ),
        alternatives: &["work-visa", "temporary-residence-permit"],
    }),
    window: false,
    notes: &[],
};

// See graph.rs, "work.role": an expert who chose "work" reaches the B2 visa.
const EXPERT_NOT_EMPLOYEE: CondNote = CondNote {
    when: &[(Fact::Need, Test::Is("work"))],
    note: Note {
        kind: NoteKind::GuideSilent,
        text: t!(
            "Ask the Centre which visa applies if your work is not installation, repair or maintenance of equipment, consulting or audit: the guide does not say. The work visa is not shown because its documents ask for an employment contract.",
            "Уточните в Центре, какая виза применяется, если ваша работа — не монтаж, ремонт или обслуживание оборудования, не консультационные или аудиторские услуги: в руководстве об этом не сказано. Рабочая виза не показана, потому что для неё требуется трудовой договор.",
            "Жұмысыңыз құрал-жабдықты монтаждау, жөндеу немесе техникалық қызмет көрсету, консультациялық немесе аудиторлық қызметтер болмаса, қай виза қолданылатынын Орталықтан нақтылаңыз: нұсқаулықта бұл туралы айтылмаған. Жұмыс визасы көрсетілмеді, себебі оның құжаттары еңбек шартын талап етеді."
        ),
    },
};

// See graph.rs, "multi.citizenship": the TRP's fee rows are for employees and experts only.
const FOUNDER_FROM_CIS: CondNote = CondNote {
    when: &[(Fact::Category, Test::Is("B3")), (Fact::Citizenship, Test::InGroup(&CIS))],
    note: Note {
        kind: NoteKind::GuideSilent,
        text: t!(
            "Ask the Centre whether a temporary residence permit replaces this visa if you will stay more than 30 calendar days (CIS citizens) or 90 (EAEU citizens): the guide does not say. The permit replaces “the visa of the corresponding category”, but its fee rows are for employees and experts only, not for founders or board members.",
            "Уточните в Центре, заменяет ли эту визу разрешение на временное проживание, если вы пробудете в стране более 30 календарных дней (граждане СНГ) или более 90 (граждане ЕАЭС): в руководстве об этом не сказано. Разрешение заменяет «визу соответствующей категории», но сборы за него указаны только для работников и экспертов, а не для учредителей или членов совета директоров.",
            "Елде 30 күнтізбелік күннен (ТМД азаматтары) немесе 90 күннен (ЕАЭО азаматтары) артық болсаңыз, бұл визаның орнына уақытша тұруға рұқсат қажет пе, Орталықтан нақтылаңыз: нұсқаулықта бұл туралы айтылмаған. Рұқсат «тиісті санаттағы визаны» алмастырады, бірақ оның алымдары құрылтайшылар немесе директорлар кеңесінің мүшелері үшін емес, тек қызметкерлер мен сарапшылар үшін белгіленген."
        ),
    },
};
