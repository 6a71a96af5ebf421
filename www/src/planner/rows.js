// The team as a table, one row per person: the number, the name (an input, kept in the page only),
// the answers so far (labelled by the engine; each can be removed, to be asked again), and the
// result: the services, total and ready-by date, or the engine's next question to answer in the
// row, or the reason the row's answers were refused. The planner knows no rule: whatever the flow
// asks next, plan() gives it here with its options. Below 700 px of width the rows are cards.

import { h, hiddenText } from '../dom.js';
import { STRINGS, columnName, t } from './texts.js';
import { rowDates, rowFlag, rowMoney } from './dates.js';
import { compactRow } from './compact.js';

export function renderRows(ctx, people, results) {
  const { lang } = ctx;
  const heading = h('h3', { id: 'team-heading', text: people.length ? `${t(lang, 'planner-team')} (${people.length})` : t(lang, 'planner-team') });
  if (!people.length) {
    return h('section', { class: 'block team', part: 'team', 'aria-labelledby': 'team-heading' }, heading, h('p', { class: 'hint', text: t(lang, 'planner-empty') }));
  }
  const columns = ['planner-col-number', 'planner-col-name', 'planner-col-answers', 'planner-col-result'];
  const made = prototypes(lang);
  const tbody = h('tbody');
  people.forEach((person, i) => tbody.append(row(ctx, made, person, i, results[i])));
  const table = h('table', { class: 'team-table', part: 'table', on: listeners(ctx, people) },
    h('caption', { class: 'vh', text: t(lang, 'planner-team') }),
    h('thead', {}, h('tr', {}, columns.map((id) => h('th', { scope: 'col', text: t(lang, id) })),
      h('th', { scope: 'col', class: 'no-print' }, hiddenText(t(lang, 'planner-remove'))))),
    tbody);
  return h('section', { class: 'block team', part: 'team', 'aria-labelledby': 'team-heading' }, heading, table);
}

/**
 * The table's listeners, one of each for all the rows (not one per button): the person is the
 * row's, found by its key.
 */
function listeners(ctx, people) {
  const personOf = (el) => {
    const key = el.closest('tr[data-row]')?.dataset.row;
    return people.find((p) => String(p.key) === key);
  };
  return {
    click: (e) => {
      const button = e.target.closest('button[data-change], button[data-remove]');
      const person = button && personOf(button);
      if (!person) return;
      if (button.dataset.change) ctx.unanswer(person, button.dataset.change);
      else ctx.remove(person);
    },
    input: (e) => {
      const person = e.target.matches('.input-name') && personOf(e.target);
      if (person) ctx.rename(person, e.target.value.trim());
    },
    submit: (e) => {
      const form = e.target.closest('form[data-question]');
      const person = form && personOf(form);
      if (!person) return;
      e.preventDefault();
      const control = form.querySelector('select, input');
      const value = control.value.trim();
      if (!value) {
        control.setAttribute('aria-invalid', 'true');
        control.focus();
        return;
      }
      ctx.answer(person, form.dataset.question, value);
    },
  };
}

/**
 * The parts every row has, made once per table and cloned for each row (cloning a prepared
 * element is cheaper than building each of 50 rows' dozens of elements one by one).
 */
function prototypes(lang) {
  const label = (id) => t(lang, id);
  return {
    row: h('tr', {},
      h('td', { class: 'row-number', 'data-label': label('planner-col-number') }),
      h('td', { class: 'row-name', 'data-label': label('planner-col-name') },
        h('input', { type: 'text', class: 'input input-name', maxlength: 200, autocomplete: 'off' })),
      h('td', { class: 'row-answers', 'data-label': label('planner-col-answers') }),
      h('td', { class: 'row-result', tabindex: -1, 'data-label': label('planner-col-result') }, h('span', {})),
      h('td', { class: 'row-remove no-print' }, h('button', { type: 'button', class: 'link-button', 'data-remove': '' }, label('planner-remove')))),
    answer: h('li', { class: 'answer' },
      h('span', { class: 'answer-fact' }),
      h('span', { class: 'answer-value' }),
      h('button', { type: 'button', class: 'remove-answer no-print' }, '×')),
  };
}

function row(ctx, made, person, i, result) {
  const { lang } = ctx;
  const kind = result?.kind ?? 'question';
  const name = ctx.nameOf(person, i);
  const tr = made.row.cloneNode(true);
  tr.className = `row row-${kind}`;
  tr.dataset.row = person.key;
  tr.dataset.state = kind;
  const [number, nameCell, answersCell, resultCell, removeCell] = tr.children;
  number.textContent = String(i + 1);
  const input = nameCell.firstChild;
  const placeholder = t(lang, 'planner-person', { n: i + 1 });
  input.value = person.name;
  input.setAttribute('aria-label', placeholder);
  input.setAttribute('placeholder', placeholder);
  const list = answers(ctx, made, person, result, name);
  if (list) answersCell.append(list);
  const state = resultCell.firstChild;
  state.className = `tag state state-${kind}`;
  state.textContent = STRINGS[lang]['planner-state'][kind];
  const body = outcome(ctx, person, result);
  if (body) resultCell.append(body);
  removeCell.firstChild.setAttribute('aria-label', t(lang, 'planner-remove-person', { name }));
  compactRow(ctx, tr, person, result, name);
  return tr;
}

/** The answers: as the engine labels them on the person's path, or as given where it refused them. */
function answers(ctx, made, person, result, name) {
  const { lang, f } = ctx;
  let items;
  if (result?.kind === 'error') {
    const refused = ctx.refused(person);
    items = Object.entries(person.answers).map(([fact, value]) => ({ fact, value, refused: refused.has(fact) }));
  } else {
    items = ctx.pathOf(person).map((a) => ({ fact: a.fact, value: a.fact === 'citizenship' ? f.country(String(a.value)) : a.answer }));
  }
  if (!items.length) return null;
  const list = h('ul', { class: 'answers' });
  for (const { fact, value, refused } of items) {
    const column = columnName(lang, fact) ?? fact;
    const li = made.answer.cloneNode(true);
    li.dataset.fact = fact;
    const [factText, valueText, button] = li.children;
    factText.textContent = `${column}: `;
    valueText.textContent = value;
    button.dataset.change = fact;
    button.setAttribute('aria-label', t(lang, 'planner-remove-answer', { question: column, name }));
    if (refused) {
      li.classList.add('answer-refused');
      button.before(h('span', { class: 'tag tag-refused', text: ` ${t(lang, 'planner-refused')}` }));
    }
    list.append(li);
  }
  return list;
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
    return h('div', { class: 'row-plan' }, h('p', { text: t(lang, 'planner-no-service') }), h('p', { class: 'hint', text: result.noService.reason }), rowDates(ctx, result));
  }
  return h('div', { class: 'row-plan' },
    rowFlag(ctx, result),
    h('ul', { class: 'row-services', 'aria-label': t(lang, 'planner-services') },
      result.steps.map((s) => h('li', { 'data-service': s.service, text: s.title }))),
    rowMoney(ctx, result),
    result.total.provisional ? h('p', { class: 'hint', text: t(lang, 'planner-provisional') }) : null,
    result.readyBy ? h('p', { class: 'row-ready' }, `${t(lang, 'planner-ready')}: `,
      h('strong', { class: 'date', 'data-date': result.readyBy, text: f.date(result.readyBy) })) : null,
    rowDates(ctx, result));
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
  return h('form', { class: 'row-question', 'data-question': q.id },
    h('label', { class: 'label', for: id, text: q.text }),
    h('div', { class: 'row-question-field' }, control,
      h('button', { type: 'submit', class: 'button button-small', text: t(lang, 'planner-answer') })));
}
