### The engine texts of crates/engine/src/catalog/documents/tax.rs.
### Source language: kk (the guide, in Kazakh).

doc_effective_management_proof_notarised_copy = Notarised copy of a document confirming that the legal entity's place of effective management is in the Republic of Kazakhstan (minutes of the general meeting of the board of directors or a similar body stating where it was held, or other documents confirming the main place of management and (or) control and the taking of the strategic commercial decisions needed for the legal entity's business) – for foreign legal entities that are residents because their place of effective management is in Kazakhstan
doc_passport_stay_permit_notarised_copies = Notarised copy of the foreign passport or the stateless person's certificate, of a document confirming the period of stay in Kazakhstan (a visa or other documents) and of the residence permit in Kazakhstan (if any) – for foreigners and stateless persons who are residents
doc_passport_or_stateless_id_notarised_e_copy = Notarised electronic copy of the foreign passport or of the stateless person's identity certificate
doc_stay_period_proof_notarised_e_copy = Notarised electronic copy of a document confirming the period of stay in Kazakhstan (a visa or other documents)
doc_residency_document_fee_e_receipt = Electronic document confirming payment of the fee for issuing the document confirming residency
doc_aifc_investment_confirmation_e_letter = Electronic confirmation letter from the AIFC Administration that investments were made in the relevant period under the AIFC Investment Tax Residency Programme
doc_internal_affairs_citizenship_e_letter = Electronic confirmation letter from the internal affairs body that the foreigner or stateless person is not a person whose citizenship of the Republic of Kazakhstan was terminated in the last twenty years before the initial application to take part in the AIFC Investment Tax Residency Programme
