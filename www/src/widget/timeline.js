// The timeline: the plan's dates as a picture (a line with a mark for each moment, drawn by the
// stylesheet) that is also an ordered list, so screen readers read the same dates as text. Only
// dates the engine computed are shown; a moment the guide gives no time for (the embassy or
// airport visit) says when it comes, after the step before it is ready, never "date not set".

import { h } from '../shared/dom.js';
import { STRINGS, t } from '../shared/i18n.js';

export function timeline(ctx, o) {
  const { lang, f } = ctx;
  const words = STRINGS[lang].moments;
  const steps = o.plan.steps;
  const many = steps.length > 1;
  const label = (m) => {
    const step = m.step !== null ? steps[m.step] : null;
    const place = step ? (STRINGS[lang].places[o.quotes[m.step]?.nextSteps[0]?.place] ?? step.then ?? '') : '';
    const text = words[m.kind].replace('{place}', place);
    return many && step ? t(lang, 'of-stage', { text, n: m.step + 1 }) : text;
  };
  const today = o.plan.timeline.find((m) => m.kind === 'today')?.date;
  // One row per date (moments of one day together); a moment without a date has a row of its own.
  const rows = [];
  for (const m of o.plan.timeline) {
    const last = rows.at(-1);
    if (m.date && last?.date === m.date) last.moments.push(m);
    else rows.push({ date: m.date, moments: [m] });
  }
  return h(
    'section',
    { class: 'block timeline-block', part: 'timeline' },
    h('h3', { text: t(lang, 'timeline-title') }),
    h(
      'ol',
      { class: 'timeline', 'data-timeline': '' },
      rows.map((row) =>
        h(
          'li',
          {
            class: ['moment', ...row.moments.map((m) => `moment-${m.kind}`), row.date && today && row.date < today ? 'moment-past' : '']
              .join(' ')
              .trim(),
            'data-date': row.date ?? null,
          },
          h('span', {
            class: 'moment-date',
            text: row.date ? f.date(row.date) : t(lang, row.moments[0].kind === 'next-step' ? 'after-ready' : 'no-date'),
          }),
          h(
            'ul',
            { class: 'moment-labels' },
            row.moments.map((m) => h('li', { class: 'moment-label', 'data-kind': m.kind, text: label(m) })),
          ),
        ),
      ),
    ),
  );
}
