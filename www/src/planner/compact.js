// Many people at a glance (issue 26 item 5): a planned person's row is one line (their answers in
// a line, the plan in a short flow: services, the last day to apply, total, ready-by), opened with
// its "Details" button (a chevron before the name, named "Details of <name>") to show everything; rows still asking or to check stay open (they need the visitor).
// Filters show everyone, the planned, those still asking, or those to check (refused answers, or
// an outcome the Centre must confirm first). Both are the page's state only: which people are
// open is kept by person (a WeakSet: a row drawn again stays open), the filter by the element
// (`ctx.view`). Hiding is done by the stylesheet (css/planner-compact.css), so a filter or a
// toggle draws nothing again.

import { h } from '../shared/dom.js';
import { t } from './texts.js';

/** The people whose row the visitor opened. */
const opened = new WeakSet();

/** Marks a drawn row: open or not, to check or not, and gives a planned row its "Details" button. */
export function compactRow(tr, person, result) {
  if (result?.toConfirm) tr.dataset.check = '';
  if (result?.kind !== 'outcome') return;
  const open = opened.has(person);
  tr.toggleAttribute('data-open', open);
  const button = h('button', {
    type: 'button',
    class: 'link-button row-expand no-print',
    'data-expand': '',
    'aria-expanded': String(open),
    on: {
      click: () => {
        const now = !opened.has(person);
        if (now) opened.add(person);
        else opened.delete(person);
        tr.toggleAttribute('data-open', now);
        button.setAttribute('aria-expanded', String(now));
      },
    },
  });
  // Before the name field: found at the row's start, and in its own cell (the number is rewritten
  // when rows move). Its name, "Details of <name>", is set with the row's other labels (rows.js renumber).
  tr.querySelector('.row-name')?.prepend(button);
}

const FILTERS = [
  ['all', 'planner-filter-all', (x) => x.people],
  ['outcome', 'planner-filter-planned', (x) => x.planned],
  ['question', 'planner-filter-asking', (x) => x.questions],
  ['check', 'planner-filter-check', (x) => x.errors + (x.toConfirm ?? 0)],
];

/**
 * The filters: a group of toggle buttons with their counts (from plan()'s totals), placed just
 * before the team's table; the stylesheet hides the rows the chosen one leaves out.
 */
export function renderFilters(ctx, totals) {
  const { lang, f, view } = ctx;
  if (!totals?.people) return null;
  const bar = h('div', {
    class: 'filters no-print',
    part: 'filters',
    role: 'group',
    'aria-label': t(lang, 'planner-filter'),
    'data-filter': view.filter,
  });
  bar.append(
    h('span', { class: 'filters-label', 'aria-hidden': 'true', text: `${t(lang, 'planner-filter')}:` }),
    ...FILTERS.map(([id, text, count]) =>
      h(
        'button',
        {
          type: 'button',
          class: 'filter',
          'data-show': id,
          'aria-pressed': String(view.filter === id),
          on: {
            click: (e) => {
              view.filter = id;
              bar.dataset.filter = id;
              for (const b of bar.querySelectorAll('[data-show]')) b.setAttribute('aria-pressed', String(b === e.currentTarget));
            },
          },
        },
        `${t(lang, text)} (${f.number(count(totals))})`,
      ),
    ),
  );
  return bar;
}
