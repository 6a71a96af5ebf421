### The engine texts of crates/engine/src/catalog/links.rs.
### Source language: en.

link_aifc_portal_label = AIFC portal (through the AIFC Expat Centre's site)
link_aifc_portal_purpose = Upload the documents and book the appointment. The guide gives no address for the portal: find it on the Centre's site.
link_egov_label = eGov.kz
link_egov_purpose = The company gets its certificate of state registration here.
link_enbek_label = Enbek.kz
link_enbek_purpose = The company gets the workplace certificate here.
link_pki_label = pki.gov.kz
link_pki_purpose = Make the digital signature application here.
link_qualification_rules_label = AIFC Qualifications Necessary for Employment in the AIFC (on the AIFC Expat Centre's site)
link_qualification_rules_purpose = The qualification requirements the employee's CV is checked against. The guide's link is empty: find the act on the Centre's site.
link_visa_services_label = AIFC visa services
link_visa_services_purpose = The AIFC's own page on the Centre's services.
