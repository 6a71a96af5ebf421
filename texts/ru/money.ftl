### The engine texts of crates/engine/src/money.rs.
### Source language: en.

mci_provisional = МРП на этот год ещё не опубликован: сумма рассчитана по последнему опубликованному МРП и может измениться.
