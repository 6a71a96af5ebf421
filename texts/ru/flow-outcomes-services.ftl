### The engine texts of crates/engine/src/flow/outcomes/services.rs.
### Source language: en.

outcome_visa_cancellation_why_1 = Владелец визы покинул Казахстан: принимающая сторона подаёт заявление об аннулировании визы.
outcome_visa_cancellation_why_2 = Владелец визы ещё в Казахстане: виза аннулируется и оформляется выездная виза.
outcome_arrival_notification_why = Вы запросили помощь в подаче уведомления о прибытии или смене адреса.
outcome_iin_why = Вы запросили индивидуальный идентификационный номер.
outcome_tax_residency_why = Компания или физическое лицо, не являющееся инвестиционным резидентом МФЦА: применяется общий сертификат налогового резидентства.
outcome_tax_residency_investment_resident_why = Инвестиционный резидент МФЦА: применяется сертификат налогового резидентства для инвестиционных резидентов МФЦА.
outcome_digital_signature_why = Вы запросили электронную цифровую подпись.
outcome_fingerprinting_why = Вы запросили дактилоскопическую регистрацию.
outcome_qualification_exemption_why = Вы запросили освобождение от квалификационных требований МФЦА или их изменение для иностранного работника.
