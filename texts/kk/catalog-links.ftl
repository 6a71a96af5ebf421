### The engine texts of crates/engine/src/catalog/links.rs.
### Source language: en.

link_aifc_portal_label = АХҚО порталы (АХҚО Экспат орталығының сайты арқылы)
link_aifc_portal_purpose = Құжаттарды жүктеп, қабылдауға жазылыңыз. Нұсқаулықта порталдың мекенжайы көрсетілмеген: оны Орталықтың сайтынан табыңыз.
link_egov_label = eGov.kz
link_egov_purpose = Компания мемлекеттік тіркеу туралы анықтаманы осында алады.
link_enbek_label = Enbek.kz
link_enbek_purpose = Компания жұмыс орны туралы анықтаманы осында алады.
link_pki_label = pki.gov.kz
link_pki_purpose = Электрондық цифрлық қолтаңбаға өтінім осында қалыптастырылады.
link_qualification_rules_label = «АХҚО-да еңбек қызметін жүзеге асыру үшін қажетті біліктілік туралы» АХҚО актісі (GR0009; АХҚО Экспат орталығының сайтында)
link_qualification_rules_purpose = Қызметкердің түйіндемесі тексерілетін біліктілік талаптары. Нұсқаулықтағы сілтеме бос: құжатты Орталықтың сайтынан табыңыз.
link_visa_services_label = АХҚО визалық қызметтері
link_visa_services_purpose = Орталықтың қызметтері туралы АХҚО беті.
