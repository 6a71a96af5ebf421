### The engine texts of crates/engine/src/calendar/holidays.rs.
### Source language: en.

holiday_new_year = Новый год
holiday_orthodox_christmas = Православное Рождество
holiday_womens_day = Международный женский день
holiday_nauryz = Наурыз мейрамы
holiday_unity_day = Праздник единства народа Казахстана
holiday_defender_day = День защитника Отечества
holiday_victory_day = День Победы
holiday_capital_day = День Столицы
holiday_constitution_day = День Конституции
holiday_republic_day = День Республики
holiday_independence_day = День Независимости
holiday_kurban_ait = Курбан айт (первый день)
holiday_provisional = Это предварительная дата: праздничные дни этого года ещё не опубликованы полностью (дата Курбан айта, переносы выходных дней, перенос Дня Конституции). Уточните её в Центре.
day_off_weekend = Выходной день (суббота или воскресенье)
day_off_carried_over = Выходной день вместо праздника, выпавшего на выходной
# Who orders a transfer, from the sources of each one in crates/engine/src/calendar/holidays.rs: the order of the Minister of Labour and Social Protection of 17 April 2024, and order No. 436 of 21 November 2024 (a Labour ministry order). Not a Government resolution, as the language review of November 2026 proposed (rows K64, R3).
day_off_transferred = Выходной день, перенесённый приказом Министерства труда
