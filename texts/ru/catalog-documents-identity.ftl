### The engine texts of crates/engine/src/catalog/documents/identity.rs.
### Source language: kk (the guide, in Kazakh).

doc_passport_copy = Копия паспорта (паспорт должен быть действителен более 3 месяцев и иметь не менее 2 чистых страниц)
doc_passport_original = Оригинал паспорта (паспорт должен быть действителен более 3 месяцев и иметь не менее 2 чистых страниц)
doc_passport_copy_plain = Копия паспорта
doc_passport_original_plain = Оригинал паспорта
doc_passport_original_valid_180_days = Оригинал паспорта со сроком действия более 180 календарных дней на момент подачи заявления
doc_passport_original_or_notarised_copy = Оригинал паспорта или его нотариально заверенная копия
doc_border_crossing_passport_copy = Чёткая копия паспорта, использованного для пересечения границы
doc_passport_copy_with_notarised_translation = Чёткая копия паспорта, включая страницу с персональными данными (с заверенным переводом на казахский или русский язык с нотариальной печатью)
doc_entry_passport_data_page_with_translation = Паспорт, по которому был осуществлён въезд в Казахстан, включая страницу с персональными данными (с переводом на казахский или русский язык)
doc_entry_passport_original = Оригинал паспорта, по которому был осуществлён въезд в Казахстан
doc_visa_copy = Копия визы
doc_current_visa_copy = Копия действующей визы
doc_valid_investor_visa_copy = Копия действующей инвесторской визы
doc_main_holder_valid_work_visa = Действующая рабочая виза основного держателя (иностранного работника)
doc_valid_trp = Действующее разрешение на временное проживание
doc_fingerprinting_certificate = Оригинал справки, подтверждающей прохождение дактилоскопии или прохождение верификации в 2025 году
doc_arrival_notification = Уведомление о прибытии
doc_foreign_national_iin = Индивидуальный идентификационный номер (ИИН) иностранного гражданина
doc_iin = Индивидуальный идентификационный номер (ИИН)
doc_legal_entity_eds = Электронная цифровая подпись (ЭЦП) юридического лица
doc_residence_address_in_kazakhstan = Адрес места проживания иностранного гражданина в Казахстане
