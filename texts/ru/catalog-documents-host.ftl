### The engine texts of crates/engine/src/catalog/documents/host.rs.
### Source language: kk (the guide, in Kazakh).

doc_state_registration_certificate = Справка о государственной регистрации юридического лица (Egov.kz)
doc_shareholders_decision_and_head_appointment = Решение акционеров и приказ о назначении первого руководителя юридического лица
doc_general_power_of_attorney = Генеральная доверенность, легализованная / апостилированная
doc_representative_power_of_attorney = Доверенность вместе с копией документа, удостоверяющего личность представителя / уполномоченного лица
doc_head_appointment_order = Приказ о назначении первого руководителя
doc_invitation_letter = Письмо-приглашение для оформления визы (2 экземпляра)
doc_host_visa_request_letter = Письмо-ходатайство принимающей стороны о выдаче визы
doc_host_cancellation_request_letter = Письмо-ходатайство принимающей стороны об аннулировании визы
doc_host_cancellation_and_exit_visa_request = Заявление принимающей стороны об аннулировании действующей визы и оформлении выездной визы
doc_host_exemption_application = Заявление принимающей стороны по установленной форме (инструкция по заполнению доступна на портале при подаче заявки)
doc_visa_application_form_photo = Визовая анкета с цветной или чёрно-белой фотографией размером 3,5 x 4,5 см
doc_permanent_residence_application_form = Заявление-анкета на выдачу разрешения на постоянное проживание
doc_trp_application_form = Заявление-анкета на выдачу разрешения на временное проживание
doc_pki_application = Заявка, сформированная на портале pki.gov.kz
doc_tax_residency_application = Налоговое заявление о подтверждении резидентства
