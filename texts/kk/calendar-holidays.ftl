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
day_off_transferred = Ресми бұйрықпен ауыстырылған демалыс күні
