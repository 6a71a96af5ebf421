//! Step 2, at an embassy or an international airport.

use crate::catalog::DocText;
use crate::t;

// ---------------------------------------------------------------------------------------------
// Step 2, at an embassy or an international airport.
// ---------------------------------------------------------------------------------------------

pub static APPROVED_INVITATION: DocText = DocText {
    id: "approved-invitation",
    text: t!("Approved invitation (step 1)", "Одобренное приглашение (шаг 1)", "Мақұлданған шақыру (1-қадам)"),
};

/// «ПЖБ» is not spelled out in the guide; it is rendered as the airport's migration service.
pub static CONSULAR_FEES_CONTACT_EMBASSY_OR_AIRPORT: DocText = DocText {
    id: "consular-fees-contact-embassy-or-airport",
    text: t!(
        "For information on consular fees and additional documents, contact the Embassy of Kazakhstan / the migration service at the international airport",
        "Для получения информации о консульских сборах и дополнительных документах необходимо связаться с посольством Казахстана / миграционной службой в международном аэропорту",
        "Консулдық алымдар мен қосымша құжаттар туралы ақпарат алу үшін Қазақстан Елшілігімен / халықаралық әуежайдағы ПЖБ-мен байланысу қажет",
    ),
};

/// The A6 section's step 2 names the embassy only.
pub static CONSULAR_FEES_CONTACT_EMBASSY: DocText = DocText {
    id: "consular-fees-contact-embassy",
    text: t!(
        "For information on consular fees and additional documents, contact the Embassy of Kazakhstan",
        "Для получения информации о консульских сборах и дополнительных документах необходимо связаться с посольством Казахстана",
        "Консулдық алымдар мен қосымша құжаттар туралы ақпарат алу үшін Қазақстан Елшілігімен байланысу қажет",
    ),
};
