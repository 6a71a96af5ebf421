### The engine texts of crates/api/src/flow/evaluate.rs.
### Source language: en.

window_advice_before = It is too early to apply: you may apply from the first day shown below.
window_advice_open = The window is open: apply now, no later than its last date.
window_advice_closed = Too late to extend: the last day to apply (5 working days before expiry) has passed. Contact the Centre at once: the guide warns that the application deadlines must be kept to avoid a refusal and possible fines for breaching the migration regime.
window_advice_expired = The visa has already expired and can no longer be extended. Contact the Centre at once about what to do next.
