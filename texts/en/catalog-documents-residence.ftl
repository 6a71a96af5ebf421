### The engine texts of crates/engine/src/catalog/documents/residence.rs.
### Source language: kk (the guide, in Kazakh).

doc_personal_data_consent = Consent to the processing of personal data
doc_state_duty_payment_original = Original of the document confirming payment of the state duty
doc_state_duty_payment_document_original = Original of the payment document confirming payment of the state duty
doc_solvency_proof = Document confirming solvency
doc_no_criminal_record_certificate = Certificate of no criminal record from the country of citizenship
doc_certificate_form_028u = Certificate in form 028/u
doc_photo_3_5_x_4_5 = Photo 3.5 × 4.5 cm
doc_notarised_agreement_or_housing_statement = Notarised agreement with an individual or a legal entity (to confirm solvency during the stay in the Republic of Kazakhstan), or a notarised statement of an individual or a legal entity that it provides the applicant with housing and registers the applicant permanently for at least 180 calendar days
doc_housing_owner_notarised_consent = Notarised consent of the owner of the housing
doc_medical_insurance_copy = Copy of the medical insurance (the original is presented for comparison)
