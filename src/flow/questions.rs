//! What the widget asks for each fact, and the labels of the answers, in three languages.

use super::facts::Fact;
use crate::lang::Text;
use crate::t;

/// A question: its text and the help shown under it.
pub struct Question {
    pub text: Text,
    pub help: Option<Text>,
}

/// The question that asks for `fact`.
pub fn question(fact: Fact) -> Question {
    let (text, help) = match fact {
        Fact::Need => (
            t!("What do you need from the AIFC Expat Centre?", "Что вам нужно в Экспат-центре МФЦА?", "АХҚО Экспат орталығынан не қажет?"),
            Some(t!(
                "Choose the closest purpose. You can go back and change any answer.",
                "Выберите наиболее подходящую цель. Любой ответ можно изменить позже.",
                "Ең сәйкес келетін мақсатты таңдаңыз. Кез келген жауапты кейін өзгертуге болады."
            )),
        ),
        Fact::Location => (
            t!("Where is the foreign national now?", "Где сейчас находится иностранный гражданин?", "Шетел азаматы қазір қайда?"),
            Some(t!(
                "The person the visa, permit or service is for. Some services are applied for before arrival, others inside Kazakhstan.",
                "Человек, для которого нужна виза, разрешение или услуга. Одни услуги оформляются до приезда, другие — в Казахстане.",
                "Виза, рұқсат немесе қызмет кімге қажет болса, сол адам. Кейбір қызметтерге келгенге дейін, кейбіреуіне Қазақстанда өтініш беріледі."
            )),
        ),
        Fact::Citizenship => (
            t!("What is the foreign national's citizenship?", "Какое гражданство у иностранного гражданина?", "Шетел азаматының азаматтығы қандай?"),
            Some(t!(
                "Visas and permits are for foreign nationals. Citizens of CIS and EAEU countries staying long may need a temporary residence permit instead of a visa.",
                "Визы и разрешения оформляются иностранным гражданам. Гражданам стран СНГ и ЕАЭС при долгом пребывании вместо визы может понадобиться разрешение на временное проживание.",
                "Визалар мен рұқсаттар шетел азаматтарына рәсімделеді. Ұзақ болатын ТМД және ЕАЭО елдерінің азаматтарына визаның орнына уақытша тұруға рұқсат қажет болуы мүмкін."
            )),
        ),
        Fact::StayDays => (
            t!("How many calendar days will the foreign national stay in Kazakhstan?", "Сколько календарных дней иностранный гражданин пробудет в Казахстане?", "Шетел азаматы Қазақстанда неше күнтізбелік күн болады?"),
            Some(t!(
                "The temporary residence permit replaces the visa for CIS citizens staying more than 30 calendar days and for EAEU citizens staying more than 90.",
                "Разрешение на временное проживание заменяет визу гражданам СНГ, пребывающим более 30 календарных дней, и гражданам ЕАЭС — более 90.",
                "Уақытша тұруға рұқсат елде 30 күнтізбелік күннен артық болатын ТМД азаматтары және 90 күннен артық болатын ЕАЭО азаматтары үшін визаны алмастырады."
            )),
        ),
        Fact::Role => (
            t!("Will the foreign national work as an employee or as an expert?", "В каком качестве будет работать иностранный гражданин: как работник или как эксперт?", "Шетел азаматы қызметкер ретінде жұмыс істей ме, әлде сарапшы ретінде ме?"),
            Some(t!(
                "An employee works under an employment contract; an expert under a civil-law contract, for example to install, repair or maintain equipment or to provide consulting or audit services. The guide gives them different visas, documents and fees.",
                "Работник работает по трудовому договору, эксперт — по гражданско-правовому договору, например для монтажа, ремонта или обслуживания оборудования либо оказания консультационных или аудиторских услуг. Для них в руководстве указаны разные визы, документы и сборы.",
                "Қызметкер еңбек шарты бойынша, ал сарапшы азаматтық-құқықтық шарт бойынша жұмыс істейді, мысалы, құрал-жабдықты монтаждау, жөндеу немесе техникалық қызмет көрсету не консультациялық немесе аудиторлық қызметтер көрсету үшін. Нұсқаулықта олар үшін әртүрлі визалар, құжаттар мен алымдар белгіленген."
            )),
        ),
        Fact::Term => (
            t!("For how long is the visa needed?", "На какой срок нужна виза?", "Виза қандай мерзімге қажет?"),
            Some(t!(
                "The guide's fee bands are «up to 2 years» and «3 to 5 years».",
                "В руководстве сборы указаны для сроков «до 2 лет» и «от 3 до 5 лет».",
                "Нұсқаулықтағы алымдар «2 жылға дейін» және «3-тен 5 жылға дейін» мерзімдерге белгіленген."
            )),
        ),
        Fact::InvestmentResident => (
            t!("Is the foreign national an AIFC investment resident?", "Является ли иностранный гражданин инвестиционным резидентом МФЦА?", "Шетел азаматы АХҚО-ның инвестициялық резиденті ме?"),
            Some(t!(
                "A participant of the AIFC Investment Tax Residency Programme who makes investments under it.",
                "Участник Программы инвестиционного налогового резидентства МФЦА, осуществляющий инвестиции в соответствии с ней.",
                "АХҚО Инвестициялық салықтық резиденттік бағдарламасына сәйкес инвестицияларды жүзеге асыратын қатысушы."
            )),
        ),
        Fact::Category => (
            t!("What is the purpose of the multiple-entry business visa?", "Какова цель многократной деловой визы?", "Көп мәртелік іскерлік визаның мақсаты қандай?"),
            None,
        ),
        Fact::Family => (
            t!("Are family members applying together with the foreign national?", "Подают ли документы члены семьи вместе с иностранным гражданином?", "Отбасы мүшелері шетел азаматымен бірге өтініш бере ме?"),
            Some(t!(
                "If so, the checklist includes the documents for their visas or permits.",
                "Если да, в перечень войдут документы для их виз или разрешений.",
                "Егер иә болса, тізімге олардың визасы немесе рұқсаты үшін құжаттар қосылады."
            )),
        ),
        Fact::Branch => (
            t!("Is the host party a representative office or a branch?", "Принимающая сторона — представительство или филиал?", "Қабылдаушы тарап өкілдік немесе филиал ма?"),
            Some(t!(
                "For a representative office or branch, the guide lists a legalised / apostilled general power of attorney (if any).",
                "Для представительства или филиала руководство указывает легализованную / апостилированную генеральную доверенность (при наличии).",
                "Өкілдік / филиал үшін нұсқаулықта заңдастырылған / апостильденген бас сенімхат (егер бар болса) көрсетілген."
            )),
        ),
        Fact::MeetsQualifications => (
            t!("Does the employee meet the AIFC qualification requirements?", "Соответствует ли работник квалификационным требованиям МФЦА?", "Қызметкер АХҚО біліктілік талаптарына сәйкес келе ме?"),
            Some(t!(
                "The education and work experience criteria of AIFC act GR0009 «AIFC Qualifications Necessary for Employment in the AIFC». If not, the host party can first apply for an exemption or modification; this is possible only for an employee who does not perform the controlled or designated functions defined in AIFC General Rules 2.2 and 2.3.",
                "Критерии образования и опыта работы по акту МФЦА GR0009 «AIFC Qualifications Necessary for Employment in the AIFC». Если нет, принимающая сторона может сначала подать заявление об освобождении или изменении требований; это возможно только для работника, который не выполняет контролируемые или назначенные функции, определённые в пунктах 2.2 и 2.3 AIFC General Rules.",
                "«AIFC Qualifications Necessary for Employment in the AIFC» GR0009 АХҚО актісіндегі білім мен тәжірибе өлшемшарттары. Сәйкес келмесе, қабылдаушы тарап алдымен талаптардан босатуға немесе оларды өзгертуге өтініш бере алады; бұл тек AIFC General Rules 2.2 және 2.3-тармақтарында айқындалған бақыланатын немесе тағайындалған функцияларды орындамайтын қызметкерге қолданылады."
            )),
        ),
        Fact::Visa => (
            t!(
                "Which visa or permit is to be extended?",
                "Какую визу или разрешение нужно продлить?",
                "Қандай визаны немесе рұқсатты ұзарту керек?"
            ),
            None,
        ),
        Fact::SameHost => (
            t!("Is the host party the same as for the current visa?", "Принимающая сторона та же, что и по действующей визе?", "Қабылдаушы тарап қолданыстағы виза бойынша сол қалпында ма?"),
            Some(t!(
                "A visa can be extended only if the host party has not changed; with a new host party a new visa is applied for.",
                "Продление визы допускается, только если принимающая сторона не изменилась; при смене принимающей стороны подаётся новое заявление на новую визу.",
                "Визаны ұзартуға қабылдаушы тарап өзгеріссіз қалған жағдайда ғана жол беріледі; қабылдаушы тарап ауысқан жағдайда жаңа виза алуға жаңа өтініш беріледі."
            )),
        ),
        Fact::VisaExpires => (
            t!("When does the current visa expire?", "Когда истекает срок действующей визы?", "Қолданыстағы визаның мерзімі қашан аяқталады?"),
            Some(t!(
                "Apply no earlier than 30 and no later than 5 working days before the visa expires.",
                "Заявление подаётся не ранее чем за 30 и не позднее чем за 5 рабочих дней до окончания срока визы.",
                "Өтініш визаның қолданылу мерзімі аяқталғанға дейін отыз жұмыс күнінен ерте емес және бес жұмыс күнінен кешіктірілмей беріледі."
            )),
        ),
        Fact::ApplicantType => (
            t!("Who is applying?", "Кто подаёт заявление?", "Өтінішті кім береді?"),
            None,
        ),
    };
    Question { text, help }
}

/// The label (and help) of one answer value.
pub fn option_label(fact: Fact, value: &str) -> Option<(Text, Option<Text>)> {
    let label = match (fact, value) {
        (Fact::Need, "work") => (
            t!("Work in the AIFC (work visa or temporary residence permit)", "Работа в МФЦА (рабочая виза или разрешение на временное проживание)", "АХҚО-да жұмыс (жұмыс визасы немесе уақытша тұруға рұқсат)"),
            None,
        ),
        (Fact::Need, "invest") => (t!("Invest (investor visa)", "Инвестиции (инвесторская виза)", "Инвестиция (инвесторлық виза)"), None),
        (Fact::Need, "business-visit") => (
            t!("A single business trip", "Разовая деловая поездка", "Біржолғы іскерлік сапар"),
            Some(t!(
                "Negotiations, conferences, forums, exhibitions, scientific events, signing contracts; business immigrants.",
                "Переговоры, конференции, форумы, выставки, научные мероприятия, подписание контрактов; бизнес-иммигранты.",
                "Келіссөздер, конференциялар, форумдар, көрмелер, ғылыми іс-шаралар, келісімшарттарға қол қою; бизнес-иммигранттар."
            )),
        ),
        (Fact::Need, "business-multi") => (
            t!("Repeated business trips", "Многократные деловые поездки", "Көп мәртелік іскерлік сапарлар"),
            Some(t!(
                "Installation, repair and maintenance of equipment, consulting and audit services; founders and members of the board of directors.",
                "Монтаж, ремонт и техническое обслуживание оборудования, консультационные и аудиторские услуги; учредители и члены совета директоров.",
                "Құрал-жабдықтарды монтаждау, жөндеу және техникалық қызмет көрсету, консультациялық және аудиторлық қызметтер; құрылтайшылар мен директорлар кеңесінің мүшелері."
            )),
        ),
        (Fact::Need, "residence-permit") => (t!("A residence permit", "Вид на жительство", "Тұруға ықтиярхат"), None),
        (Fact::Need, "extend") => (
            t!(
                "Extend a visa or a temporary residence permit",
                "Продлить визу или разрешение на временное проживание",
                "Визаны немесе уақытша тұруға рұқсатты ұзарту"
            ),
            None,
        ),
        (Fact::Need, "cancel") => (t!("Cancel a visa", "Аннулировать визу", "Визаның күшін жою"), None),
        (Fact::Need, "arrival-notification") => (
            t!("Notification on arrival or change of address", "Уведомление о прибытии или смене адреса", "Келу немесе мекенжайды өзгерту туралы хабарлама"),
            None,
        ),
        (Fact::Need, "iin") => (t!("Individual Identification Number (IIN)", "Индивидуальный идентификационный номер (ИИН)", "Жеке сәйкестендіру нөмірі (ЖСН)"), None),
        (Fact::Need, "tax-residency") => (t!("Tax Residency Certificate", "Сертификат налогового резидентства", "Салық резидентінің сертификаты"), None),
        (Fact::Need, "digital-signature") => (t!("Electronic digital signature (EDS)", "Электронная цифровая подпись (ЭЦП)", "Электрондық цифрлық қолтаңба (ЭЦҚ)"), None),
        (Fact::Need, "fingerprinting") => (t!("Fingerprinting", "Дактилоскопическая регистрация", "Дактилоскопиялық тіркеу"), None),
        (Fact::Need, "qualification-exemption") => (
            t!("Exemption from or modification of the AIFC qualification requirements", "Освобождение от квалификационных требований МФЦА или их изменение", "АХҚО біліктілік талаптарынан босату немесе оларды өзгерту"),
            None,
        ),
        (Fact::Location, "inside") => (t!("In Kazakhstan", "В Казахстане", "Қазақстанда"), None),
        (Fact::Location, "outside") => (t!("Outside Kazakhstan", "За пределами Казахстана", "Қазақстаннан тыс жерде"), None),
        (Fact::Role, "employee") => (
            t!("Employee", "Работник", "Қызметкер"),
            Some(t!("Under an employment contract.", "По трудовому договору.", "Еңбек шарты бойынша.")),
        ),
        (Fact::Role, "expert") => (
            t!("Expert", "Эксперт", "Сарапшы"),
            Some(t!("Under a civil-law contract.", "По гражданско-правовому договору.", "Азаматтық-құқықтық шарт бойынша.")),
        ),
        (Fact::Term, "up-to-2-years") => (t!("Up to 2 years", "До 2 лет", "2 жылға дейін"), None),
        (Fact::Term, "3-to-5-years") => (t!("From 3 to 5 years", "От 3 до 5 лет", "3-тен 5 жылға дейін"), None),
        (Fact::Category, "B2") => (
            t!("B2: installation, repair or maintenance of equipment, consulting or audit services", "B2: монтаж, ремонт или обслуживание оборудования, консультационные или аудиторские услуги", "B2: құрал-жабдықты монтаждау, жөндеу немесе техникалық қызмет көрсету, консультациялық немесе аудиторлық қызметтер"),
            None,
        ),
        (Fact::Category, "B3") => (
            t!("B3: a founder or member of the board of directors", "B3: учредитель или член совета директоров", "B3: құрылтайшы немесе директорлар кеңесінің мүшесі"),
            None,
        ),
        (Fact::Visa, "work") => (t!("Work visa (C3)", "Рабочая виза (C3)", "Жұмыс визасы (C3)"), None),
        (Fact::Visa, "investor") => (t!("Investor visa (A5 or A6)", "Инвесторская виза (A5 или A6)", "Инвесторлық виза (A5 немесе A6)"), None),
        (Fact::Visa, "business-single") => (t!("Single-entry business visa", "Однократная деловая виза", "Біржолғы іскерлік виза"), None),
        (Fact::Visa, "business-multi") => (t!("Multiple-entry business visa (B2, B3)", "Многократная деловая виза (B2, B3)", "Көп мәртелік іскерлік виза (B2, B3)"), None),
        (Fact::Visa, "trp") => (
            t!("Temporary residence permit (TRP)", "Разрешение на временное проживание (РВП)", "Уақытша тұруға рұқсат"),
            Some(t!(
                "For citizens of CIS and EAEU countries: the guide's fees cover obtaining or extending it.",
                "Для граждан стран СНГ и ЕАЭС: сборы в руководстве указаны за получение или продление разрешения.",
                "ТМД және ЕАЭО елдерінің азаматтары үшін: нұсқаулықтағы алымдар рұқсатты алуға немесе ұзартуға белгіленген."
            )),
        ),
        (Fact::ApplicantType, "individual") => (t!("An individual", "Физическое лицо", "Жеке тұлға"), None),
        (Fact::ApplicantType, "legal-entity") => (t!("A legal entity (a company)", "Юридическое лицо (компания)", "Заңды тұлға (компания)"), None),
        (_, "true") => (t!("Yes", "Да", "Иә"), None),
        (_, "false") => (t!("No", "Нет", "Жоқ"), None),
        _ => return None,
    };
    Some(label)
}
