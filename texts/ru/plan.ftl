### The engine texts of crates/api/src/plan.rs.
### Source language: en.

plan_per_person = В руководстве не сказано, платит ли сборы каждый член семьи. Итог указан за одного человека: уточните в Центре.
