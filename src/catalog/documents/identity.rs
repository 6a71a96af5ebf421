//! Passports, visas, permits and numbers.

use crate::catalog::DocText;
use crate::t;

// ---------------------------------------------------------------------------------------------
// Passports. The guide's wording differs in what it asks of the passport, so each is its own.
// ---------------------------------------------------------------------------------------------

pub static PASSPORT_COPY: DocText = DocText {
    id: "passport-copy",
    text: t!(
        "Copy of the passport (the passport must be valid for more than 3 months and have at least 2 blank pages)",
        "Копия паспорта (паспорт должен быть действителен более 3 месяцев и иметь не менее 2 чистых страниц)",
        "Төлқұжаттың көшірмесі (төлқұжат 3 айдан астам уақыт бойы жарамды және кем дегенде 2 бос парағы болуы керек)",
    ),
};

pub static PASSPORT_ORIGINAL: DocText = DocText {
    id: "passport-original",
    text: t!(
        "Original passport (the passport must be valid for more than 3 months and have at least 2 blank pages)",
        "Оригинал паспорта (паспорт должен быть действителен более 3 месяцев и иметь не менее 2 чистых страниц)",
        "Төлқұжаттың түпнұсқасы (төлқұжат 3 айдан астам уақыт бойы жарамды және кем дегенде 2 бос парағы болуы керек)",
    ),
};

/// «Төлқұжаттың көшірмесі» with no requirement on the passport (visa cancellation 1,
/// qualification exemption).
pub static PASSPORT_COPY_PLAIN: DocText = DocText {
    id: "passport-copy-plain",
    text: t!("Copy of the passport", "Копия паспорта", "Төлқұжаттың көшірмесі"),
};

/// «Төлқұжаттың түпнұсқасы» with no requirement on the passport (visa cancellation 2,
/// fingerprinting).
pub static PASSPORT_ORIGINAL_PLAIN: DocText = DocText {
    id: "passport-original-plain",
    text: t!("Original passport", "Оригинал паспорта", "Төлқұжаттың түпнұсқасы"),
};

pub static PASSPORT_ORIGINAL_VALID_180_DAYS: DocText = DocText {
    id: "passport-original-valid-180-days",
    text: t!(
        "Original passport valid for more than 180 calendar days at the time of application",
        "Оригинал паспорта со сроком действия более 180 календарных дней на момент подачи заявления",
        "Өтініш беру сәтінде қолданылу мерзімі 180 күнтізбелік күннен асатын төлқұжаттың түпнұсқасы",
    ),
};

pub static PASSPORT_ORIGINAL_OR_NOTARISED_COPY: DocText = DocText {
    id: "passport-original-or-notarised-copy",
    text: t!(
        "Original passport or its notarised copy",
        "Оригинал паспорта или его нотариально заверенная копия",
        "Төлқұжаттың түпнұсқасы немесе нотариалды куәландырылған көшірмесі",
    ),
};

pub static BORDER_CROSSING_PASSPORT_COPY: DocText = DocText {
    id: "border-crossing-passport-copy",
    text: t!(
        "A clear copy of the passport used to cross the border",
        "Чёткая копия паспорта, использованного для пересечения границы",
        "Шекарадан өту үшін пайдаланылған паспорттың анық көшірмесі",
    ),
};

pub static PASSPORT_COPY_WITH_NOTARISED_TRANSLATION: DocText = DocText {
    id: "passport-copy-with-notarised-translation",
    text: t!(
        "A clear copy of the passport, including the personal data page (with a certified translation into Kazakh or Russian bearing a notary's seal)",
        "Чёткая копия паспорта, включая страницу с персональными данными (с заверенным переводом на казахский или русский язык с нотариальной печатью)",
        "Жеке деректер бетін қоса алғанда, паспорттың анық көшірмесі (нотариалдық мөрі бар қазақ немесе орыс тілдеріндегі куәландырылған аудармасы)",
    ),
};

pub static ENTRY_PASSPORT_DATA_PAGE_WITH_TRANSLATION: DocText = DocText {
    id: "entry-passport-data-page-with-translation",
    text: t!(
        "The passport used to enter Kazakhstan, including the page with personal data (with a translation into Kazakh or Russian)",
        "Паспорт, по которому был осуществлён въезд в Казахстан, включая страницу с персональными данными (с переводом на казахский или русский язык)",
        "Қазақстанға кіру жүзеге асырылған жеке деректері бар бетті қамтитын төлқұжат (қазақ немесе орыс тіліне аудармасымен)",
    ),
};

pub static ENTRY_PASSPORT_ORIGINAL: DocText = DocText {
    id: "entry-passport-original",
    text: t!(
        "Original of the passport used to enter Kazakhstan",
        "Оригинал паспорта, по которому был осуществлён въезд в Казахстан",
        "Қазақстанға кіру жүзеге асырылған төлқұжаттың түпнұсқасы",
    ),
};

// ---------------------------------------------------------------------------------------------
// Visas, permits, numbers.
// ---------------------------------------------------------------------------------------------

pub static VISA_COPY: DocText = DocText {
    id: "visa-copy",
    text: t!("Copy of the visa", "Копия визы", "Визаның көшірмесі"),
};

pub static CURRENT_VISA_COPY: DocText = DocText {
    id: "current-visa-copy",
    text: t!("Copy of the current visa", "Копия действующей визы", "Қолданыстағы визаның көшірмесі"),
};

pub static VALID_INVESTOR_VISA_COPY: DocText = DocText {
    id: "valid-investor-visa-copy",
    text: t!(
        "Copy of a valid investor visa",
        "Копия действующей инвесторской визы",
        "Жарамды инвесторлық визаның көшірмесі",
    ),
};

/// «Отбасы мүшесінің (шетелдік қызметкердің) визасы үшін негізгі иесінің жарамды жұмыс визасы»:
/// the family member is the foreign employee's, so the employee is the main holder; listed with
/// `Cond::FamilyMember`. The investor sections (A5, A6) have the same words, «work visa»
/// included: kept as the guide has it, with a note on those services.
pub static MAIN_HOLDER_VALID_WORK_VISA: DocText = DocText {
    id: "main-holder-valid-work-visa",
    text: t!(
        "Valid work visa of the main holder (the foreign employee)",
        "Действующая рабочая виза основного держателя (иностранного работника)",
        "Негізгі иесінің (шетелдік қызметкердің) жарамды жұмыс визасы",
    ),
};

pub static VALID_TRP: DocText = DocText {
    id: "valid-trp",
    text: t!(
        "Valid temporary residence permit",
        "Действующее разрешение на временное проживание",
        "Уақытша тұруға жарамды рұқсат",
    ),
};

/// «Дактилоскопиядан өткенді / 2025 жылы верификациядан өткенді растайтын анықтаманың
/// түпнұсқасы» and «Дактилоскопияның тапсырылғанын немесе 2025 жылы ...»: one certificate.
/// The year is the guide's; the services that list it carry a note on it.
pub static FINGERPRINTING_CERTIFICATE: DocText = DocText {
    id: "fingerprinting-certificate",
    text: t!(
        "Original certificate confirming fingerprinting / verification passed in 2025",
        "Оригинал справки, подтверждающей прохождение дактилоскопии / верификации в 2025 году",
        "Дактилоскопиядан өткенді / 2025 жылы верификациядан өткенді растайтын анықтаманың түпнұсқасы",
    ),
};

/// «Келу туралы хабарландыру» and «Келу туралы хабарлама»: one notification.
pub static ARRIVAL_NOTIFICATION: DocText = DocText {
    id: "arrival-notification",
    text: t!("Notification on arrival", "Уведомление о прибытии", "Келу туралы хабарландыру"),
};

pub static FOREIGN_NATIONAL_IIN: DocText = DocText {
    id: "foreign-national-iin",
    text: t!(
        "Individual Identification Number (IIN) of the foreign national",
        "Индивидуальный идентификационный номер (ИИН) иностранного гражданина",
        "Шетел азаматының жеке сәйкестендіру нөмірі",
    ),
};

pub static IIN: DocText = DocText {
    id: "iin",
    text: t!(
        "Individual Identification Number (IIN)",
        "Индивидуальный идентификационный номер (ИИН)",
        "Жеке сәйкестендіру нөмірі (ЖСН)",
    ),
};

pub static LEGAL_ENTITY_EDS: DocText = DocText {
    id: "legal-entity-eds",
    text: t!(
        "Electronic digital signature (EDS) of the legal entity",
        "Электронная цифровая подпись (ЭЦП) юридического лица",
        "Заңды тұлғаның электрондық цифрлық қолтаңбасы",
    ),
};

pub static RESIDENCE_ADDRESS_IN_KAZAKHSTAN: DocText = DocText {
    id: "residence-address-in-kazakhstan",
    text: t!(
        "Address of the foreign national's place of residence in Kazakhstan",
        "Адрес места проживания иностранного гражданина в Казахстане",
        "Шетел азаматының Қазақстандағы тұрғылықты жерінің мекенжайы",
    ),
};
