// The team as a table, one row per person: the number, the name (an input, kept in the page only),
// the answers so far (labelled by the engine; each can be removed, to be asked again), and the
// result: the services, total and ready-by date, or the engine's next question to answer in the
// row, or the reason the row's answers were refused. The planner knows no rule: whatever the flow
// asks next, plan() gives it here with its options. Below 700 px of width the rows are cards.

import { h, hiddenText } from '../dom.js';
import { STRINGS, columnName, t } from './texts.js';

export function renderRows(ctx, people, results) {
  const { lang } = ctx;
  const heading = h('h3', { id: 'team-heading', text: people.length ? `${t(lang, 'planner-team')} (${people.length})` : t(lang, 'planner-team') });
  if (!people.length) {
    return h('section', { class: 'block team', part: 'team', 'aria-labelledby': 'team-heading' }, heading, h('p', { class: 'hint', text: t(lang, 'planner-empty') }));
  }
  const columns = ['planner-col-number', 'planner-col-name', 'planner-col-answers', 'planner-col-result'];
  const table = h('table', { class: 'team-table', part: 'table' },
    h('caption', { class: 'vh', text: t(lang, 'planner-team') }),
    h('thead', {}, h('tr', {}, columns.map((id) => h('th', { scope: 'col', text: t(lang, id) })),
      h('th', { scope: 'col', class: 'no-print' }, hiddenText(t(lang, 'planner-remove'))))),
    h('tbody', {}, people.map((person, i) => row(ctx, person, i, results[i]))));
  return h('section', { class: 'block team', part: 'team', 'aria-labelledby': 'team-heading' }, heading, table);
}

function row(ctx, person, i, result) {
  const { lang } = ctx;
  const kind = result?.kind ?? 'question';
  const name = ctx.nameOf(person, i);
  const label = (id) => t(lang, id);
  return h('tr', { class: `row row-${kind}`, 'data-row': person.key, 'data-state': kind },
    h('td', { class: 'row-number', 'data-label': label('planner-col-number'), text: String(i + 1) }),
    h('td', { class: 'row-name', 'data-label': label('planner-col-name') },
      h('input', {
        type: 'text', class: 'input input-name', value: person.name, maxlength: 200, autocomplete: 'off',
        'aria-label': t(lang, 'planner-person', { n: i + 1 }), placeholder: t(lang, 'planner-person', { n: i + 1 }),
        on: { input: (e) => ctx.rename(person, e.target.value.trim()) },
      })),
    h('td', { class: 'row-answers', 'data-label': label('planner-col-answers') }, answers(ctx, person, result, name)),
    h('td', { class: 'row-result', tabindex: -1, 'data-label': label('planner-col-result') },
      h('span', { class: `tag state state-${kind}`, text: STRINGS[lang]['planner-state'][kind] }),
      outcome(ctx, person, result)),
    h('td', { class: 'row-remove no-print' }, h('button', {
      type: 'button', class: 'link-button', 'aria-label': t(lang, 'planner-remove-person', { name }),
      on: { click: () => ctx.remove(person) },
    }, t(lang, 'planner-remove'))));
}

/** The answers: as the engine labels them on the person's path, or as given where it refused them. */
function answers(ctx, person, result, name) {
  const { lang, f } = ctx;
  let items;
  if (result?.kind === 'error') {
    const refused = ctx.refused(person);
    items = Object.entries(person.answers).map(([fact, value]) => ({ fact, value, refused: refused.has(fact) }));
  } else {
    items = ctx.pathOf(person).map((a) => ({ fact: a.fact, value: a.fact === 'citizenship' ? f.country(String(a.value)) : a.answer }));
  }
  if (!items.length) return null;
  return h('ul', { class: 'answers' }, items.map(({ fact, value, refused }) => {
    const column = columnName(lang, fact) ?? fact;
    return h('li', { class: `answer${refused ? ' answer-refused' : ''}`, 'data-fact': fact },
      h('span', { class: 'answer-fact', text: `${column}: ` }),
      h('span', { class: 'answer-value', text: value }),
      refused ? h('span', { class: 'tag tag-refused', text: ` ${t(lang, 'planner-refused')}` }) : null,
      h('button', {
        type: 'button', class: 'remove-answer no-print', 'data-change': fact,
        'aria-label': t(lang, 'planner-remove-answer', { question: column, name }),
        on: { click: () => ctx.unanswer(person, fact) },
      }, '×'));
  }));
}

/** The result cell's body: the plan, the next question (a form), or the reason for a refusal. */
function outcome(ctx, person, result) {
  const { lang, f } = ctx;
  if (!result) return null;
  if (result.kind === 'error') {
    return h('p', { class: 'error-message', 'data-code': result.error.code, text: STRINGS[lang]['planner-errors'][result.error.code] ?? result.error.message });
  }
  if (result.kind === 'question') return question(ctx, person, result.question);
  if (result.noService) {
    return h('div', { class: 'row-plan' }, h('p', { text: t(lang, 'planner-no-service') }), h('p', { class: 'hint', text: result.noService.reason }));
  }
  return h('div', { class: 'row-plan' },
    h('ul', { class: 'row-services', 'aria-label': t(lang, 'planner-services') },
      result.steps.map((s) => h('li', { 'data-service': s.service, text: s.title }))),
    h('p', { class: 'row-total' }, `${t(lang, 'planner-total')}: `, h('strong', { 'data-kzt': result.total.kzt, text: f.money(result.total.kzt) })),
    result.total.provisional ? h('p', { class: 'hint', text: t(lang, 'planner-provisional') }) : null,
    result.total.complete ? null : h('p', { class: 'hint', text: t(lang, 'planner-incomplete') }),
    result.readyBy ? h('p', { class: 'row-ready' }, `${t(lang, 'planner-ready')}: `,
      h('strong', { class: 'date', 'data-date': result.readyBy, text: f.date(result.readyBy) })) : null);
}

/** The engine's next question for this person, answered in the row. */
function question(ctx, person, q) {
  const { lang, f } = ctx;
  const id = `q-${person.key}`;
  let control;
  if (q.options) {
    control = h('select', { id, class: 'input select' }, h('option', { value: '', text: t(lang, 'planner-choose') }),
      q.options.map((o) => h('option', { value: String(o.value), text: o.label })));
  } else if (q.input?.kind === 'country') {
    const countries = ctx.countries().map((code) => [code, f.country(code)]).sort((a, b) => f.collator.compare(a[1], b[1]));
    control = h('select', { id, class: 'input select' }, h('option', { value: '', text: t(lang, 'planner-choose') }),
      countries.map(([code, name]) => h('option', { value: code, text: name })));
  } else if (q.input?.kind === 'date') {
    control = h('input', { id, type: 'date', class: 'input', min: q.input.min, max: q.input.max });
  } else {
    control = h('input', { id, type: 'text', inputmode: 'numeric', class: 'input input-number', autocomplete: 'off' });
  }
  return h('form', {
    class: 'row-question', 'data-question': q.id,
    on: {
      submit: (e) => {
        e.preventDefault();
        const value = control.value.trim();
        if (!value) {
          control.setAttribute('aria-invalid', 'true');
          control.focus();
          return;
        }
        ctx.answer(person, q.id, value);
      },
    },
  },
  h('label', { class: 'label', for: id, text: q.text }),
  h('div', { class: 'row-question-field' }, control,
    h('button', { type: 'submit', class: 'button button-small', text: t(lang, 'planner-answer') })));
}
