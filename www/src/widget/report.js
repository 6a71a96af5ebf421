// What the host page and a screen reader are told of each screen the widget draws: `state`, the
// `aifc-question` and `aifc-outcome` events, and the live region's announcement of an outcome.

import { t } from '../shared/i18n.js';

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
  setTimeout(() => {
    live.textContent = text;
  }, 100);
}

/**
 * What the live region says of an outcome: what the first screen gives a sighted visitor at once
 * (outcome.js, the plan at a glance), from the engine's plan, formatted by `f` (format.js): the
 * services, the total, the ready-by date, and an extension's last day to apply while it can be kept.
 */
export function announcementOf(lang, outcome, f) {
  if (outcome.noService) return t(lang, 'announce-no-service', { reason: outcome.noService.reason });
  // A service the visitor may not need (a short CIS/EAEU stay): its first screen leads with the doubt, not a total.
  if (outcome.toConfirm) return t(lang, 'announce-no-service', { reason: outcome.toConfirm.title });
  const { plan, extensionWindow: w } = outcome;
  const said = (label, value) => t(lang, 'announce-fact', { label: t(lang, label), value });
  const unpriced = plan.steps.filter((s) => !s.priced).map((s) => s.title);
  const anyPrice = plan.steps.some((s) => s.priced || s.stateDuty);
  return [
    t(lang, 'announce-outcome', { titles: outcome.quotes.map((q) => q.title).join('; ') }),
    said('total-to-pay', anyPrice ? f.money(plan.total.kzt) : t(lang, 'total-nothing')),
    anyPrice && unpriced.length ? t(lang, 'total-partial', { titles: unpriced.join('; ') }) : null,
    said('ready-by-label', plan.readyBy ? readyBy(lang, plan, f) : t(lang, 'ready-no-time')),
    w && (w.status === 'open' || w.status === 'before') ? said('apply-by', f.date(w.latest)) : null,
  ]
    .filter(Boolean)
    .join(' ');
}

/** The ready-by date as the plan at a glance gives it: "the same day", and the latest date if the state body delays. */
function readyBy(lang, plan, f) {
  const sameDay = plan.steps.at(-1)?.sameDay ? ` (${t(lang, 'same-day')})` : '';
  const delay = plan.readyByWithDelay ? `, ${t(lang, 'ready-up-to', { date: f.date(plan.readyByWithDelay) })}` : '';
  return `${f.date(plan.readyBy)}${sameDay}${delay}`;
}
