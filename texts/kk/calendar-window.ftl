### The engine texts of crates/engine/src/calendar/window.rs.
### Source language: en.

window_state_not_yet_open = Тым ерте: ұзартуға өтініштер әлі қабылданбайды.
window_state_open = Қазір ұзартуға өтініш беруге болады.
window_state_closed = Ұзартуға тым кеш: өтініш берудің соңғы күні өтті, бірақ виза әлі жарамды.
window_state_expired = Визаның қолданылу мерзімі аяқталды.
