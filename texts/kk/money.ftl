### The engine texts of crates/engine/src/money.rs.
### Source language: en.

mci_provisional = Өтініш берілетін жылға арналған АЕК әлі бекітілмеген: сома соңғы бекітілген АЕК бойынша есептелді және өзгеруі мүмкін.
