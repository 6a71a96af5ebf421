### The engine texts of crates/engine/src/catalog/investor_visa.rs.
### Source language: kk (the guide, in Kazakh).

note_family_bullet_work_visa = Ask the Expat Centre which visa of the main holder to bring for a family member: this section of the guide asks for the “valid work visa of the main holder”, although it is about the investor visa.
# “Invitation to obtain visa” is the service’s official English name on the Centre’s pages, kept as it is, without an article (language review, November 2026, row E2).
investor_visa_a5_invitation_title = Invitation to obtain visa: A5 investor visa, from outside Kazakhstan
investor_visa_a5_invitation_audience = When the investor and their family are outside Kazakhstan, this service request lets you apply in advance at the Expat Centre for the invitation needed to obtain an investor visa, for foreign nationals and their family members (step 1). The approved invitation must be sent to the invited foreigner, to present at an Embassy of Kazakhstan or on arrival at an international airport of Kazakhstan (step 2).
investor_visa_a5_title = A5 investor visa, inside Kazakhstan
investor_visa_a5_audience = If the investor and their family are in Kazakhstan, this service request lets you apply at the Expat Centre for an investor visa, for foreign nationals and their family members.
# “Invitation to obtain visa” is the service’s official English name on the Centre’s pages, kept as it is, without an article (language review, November 2026, row E2).
investor_visa_a6_invitation_title = Invitation to obtain visa: A6 investor visa, from outside Kazakhstan
investor_visa_a6_invitation_audience = This service request lets AIFC investment residents who invest under the AIFC Investment Tax Residency Programme, and their family members, apply in advance for the invitation needed to obtain an investor visa, when the investor and their family are outside Kazakhstan (step 1). The approved invitation must be sent to the invited foreigner, to present at Embassies of Kazakhstan or on arrival at international airports of Kazakhstan (step 2).
investor_visa_a6_invitation_step2_note = Ask the Expat Centre whether the A6 visa can also be obtained at an international airport: for the A6 visa, step 2 of the guide names only an Embassy of Kazakhstan, while the work visa, A5 and business visa sections (and this section's opening paragraph) name an embassy or an international airport.
investor_visa_extension_title = Investor visa extension
investor_visa_extension_note_1 = Ask the Expat Centre what an extension costs and how long it takes: the guide gives no fee, state duty or processing time for it. It says the documents are the same as for a new application, so the list is the one for the A5 investor visa obtained inside Kazakhstan. The guide names no state duty for the A5 visa (a dash) nor for an extension.
investor_visa_extension_note_2 = Ask the Expat Centre to confirm that this is the investor visa's extension: in the investor visa chapter the guide titles this section “Жұмыс визасын ұзарту” (work visa extension).
