### The engine texts of crates/engine/src/catalog/documents/residence.rs.
### Source language: kk (the guide, in Kazakh).

doc_personal_data_consent = Согласие на обработку персональных данных
doc_state_duty_payment_original = Оригинал документа, подтверждающего оплату государственной пошлины
doc_state_duty_payment_document_original = Оригинал платёжного документа, подтверждающего оплату государственной пошлины
doc_solvency_proof = Документ, подтверждающий платёжеспособность
doc_no_criminal_record_certificate = Справка об отсутствии судимости из страны гражданства
doc_certificate_form_028u = Справка по форме 028/у
doc_photo_3_5_x_4_5 = Фотография 3,5 × 4,5 см
doc_notarised_agreement_or_housing_statement = Нотариально заверенный договор с физическим или юридическим лицом (для подтверждения платёжеспособности на время пребывания в Республике Казахстан) либо нотариально заверенное заявление физического или юридического лица о предоставлении заявителю жилья для проживания и постановке на постоянный регистрационный учёт на срок не менее 180 календарных дней
doc_housing_owner_notarised_consent = Нотариально заверенное согласие собственника жилья
doc_medical_insurance_copy = Копия медицинской страховки (оригинал предоставляется для сверки)
