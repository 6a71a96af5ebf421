### The engine texts of crates/engine/src/catalog/documents/work.rs.
### Source language: kk (the guide, in Kazakh).

doc_employment_contract = Өтініш берушінің лауазымы мен жұмыс кезеңін көрсете отырып, екі тарап қол қойған еңбек шарты
doc_employment_contract_redactable = Өтініш берушінің лауазымы мен жұмыс кезеңін көрсете отырып, екі тарап қол қойған еңбек шарты. Жұмыс беруші құпия коммерциялық шарттарды жасыруға құқылы
doc_employment_termination_order = Еңбек шартын бұзу туралы бұйрық
doc_enbek_workplace_certificate = Enbek.kz порталынан жұмыс орны туралы анықтама
doc_qualification_proof_and_cv = Жоғары біліктілікті растайтын құжат (заңдастырылған / апостильденген), сондай-ақ АХҚО Біліктілік талаптарына сәйкес жұмыс тәжірибесін растайтын түйіндеме талап етіледі (толығырақ: AIFC Qualifications Necessary for Employment in the AIFC)
doc_registration_form = Есепке алу нысаны
doc_cv = Түйіндеме (CV)
doc_qualification_supporting_materials = Шетелдік қызметкердің біліктілігін растайтын құжаттар: дипломдар, сертификаттар, портфолио және өтінішті қарауға оң әсер етуі мүмкін өзге де материалдар
doc_consulting_audit_installation_contract = Консультациялық, аудиторлық немесе монтаждау жұмыстарын көрсетуге арналған шарт
doc_founder_or_board_membership_confirmation = Құрылтайшылардың немесе директорлар кеңесінің құрамына кіру туралы растау
doc_investment_letter_of_support = Қазақстанның инвестициялар жөніндегі уәкілетті органының қолдаухаты немесе АХҚО әкімшілігінің қолдаухаты негізінде (толығырақ: Шетелдіктерге арналған АХҚО-дағы инвестициялық салық резиденттігі)
doc_aifc_administration_letter_of_support = АХҚО әкімшілігінің қолдаухаты (толығырақ: Шетелдіктерге арналған АХҚО-дағы инвестициялық салық резиденттігі)
doc_marriage_birth_adoption_certificate = Неке / туу / бала асырап алу туралы куәлік (заңдастырылған / апостиль қойылған)
doc_birth_marriage_certificate_notarised_copy = Туу / неке туралы куәлік (нотариалды куәландырылған көшірме)
doc_child_consent_permanent_residence = 14 пен 18 жас аралығындағы баланың тұрақты тұруға нотариалды куәландырылған келісімі
