//! Outcomes of the services asked for directly: cancellation and the other migration and tax
//! services, the qualification exemption.

use super::super::facts::Fact;
use super::super::graph::Test;
use super::*;
use crate::t;

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
                    "Виза иесі әлі Қазақстанда: визаның күші жойылып, шығу визасы рәсімделеді."
                ),
            },
        ],
    }],
    no_service: None,
    window: false,
    notes: &[],
};

pub static ARRIVAL_NOTIFICATION: Outcome = Outcome {
    steps: &[single!(
        "arrival-notification",
        t!(
            "You asked for help with a notification on arrival or change of address.",
            "Вы запросили помощь в подаче уведомления о прибытии или смене адреса.",
            "Сіз келу немесе мекенжайды өзгерту туралы хабарлама беруге көмек сұрадыңыз."
        )
    )],
    no_service: None,
    window: false,
    notes: &[],
};

pub static IIN: Outcome = Outcome {
    steps: &[single!(
        "iin",
        t!(
            "You asked for an Individual Identification Number.",
            "Вы запросили индивидуальный идентификационный номер.",
            "Сіз жеке сәйкестендіру нөмірін (ЖСН) алуды таңдадыңыз."
        )
    )],
    no_service: None,
    window: false,
    notes: &[],
};

pub static TAX_RESIDENCY: Outcome = Outcome {
    steps: &[single!(
        "tax-residency-certificate",
        t!(
            "A company, or a person who is not an AIFC investment resident: the general Tax Residency Certificate applies.",
            "Компания или физическое лицо, не являющееся инвестиционным резидентом МФЦА: применяется общий сертификат налогового резидентства.",
            "Компания немесе АХҚО инвестициялық резиденті емес жеке тұлға: жалпы салық резидентінің сертификаты қолданылады."
        )
    )],
    no_service: None,
    window: false,
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
    window: false,
    notes: &[],
};

pub static DIGITAL_SIGNATURE: Outcome = Outcome {
    steps: &[single!(
        "digital-signature",
        t!(
            "You asked for an electronic digital signature.",
            "Вы запросили электронную цифровую подпись.",
            "Сіз электрондық цифрлық қолтаңба (ЭЦҚ) алуды таңдадыңыз."
        )
    )],
    no_service: None,
    window: false,
    notes: &[],
};

pub static FINGERPRINTING: Outcome = Outcome {
    steps: &[single!(
        "fingerprinting",
        t!(
            "You asked for fingerprinting.",
            "Вы запросили дактилоскопическую регистрацию.",
            "Сіз дактилоскопиялық тіркеуден өтуді таңдадыңыз."
        )
    )],
    no_service: None,
    window: false,
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
    window: false,
    notes: &[],
};
