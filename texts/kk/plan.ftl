### The engine texts of crates/api/src/plan.rs.
### Source language: en.

plan_per_person = Отбасы мүшелерінің әрқайсысы алым төлей ме, нұсқаулықта айтылмаған. Жалпы сома бір адамға есептелген: Орталықтан нақтылаңыз.
