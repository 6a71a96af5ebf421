### The engine texts of crates/engine/src/catalog/other_services.rs.
### Source language: kk (the guide, in Kazakh).

arrival_notification_title = Notification on arrival or change of address
arrival_notification_audience = This service request lets you apply at the Expat Centre for a notification on arrival or change of address.
iin_apply_presence = The foreign national must be present in person to obtain the Individual Identification Number.
iin_title = Individual Identification Number (IIN)
iin_audience = This service request lets you apply at the Expat Centre for an Individual Identification Number (IIN).
iin_note = The Individual Identification Number is a unique combination of 12 digits, generated automatically on the principles of uniqueness and immutability.
tax_certificate_purpose = This service request makes it possible to determine the tax obligations of a foreign national or a company earning income in Kazakhstan, taking into account international agreements for the avoidance of double taxation.
note_tax_certificate_definition = A tax residency certificate is a document confirming the residency of a non-resident, and that the non-resident recipient of income is a resident of a state with which Kazakhstan has concluded an international treaty.
tax_residency_certificate_title = Tax Residency Certificate
tax_residency_certificate_investment_resident_title = Tax Residency Certificate for AIFC investment residents
tax_residency_certificate_investment_resident_note = The internal affairs body's confirmation letter must contain the details of the foreigner's foreign passport or of the stateless person's certificate.
eds_apply_1 = To obtain it, create an application on the portal of the National Certification Centre of the Republic of Kazakhstan (pki.gov.kz). During the application the system asks for: for an individual, the IIN; for a legal entity, the BIN and the IIN of the first head.
eds_apply_2 = When creating the application, also state where the EDS keys will be stored (for example, on a computer or a USB drive).
eds_apply_3 = After the online application is complete, you need to come to the Expat Centre in person only to activate the EDS.
digital_signature_title = Electronic digital signature (EDS)
digital_signature_audience = This service lets you apply for an electronic digital signature (EDS). An EDS can be issued both for an individual and for a legal entity.
digital_signature_note = Before coming to the Expat Centre, make sure the applicant is registered in the mobile citizens database.
fingerprinting_title = Fingerprinting (dactyloscopic registration)
fingerprinting_audience = This service lets you apply for dactyloscopic registration (fingerprinting).
fingerprinting_note_1 = When the procedure is complete, a certificate confirming the fingerprinting is issued.
fingerprinting_note_2 = When applying again for a visa or a temporary residence permit, the verification procedure must be passed.
fingerprinting_note_3 = When a work visa, an investor visa or a temporary residence permit is being issued, fingerprinting is free if the service fee for that visa or temporary residence permit was paid beforehand.
