### The engine texts of crates/api/src/plan.rs.
### Source language: en.

plan_per_person = The guide does not say whether each family member pays the fees too. The total is for one person: ask the Centre.
