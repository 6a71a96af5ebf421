### The engine texts of crates/engine/src/money.rs.
### Source language: en.

mci_provisional = The MCI for the year of application has not been set yet: the amount uses the last published MCI and may change.
