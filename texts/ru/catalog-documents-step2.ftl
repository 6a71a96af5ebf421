### The engine texts of crates/engine/src/catalog/documents/step2.rs.
### Source language: kk (the guide, in Kazakh).

doc_approved_invitation = Одобренное приглашение (шаг 1)
doc_consular_fees_contact_embassy_or_airport = Для получения информации о консульских сборах и дополнительных документах необходимо связаться с посольством Казахстана / с соответствующей службой международного аэропорта (уточните в Центре, с какой)
doc_consular_fees_contact_embassy = Для получения информации о консульских сборах и дополнительных документах необходимо связаться с посольством Казахстана
