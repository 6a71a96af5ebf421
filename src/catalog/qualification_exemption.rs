//! Guide chapter «БІЛІКТІЛІК ТАЛАПТАРЫНАН БОСАТУ НЕМЕСЕ ӨЗГЕРТУ ҮШІН ӨТІНІШТЕРДІ ҚАБЫЛДАУ». The
//! chapter is one section.

use super::documents as d;
use super::{Chapter, Cond, Doc, Fee, Fees, Note, NoteKind, Processing, Section, Service, Tier};
use crate::t;

// Guide: Qualification exemption, "Біліктілік талаптарынан босату немесе өзгерту үшін
// өтініштерді қабылдау"
pub static QUALIFICATION_EXEMPTION: Service = Service {
    id: "qualification-exemption",
    section: Section { chapter: Chapter::QualificationExemption, number: None },
    title: t!(
        "Applications for exemption from or modification of the qualification requirements",
        "Приём заявлений об освобождении от квалификационных требований или их изменении",
        "Біліктілік талаптарынан босату немесе өзгерту үшін өтініштерді қабылдау",
    ),
    audience: t!(
        "This service request lets you apply for an exemption from, or a modification of, the qualification requirements for a foreign employee who does not meet the criteria of education or experience set in AIFC act No. GR0009 of 10 December 2017 «AIFC Qualifications Necessary for Employment in the AIFC».",
        "Этот запрос позволяет подать заявление об освобождении иностранного работника от квалификационных требований или об их изменении, если он не соответствует установленным критериям по образованию или опыту, предусмотренным актом МФЦА № GR0009 от 10 декабря 2017 года «AIFC Qualifications Necessary for Employment in the AIFC».",
        "Осы қызметке сұрау салу, егер шетелдік қызметкер «АХҚО-да еңбек қызметін жүзеге асыру үшін қажетті біліктілік туралы» 2017 жылғы 10 желтоқсандағы № GR0009 АХҚО актісінде көзделген білімі немесе тәжірибесі бойынша белгіленген өлшемшарттарға сәйкес келмесе, шетелдік қызметкер үшін біліктілік талаптарынан босатуға немесе өзгертуге өтініш беруге мүмкіндік береді.",
    ),
    // Guide: «Өтінім беру процесі» is three bullets: upload the documents (its sub-bullets are
    // the document list below), optionally add supporting material, receive the decision.
    apply: &[
        t!(
            "Upload the required documents via the AIFC portal.",
            "Загрузите необходимые документы через портал МФЦА.",
            "АХҚО порталы арқылы қажетті құжаттарды жүктеңіз.",
        ),
        t!(
            "You may also attach to the application documents confirming the foreign employee's qualifications: diplomas, certificates, portfolio and other materials that may positively affect the review of the application.",
            "Дополнительно вы можете приложить к заявке документы, подтверждающие квалификацию иностранного работника: дипломы, сертификаты, портфолио и иные материалы, которые могут положительно повлиять на рассмотрение заявления.",
            "Қосымша сіз өтінімге шетелдік қызметкердің біліктілігін растайтын құжаттарды: дипломдар, сертификаттар, портфолио және өтінішті қарауға оң әсер етуі мүмкін өзге де материалдарды қоса аласыз.",
        ),
        t!(
            "After the request has been reviewed, the AIFC Administration's decision will be sent to you electronically.",
            "После рассмотрения запроса решение Администрации МФЦА будет направлено вам в электронном виде.",
            "Сұрау салуды қарағаннан кейін АХҚО әкімшілігінің шешімі сізге электрондық форматта жіберілетін болады.",
        ),
    ],
    // Guide: «Өтінім беру процесі», the first bullet's four sub-bullets («соның ішінде:»), then
    // the second bullet's optional material («Қосымша сіз ... қоса аласыз»): 5 documents.
    documents: &[
        Doc { doc: &d::HOST_EXEMPTION_APPLICATION, when: &[] },
        Doc { doc: &d::PERSONAL_DATA_CONSENT, when: &[] },
        Doc { doc: &d::PASSPORT_COPY_PLAIN, when: &[] },
        Doc { doc: &d::CV, when: &[] },
        Doc { doc: &d::QUALIFICATION_SUPPORTING_MATERIALS, when: &[Cond::Optional] },
    ],
    // Guide: «Тарифтер мен мерзімдер», row «Біліктілік талаптарынан босату немесе өзгерту үшін
    // өтініштерді қабылдау»: «60 000 KZT»; «30 жұмыс күні»; no state-duty column.
    fees: Fees::Single(&[Fee { tier: Tier::Standard, kzt: 60_000 }]),
    state_duty: None,
    processing: Some(Processing::WorkingDays { min: 30, max: 30 }),
    state_delay: false,
    next_step: None,
    notes: &[
        Note {
            kind: NoteKind::Guide,
            text: t!(
                "Under paragraph 2 of that act, the AIFC Administration may change the requirements set in parts A and B of Annex 1, on an AIFC participant's application or on its own initiative.",
                "В соответствии с пунктом 2 указанного акта Администрация МФЦА вправе по заявке участника МФЦА или по собственной инициативе изменить требования, установленные в частях A и B приложения 1.",
                "Көрсетілген актінің 2-тармағына сәйкес АХҚО әкімшілігі АХҚО қатысушысының өтінімі немесе өз бастамасы бойынша 1-қосымшаның A және B бөлімдерінде белгіленген талаптарды өзгертуге құқылы.",
            ),
        },
        Note {
            kind: NoteKind::Guide,
            text: t!(
                "This applies only to employees who do not perform the controlled or designated functions defined in AIFC General Rules 2.2 and 2.3.",
                "Эта возможность применяется только к работникам, которые не выполняют контролируемые или назначенные функции, определённые в пунктах 2.2 и 2.3 AIFC General Rules.",
                "Бұл мүмкіндік AIFC General Rules 2.2 және 2.3-тармақтарында айқындалған бақыланатын немесе тағайындалған функцияларды орындамайтын қызметкерлерге ғана қолданылады.",
            ),
        },
        Note {
            kind: NoteKind::Guide,
            text: t!(
                "If the application is approved, you can obtain a temporary residence permit or a work visa for the foreign employee concerned.",
                "В случае одобрения заявки вы можете получить для соответствующего иностранного работника разрешение на временное проживание или рабочую визу.",
                "Өтінім мақұлданған жағдайда, сіз тиісті шетелдік қызметкерге уақытша тұруға рұқсат немесе жұмыс визасын ала аласыз.",
            ),
        },
    ],
};
