### The engine texts of crates/engine/src/calendar/window.rs.
### Source language: en.

window_state_not_yet_open = Too early: applications for the extension are not accepted yet.
window_state_open = You can apply for the extension now.
window_state_closed = Too late to extend: the last day to apply has passed, though the visa is still valid.
window_state_expired = The visa has expired.
