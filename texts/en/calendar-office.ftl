### The engine texts of crates/engine/src/calendar/office.rs.
### Source language: en.

office_address = 55/18 Mangilik El Avenue, pavilion C3.3, Astana 010017, Kazakhstan
office_status_open = Open now
office_status_lunch = Lunch break
office_status_before_opening = Not open yet today
office_status_closed_for_the_day = Closed for today
office_status_day_off = Closed: not a working day
