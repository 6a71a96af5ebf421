### The engine texts of crates/engine/src/calendar/holidays.rs.
### Source language: en.

holiday_new_year = New Year
holiday_orthodox_christmas = Orthodox Christmas
holiday_womens_day = International Women's Day
holiday_nauryz = Nauryz
holiday_unity_day = Kazakhstan People's Unity Day
holiday_defender_day = Defender of the Fatherland Day
holiday_victory_day = Victory Day
holiday_capital_day = Capital Day
holiday_constitution_day = Constitution Day
holiday_republic_day = Republic Day
holiday_independence_day = Independence Day
holiday_kurban_ait = Kurban Ait (first day)
holiday_provisional = This date is an estimate: the public holidays of that year are not fully published yet (the date of Kurban Ait, transfers of days off, the move of Constitution Day). Please check it with the Centre.
day_off_weekend = Weekend
day_off_carried_over = Day off for a holiday that fell on a weekend
# Who orders a transfer, from the sources of each one in crates/engine/src/calendar/holidays.rs: the order of the Minister of Labour and Social Protection of 17 April 2024, and order No. 436 of 21 November 2024 (a Labour ministry order). Not a Government resolution, as the language review of November 2026 proposed (rows K64, R3).
day_off_transferred = Day off moved by an order of the Ministry of Labour
