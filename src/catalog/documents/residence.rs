//! Consent, payment and residence documents.

use crate::catalog::DocText;
use crate::t;

// ---------------------------------------------------------------------------------------------
// Consent, payment, residence.
// ---------------------------------------------------------------------------------------------

/// «Дербес деректерді өңдеуге келісім» and «Жеке деректерді өңдеуге келісім»: one consent.
pub static PERSONAL_DATA_CONSENT: DocText = DocText {
    id: "personal-data-consent",
    text: t!(
        "Consent to the processing of personal data",
        "Согласие на обработку персональных данных",
        "Дербес деректерді өңдеуге келісім",
    ),
};

/// «Мемлекеттік баждың төленгенін растайтын құжаттың түпнұсқасы».
pub static STATE_DUTY_PAYMENT_ORIGINAL: DocText = DocText {
    id: "state-duty-payment-original",
    text: t!(
        "Original of the document confirming payment of the state duty",
        "Оригинал документа, подтверждающего оплату государственной пошлины",
        "Мемлекеттік баждың төленгенін растайтын құжаттың түпнұсқасы",
    ),
};

/// The residence permit's «Мемлекеттік баждың төленгенін растайтын төлем құжатының түпнұсқасы»:
/// it names a payment document («төлем құжаты»), so it is its own entry.
pub static STATE_DUTY_PAYMENT_DOCUMENT_ORIGINAL: DocText = DocText {
    id: "state-duty-payment-document-original",
    text: t!(
        "Original of the payment document confirming payment of the state duty",
        "Оригинал платёжного документа, подтверждающего оплату государственной пошлины",
        "Мемлекеттік баждың төленгенін растайтын төлем құжатының түпнұсқасы",
    ),
};

pub static SOLVENCY_PROOF: DocText = DocText {
    id: "solvency-proof",
    text: t!(
        "Document confirming solvency",
        "Документ, подтверждающий платёжеспособность",
        "Төлем қабілеттілігін растайтын құжат",
    ),
};

pub static NO_CRIMINAL_RECORD_CERTIFICATE: DocText = DocText {
    id: "no-criminal-record-certificate",
    text: t!(
        "Certificate of no criminal record from the country of citizenship",
        "Справка об отсутствии судимости из страны гражданства",
        "Азаматтығы бар елден соттылығының жоқтығы туралы анықтама",
    ),
};

pub static CERTIFICATE_FORM_028U: DocText = DocText {
    id: "certificate-form-028u",
    text: t!("Certificate in form 028/u", "Справка по форме 028/у", "028/у нысанының анықтамасы"),
};

pub static PHOTO_3_5_X_4_5: DocText = DocText {
    id: "photo-3-5x4-5-cm",
    text: t!("Photo 3.5 × 4.5 cm", "Фотография 3,5 × 4,5 см", "3,5 × 4,5 см фотосурет"),
};

pub static NOTARISED_AGREEMENT_OR_HOUSING_STATEMENT: DocText = DocText {
    id: "notarised-agreement-or-housing-statement",
    text: t!(
        "Notarised agreement with an individual or a legal entity (to confirm solvency during the stay in the Republic of Kazakhstan), or a notarised statement of an individual or a legal entity that it provides the applicant with housing and registers the applicant permanently for at least 180 calendar days",
        "Нотариально заверенный договор с физическим или юридическим лицом (для подтверждения платёжеспособности на время пребывания в Республике Казахстан) либо нотариально заверенное заявление физического или юридического лица о предоставлении заявителю жилья для проживания и постановке на постоянный регистрационный учёт на срок не менее 180 календарных дней",
        "Жеке немесе заңды тұлғамен нотариалды куәландырылған шарт (Қазақстан Республикасында болған уақытында төлем қабілеттілігін растау үшін) не жеке немесе заңды тұлғаның өтініш берушіге тұру үшін тұрғын үй беру және кемінде күнтізбелік 180 күн мерзімге тұрақты тіркеу есебіне қою туралы нотариалды куәландырылған өтініші",
    ),
};

pub static HOUSING_OWNER_NOTARISED_CONSENT: DocText = DocText {
    id: "housing-owner-notarised-consent",
    text: t!(
        "Notarised consent of the owner of the housing",
        "Нотариальное согласие собственника жилья",
        "Тұрғын үй иесінің нотариаттық келісімі",
    ),
};

pub static MEDICAL_INSURANCE_COPY: DocText = DocText {
    id: "medical-insurance-copy",
    text: t!(
        "Copy of the medical insurance (the original is presented for comparison)",
        "Копия медицинской страховки (оригинал предоставляется для сверки)",
        "Медициналық сақтандырудың көшірмесі (түпнұсқасы салыстыру үшін беріледі)",
    ),
};
