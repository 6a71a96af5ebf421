//! Tax residency documents.

use crate::catalog::DocText;
use crate::t;

// ---------------------------------------------------------------------------------------------
// Tax residency.
// ---------------------------------------------------------------------------------------------

/// Listed with `Cond::LegalEntity`; the bullet's closing words say which legal entities.
pub static EFFECTIVE_MANAGEMENT_PROOF_NOTARISED_COPY: DocText = DocText {
    id: "effective-management-proof-notarised-copy",
    text: t!(
        "Notarised copy of a document confirming that the legal entity's place of effective management is in the Republic of Kazakhstan (minutes of the general meeting of the board of directors or a similar body stating where it was held, or other documents confirming the main place of management and (or) control and the taking of the strategic commercial decisions needed for the legal entity's business) – for foreign legal entities that are residents because their place of effective management is in Kazakhstan",
        "Нотариально заверенная копия документа, подтверждающего нахождение места эффективного управления юридического лица в Республике Казахстан (протоколы общего собрания совета директоров или аналогичного органа с указанием места проведения либо иные документы, подтверждающие основное место управления и (или) контроля, а также принятие стратегических коммерческих решений, необходимых для осуществления предпринимательской деятельности юридического лица), – для иностранных юридических лиц, являющихся резидентами на основании нахождения места эффективного управления в Казахстане",
        "Қазақстан Республикасында заңды тұлғаны тиімді басқару орнының болуын растайтын құжаттың (өткізілетін жері көрсетілген директорлар кеңесінің немесе осыған ұқсас органның жалпы жиналысының хаттамалары немесе негізгі басқару және (немесе) бақылау орнын, сондай-ақ заңды тұлғаның кәсіпкерлік қызметін жүзеге асыру үшін қажетті стратегиялық коммерциялық шешімдерді қабылдауды растайтын өзге де құжаттар) нотариалды куәландырған көшірмесі – тиімді басқару орны Қазақстанда болуының негізінде резидент болып табылатын шетелдік заңды тұлғалар",
    ),
};

/// Listed with `Cond::Individual`. The guide's «Азаматтығы жоқ тұлғаның шетелдік тәлқұжатының
/// немесе куәлігінің» is read as «the foreign passport, or the stateless person's certificate»
/// (as section 3-1 words it); «тәлқұжат» is a typo for «төлқұжат», fixed.
pub static PASSPORT_STAY_PERMIT_NOTARISED_COPIES: DocText = DocText {
    id: "passport-stay-permit-notarised-copies",
    text: t!(
        "Notarised copy of the foreign passport or the stateless person's certificate, of a document confirming the period of stay in Kazakhstan (a visa or other documents) and of the residence permit in Kazakhstan (if any) – for foreigners and stateless persons who are residents",
        "Нотариально заверенная копия иностранного паспорта или удостоверения лица без гражданства, документа, подтверждающего срок пребывания в Казахстане (виза или иные документы), вида на жительство в Казахстане (при наличии) – для иностранцев и лиц без гражданства, являющихся резидентами",
        "Азаматтығы жоқ тұлғаның шетелдік төлқұжатының немесе куәлігінің, Қазақстанда болу мерзімін растайтын құжаттың (виза немесе өзге де құжаттар), Қазақстанда тұруға ықтиярхаттың (болған жағдайда) нотариалды куәландырылған көшірмесі – резиденттер болып табылатын шетелдіктер мен азаматтығы жоқ тұлғалар үшін",
    ),
};

pub static PASSPORT_OR_STATELESS_ID_NOTARISED_E_COPY: DocText = DocText {
    id: "passport-or-stateless-id-notarised-e-copy",
    text: t!(
        "Notarised electronic copy of the foreign passport or of the stateless person's identity certificate",
        "Нотариально заверенная электронная копия иностранного паспорта или удостоверения личности лица без гражданства",
        "Шетелдік төлқұжатының немесе азаматтығы жоқ тұлғаның жеке куәлігінің нотариалды куәландырған электрондық көшірмесі",
    ),
};

pub static STAY_PERIOD_PROOF_NOTARISED_E_COPY: DocText = DocText {
    id: "stay-period-proof-notarised-e-copy",
    text: t!(
        "Notarised electronic copy of a document confirming the period of stay in Kazakhstan (a visa or other documents)",
        "Электронная нотариально заверенная копия документа, подтверждающего период пребывания в Казахстане (визы или иных документов)",
        "Қазақстанда болу кезеңін растайтын құжаттың (визаның немесе өзге де құжаттардың) электрондық нотариалды куәландырған көшірмесі",
    ),
};

pub static RESIDENCY_DOCUMENT_FEE_E_RECEIPT: DocText = DocText {
    id: "residency-document-fee-e-receipt",
    text: t!(
        "Electronic document confirming payment of the fee for issuing the document confirming residency",
        "Электронный документ, подтверждающий оплату сбора за выдачу документа, подтверждающего резидентство",
        "Резиденттікті растайтын құжатты бергені үшін алымның төленгенін растайтын электрондық құжат",
    ),
};

pub static AIFC_INVESTMENT_CONFIRMATION_E_LETTER: DocText = DocText {
    id: "aifc-investment-confirmation-e-letter",
    text: t!(
        "Electronic confirmation letter from the AIFC Administration that investments were made in the relevant period under the AIFC Investment Tax Residency Programme",
        "Электронное письмо-подтверждение Администрации МФЦА об осуществлении в соответствующем периоде инвестиций в соответствии с Программой инвестиционного налогового резидентства МФЦА",
        "АХҚО әкімшілігі тиісті кезеңде АХҚО Инвестициялық салықтық резиденттік бағдарламасына сәйкес инвестицияларды жүзеге асырғаны туралы беретін растайтын электрондық хат",
    ),
};

pub static INTERNAL_AFFAIRS_CITIZENSHIP_E_LETTER: DocText = DocText {
    id: "internal-affairs-citizenship-e-letter",
    text: t!(
        "Electronic confirmation letter from the internal affairs body that the foreigner or stateless person is not a person whose citizenship of the Republic of Kazakhstan was terminated in the last twenty years before the initial application to take part in the AIFC Investment Tax Residency Programme",
        "Электронное письмо-подтверждение органа внутренних дел о том, что иностранец или лицо без гражданства не является лицом, гражданство Республики Казахстан которого прекращено в течение последних двадцати лет до первоначального заявления на участие в Программе инвестиционного налогового резидентства МФЦА",
        "АХҚО Инвестициялық салықтық резиденттік бағдарламасына қатысу үшін бастапқы өтініштің алдындағы соңғы жиырма жыл ішінде шетелдіктің немесе азаматтығы жоқ тұлғаның Қазақстан Республикасының азаматтығы тоқтатылған тұлға болып табылмайтындығы туралы Ішкі істер органы берген растайтын электрондық хат",
    ),
};
