### The engine texts of src/api.rs.
### Source language: en.

office_lunch = түскі үзіліс
