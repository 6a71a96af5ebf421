### The engine texts of crates/api/src/api.rs.
### Source language: en.

office_lunch = түскі үзіліс
