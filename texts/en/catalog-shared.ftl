### The engine texts of crates/engine/src/catalog/shared.rs.
### Source language: kk (the guide, in Kazakh).

portal_steps_1 = Upload the documents via the AIFC portal.
portal_steps_2 = Log in to the portal and choose “Submit new application”. Fill in the service request with your exact details and send it after uploading the required documents.
portal_steps_3 = Once the Expat Centre has approved the documents, you can book an appointment via the portal. To submit the documents, come to the Expat Centre's office.
no_apply_steps = The guide gives no application steps for this service: ask the Expat Centre how to apply.
note_state_delay = The service time does not include possible unforeseen delays on the part of the state body; if necessary, the term may be extended by up to 30 calendar days.
note_qualification_check = Checking compliance with the qualification requirements and reviewing the documents takes some time.
note_embassy_any = An AIFC participant may apply for a visa at any Embassy of Kazakhstan, with no specific requirements related to citizenship.
extension_window = An application to extend a visa must be submitted no earlier than thirty working days and no later than five working days before the visa expires.
note_extension_same_host = A visa can be extended only if the host party stays the same. If the host party changes, a new application for a new visa is submitted.
note_extension_same_documents = Please note that the list of documents stays the same for an extension and for a new submission (when the host party changes).
note_extension_deadlines = It is very important to keep to the set application deadlines, to avoid a refusal and possible fines for breaching the migration regime.
note_fee_bands_gap = Ask the Expat Centre which fee row applies to a visa of more than 2 and less than 3 years: the guide's rows are “up to 2 years” and “3 to 5 years” and give no fee for it.
note_fingerprinting_free = Fingerprinting at the Expat Centre is free when the service fee for this visa or temporary residence permit has been paid beforehand (the guide’s “Other migration and tax services”, 5).
note_fingerprinting_2025 = Ask the Expat Centre whether a certificate of verification passed in a year other than 2025 is accepted: the guide names only 2025.
