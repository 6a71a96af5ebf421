### The engine texts of crates/engine/src/flow/outcomes/services.rs.
### Source language: en.

outcome_visa_cancellation_why_1 = The visa holder has left Kazakhstan: the host party applies to cancel the visa.
outcome_visa_cancellation_why_2 = The visa holder is still in Kazakhstan: the visa is cancelled and an exit visa is issued.
outcome_arrival_notification_why = You asked for help with a notification on arrival or change of address.
outcome_iin_why = You asked for an Individual Identification Number.
outcome_tax_residency_why = A company, or a person who is not an AIFC investment resident: the general Tax Residency Certificate applies.
outcome_tax_residency_investment_resident_why = An AIFC investment resident: the Tax Residency Certificate for AIFC investment residents applies.
outcome_digital_signature_why = You asked for an electronic digital signature.
outcome_fingerprinting_why = You asked for fingerprinting.
outcome_qualification_exemption_why = You asked for an exemption from, or a modification of, the AIFC qualification requirements for a foreign employee.
