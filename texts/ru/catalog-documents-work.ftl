### The engine texts of crates/engine/src/catalog/documents/work.rs.
### Source language: kk (the guide, in Kazakh).

doc_employment_contract = Трудовой договор, подписанный обеими сторонами, с указанием должности заявителя и периода работы
doc_employment_contract_redactable = Трудовой договор, подписанный обеими сторонами, с указанием должности заявителя и периода работы. Работодатель вправе скрыть конфиденциальные коммерческие условия
doc_employment_termination_order = Приказ о расторжении трудового договора
doc_enbek_workplace_certificate = Справка о месте работы с портала Enbek.kz
doc_qualification_proof_and_cv = Требуются документ, подтверждающий высокую квалификацию (легализованный / апостилированный), а также резюме, подтверждающее опыт работы в соответствии с квалификационными требованиями МФЦА (подробнее: AIFC Qualifications Necessary for Employment in the AIFC)
doc_registration_form = Учётная форма
doc_cv = Резюме (CV)
doc_qualification_supporting_materials = Документы, подтверждающие квалификацию иностранного работника: дипломы, сертификаты, портфолио и иные материалы, которые могут положительно повлиять на рассмотрение заявления
doc_consulting_audit_installation_contract = Договор на оказание консультационных, аудиторских или монтажных работ
doc_founder_or_board_membership_confirmation = Подтверждение вхождения в состав учредителей или совета директоров
doc_investment_letter_of_support = На основании ходатайства уполномоченного органа Казахстана по инвестициям или ходатайства Администрации МФЦА (подробнее: инвестиционное налоговое резидентство в МФЦА для иностранцев)
doc_aifc_administration_letter_of_support = Ходатайство Администрации МФЦА (подробнее: инвестиционное налоговое резидентство в МФЦА для иностранцев)
doc_marriage_birth_adoption_certificate = Свидетельство о браке / рождении / усыновлении (легализованное / апостилированное)
doc_birth_marriage_certificate_notarised_copy = Свидетельство о рождении / браке (нотариально заверенная копия)
doc_child_consent_permanent_residence = Нотариально заверенное согласие ребёнка в возрасте от 14 до 18 лет на постоянное проживание
