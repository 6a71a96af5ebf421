### The engine texts of crates/engine/src/catalog/documents/step2.rs.
### Source language: kk (the guide, in Kazakh).

doc_approved_invitation = Approved invitation (step 1)
doc_consular_fees_contact_embassy_or_airport = For information on consular fees and additional documents, contact the Embassy of Kazakhstan / the relevant service at the international airport (ask the Centre which)
doc_consular_fees_contact_embassy = For information on consular fees and additional documents, contact the Embassy of Kazakhstan
