### The engine texts of crates/engine/src/catalog/work_visa.rs.
### Source language: kk (the guide, in Kazakh).

# “Invitation to obtain visa” is the service’s official English name on the Centre’s pages, kept as it is, without an article (language review, November 2026, row E2).
work_visa_invitation_title = Invitation to obtain visa: C3 work visa, from outside Kazakhstan
work_visa_invitation_audience = When the employee and their family are outside Kazakhstan, this service request lets you apply in advance at the Expat Centre for the invitation needed to obtain a work visa for the foreign employee and their family members (step 1). The approved invitation must be sent to the invited foreigner, to present at an Embassy of Kazakhstan or on arrival at an airport of Kazakhstan (step 2).
work_visa_title = C3 work visa, inside Kazakhstan
work_visa_audience = If the employee and their family are in Kazakhstan, this service request lets you apply at the Expat Centre for a work visa for the foreign employee and their family members.
work_visa_extension_title = C3 work visa extension
work_visa_extension_note = Ask the Expat Centre what an extension costs and how long it takes: the guide gives no fee, state duty or processing time for it. It says the documents are the same as for a new application, so the list is the one for the work visa obtained inside Kazakhstan; its proof of state-duty payment belongs to that application, and the guide names no duty for an extension.
