//! Guide chapter «УАҚЫТША ТҰРУҒА РҰҚСАТ»: the temporary residence permit (TRP) for citizens of
//! CIS and EAEU countries. The chapter is one section.

use super::documents as d;
use super::shared;
use super::{Chapter, Cond, Doc, Fee, Fees, Note, NoteKind, Processing, Section, Service, Tier, Variant};
use crate::t;

// Guide: Temporary residence permit, "Уақытша тұруға рұқсат"
pub static TEMPORARY_RESIDENCE_PERMIT: Service = Service {
    id: "temporary-residence-permit",
    section: Section { chapter: Chapter::TemporaryResidencePermit, number: None },
    title: t!(
        "Temporary residence permit (TRP)",
        "Разрешение на временное проживание (РВП)",
        "Уақытша тұруға рұқсат",
    ),
    // The chapter's opening paragraph and its two bullets.
    audience: t!(
        "This service is available only to citizens of the countries below who are in Kazakhstan. A temporary residence permit replaces the visa of the corresponding category for: citizens of CIS countries planning to stay in the country for more than 30 calendar days; citizens of EAEU countries planning to stay in the country for more than 90 calendar days.",
        "Эта услуга доступна только гражданам указанных ниже стран, находящимся на территории Казахстана. Разрешение на временное проживание заменяет визу соответствующей категории для: граждан стран СНГ, планирующих находиться в стране более 30 календарных дней; граждан стран ЕАЭС, планирующих находиться в стране более 90 календарных дней.",
        "Бұл қызмет төменде көрсетілген елдердің Қазақстан аумағындағы азаматтары үшін ғана қолжетімді. Уақытша тұруға рұқсат: елде 30 күнтізбелік күннен артық болуды жоспарлаған ТМД елдерінің азаматтары; елде 90 күнтізбелік күннен артық болуды жоспарлаған ЕАЭО елдерінің азаматтары үшін тиісті санаттағы визаны алмастырады.",
    ),
    apply: &shared::PORTAL_STEPS,
    // Guide: Temporary residence permit, «Қажетті құжаттар» (17 bullets).
    documents: &[
        Doc { doc: &d::STATE_REGISTRATION_CERTIFICATE, when: &[] },
        Doc { doc: &d::SHAREHOLDERS_DECISION_AND_HEAD_APPOINTMENT, when: &[] },
        Doc { doc: &d::GENERAL_POWER_OF_ATTORNEY, when: &[Cond::Branch, Cond::IfAny] },
        Doc { doc: &d::REPRESENTATIVE_POWER_OF_ATTORNEY, when: &[Cond::IfAny] },
        Doc { doc: &d::TRP_APPLICATION_FORM, when: &[] },
        Doc { doc: &d::PASSPORT_ORIGINAL_OR_NOTARISED_COPY, when: &[] },
        Doc { doc: &d::FOREIGN_NATIONAL_IIN, when: &[] },
        Doc { doc: &d::VALID_TRP, when: &[Cond::IfAny] },
        Doc { doc: &d::HOUSING_OWNER_NOTARISED_CONSENT, when: &[] },
        // «Келу туралы хабарлама».
        Doc { doc: &d::ARRIVAL_NOTIFICATION, when: &[] },
        Doc { doc: &d::FINGERPRINTING_CERTIFICATE, when: &[] },
        Doc { doc: &d::MEDICAL_INSURANCE_COPY, when: &[] },
        // The guide writes «Eпbek.kz» with a Cyrillic «п»: the same Enbek.kz certificate.
        Doc { doc: &d::ENBEK_WORKPLACE_CERTIFICATE, when: &[] },
        Doc { doc: &d::QUALIFICATION_PROOF_AND_CV, when: &[Cond::Employees] },
        Doc { doc: &d::REGISTRATION_FORM, when: &[Cond::ForeignEmployee] },
        // «Дербес деректерді өңдеуге келісім (отбасы мүшелері мен шетел азаматтары үшін
        // азаматтық-құқықтық шарт бойынша)».
        Doc { doc: &d::PERSONAL_DATA_CONSENT, when: &[Cond::FamilyOrCivilContract] },
        // «Отбасы мүшелеріне арналған туу / неке туралы куәлік».
        Doc { doc: &d::BIRTH_MARRIAGE_CERTIFICATE_NOTARISED_COPY, when: &[Cond::FamilyMembers] },
    ],
    // Guide: Temporary residence permit, «Тарифтер мен мерзімдер», row «Отбасы мүшелерін қоса
    // алғанда, уақытша тұруға рұқсат алуға/ұзарту»: «Сервистік алым», «Сервистік алым
    // (Walk-in)», no state-duty column; «1 жұмыс күні» on both rows.
    fees: Fees::ByVariant(&[
        (
            Variant::Employee,
            &[Fee { tier: Tier::Standard, kzt: 110_000 }, Fee { tier: Tier::WalkIn, kzt: 170_000 }],
        ),
        (
            Variant::Expert,
            &[Fee { tier: Tier::Standard, kzt: 90_000 }, Fee { tier: Tier::WalkIn, kzt: 170_000 }],
        ),
    ]),
    state_duty: None,
    processing: Some(Processing::WorkingDays { min: 1, max: 1 }),
    state_delay: false,
    next_step: None,
    notes: &[
        Note {
            kind: NoteKind::Guide,
            text: t!(
                // «Алымдар отбасы мүшелерін қоса алғанда, ...»: the fees apply to the family's permits too;
                // whether each member pays is not said (the plan's per-person note asks the Centre).
                "The fees apply to obtaining or extending a temporary residence permit, for family members too.",
                "Сборы указаны за получение или продление разрешения на временное проживание, в том числе для членов семьи.",
                "Алымдар отбасы мүшелерін қоса алғанда, уақытша тұруға рұқсат алуға немесе ұзартуға қолданылады.",
            ),
        },
        shared::QUALIFICATION_CHECK,
        // facts.md item 8.
        Note {
            kind: NoteKind::GuideSilent,
            text: t!(
                "Ask the Expat Centre whether a state duty is payable for the temporary residence permit: the guide's fee table for it has no state-duty column, so none is shown. Its walk-in (priority submission) fee is 170,000 KZT for both the employee and the expert.",
                "Уточните в Экспат-центре, уплачивается ли государственная пошлина за разрешение на временное проживание: в таблице сборов руководства для него нет графы государственной пошлины, поэтому пошлина не указана. Сбор за приоритетную подачу (Walk-in) составляет 170 000 тенге и для работника, и для эксперта.",
                "Уақытша тұруға рұқсат үшін мемлекеттік баж төленетін-төленбейтінін Экспат орталығынан нақтылаңыз: нұсқаулықтағы оның тарифтер кестесінде мемлекеттік баж бағаны жоқ, сондықтан баж көрсетілмеген. Басымдықпен тапсыру (Walk-in) алымы қызметкер үшін де, сарапшы үшін де 170 000 теңге.",
            ),
        },
        shared::FINGERPRINTING_FREE, shared::FINGERPRINTING_2025,
    ],
};
