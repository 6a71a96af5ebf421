### The engine texts of crates/engine/src/money.rs.
### Source language: en.

mci_provisional = МРП на год подачи заявления ещё не установлен: сумма рассчитана по последнему установленному МРП и может измениться.
