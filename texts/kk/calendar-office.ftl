### The engine texts of crates/engine/src/calendar/office.rs.
### Source language: en.

office_address = Мәңгілік Ел даңғылы 55/18, C3.3 павильоны, Астана қ., 010017, Қазақстан
office_status_open = Қазір ашық
office_status_lunch = Түскі үзіліс
office_status_before_opening = Бүгін әлі ашылмаған
office_status_closed_for_the_day = Бүгінгі жұмыс уақыты аяқталды
office_status_day_off = Жабық: жұмыс күні емес
