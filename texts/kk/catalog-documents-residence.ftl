### The engine texts of crates/engine/src/catalog/documents/residence.rs.
### Source language: kk (the guide, in Kazakh).

doc_personal_data_consent = Дербес деректерді өңдеуге келісім
doc_state_duty_payment_original = Мемлекеттік баждың төленгенін растайтын құжаттың түпнұсқасы
doc_state_duty_payment_document_original = Мемлекеттік баждың төленгенін растайтын төлем құжатының түпнұсқасы
doc_solvency_proof = Төлем қабілеттілігін растайтын құжат
doc_no_criminal_record_certificate = Азаматы болып табылатын елден соттылығының жоқтығы туралы анықтама
doc_certificate_form_028u = 028/у нысанының анықтамасы
doc_photo_3_5_x_4_5 = 3,5 × 4,5 см фотосурет
doc_notarised_agreement_or_housing_statement = Жеке немесе заңды тұлғамен нотариалды куәландырылған шарт (Қазақстан Республикасында болған уақытында төлем қабілеттілігін растау үшін) не жеке немесе заңды тұлғаның өтініш берушіге тұру үшін тұрғын үй беру және кемінде күнтізбелік 180 күн мерзімге тұрақты тіркеу есебіне қою туралы нотариалды куәландырылған өтініші
doc_housing_owner_notarised_consent = Тұрғын үй иесінің нотариаттық келісімі
doc_medical_insurance_copy = Медициналық сақтандырудың көшірмесі (түпнұсқасы салыстыру үшін беріледі)
