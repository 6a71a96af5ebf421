### The engine texts of crates/engine/src/catalog/documents/work.rs.
### Source language: kk (the guide, in Kazakh).

doc_employment_contract = Employment contract signed by both parties, stating the applicant's position and period of employment
doc_employment_contract_redactable = Employment contract signed by both parties, stating the applicant's position and period of employment. The employer may hide confidential commercial terms
doc_employment_termination_order = Order on the termination of the employment contract
doc_enbek_workplace_certificate = Certificate of the workplace from the Enbek.kz portal
doc_qualification_proof_and_cv = A document confirming high qualification (legalised / apostilled) and a CV confirming work experience in line with the AIFC Qualification requirements are required (details: AIFC Qualifications Necessary for Employment in the AIFC)
doc_registration_form = Registration form
doc_cv = Curriculum vitae (CV)
doc_qualification_supporting_materials = Documents confirming the foreign employee's qualifications: diplomas, certificates, portfolio and other materials that may positively affect the review of the application
doc_consulting_audit_installation_contract = Contract for providing consulting, audit or installation work
doc_founder_or_board_membership_confirmation = Confirmation of membership of the founders or of the board of directors
doc_investment_letter_of_support = On the basis of a letter of support from Kazakhstan's authorised body for investments or a letter of support from the AIFC Administration (more: AIFC investment tax residency for foreigners)
doc_aifc_administration_letter_of_support = Letter of support from the AIFC Administration (more: AIFC investment tax residency for foreigners)
doc_marriage_birth_adoption_certificate = Marriage / birth / adoption certificate (legalised / apostilled)
doc_birth_marriage_certificate_notarised_copy = Birth / marriage certificate (notarised copy)
doc_child_consent_permanent_residence = Notarised consent of a child aged 14 to 18 to permanent residence
