### The engine texts of crates/engine/src/flow/outcomes/services.rs.
### Source language: en.

outcome_visa_cancellation_why_1 = Виза иесі Қазақстаннан кетті: қабылдаушы тарап визаның күшін жоюға өтініш береді.
outcome_visa_cancellation_why_2 = Виза иесі әлі Қазақстанда: визаның күші жойылып, шығу визасы рәсімделеді.
outcome_arrival_notification_why = Сіз келу немесе мекенжайды өзгерту туралы хабарлама беруге көмек сұрадыңыз.
outcome_iin_why = Сіз жеке сәйкестендіру нөмірін (ЖСН) алуды таңдадыңыз.
outcome_tax_residency_why = Компания немесе АХҚО инвестициялық резиденті емес жеке тұлға: жалпы салық резидентінің сертификаты қолданылады.
outcome_tax_residency_investment_resident_why = АХҚО инвестициялық резиденті: АХҚО инвестициялық резиденттеріне арналған салық резидентінің сертификаты қолданылады.
outcome_digital_signature_why = Сіз электрондық цифрлық қолтаңба (ЭЦҚ) алуды таңдадыңыз.
outcome_fingerprinting_why = Сіз дактилоскопиялық тіркеуден өтуді таңдадыңыз.
outcome_qualification_exemption_why = Сіз шетелдік қызметкер үшін АХҚО біліктілік талаптарынан босатуды немесе оларды өзгертуді таңдадыңыз.
