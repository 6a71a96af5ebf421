### The engine texts of crates/engine/src/catalog/documents/host.rs.
### Source language: kk (the guide, in Kazakh).

doc_state_registration_certificate = Certificate of state registration of the legal entity (Egov.kz)
doc_shareholders_decision_and_head_appointment = Shareholders' decision and order appointing the first head of the legal entity
doc_general_power_of_attorney = General power of attorney, legalised / apostilled
doc_representative_power_of_attorney = Power of attorney together with a copy of the identity document of the representative / authorised person
doc_head_appointment_order = Order appointing the first head
doc_invitation_letter = Invitation letter for the visa (2 copies)
doc_host_visa_request_letter = Letter from the host party requesting the visa
doc_host_cancellation_request_letter = Letter from the host party requesting the cancellation of the visa
doc_host_cancellation_and_exit_visa_request = Application from the host party to cancel the current visa and issue an exit visa
doc_host_exemption_application = Application from the host party in the prescribed form (instructions for filling it in are available on the portal when you apply)
doc_visa_application_form_photo = Visa application form with a colour or black-and-white photo of 3.5 x 4.5 cm
doc_permanent_residence_application_form = Application form for a permanent residence permit
doc_trp_application_form = Application form for a temporary residence permit
doc_pki_application = Application generated on the pki.gov.kz portal
doc_tax_residency_application = Tax application for confirmation of residency
