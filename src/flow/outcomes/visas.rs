//! Outcomes of the investor, business-visa and residence-permit paths.

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
            "If you already hold a single-entry business visa, you may apply to extend it. For repeated trips (installation, repair, consulting, audit; founders and board members) the Centre issues a multiple-entry business visa in Kazakhstan. Otherwise ask the Centre.",
            "Если у вас уже есть однократная деловая виза, можно подать заявление на её продление. Для многократных поездок (монтаж, ремонт, консультации, аудит; учредители и члены совета директоров) Центр оформляет многократную деловую визу в Казахстане. В остальных случаях обратитесь в Центр.",
            "Біржолғы іскерлік визаңыз бар болса, оны ұзартуға өтініш беруге болады. Көп мәртелік сапарлар үшін (монтаждау, жөндеу, консультация, аудит; құрылтайшылар мен директорлар кеңесінің мүшелері) ЭО Қазақстан аумағында көп мәртелік іскерлік виза рәсімдейді. Басқа жағдайда Орталыққа хабарласыңыз."
        ),
        alternatives: &["business-visa-single-extension", "business-visa-multi"],
    }),
    window: false,
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
    window: false,
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
    window: false,
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
    window: false,
    notes: &[],
};
