### The engine texts of crates/engine/src/catalog/temporary_residence_permit.rs.
### Source language: kk (the guide, in Kazakh).

temporary_residence_permit_title = Temporary residence permit (TRP)
temporary_residence_permit_audience = This service is available only to citizens of the following countries who are in Kazakhstan. A temporary residence permit replaces the visa of the corresponding category for citizens of CIS countries planning to stay in the country for more than 30 calendar days, and for citizens of EAEU countries planning to stay for more than 90 calendar days.
temporary_residence_permit_note_1 = The fees apply to obtaining or extending a temporary residence permit, for family members too.
temporary_residence_permit_note_2 = Ask the Expat Centre whether a state duty is payable for the temporary residence permit: the guide's fee table for it has no state-duty column, so none is shown. Its walk-in (priority submission) fee is 170,000 KZT for both the employee and the expert.
