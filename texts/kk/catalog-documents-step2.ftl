### The engine texts of crates/engine/src/catalog/documents/step2.rs.
### Source language: kk (the guide, in Kazakh).

doc_approved_invitation = Мақұлданған шақыру (1-қадам)
# «ПЖБ» is the guide’s own abbreviation, kept: its expansion is to be confirmed with the Centre before it is spelled out (language review, November 2026, row K63).
doc_consular_fees_contact_embassy_or_airport = Консулдық алымдар мен қосымша құжаттар туралы ақпарат алу үшін Қазақстан елшілігімен / халықаралық әуежайдағы ПЖБ-мен байланысу қажет
# «ПЖБ» is the guide’s own abbreviation, kept: its expansion is to be confirmed with the Centre before it is spelled out (language review, November 2026, row K63).
doc_consular_fees_contact_embassy = Консулдық алымдар мен қосымша құжаттар туралы ақпарат алу үшін Қазақстан елшілігімен байланысу қажет
