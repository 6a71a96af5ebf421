### The engine texts of crates/engine/src/calendar/window.rs.
### Source language: en.

window_state_not_yet_open = Слишком рано: заявления на продление ещё не принимаются.
window_state_open = Сейчас можно подать заявление на продление.
window_state_closed = Продлить уже поздно: последний день подачи заявления прошёл, хотя виза ещё действует.
window_state_expired = Срок действия визы истёк.
