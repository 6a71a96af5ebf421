### The engine texts of crates/engine/src/calendar/holidays.rs.
### Source language: en.

holiday_new_year = Жаңа жыл
holiday_orthodox_christmas = Православиелік Рождество
holiday_womens_day = Халықаралық әйелдер күні
holiday_nauryz = Наурыз мейрамы
holiday_unity_day = Қазақстан халқының бірлігі мерекесі
holiday_defender_day = Отан қорғаушы күні
holiday_victory_day = Жеңіс күні
holiday_capital_day = Астана күні
holiday_constitution_day = Конституция күні
holiday_republic_day = Республика күні
holiday_independence_day = Тәуелсіздік күні
holiday_kurban_ait = Құрбан айт (бірінші күні)
holiday_provisional = Бұл болжамды күн: сол жылдың мереке күндері әлі толық жарияланбаған (Құрбан айт күні, демалыс күндерін ауыстыру, Конституция күнін ауыстыру). Оны Орталықтан нақтылаңыз.
day_off_weekend = Демалыс күні (сенбі немесе жексенбі)
day_off_carried_over = Демалыс күніне түскен мерекенің орнына берілген демалыс күні
# Who orders a transfer, from the sources of each one in crates/engine/src/calendar/holidays.rs: the order of the Minister of Labour and Social Protection of 17 April 2024, and order No. 436 of 21 November 2024 (a Labour ministry order). Not a Government resolution, as the language review of November 2026 proposed (rows K64, R3).
day_off_transferred = Еңбек министрлігінің бұйрығымен ауыстырылған демалыс күні
