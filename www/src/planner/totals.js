// The team's totals (all from plan(): the engine adds the money, this only formats it), the count
// of people per service, and the timeline of everyone's ready-by dates: a picture (SVG, built
// with createElementNS: no markup string) beside its text, a list of the dates with the names.

import { h } from '../dom.js';
import { t } from './texts.js';

export function renderTotals(ctx, totals) {
  const { lang, f } = ctx;
  if (!totals) return null;
  const count = (id, n, key) => h('div', { class: 'count', 'data-count': key }, h('dt', { text: t(lang, id) }), h('dd', { text: f.number(n) }));
  return h('section', { class: 'block totals', part: 'totals', 'aria-labelledby': 'totals-heading' },
    h('h3', { id: 'totals-heading', text: t(lang, 'planner-totals') }),
    h('dl', { class: 'counts' },
      count('planner-count-people', totals.people, 'people'),
      count('planner-count-planned', totals.planned, 'planned'),
      count('planner-count-questions', totals.questions, 'questions'),
      count('planner-count-errors', totals.errors, 'errors')),
    h('p', { class: 'team-total' }, h('span', { text: `${t(lang, 'planner-team-total')}: ` }),
      h('strong', { 'data-kzt': totals.kzt, text: f.money(totals.kzt) })),
    totals.provisional ? h('p', { class: 'hint', text: t(lang, 'planner-provisional') }) : null,
    totals.complete ? null : h('p', { class: 'hint', text: t(lang, 'planner-incomplete') }),
    totals.perPerson ? h('p', { class: 'note note-silent', 'data-kind': 'per-person', text: t(lang, 'planner-per-person') }) : null,
    totals.byService.length ? h('table', { class: 'by-service', part: 'by-service' },
      h('caption', { text: t(lang, 'planner-by-service') }),
      h('thead', {}, h('tr', {}, ['planner-col-service', 'planner-col-count', 'planner-col-kzt'].map((id) => h('th', { scope: 'col', text: t(lang, id) })))),
      h('tbody', {}, totals.byService.map((s) => h('tr', { 'data-service': s.service },
        h('th', { scope: 'row', text: s.title }),
        h('td', { class: 'num', text: f.number(s.count) }),
        h('td', { class: 'num', 'data-kzt': s.kzt, text: f.money(s.kzt) }))))) : null);
}

const SVG = 'http://www.w3.org/2000/svg';
function svg(tag, attributes = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, String(value));
  el.append(...children);
  return el;
}
const days = (from, to) => (Date.parse(`${to}T00:00Z`) - Date.parse(`${from}T00:00Z`)) / 86_400_000;

export function renderTimeline(ctx, people, results) {
  const { lang, f, today } = ctx;
  const byDate = new Map();
  results.forEach((r, i) => {
    if (r?.kind !== 'outcome' || !r.readyBy) return;
    if (!byDate.has(r.readyBy)) byDate.set(r.readyBy, []);
    byDate.get(r.readyBy).push(ctx.nameOf(people[i], i));
  });
  const dates = [...byDate.keys()].sort();
  const section = h('section', { class: 'block timeline', part: 'timeline', 'aria-labelledby': 'timeline-heading' },
    h('h3', { id: 'timeline-heading', text: t(lang, 'planner-timeline') }));
  if (!dates.length) {
    section.append(h('p', { class: 'hint', text: t(lang, 'planner-timeline-none') }));
    return section;
  }
  const span = Math.max(1, days(today, dates.at(-1)));
  const x = (date) => 24 + (Math.max(0, days(today, date)) / span) * 592;
  const picture = svg('svg', { class: 'timeline-picture', viewBox: '0 0 640 96', 'aria-hidden': 'true', focusable: 'false' },
    svg('line', { x1: 24, y1: 40, x2: 616, y2: 40, class: 'axis' }),
    svg('circle', { cx: 24, cy: 40, r: 4, class: 'today' }),
    svg('text', { x: 24, y: 90, class: 'label', 'text-anchor': 'start' }, t(lang, 'planner-today')),
    // Each date's count above the line, every other one below it, so that close dates stay legible.
    ...dates.map((date, i) => svg('g', { 'data-date': date },
      svg('circle', { cx: x(date), cy: 40, r: 7, class: 'mark' }),
      svg('text', { x: x(date), y: i % 2 ? 66 : 24, class: 'count', 'text-anchor': 'middle' }, String(byDate.get(date).length)))),
    svg('text', { x: 616, y: 90, class: 'label', 'text-anchor': 'end' }, f.date(dates.at(-1))));
  // Each name in its own <bdi>: a name holding a right-to-left override (U+202E) must not turn the
  // other names of its line around (issue 30).
  const names = (list) => list.flatMap((name, i) => (i ? [', ', h('bdi', { text: name })] : [h('bdi', { text: name })]));
  section.append(picture, h('ol', { class: 'timeline-list' }, dates.map((date) => h('li', { 'data-date': date },
    h('strong', { text: f.date(date) }), h('span', {}, ` (${f.number(byDate.get(date).length)}): `, names(byDate.get(date)))))));
  return section;
}
