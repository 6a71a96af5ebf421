// The team's totals (all from plan(): the engine adds the money, this only formats it), what the
// sum leaves out, and the count of people per service. The dates picture is in dates.js.

import { h } from '../shared/dom.js';
import { t } from './texts.js';
import { totalsLeftOut } from './dates.js';

export function renderTotals(ctx, totals) {
  const { lang, f } = ctx;
  if (!totals) return null;
  const count = (id, n, key) =>
    h('div', { class: 'count', 'data-count': key }, h('dt', { text: t(lang, id) }), h('dd', { text: f.number(n) }));
  return h(
    'section',
    { class: 'block totals', part: 'totals', 'aria-labelledby': 'totals-heading' },
    h('h3', { id: 'totals-heading', text: t(lang, 'planner-totals') }),
    h(
      'dl',
      { class: 'counts' },
      count('planner-count-people', totals.people, 'people'),
      count('planner-count-planned', totals.planned, 'planned'),
      count('planner-count-questions', totals.questions, 'questions'),
      count('planner-count-errors', totals.errors, 'errors'),
      // Planned, but the Centre must confirm first (short CIS/EAEU stays): what the "To check" filter adds to the refused.
      totals.toConfirm ? count('planner-to-confirm', totals.toConfirm, 'to-confirm') : null,
    ),
    h(
      'p',
      { class: 'team-total' },
      h('span', { text: `${t(lang, 'planner-team-total')}: ` }),
      // Nothing priced among people whose fees the guide does not give: no sum of 0 to budget on.
      totals.kzt === '0' && totals.unpriced
        ? h('strong', { 'data-ask': 'fee', text: t(lang, 'planner-ask-fee') })
        : h('strong', { 'data-kzt': totals.kzt, text: f.money(totals.kzt) }),
    ),
    totals.provisional ? h('p', { class: 'hint', text: t(lang, 'planner-provisional') }) : null,
    // What the sum leaves out, said with it: fees the guide does not give, people to confirm first.
    totalsLeftOut(ctx, totals),
    totals.perPerson ? h('p', { class: 'note note-silent', 'data-kind': 'per-person', text: t(lang, 'planner-per-person') }) : null,
    totals.byService.length
      ? h(
          'table',
          { class: 'by-service', part: 'by-service' },
          h('caption', { text: t(lang, 'planner-by-service') }),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ['planner-col-service', 'planner-col-count', 'planner-col-kzt'].map((id) => h('th', { scope: 'col', text: t(lang, id) })),
            ),
          ),
          h(
            'tbody',
            {},
            totals.byService.map((s) =>
              h(
                'tr',
                { 'data-service': s.service },
                h('th', { scope: 'row', text: s.title }),
                h('td', { class: 'num', text: f.number(s.count) }),
                byServiceAmount(ctx, s),
              ),
            ),
          ),
        )
      : null,
  );
}

/** A service's amount; "ask the Centre" where the guide gives no fee and no duty; the duties alone said so. */
function byServiceAmount({ lang, f }, s) {
  if (!s.complete && s.kzt === '0') return h('td', { class: 'num', 'data-ask': 'fee', text: t(lang, 'planner-ask-fee') });
  return h(
    'td',
    { class: 'num', 'data-kzt': s.kzt },
    f.money(s.kzt),
    s.complete ? null : h('span', { class: 'hint by-service-incomplete', text: ` (${t(lang, 'planner-incomplete')})` }),
  );
}
