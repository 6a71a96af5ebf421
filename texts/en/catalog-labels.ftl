### The engine texts of crates/engine/src/catalog/labels.rs.
### Source language: en.

chapter_title_work_visa = Work visa
chapter_title_investor_visa = Investor visa
chapter_title_residence_permit = Residence permit
chapter_title_temporary_residence_permit = Temporary residence permit
# The official English name on the Centre’s pages (the project’s facts, "Names in English").
chapter_title_short_term_business_visa = Business visa for short-term stay
# No official English name found for this one; its sibling is “Business visa for short-term stay”.
chapter_title_long_term_business_visa = Long-term business visa
chapter_title_visa_cancellation = Visa cancellation
chapter_title_other_services = Other migration and tax services
chapter_title_qualification_exemption = Applications for exemption from or modification of the qualification requirements
guide_name = AIFC Expat Centre guide { $edition }
tier_label_standard = Standard
tier_label_walk_in = Walk-in (priority submission)
tier_label_personal_manager = Personal manager
tier_help_standard = The service fee, with no extra option.
tier_help_walk_in = Priority submission of the documents.
tier_help_personal_manager = Full information and advice on applying, submitting the documents and delivery, through a personal manager.
variant_label_up_to_2_years = Up to 2 years
variant_label_3_to_5_years = From 3 to 5 years
variant_label_employee = For an employee
variant_label_expert = For an expert
cond_label_if_any = if any
cond_label_branch = for a representative office or branch
cond_label_family_member = for a family member's visa
cond_label_family_members = for family members
cond_label_foreign_employee = for the foreign employee
cond_label_employees = for employees
cond_label_category_b2 = for category B2
cond_label_category_b3 = for category B3
cond_label_individual = for an individual
cond_label_legal_entity = for a legal entity
cond_label_child_14_to_18 = for a child aged 14 to 18
cond_label_family_or_civil_contract = for family members and for foreign nationals under a civil-law contract
cond_label_first_application = only for the first application: not needed later if a document confirming residency was issued on the initial application
cond_label_optional = optional
place_label_embassy_or_airport = Step 2: at a Kazakhstan embassy or an international airport of Kazakhstan
place_label_embassy = Step 2: at a Kazakhstan embassy
