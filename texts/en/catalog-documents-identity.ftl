### The engine texts of crates/engine/src/catalog/documents/identity.rs.
### Source language: kk (the guide, in Kazakh).

doc_passport_copy = Copy of the passport (the passport must be valid for more than 3 months and have at least 2 blank pages)
doc_passport_original = Original passport (the passport must be valid for more than 3 months and have at least 2 blank pages)
doc_passport_copy_plain = Copy of the passport
doc_passport_original_plain = Original passport
doc_passport_original_valid_180_days = Original passport valid for more than 180 calendar days at the time of application
doc_passport_original_or_notarised_copy = Original passport or its notarised copy
doc_border_crossing_passport_copy = A clear copy of the passport used to cross the border
doc_passport_copy_with_notarised_translation = A clear copy of the passport, including the personal data page (with a certified translation into Kazakh or Russian bearing a notary's seal)
doc_entry_passport_data_page_with_translation = The passport used to enter Kazakhstan, including the page with personal data (with a translation into Kazakh or Russian)
doc_entry_passport_original = Original of the passport used to enter Kazakhstan
doc_visa_copy = Copy of the visa
doc_current_visa_copy = Copy of the current visa
doc_valid_investor_visa_copy = Copy of a valid investor visa
doc_main_holder_valid_work_visa = Valid work visa of the main holder (the foreign employee)
doc_valid_trp = Valid temporary residence permit
doc_fingerprinting_certificate = Original certificate confirming fingerprinting, or verification passed in 2025
doc_arrival_notification = Notification on arrival
doc_foreign_national_iin = Individual Identification Number (IIN) of the foreign national
doc_iin = Individual Identification Number (IIN)
doc_legal_entity_eds = Electronic digital signature (EDS) of the legal entity
doc_residence_address_in_kazakhstan = Address of the foreign national's place of residence in Kazakhstan
