// The documents as a checklist, grouped by who provides them (the company, the applicant, family
// members), in the guide's order within each group. A condition is shown once, in plain words
// ("if any"); lines of advice among the guide's documents (consular fees) are shown
// as advice, never as a box to tick. Ticks are kept while the visitor moves between screens.

import { h } from '../shared/dom.js';
import { STRINGS, t } from '../shared/i18n.js';

const GROUPS = ['company', 'applicant', 'family'];

export function checklist(ctx, documents, scope) {
  const { lang } = ctx;
  const groups = GROUPS.map((by) => [by, documents.filter((d) => d.by === by)]).filter(([, docs]) => docs.length);
  const advice = documents.filter((d) => d.by === 'advice');
  const single = groups.length === 1;
  return h(
    'div',
    { class: 'checklist-groups' },
    groups.map(([by, docs]) =>
      h(
        'div',
        { class: 'checklist-group', 'data-group': by },
        single ? null : h('h5', { class: 'checklist-group-title', text: STRINGS[lang].groups[by] }),
        h(
          'ul',
          { class: 'checklist' },
          docs.map((doc) => item(ctx, doc, scope, documents.indexOf(doc))),
        ),
      ),
    ),
    advice.length
      ? h(
          'div',
          { class: 'checklist-advice', 'data-group': 'advice' },
          h('h5', { class: 'checklist-group-title', text: STRINGS[lang].groups.advice }),
          h(
            'ul',
            { class: 'notes' },
            advice.map((doc) => h('li', { class: 'note', 'data-document': doc.id, 'data-advice': '', text: doc.text })),
          ),
        )
      : null,
  );
}

function item(ctx, doc, scope, i) {
  const { lang } = ctx;
  const key = `${scope}:${doc.id}`;
  const id = `doc-${scope.replace(/[^\w-]/g, '-')}-${i}`;
  const ifAny = doc.conditions.includes('if-any');
  const optional = doc.conditions.includes('optional');
  // "If any" and "optional" are flags (tags); the engine's `when` holds the other conditions' words.
  const tags = [
    ifAny ? h('span', { class: 'tag tag-if-any', text: t(lang, 'if-any') }) : null,
    optional ? h('span', { class: 'tag', text: t(lang, 'optional') }) : null,
    doc.when ? h('span', { class: 'when', text: doc.when }) : null,
  ].filter(Boolean);
  const box = h('input', {
    type: 'checkbox',
    id,
    class: 'checkbox-input',
    checked: ctx.ticked.has(key),
    on: { change: (e) => (e.target.checked ? ctx.ticked.add(key) : ctx.ticked.delete(key)) },
  });
  return h(
    'li',
    { class: `check${ifAny ? ' check-if-any' : ''}`, 'data-document': doc.id },
    box,
    h(
      'label',
      { for: id, class: 'check-label' },
      h('span', { text: doc.text }),
      tags.length
        ? [
            ' ',
            h(
              'span',
              { class: 'conditions' },
              tags.flatMap((tag, n) => (n ? [' ', tag] : [tag])),
            ),
          ]
        : null,
    ),
  );
}
