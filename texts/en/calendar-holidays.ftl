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
day_off_transferred = Day off moved by an official order
