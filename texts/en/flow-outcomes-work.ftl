### The engine texts of crates/engine/src/flow/outcomes/work.rs.
### Source language: en.

outcome_work_visa_why_1 = The employee is outside Kazakhstan: the Centre first issues the invitation (step 1), which the employee then presents at a Kazakhstan embassy or on arrival at an international airport of Kazakhstan (step 2).
outcome_work_visa_why_2 = The employee is in Kazakhstan: the Centre issues the C3 work visa in Kazakhstan.
outcome_temporary_residence_permit_why = As a citizen of a CIS or EAEU country staying longer than 30 (CIS) or 90 (EAEU) calendar days, the foreign national gets a temporary residence permit instead of a visa.
outcome_temporary_residence_permit_note_1 = The guide offers the temporary residence permit only to citizens of these countries who are in Kazakhstan: apply after arrival.
outcome_temporary_residence_permit_note_2 = The guide's temporary residence permit has a fee row for an expert, so an expert (B2) staying this long gets the permit instead of the multiple-entry business visa.
outcome_kazakhstan_citizen_reason = The Centre's visas and permits are for foreign nationals: a citizen of Kazakhstan needs none of them.
outcome_kazakhstan_citizen_instead = If the visa or permit is for someone else (a foreign employee, investor or guest), go back and answer for that person. For anything else, ask the Centre.
