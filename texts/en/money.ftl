### The engine texts of crates/engine/src/money.rs.
### Source language: en.

mci_provisional = The MCI for this year has not been published yet: the amount uses the last published MCI and may change.
