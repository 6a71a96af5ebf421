// One stage of the plan (one service): why it applies, what it costs (the tiers as alternatives,
// the state duty with the MCI explained, the total), when it is ready, and its checklist, how to
// apply, about the service and its notes in disclosures, and the guide section it comes from.

import { disclosure, h } from '../shared/dom.js';
import { plural, t, tNodes } from '../shared/i18n.js';
import { checklist } from './checklist.js';
import { notes } from './extension.js';

export function stage(ctx, q, step, index, count) {
  const { lang } = ctx;
  const headingId = `service-${index}`;
  const documents = q.documents.length + q.nextSteps.reduce((n, s) => n + s.documents.length, 0);
  return h(
    'section',
    { class: 'service', part: 'service', 'aria-labelledby': headingId, 'data-service': q.service },
    count > 1 ? h('p', { class: 'caption', text: t(lang, 'stage', { n: index + 1, total: count }) }) : null,
    h('h3', { id: headingId, class: 'service-title', text: q.title }),
    disclosure('cost', costSummary(ctx, q, step), [
      cost(ctx, q, step),
      q.readyBy
        ? h('div', { class: 'fact-ready' }, h('h4', { text: t(lang, 'ready') }), readyBy(ctx, q.readyBy))
        : h('p', { class: 'muted', text: t(lang, 'ready-no-time') }),
    ]),
    documents
      ? disclosure('documents', t(lang, 'documents', { n: step.documents }), [
          h('p', { class: 'hint no-print', text: t(lang, 'documents-hint') }),
          checklist(ctx, q.documents, q.service),
          q.nextSteps.map((s, i) =>
            h(
              'div',
              { class: 'next-step', part: 'next-step', 'data-place': s.place },
              h('h4', { text: s.title }),
              s.documents.length ? checklist(ctx, s.documents, `${q.service}.next${i}`) : null,
              s.notes.length ? notes(s.notes) : null,
            ),
          ),
        ])
      : null,
    more(ctx, q),
    h('p', { class: 'source', text: t(lang, 'source', { section: q.section.label }) }),
  );
}

/** The cost and the ready-by date, for the closed disclosure's line. */
function costSummary(ctx, q, step) {
  const { lang, f } = ctx;
  const amount = step.priced || step.stateDuty ? f.money(step.subtotal) : t(lang, 'total-nothing');
  return [
    t(lang, 'cost-and-date'),
    ': ',
    h('strong', { class: 'amount', text: amount }),
    q.readyBy ? ['\u00a0· ', h('strong', { class: 'date', text: f.date(q.readyBy.latest) })] : null,
  ];
}

/** Why it applies, how to apply, about the service and its notes, in one disclosure. */
function more(ctx, q) {
  const { lang } = ctx;
  return disclosure('more', t(lang, 'more-about'), [
    q.why ? h('div', { class: 'why' }, h('h4', { text: t(lang, 'why') }), h('p', { text: q.why })) : null,
    q.apply.length
      ? [
          h('h4', { text: t(lang, 'how-to-apply') }),
          h(
            'ol',
            { class: 'list' },
            q.apply.map((s) => h('li', { text: s })),
          ),
        ]
      : null,
    q.audience ? [h('h4', { text: t(lang, 'about-service') }), h('p', { text: q.audience })] : null,
    q.notes.length ? [h('h4', { text: t(lang, 'notes') }), notes(q.notes)] : null,
  ]);
}

/** The fee tiers as alternatives (pay one), the state duty with the MCI explained, the total. */
function cost(ctx, q, step) {
  const { lang, f } = ctx;
  const variantLabel = (id) => q.variants.find((v) => v.id === id)?.label ?? id;
  const rows = [];
  if (!q.feesListed || q.fees.length === 0) {
    rows.push(h('tr', {}, h('td', { colspan: 2, text: t(lang, 'fees-not-listed') })));
  } else {
    rows.push(h('tr', { class: 'cost-group' }, h('th', { colspan: 2, scope: 'colgroup', text: t(lang, 'service-fee') })));
    for (const fee of q.fees) {
      rows.push(
        h(
          'tr',
          { class: `fee fee-${fee.tier}`, 'data-tier': fee.tier, 'data-variant': fee.variant ?? null },
          h(
            'th',
            { scope: 'row' },
            h('span', { class: 'fee-label' }, fee.variant ? `${variantLabel(fee.variant)}, ${fee.label}` : fee.label),
            h('span', { class: 'fee-help', text: fee.help }),
          ),
          h('td', { class: 'amount', text: f.money(fee.kzt) }),
        ),
      );
    }
  }
  const duty = q.stateDuty;
  if (duty) {
    rows.push(
      h(
        'tr',
        { class: 'duty' },
        h(
          'th',
          { scope: 'row' },
          h('span', {
            class: 'fee-label',
            text: `${t(lang, 'state-duty')}, ${t(lang, 'mci-amount', { mci: f.number(Number(duty.mci)) })}`,
          }),
          h('span', { class: 'fee-help', text: t(lang, 'mci-explained', { value: f.money(duty.mciValue), year: duty.mciYear }) }),
          duty.provisional
            ? h(
                'span',
                { class: 'fee-help' },
                h('strong', { class: 'tag tag-warning', text: t(lang, 'provisional') }),
                ' ',
                duty.reason ?? '',
              )
            : null,
        ),
        h('td', { class: 'amount', text: f.money(duty.kzt) }),
      ),
    );
  }
  if (step.priced || duty) {
    rows.push(
      h(
        'tr',
        { class: 'cost-total' },
        h('th', { scope: 'row', text: t(lang, 'step-total') }),
        h('td', { class: 'amount', 'data-kzt': step.subtotal, text: f.money(step.subtotal) }),
      ),
    );
  }
  const processing = q.processing
    ? h('p', { class: 'processing' }, `${t(lang, 'processing')}: `, processingText(lang, q.processing))
    : null;
  return [h('table', { class: 'cost', part: 'fees' }, h('tbody', {}, rows)), processing];
}

function processingText(lang, p) {
  const [one, range] = p.unit === 'minutes' ? ['minutes', 'minutes-range'] : ['working-days', 'working-days-range'];
  return p.min === p.max ? plural(lang, one, p.max) : t(lang, range, { min: p.min, max: p.max });
}

export function readyBy(ctx, r) {
  const { lang, f } = ctx;
  const date = (iso) => h('strong', { class: 'date', 'data-date': iso, text: f.date(iso) });
  const main = r.sameDay
    ? tNodes(lang, 'ready-same-day', { applied: date(r.applied) })
    : r.earliest === r.latest
      ? tNodes(lang, 'ready-by', { applied: date(r.applied), latest: date(r.latest) })
      : tNodes(lang, 'ready-range', { applied: date(r.applied), earliest: date(r.earliest), latest: date(r.latest) });
  return [
    h('p', {}, main),
    r.withDelay
      ? h(
          'p',
          { class: 'with-delay' },
          tNodes(lang, 'ready-delay', { date: date(r.withDelay), days: plural(lang, 'delay-days', r.delayDays) }),
        )
      : null,
    r.provisional
      ? h(
          'p',
          { class: 'provisional' },
          h('strong', { class: 'tag tag-warning', text: t(lang, 'provisional') }),
          ' ',
          t(lang, 'ready-provisional'),
        )
      : null,
  ];
}
