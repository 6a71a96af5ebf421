### The engine texts of crates/engine/src/calendar/office.rs.
### Source language: en.

office_address = проспект Мангилик Ел, 55/18, павильон C3.3, г. Астана, 010017, Казахстан
office_status_open = Сейчас открыто
office_status_lunch = Обеденный перерыв
office_status_before_opening = Сегодня ещё не открыто
office_status_closed_for_the_day = На сегодня закрыто
office_status_day_off = Закрыто: нерабочий день
