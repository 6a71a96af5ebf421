### The engine texts of crates/engine/src/catalog/residence_permit.rs.
### Source language: kk (the guide, in Kazakh).

residence_permit_title = Residence permit
residence_permit_audience = This service is for AIFC investment residents applying for a residence permit (how to obtain the investor visa is described in the guide's investor visa chapter).
residence_permit_note_1 = The residence permit is valid for at most 10 years, and never beyond the validity of the foreign national's passport.
residence_permit_note_2 = Ask the Expat Centre how to apply for the residence permit: the guide gives no application process for it, and only the standard service fee (no fee for priority submission (Walk-in) or for a personal manager).
