### The engine texts of crates/engine/src/flow/outcomes/extension.rs.
### Source language: en.

outcome_extension_why = The host party is unchanged, so the visa can be extended: apply no earlier than 30 and no later than 5 working days before it expires.
outcome_extension_closed_reason = It is too late to extend this visa: the guide says the application must be made no later than five working days before the visa expires, and that day has passed.
outcome_extension_closed_instead = Contact the Centre at once, while the visa is still valid: +7 (7172) 64 73 33 (09:00–18:00), expat@aifc.kz. The guide warns that the application deadlines must be kept to avoid a refusal and possible fines for breaching the migration regime. Ask the Centre what you can still do: the guide does not say.
outcome_extension_expired_reason = This visa has already expired, so it can no longer be extended: the guide takes an application to extend only until five working days before the visa expires.
outcome_extension_expired_instead = Contact the Centre at once: +7 (7172) 64 73 33 (09:00–18:00), expat@aifc.kz. The guide warns that missing the application deadlines can lead to a refusal and to fines for breaching the migration regime. Ask the Centre what to do now: the guide does not say.
outcome_trp_extension_why = The guide's fee row for the temporary residence permit is “obtaining / extending” it, for family members too: the extension is the same service, with the same documents (your valid permit among them).
outcome_trp_extension_note = Ask the Centre when to apply to extend a temporary residence permit: the guide does not say. Its window of no earlier than 30 and no later than 5 working days before expiry is written for visas.
