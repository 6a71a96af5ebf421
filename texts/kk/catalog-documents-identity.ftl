### The engine texts of crates/engine/src/catalog/documents/identity.rs.
### Source language: kk (the guide, in Kazakh).

doc_passport_copy = Төлқұжаттың көшірмесі (төлқұжат 3 айдан астам уақыт бойы жарамды және кем дегенде 2 бос парағы болуы керек)
doc_passport_original = Төлқұжаттың түпнұсқасы (төлқұжат 3 айдан астам уақыт бойы жарамды және кем дегенде 2 бос парағы болуы керек)
doc_passport_copy_plain = Төлқұжаттың көшірмесі
doc_passport_original_plain = Төлқұжаттың түпнұсқасы
doc_passport_original_valid_180_days = Өтініш беру сәтінде қолданылу мерзімі 180 күнтізбелік күннен асатын төлқұжаттың түпнұсқасы
doc_passport_original_or_notarised_copy = Төлқұжаттың түпнұсқасы немесе нотариалды куәландырылған көшірмесі
doc_border_crossing_passport_copy = Шекарадан өту үшін пайдаланылған төлқұжаттың анық көшірмесі
doc_passport_copy_with_notarised_translation = Жеке деректер бетін қоса алғанда, төлқұжаттың анық көшірмесі (нотариалдық мөрі бар қазақ немесе орыс тілдеріндегі куәландырылған аудармасы)
doc_entry_passport_data_page_with_translation = Қазақстанға кіру жүзеге асырылған жеке деректері бар бетті қамтитын төлқұжат (қазақ немесе орыс тіліне аудармасымен)
doc_entry_passport_original = Қазақстанға кіру жүзеге асырылған төлқұжаттың түпнұсқасы
doc_visa_copy = Визаның көшірмесі
doc_current_visa_copy = Қолданыстағы визаның көшірмесі
doc_valid_investor_visa_copy = Жарамды инвесторлық визаның көшірмесі
doc_main_holder_valid_work_visa = Негізгі иесінің (шетелдік қызметкердің) жарамды жұмыс визасы
doc_valid_trp = Жарамды уақытша тұруға рұқсат
doc_fingerprinting_certificate = Дактилоскопиядан өткенді / 2025 жылы верификациядан өткенді растайтын анықтаманың түпнұсқасы
doc_arrival_notification = Келу туралы хабарлама
doc_foreign_national_iin = Шетел азаматының жеке сәйкестендіру нөмірі (ЖСН)
doc_iin = Жеке сәйкестендіру нөмірі (ЖСН)
doc_legal_entity_eds = Заңды тұлғаның электрондық цифрлық қолтаңбасы (ЭЦҚ)
doc_residence_address_in_kazakhstan = Шетел азаматының Қазақстандағы тұрғылықты жерінің мекенжайы
