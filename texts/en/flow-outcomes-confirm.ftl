### The engine texts of crates/engine/src/flow/outcomes/confirm.rs.
### Source language: en.

confirm_eaeu_short_stay_title = You need no work permit: ask the Centre whether you need this visa
confirm_eaeu_short_stay_text = You are a citizen of a member state of the Eurasian Economic Union (EAEU), so you need no permit to work in Kazakhstan: Article 97(1) of the Treaty on the EAEU says so. For a stay of 90 days or fewer the guide does not say whether you need a visa: the visa below is the one the guide gives for this work, and the Centre decides whether it applies to you. Ask the Centre before you apply or pay: +7 (7172) 64 73 33 (09:00–18:00), expat@aifc.kz. If the stay grows longer than 90 days, a temporary residence permit applies.
confirm_eaeu_treaty_label = Treaty on the Eurasian Economic Union (Astana, 29 May 2014), Article 97(1), in Russian
confirm_eaeu_short_stay_centre = What the Centre can do for you in any case, services of its guide (“Other migration and tax services”, 1 and 2):
confirm_cis_short_stay_title = Ask the Centre first whether you need this visa
confirm_cis_short_stay_text = The guide does not say whether a citizen of a CIS country staying 30 days or fewer needs this visa: its temporary residence permit replaces “the visa of the corresponding category” only for stays longer than 30 calendar days. Ask the Centre before you apply or pay: +7 (7172) 64 73 33 (09:00–18:00), expat@aifc.kz. If the stay grows longer than 30 days, a temporary residence permit applies.
