### The engine texts of crates/engine/src/money.rs.
### Source language: en.

mci_provisional = Осы жылға арналған АЕК әлі жарияланбаған: сома соңғы жарияланған АЕК бойынша есептелді және өзгеруі мүмкін.
