// What the host page and a screen reader are told of each screen the widget draws: `state`, the
// `aifc-question` and `aifc-outcome` events, and the live region's announcement of an outcome.

import { t } from './i18n.js';

/** `state`'s `{status, question, outcome}` while a screen is drawn for the engine's answer `ev` (or `status` without one). */
export function stateOf(ev, status = ev.kind) {
  if (!ev) return { status, question: null, outcome: null };
  return ev.kind === 'question'
    ? { status, question: { id: ev.question.id, progress: ev.progress }, outcome: null }
    : { status, question: null, outcome: { services: ev.outcome.services, noService: ev.outcome.noService !== null } };
}

/** A screen's name (the fact being changed, the answers shown), so the host hears of each new one once. */
export const screenKey = (editing, shown) => `${editing ?? ''}|${new URLSearchParams([...shown].map(([k, v]) => [k, String(v)]))}`;

/** The event a new screen fires, `[type, detail]`. */
export function eventOf(ev) {
  if (ev.kind === 'question') return ['question', { id: ev.question.id, progress: { ...ev.progress } }];
  return ['outcome', { services: [...ev.outcome.services], noService: ev.outcome.noService !== null }];
}

/** Says `text` in the polite live region `live`: emptied first, filled a moment later, so that screen readers notice the change. */
export function announce(live, text) {
  live.textContent = '';
  setTimeout(() => { live.textContent = text; }, 100);
}

/** What the live region says of an outcome. */
export function announcementOf(lang, outcome) {
  return outcome.noService
    ? t(lang, 'announce-no-service', { reason: outcome.noService.reason })
    : t(lang, 'announce-outcome', { titles: outcome.quotes.map((q) => q.title).join('; ') });
}
