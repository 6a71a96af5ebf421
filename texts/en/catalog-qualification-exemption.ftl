### The engine texts of crates/engine/src/catalog/qualification_exemption.rs.
### Source language: kk (the guide, in Kazakh).

qualification_exemption_title = Applications for exemption from or modification of the qualification requirements
qualification_exemption_audience = This service request lets you apply for an exemption from, or a modification of, the qualification requirements for a foreign employee who does not meet the criteria of education or experience set in AIFC act No. GR0009 of 10 December 2017 “AIFC Qualifications Necessary for Employment in the AIFC”.
qualification_exemption_apply_1 = Upload the required documents via the AIFC portal.
qualification_exemption_apply_2 = You may also attach to the application documents confirming the foreign employee's qualifications: diplomas, certificates, portfolio and other materials that may positively affect the review of the application.
qualification_exemption_apply_3 = After the request has been reviewed, the AIFC Administration's decision will be sent to you electronically.
qualification_exemption_note_1 = Under paragraph 2 of that act, the AIFC Administration may change the requirements set in parts A and B of Annex 1, on an AIFC participant's application or on its own initiative.
qualification_exemption_note_2 = This applies only to employees who do not perform the controlled or designated functions defined in AIFC General Rules 2.2 and 2.3.
qualification_exemption_note_3 = If the application is approved, you can obtain a temporary residence permit or a work visa for the foreign employee concerned.
