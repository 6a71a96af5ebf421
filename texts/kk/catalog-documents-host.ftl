### The engine texts of crates/engine/src/catalog/documents/host.rs.
### Source language: kk (the guide, in Kazakh).

doc_state_registration_certificate = Заңды тұлғаны мемлекеттік тіркеу туралы анықтама (Egov.kz)
doc_shareholders_decision_and_head_appointment = Акционерлердің шешімі және заңды тұлғаның бірінші басшысын тағайындау туралы бұйрық
doc_general_power_of_attorney = Заңдастырылған / апостильденген бас сенімхат
doc_representative_power_of_attorney = Өкілдің/уәкілетті тұлғаның жеке басын куәландыратын құжаттың көшірмесімен бірге сенімхат
doc_head_appointment_order = Бірінші басшыны тағайындау туралы бұйрық
doc_invitation_letter = Визаны рәсімдеу үшін шақыру хаты (2 дана)
doc_host_visa_request_letter = Қабылдаушы тараптан виза беру туралы өтінішхат
doc_host_cancellation_request_letter = Қабылдаушы тараптан визаны жоюға өтінішхат
doc_host_cancellation_and_exit_visa_request = Қабылдаушы тараптан қолданыстағы визаның күшін жоюға және шығу визасын рәсімдеуге өтініш
doc_host_exemption_application = Қабылдаушы тараптан белгіленген нысандағы өтініш (толтыру жөніндегі нұсқаулық өтініш беру кезінде порталда қолжетімді болады)
doc_visa_application_form_photo = Өлшемі 3,5 x 4,5 см түрлі-түсті немесе ақ-қара фотосуреті бар визалық сауалнама
doc_permanent_residence_application_form = Тұрақты тұруға рұқсат беруге өтініш-сауалнама
doc_trp_application_form = Уақытша тұруға рұқсат беруге өтініш-сауалнама
doc_pki_application = pki.gov.kz порталында қалыптастырылған өтінім
doc_tax_residency_application = Резиденттікті растау туралы салықтық өтініш
