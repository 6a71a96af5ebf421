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

/// The qualification exemption comes first when the employee does not meet the requirements.
/// Guide, qualification exemption: "once approved, you can obtain a temporary residence permit or
/// a work visa for the foreign employee".
const QUALIFICATION_FIRST: Step = Step {
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

const NEW_HOST: CondNote = CondNote {
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

const CIS_STATUS_UNSETTLED: CondNote = CondNote {
    when: &[(Fact::Citizenship, Test::InGroup(&CIS_UNSETTLED))],
    note: Note {
        kind: NoteKind::GuideSilent,
        text: t!(
            "The guide does not list the CIS countries. We treat Moldova as a CIS member (its exit, voted in March 2026, takes effect 12 months after notification) and Turkmenistan, an associate member, as not a member. Please confirm with the Centre.",
            "В руководстве не перечислены страны СНГ. Мы считаем Молдову членом СНГ (её выход, одобренный в марте 2026 года, вступает в силу через 12 месяцев после уведомления), а Туркменистан, ассоциированного члена, — не членом. Уточните в Центре.",
            "Нұсқаулықта ТМД елдері аталмаған. Біз Молдованы ТМД мүшесі деп есептейміз (2026 жылғы наурызда дауысқа салынған шығуы хабарламадан кейін 12 айдан соң күшіне енеді), ал қауымдастырылған мүше Түрікменстанды мүше емес деп есептейміз. Орталықтан нақтылаңыз."
        ),
    },
};

/// The documents of an application made inside Kazakhstan that the Centre also offers as services
/// (guide, Other services 1, 2 and 5), and the guide's rule that fingerprinting is free once the
/// service fee for a work visa, investor visa or temporary residence permit is paid
/// («...сервистік алым төленген жағдайда тегін жүргізіледі»).
const ARRIVAL_AND_FINGERPRINTING: Text = t!(
    "Among the documents are a notification on arrival and a certificate of fingerprinting (or of verification): the Centre offers both as services (Other services, 1 and 5).",
    "Среди документов — уведомление о прибытии и справка о прохождении дактилоскопии (или верификации): Центр оказывает обе эти услуги (Другие услуги, 1 и 5).",
    "Құжаттардың ішінде келу туралы хабарлама және дактилоскопиядан (немесе верификациядан) өткенін растайтын анықтама бар: ЭО екі қызметті де көрсетеді (Басқа қызметтер, 1 және 5)."
);
const FINGERPRINTING_FREE: Text = t!(
    "Among the documents are a notification on arrival and a certificate of fingerprinting (or of verification): the Centre offers both as services (Other services, 1 and 5). Fingerprinting is free when the service fee for the work visa, investor visa or temporary residence permit has been paid in advance.",
    "Среди документов — уведомление о прибытии и справка о прохождении дактилоскопии (или верификации): Центр оказывает обе эти услуги (Другие услуги, 1 и 5). Дактилоскопия проводится бесплатно, если сервисный сбор за рабочую визу, инвесторскую визу или разрешение на временное проживание оплачен заранее.",
    "Құжаттардың ішінде келу туралы хабарлама және дактилоскопиядан (немесе верификациядан) өткенін растайтын анықтама бар: ЭО екі қызметті де көрсетеді (Басқа қызметтер, 1 және 5). Жұмыс визасына, инвесторлық визаға немесе уақытша тұруға рұқсатқа сервистік алым алдын ала төленген жағдайда дактилоскопия тегін жүргізіледі."
);
const PREREQUISITES_FREE_FINGERPRINTING_INSIDE: CondNote = CondNote {
    when: &[(Fact::Location, Test::Is("inside"))],
    note: Note { kind: NoteKind::Guide, text: FINGERPRINTING_FREE },
};
const PREREQUISITES_INSIDE: CondNote = CondNote {
    when: &[(Fact::Location, Test::Is("inside"))],
    note: Note { kind: NoteKind::Guide, text: ARRIVAL_AND_FINGERPRINTING },
};
const PREREQUISITES_TRP: CondNote = CondNote {
    when: &[],
    note: Note {
        kind: NoteKind::Guide,
        text: t!(
            "Among the documents are the foreign national's IIN, a notification on arrival and a certificate of fingerprinting (or of verification): the Centre offers all three as services (Other services, 2, 1 and 5). Fingerprinting is free when the service fee for the temporary residence permit has been paid in advance.",
            "Среди документов — ИИН иностранного гражданина, уведомление о прибытии и справка о прохождении дактилоскопии (или верификации): Центр оказывает все три услуги (Другие услуги, 2, 1 и 5). Дактилоскопия проводится бесплатно, если сервисный сбор за разрешение на временное проживание оплачен заранее.",
            "Құжаттардың ішінде шетел азаматының ЖСН-і, келу туралы хабарлама және дактилоскопиядан (немесе верификациядан) өткенін растайтын анықтама бар: ЭО үш қызметті де көрсетеді (Басқа қызметтер, 2, 1 және 5). Уақытша тұруға рұқсатқа сервистік алым алдын ала төленген жағдайда дактилоскопия тегін жүргізіледі."
        ),
    },
};
const fn for_visa(visa: &'static str) -> [(Fact, Test); 1] {
    [(Fact::Visa, Test::Is(visa))]
}

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
    notes: &[CIS_STATUS_UNSETTLED],
};

pub static INVESTOR_VISA: Outcome = Outcome {
    steps: &[Step {
        rules: &[
            Rule {
                when: &[(Fact::InvestmentResident, Test::Yes), (Fact::Location, Test::Is("outside"))],
                service: "investor-visa-a6-invitation",
                why: t!(
                    "An AIFC investment resident outside Kazakhstan: the Centre issues the invitation for the A6 investor visa (step 1), then the visa is obtained at a Kazakhstan embassy (step 2).",
                    "Инвестиционный резидент МФЦА за пределами Казахстана: Центр оформляет приглашение на инвесторскую визу A6 (шаг 1), затем виза оформляется в посольстве Казахстана (шаг 2).",
                    "Қазақстаннан тыс жердегі АХҚО инвестициялық резиденті: ЭО A6 инвесторлық визасына шақыру хатын рәсімдейді (1-қадам), содан кейін виза Қазақстан елшілігінде алынады (2-қадам)."
                ),
            },
            Rule {
                when: &[(Fact::Location, Test::Is("outside"))],
                service: "investor-visa-a5-invitation",
                why: t!(
                    "An investor outside Kazakhstan: the Centre issues the invitation for the A5 investor visa (step 1), which is presented at a Kazakhstan embassy or on arrival at an international airport of Kazakhstan (step 2).",
                    "Инвестор за пределами Казахстана: Центр оформляет приглашение на инвесторскую визу A5 (шаг 1), которое представляется в посольстве Казахстана или по прибытии в международный аэропорт Казахстана (шаг 2).",
                    "Қазақстаннан тыс жердегі инвестор: ЭО A5 инвесторлық визасына шақыру хатын рәсімдейді (1-қадам), ол Қазақстан елшілігіне немесе Қазақстанның халықаралық әуежайына келгенде ұсынылады (2-қадам)."
                ),
            },
            Rule {
                when: &[(Fact::Location, Test::Is("inside"))],
                service: "investor-visa-a5",
                why: t!(
                    "An investor in Kazakhstan: the Centre issues the A5 investor visa here.",
                    "Инвестор находится в Казахстане: Центр оформляет инвесторскую визу A5 здесь.",
                    "Инвестор Қазақстанда: ЭО A5 инвесторлық визасын осында рәсімдейді."
                ),
            },
        ],
    }],
    no_service: None,
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
                    "The guide has the A6 investor visa for AIFC investment residents only as an invitation for applicants outside Kazakhstan. Inside Kazakhstan it lists the A5 investor visa, whose documents include the AIFC Administration's letter of support, so that is the service shown. Ask the Centre whether A5 or A6 applies to you.",
                    "В руководстве инвесторская виза A6 для инвестиционных резидентов МФЦА предусмотрена только в виде приглашения для заявителей за пределами Казахстана. В Казахстане указана инвесторская виза A5, в документы которой входит письмо поддержки Администрации МФЦА, поэтому показана она. Уточните в Центре, какая виза вам подходит — A5 или A6.",
                    "Нұсқаулықта АХҚО инвестициялық резиденттеріне арналған A6 инвесторлық визасы тек Қазақстаннан тыс жердегі өтініш берушілерге шақыру ретінде көзделген. Қазақстан аумағында A5 инвесторлық визасы көрсетілген, оның құжаттарына АХҚО әкімшілігінің қолдаухаты кіреді, сондықтан сол көрсетілді. Сізге A5 немесе A6 қайсысы сәйкес келетінін Орталықтан нақтылаңыз."
                ),
            },
        },
        PREREQUISITES_FREE_FINGERPRINTING_INSIDE,
        NEW_HOST,
    ],
};

pub static BUSINESS_VISA_SINGLE: Outcome = Outcome {
    steps: &[single!(
        "business-visa-single-invitation",
        t!(
            "A single business trip from abroad: the Centre issues the invitation for a single-entry business visa (step 1), which is presented at a Kazakhstan embassy or on arrival at an international airport of Kazakhstan (step 2).",
            "Разовая деловая поездка из-за рубежа: Центр оформляет приглашение на однократную деловую визу (шаг 1), которое представляется в посольстве Казахстана или по прибытии в международный аэропорт Казахстана (шаг 2).",
            "Шетелден біржолғы іскерлік сапар: ЭО біржолғы іскерлік визаға шақыру хатын рәсімдейді (1-қадам), ол Қазақстан елшілігіне немесе Қазақстанның халықаралық әуежайына келгенде ұсынылады (2-қадам)."
        )
    )],
    no_service: None,
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
            "If you already hold a single-entry business visa, you may apply to extend it. For repeated trips (installation, repair, consulting, audit; founders and board members) the Centre issues a multiple-entry business visa in Kazakhstan. Otherwise ask the Centre.",
            "Если у вас уже есть однократная деловая виза, можно подать заявление на её продление. Для многократных поездок (монтаж, ремонт, консультации, аудит; учредители и члены совета директоров) Центр оформляет многократную деловую визу в Казахстане. В остальных случаях обратитесь в Центр.",
            "Біржолғы іскерлік визаңыз бар болса, оны ұзартуға өтініш беруге болады. Көп мәртелік сапарлар үшін (монтаждау, жөндеу, консультация, аудит; құрылтайшылар мен директорлар кеңесінің мүшелері) ЭО Қазақстан аумағында көп мәртелік іскерлік виза рәсімдейді. Басқа жағдайда Орталыққа хабарласыңыз."
        ),
        alternatives: &["business-visa-single-extension", "business-visa-multi"],
    }),
    notes: &[NEW_HOST],
};

pub static BUSINESS_VISA_MULTI: Outcome = Outcome {
    steps: &[Step {
        rules: &[
            Rule {
                when: &[(Fact::Location, Test::Is("outside"))],
                service: "business-visa-multi-invitation",
                why: t!(
                    "Repeated business trips, the visitor outside Kazakhstan: the Centre issues the invitation for a multiple-entry business visa (step 1), which is presented at a Kazakhstan embassy or on arrival at an international airport of Kazakhstan (step 2).",
                    "Многократные деловые поездки, посетитель за пределами Казахстана: Центр оформляет приглашение на многократную деловую визу (шаг 1), которое представляется в посольстве Казахстана или по прибытии в международный аэропорт Казахстана (шаг 2).",
                    "Көп мәртелік іскерлік сапарлар, келуші Қазақстаннан тыс жерде: ЭО көп мәртелік іскерлік визаға шақыру хатын рәсімдейді (1-қадам), ол Қазақстан елшілігіне немесе Қазақстанның халықаралық әуежайына келгенде ұсынылады (2-қадам)."
                ),
            },
            Rule {
                when: &[(Fact::Location, Test::Is("inside"))],
                service: "business-visa-multi",
                why: t!(
                    "Repeated business trips, the visitor in Kazakhstan: the Centre issues the multiple-entry business visa here.",
                    "Многократные деловые поездки, посетитель в Казахстане: Центр оформляет многократную деловую визу здесь.",
                    "Көп мәртелік іскерлік сапарлар, келуші Қазақстанда: ЭО көп мәртелік іскерлік визаны осында рәсімдейді."
                ),
            },
        ],
    }],
    no_service: None,
    notes: &[PREREQUISITES_INSIDE, NEW_HOST],
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
    notes: &[],
};

pub static NO_RESIDENCE_PERMIT: Outcome = Outcome {
    steps: &[],
    no_service: Some(NoService {
        reason: t!(
            "The Centre's residence permit service is only for AIFC investment residents.",
            "Услуга Центра по виду на жительство предназначена только для инвестиционных резидентов МФЦА.",
            "ЭО-ның тұруға ықтиярхат қызметі тек АХҚО инвестициялық резиденттеріне арналған."
        ),
        instead: t!(
            "The guide offers no residence permit service to others. Ask the Centre what applies to you; for work in the AIFC, see the work visa or the temporary residence permit.",
            "Руководство не предусматривает услугу по виду на жительство для других заявителей. Уточните в Центре, что применимо к вам; для работы в МФЦА см. рабочую визу или разрешение на временное проживание.",
            "Нұсқаулықта басқа өтініш берушілерге тұруға ықтиярхат қызметі көзделмеген. Сізге не қолданылатынын Орталықтан нақтылаңыз; АХҚО-да жұмыс істеу үшін жұмыс визасын немесе уақытша тұруға рұқсатты қараңыз."
        ),
        alternatives: &["work-visa", "temporary-residence-permit"],
    }),
    notes: &[],
};

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

pub static VISA_CANCELLATION: Outcome = Outcome {
    steps: &[Step {
        rules: &[
            Rule {
                when: &[(Fact::Location, Test::Is("outside"))],
                service: "visa-cancellation",
                why: t!(
                    "The visa holder has left Kazakhstan: the host party applies to cancel the visa.",
                    "Владелец визы покинул Казахстан: принимающая сторона подаёт заявление об аннулировании визы.",
                    "Виза иесі Қазақстаннан кетті: қабылдаушы тарап визаның күшін жоюға өтініш береді."
                ),
            },
            Rule {
                when: &[(Fact::Location, Test::Is("inside"))],
                service: "visa-cancellation-exit-visa",
                why: t!(
                    "The visa holder is still in Kazakhstan: the visa is cancelled and an exit visa is issued.",
                    "Владелец визы ещё в Казахстане: виза аннулируется и оформляется выездная виза.",
                    "Виза иесі әлі Қазақстанда: визаның күші жойылып, шығу визасы ресімделеді."
                ),
            },
        ],
    }],
    no_service: None,
    notes: &[],
};

pub static ARRIVAL_NOTIFICATION: Outcome = Outcome {
    steps: &[single!(
        "arrival-notification",
        t!(
            "You asked for help with a notification on arrival or change of address.",
            "Вы запросили помощь с уведомлением о прибытии или смене адреса.",
            "Сіз келу немесе мекенжайды өзгерту туралы хабарламаға көмек сұрадыңыз."
        )
    )],
    no_service: None,
    notes: &[],
};

pub static IIN: Outcome = Outcome {
    steps: &[single!(
        "iin",
        t!(
            "You asked for an Individual Identification Number.",
            "Вы запросили индивидуальный идентификационный номер.",
            "Сіз жеке сәйкестендіру нөмірін сұрадыңыз."
        )
    )],
    no_service: None,
    notes: &[],
};

pub static TAX_RESIDENCY: Outcome = Outcome {
    steps: &[single!(
        "tax-residency-certificate",
        t!(
            "Not an AIFC investment resident: the general Tax Residency Certificate applies.",
            "Не инвестиционный резидент МФЦА: применяется общий сертификат налогового резидентства.",
            "АХҚО инвестициялық резиденті емес: жалпы салық резидентінің сертификаты қолданылады."
        )
    )],
    no_service: None,
    notes: &[],
};

pub static TAX_RESIDENCY_INVESTMENT_RESIDENT: Outcome = Outcome {
    steps: &[single!(
        "tax-residency-certificate-investment-resident",
        t!(
            "An AIFC investment resident: the Tax Residency Certificate for AIFC investment residents applies.",
            "Инвестиционный резидент МФЦА: применяется сертификат налогового резидентства для инвестиционных резидентов МФЦА.",
            "АХҚО инвестициялық резиденті: АХҚО инвестициялық резиденттеріне арналған салық резидентінің сертификаты қолданылады."
        )
    )],
    no_service: None,
    notes: &[],
};

pub static DIGITAL_SIGNATURE: Outcome = Outcome {
    steps: &[single!(
        "digital-signature",
        t!(
            "You asked for an electronic digital signature.",
            "Вы запросили электронную цифровую подпись.",
            "Сіз электрондық цифрлық қолтаңбаны сұрадыңыз."
        )
    )],
    no_service: None,
    notes: &[],
};

pub static FINGERPRINTING: Outcome = Outcome {
    steps: &[single!(
        "fingerprinting",
        t!(
            "You asked for fingerprinting.",
            "Вы запросили дактилоскопическую регистрацию.",
            "Сіз дактилоскопиялық тіркеуді сұрадыңыз."
        )
    )],
    no_service: None,
    notes: &[],
};

pub static QUALIFICATION_EXEMPTION: Outcome = Outcome {
    steps: &[single!(
        "qualification-exemption",
        t!(
            "You asked for an exemption from, or a modification of, the AIFC qualification requirements for a foreign employee.",
            "Вы запросили освобождение от квалификационных требований МФЦА или их изменение для иностранного работника.",
            "Сіз шетелдік қызметкер үшін АХҚО біліктілік талаптарынан босатуды немесе оларды өзгертуді сұрадыңыз."
        )
    )],
    no_service: None,
    notes: &[],
};
