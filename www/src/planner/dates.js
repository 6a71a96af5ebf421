// Each planned person's dates and money as the single widget gives them, for the row, the dates
// picture, the CSV and print: an extension's window (first and last day to apply) and its expiry,
// a step whose fee the guide does not give said as "ask the Centre" (never a total of 0), and the
// engine's "to confirm" flag (short CIS/EAEU stays). Everything comes from plan(): this module
// only chooses the words and the places.

import { h } from '../shared/dom.js';
import { plural, t } from './texts.js';

/** The person's extension window while it can still be kept, or null. */
const openWindow = (r) => (r?.extensionWindow && ['open', 'before'].includes(r.extensionWindow.status) ? r.extensionWindow : null);

/** True when nothing of the person's plan has a price in the guide (neither fee nor duty). */
export const nothingPriced = (r) => r.steps.length > 0 && r.steps.every((s) => !s.priced && !s.stateDuty);

/** The titles of the steps whose fee the guide does not give. */
const unpricedTitles = (r) => r.steps.filter((s) => !s.priced).map((s) => s.title);

/** The row's money: the total, or "ask the Centre" where the guide gives no fee. */
export function rowMoney(ctx, r) {
  const { lang, f } = ctx;
  if (nothingPriced(r)) {
    return h(
      'p',
      { class: 'row-total row-ask', 'data-ask': 'fee' },
      `${t(lang, 'planner-total')}: `,
      h('strong', { text: t(lang, 'planner-ask-fee') }),
    );
  }
  const unpriced = unpricedTitles(r);
  return [
    h('p', { class: 'row-total' }, `${t(lang, 'planner-total')}: `, h('strong', { 'data-kzt': r.total.kzt, text: f.money(r.total.kzt) })),
    unpriced.length
      ? h('p', { class: 'hint row-ask', 'data-ask': 'fee' }, t(lang, 'planner-ask-fee-of', { titles: unpriced.join('; ') }))
      : null,
  ];
}

/** The row's dates beyond "ready by": the extension's last and first day to apply and its expiry. */
export function rowDates(ctx, r) {
  const { lang, f } = ctx;
  const w = r?.extensionWindow;
  if (!w) return null;
  const date = (iso) => h('strong', { class: 'date', 'data-date': iso, text: f.date(iso) });
  const item = (name, label, iso) =>
    h('div', { class: `row-date row-${name}`, 'data-when': name }, h('dt', { text: label }), h('dd', {}, date(iso)));
  return h(
    'dl',
    { class: 'row-dates', part: 'row-dates' },
    openWindow(r)
      ? [item('apply-by', t(lang, 'planner-apply-by'), w.latest), item('apply-from', t(lang, 'planner-apply-from'), w.earliest)]
      : null,
    item('expires', t(lang, 'planner-expires'), w.expires),
  );
}

/** The "to confirm" tag and its words, for a person the Centre must confirm first. */
export function rowFlag(ctx, r) {
  const { lang } = ctx;
  if (!r?.toConfirm) return null;
  return h(
    'div',
    { class: 'row-confirm', 'data-confirm': r.toConfirm.kind },
    h('strong', { class: 'tag tag-warning', text: t(lang, 'planner-to-confirm') }),
    ' ',
    // The engine's heading for the doubt (its full text, with the Centre's contacts, is the single widget's first screen).
    h('span', { text: r.toConfirm.title ?? r.toConfirm.text }),
    h('p', { class: 'hint', text: t(lang, 'planner-to-confirm-hint') }),
  );
}

/** What the team's totals leave out, in words: people whose fees the guide does not give, people to confirm. */
export function totalsLeftOut(ctx, totals) {
  const { lang, f } = ctx;
  return [
    totals.unpriced
      ? h('p', { class: 'note note-silent', 'data-left-out': 'unpriced' }, plural(lang, 'planner-unpriced-people', totals.unpriced))
      : null,
    totals.toConfirm
      ? h(
          'p',
          { class: 'note note-silent', 'data-left-out': 'to-confirm' },
          `${plural(lang, 'planner-to-confirm-people', totals.toConfirm)} `,
          h('strong', { 'data-kzt': totals.toConfirmKzt, text: f.money(totals.toConfirmKzt) }),
        )
      : null,
  ];
}

/** The moments of one person to draw: ready-by, and an extension's last day to apply and expiry. */
function moments(r) {
  if (r?.kind !== 'outcome') return [];
  const list = r.readyBy ? [{ date: r.readyBy, kind: 'ready' }] : [];
  const w = r.extensionWindow;
  if (w) {
    if (openWindow(r)) list.push({ date: w.latest, kind: 'apply-by' });
    list.push({ date: w.expires, kind: 'expires' });
  }
  return list;
}

const SVG = 'http://www.w3.org/2000/svg';
function svg(tag, attributes = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, String(value));
  el.append(...children);
  return el;
}
const days = (from, to) => (Date.parse(`${to}T00:00Z`) - Date.parse(`${from}T00:00Z`)) / 86_400_000;
const KIND_TEXT = { ready: 'planner-timeline-ready', 'apply-by': 'planner-timeline-apply-by', expires: 'planner-timeline-expires' };

/**
 * The dates picture (SVG, built with createElementNS: no markup string) beside its text: every
 * ready-by date, and an extension's last day to apply (a diamond: the date to act by) and expiry
 * (a square), each date with the people it concerns, in date order.
 */
export function renderTimeline(ctx, people, results) {
  const { lang, f, today } = ctx;
  const byDate = new Map();
  results.forEach((r, i) => {
    for (const m of moments(r)) {
      if (!byDate.has(m.date)) byDate.set(m.date, []);
      byDate.get(m.date).push({ kind: m.kind, name: ctx.nameOf(people[i], i) });
    }
  });
  const dates = [...byDate.keys()].sort();
  // "Ready-by dates" while they are all there is; with an extension, its days to act by too.
  const onlyReady = [...byDate.values()].every((entries) => entries.every((e) => e.kind === 'ready'));
  const section = h(
    'section',
    { class: 'block timeline', part: 'timeline', 'aria-labelledby': 'timeline-heading' },
    h('h3', { id: 'timeline-heading', text: t(lang, onlyReady ? 'planner-timeline' : 'planner-dates-heading') }),
  );
  if (!dates.length) {
    section.append(h('p', { class: 'hint', text: t(lang, 'planner-timeline-none') }));
    return section;
  }
  const span = Math.max(1, days(today, dates.at(-1)));
  const x = (date) => 24 + (Math.max(0, days(today, date)) / span) * 592;
  const mark = (date, kinds) => {
    const cx = x(date);
    if (kinds.has('apply-by')) return svg('path', { d: `M${cx} 31 L${cx + 9} 40 L${cx} 49 L${cx - 9} 40 Z`, class: 'mark mark-apply-by' });
    if (kinds.has('expires') && !kinds.has('ready'))
      return svg('rect', { x: cx - 7, y: 33, width: 14, height: 14, class: 'mark mark-expires' });
    return svg('circle', { cx, cy: 40, r: 7, class: 'mark' });
  };
  const picture = svg(
    'svg',
    { class: 'timeline-picture', viewBox: '0 0 640 96', 'aria-hidden': 'true', focusable: 'false' },
    svg('line', { x1: 24, y1: 40, x2: 616, y2: 40, class: 'axis' }),
    svg('circle', { cx: 24, cy: 40, r: 4, class: 'today' }),
    svg('text', { x: 24, y: 90, class: 'label', 'text-anchor': 'start' }, t(lang, 'planner-today')),
    // Each date's count above the line, every other one below it, so that close dates stay legible.
    ...dates.map((date, i) =>
      svg(
        'g',
        { 'data-date': date, 'data-kinds': [...new Set(byDate.get(date).map((e) => e.kind))].join(' ') },
        mark(date, new Set(byDate.get(date).map((e) => e.kind))),
        svg('text', { x: x(date), y: i % 2 ? 66 : 24, class: 'count', 'text-anchor': 'middle' }, String(byDate.get(date).length)),
      ),
    ),
    svg('text', { x: 616, y: 90, class: 'label', 'text-anchor': 'end' }, f.date(dates.at(-1))),
  );
  const list = h(
    'ol',
    { class: 'timeline-list' },
    dates.map((date) => {
      const entries = byDate.get(date);
      // Grouped by what happens that day: "ready: A, B; last day to apply: C".
      // Each name in its own <bdi>: a name written right to left (or with a direction mark) does not
      // reorder the names and words around it.
      const kinds = [...new Set(entries.map((e) => e.kind))];
      const words = kinds.map((kind, k) => [
        k ? '; ' : ' ',
        `${t(lang, KIND_TEXT[kind])}: `,
        entries.filter((e) => e.kind === kind).map((e, j) => [j ? ', ' : '', h('bdi', { text: e.name })]),
      ]);
      return h(
        'li',
        { 'data-date': date, 'data-kinds': kinds.join(' ') },
        h('strong', { text: f.date(date) }),
        h('span', {}, ` (${f.number(entries.length)})`, words),
      );
    }),
  );
  section.append(picture, list);
  return section;
}

/** The CSV columns this module adds after the planner's own: their message ids. */
export const DATE_COLUMNS = ['planner-csv-apply-from', 'planner-csv-apply-by', 'planner-csv-ask'];

/**
 * The CSV cells of those columns for one person: the first and last day to apply (YYYY-MM-DD,
 * while the window is open), and what to ask the Centre (the fees the guide does not give, the
 * engine's doubt for a person to confirm).
 */
export function dateCells(lang, r) {
  if (r?.kind !== 'outcome') return DATE_COLUMNS.map(() => '');
  const w = openWindow(r);
  const unpriced = unpricedTitles(r);
  const ask = [
    unpriced.length ? t(lang, 'planner-ask-fee-of', { titles: unpriced.join('; ') }) : null,
    r.toConfirm ? `${t(lang, 'planner-to-confirm')}: ${r.toConfirm.title ?? r.toConfirm.text}` : null,
  ]
    .filter(Boolean)
    .join(' ');
  return [w ? w.earliest : '', w ? w.latest : '', ask];
}

/** The total's CSV cell: the exact decimal, or empty where the guide gives no price at all (never 0). */
export const totalCell = (r) => (nothingPriced(r) ? '' : r.total.kzt);
