### The engine texts of crates/engine/src/flow/outcomes/mod.rs.
### Source language: en.

outcome_qualification_first_why = The employee does not meet the AIFC qualification requirements: the host party first applies for an exemption or modification; once approved, the visa or permit can be obtained.
note_new_host = The host party has changed, so the visa cannot be extended: a new application is made for a new visa, with the same list of documents.
note_cis_status_unsettled = Ask the Centre whether you count as a citizen of a CIS country: the guide does not list the CIS countries. Here Moldova is treated as a CIS member (its exit, voted in March 2026, takes effect 12 months after notification) and Turkmenistan, an associate member, as not a member.
note_arrival_and_fingerprinting = Among the documents are a notification on arrival and a certificate of fingerprinting (or of verification): the Centre offers both as services (the guide’s “Other migration and tax services”, 1 and 5).
note_prerequisites_trp = Among the documents are the foreign national's IIN, a notification on arrival and a certificate of fingerprinting (or of verification): the Centre offers all three as services (the guide’s “Other migration and tax services”, 2, 1 and 5).
