### The engine texts of crates/engine/src/catalog/links.rs.
### Source language: en.

link_aifc_portal_label = Портал МФЦА (через сайт Экспат-центра МФЦА)
link_aifc_portal_purpose = Загрузите документы и запишитесь на приём. Адрес портала в руководстве не указан: найдите его на сайте Центра.
link_egov_label = eGov.kz
link_egov_purpose = Здесь компания получает справку о государственной регистрации.
link_enbek_label = Enbek.kz
link_enbek_purpose = Здесь компания получает справку о месте работы.
link_pki_label = pki.gov.kz
link_pki_purpose = Здесь формируется заявка на электронную цифровую подпись.
link_qualification_rules_label = Акт МФЦА № GR0009 «О квалификации, необходимой для осуществления трудовой деятельности в МФЦА» (AIFC Qualifications Necessary for Employment in the AIFC; на сайте Экспат-центра МФЦА)
link_qualification_rules_purpose = Квалификационные требования, по которым проверяется резюме работника. Ссылка в руководстве пустая: найдите документ на сайте Центра.
link_visa_services_label = Визовые услуги МФЦА
link_visa_services_purpose = Страница МФЦА об услугах Центра.
