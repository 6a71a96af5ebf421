// The team as a table, one row per person: the number, the name (an input, kept in the page only),
// the answers so far (labelled by the engine; each can be removed, to be asked again), and the
// result: the services, total and ready-by date, or the engine's next question to answer in the
// row, or the reason the row's answers were refused. The planner knows no rule: whatever the flow
// asks next, plan() gives it here with its options. Below 700 px of width the rows are cards.
//
// How a row is drawn and updated (issue 30, see CONTRACTS.md): `row(ctx, person, i)` is the one
// function that draws a person's row, from `ctx.resultOf(person)`; the element calls it when the
// row is first shown and again, replacing the old <tr>, whenever that person's plan changes; no
// other row is touched. `renumber()` updates the number and the labels that name the person when
// a row above is removed or the name changes. `teamTable()` is the empty table the rows go into.

import { h, hiddenText } from '../shared/dom.js';
import { STRINGS, columnName, t } from './texts.js';
import { formAnswer, rowQuestion } from './row-question.js';
import { rowDates, rowFlag, rowMoney } from './dates.js';
import { compactRow } from './compact.js';

/** Text a visitor gave, isolated for bidirectional text inside a string (FSI ... PDI). */
export const isolate = (text) => `\u2068${text}\u2069`;

/** The team's section: its heading, and the table with an empty body the rows go into (none when there is no one). */
export function teamTable(ctx, count) {
  const { lang } = ctx;
  const heading = h('h3', { id: 'team-heading', text: teamHeading(lang, count) });
  if (!count) {
    return {
      section: h(
        'section',
        { class: 'block team', part: 'team', 'aria-labelledby': 'team-heading' },
        heading,
        h('p', { class: 'hint', text: t(lang, 'planner-empty') }),
      ),
      heading,
      tbody: null,
    };
  }
  const columns = ['planner-col-number', 'planner-col-name', 'planner-col-answers', 'planner-col-result'];
  const tbody = h('tbody');
  const table = h(
    'table',
    { class: 'team-table', part: 'table', on: listeners(ctx) },
    h('caption', { class: 'vh', text: t(lang, 'planner-team') }),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        columns.map((id) => h('th', { scope: 'col', text: t(lang, id) })),
        h('th', { scope: 'col', class: 'no-print' }, hiddenText(t(lang, 'planner-remove'))),
      ),
    ),
    tbody,
  );
  return {
    section: h('section', { class: 'block team', part: 'team', 'aria-labelledby': 'team-heading' }, heading, table),
    heading,
    tbody,
  };
}

export const teamHeading = (lang, count) => (count ? `${t(lang, 'planner-team')} (${count})` : t(lang, 'planner-team'));

/**
 * The table's listeners, one of each for all the rows (not one per button): the person is the
 * row's, found by its key.
 */
function listeners(ctx) {
  const personOf = (el) => ctx.personOf(el.closest('tr[data-row]')?.dataset.row);
  return {
    click: (e) => {
      const button = e.target.closest('button[data-change], button[data-remove], button[data-reading]');
      const person = button && personOf(button);
      if (!person) return;
      if (button.dataset.reading) ctx.answer(person, button.closest('form[data-question]').dataset.question, button.dataset.reading);
      else if (button.dataset.change) ctx.unanswer(person, button.dataset.change);
      else ctx.remove(person);
    },
    input: (e) => {
      const person = e.target.matches('.input-name') && personOf(e.target);
      if (person) ctx.rename(person, e.target.value.trim());
    },
    // The name is taken when the field is left: the labels that name the person and the timeline follow.
    change: (e) => {
      const person = e.target.matches('.input-name') && personOf(e.target);
      if (person) ctx.renamed(person);
    },
    submit: (e) => {
      const form = e.target.closest('form[data-question]');
      const person = form && personOf(form);
      if (!person) return;
      e.preventDefault();
      const { text, empty } = formAnswer(form);
      if (empty) {
        empty.setAttribute('aria-invalid', 'true');
        empty.focus();
        return;
      }
      ctx.answer(person, form.dataset.question, text);
    },
  };
}

/**
 * The parts every row has, made once per language and cloned for each row (cloning a prepared
 * element is cheaper than building each of 5,000 rows' dozens of elements one by one).
 */
const made = new Map();
function prototypes(lang) {
  if (made.has(lang)) return made.get(lang);
  const label = (id) => t(lang, id);
  made.set(lang, {
    row: h(
      'tr',
      {},
      h('td', { class: 'row-number', 'data-label': label('planner-col-number') }),
      h(
        'td',
        { class: 'row-name', 'data-label': label('planner-col-name') },
        h('input', { type: 'text', class: 'input input-name', maxlength: 200, autocomplete: 'off' }),
      ),
      h('td', { class: 'row-answers', 'data-label': label('planner-col-answers') }),
      h('td', { class: 'row-result', tabindex: -1, 'data-label': label('planner-col-result') }, h('span', {})),
      h(
        'td',
        { class: 'row-remove no-print' },
        h('button', { type: 'button', class: 'link-button', 'data-remove': '' }, label('planner-remove')),
      ),
    ),
    answer: h(
      'li',
      { class: 'answer' },
      h('span', { class: 'answer-fact' }),
      h('span', { class: 'answer-value' }),
      h('button', { type: 'button', class: 'remove-answer no-print' }, '×'),
    ),
  });
  return made.get(lang);
}

/** A person's row, as their last plan gives it (`ctx.resultOf`): drawn whole, to replace the old one. */
export function row(ctx, person, i) {
  const { lang } = ctx;
  const result = ctx.resultOf(person);
  const made = prototypes(lang);
  const kind = result?.kind ?? 'question';
  const tr = made.row.cloneNode(true);
  tr.className = `row row-${kind}`;
  tr.dataset.row = person.key;
  tr.dataset.state = kind;
  const [, nameCell, answersCell, resultCell] = tr.children;
  nameCell.firstChild.value = person.name;
  const list = answers(ctx, made, person, result);
  if (list) answersCell.append(list);
  const state = resultCell.firstChild;
  state.className = `tag state state-${kind}`;
  state.textContent = STRINGS[lang]['planner-state'][kind];
  const body = outcome(ctx, person, result);
  if (body) resultCell.append(body);
  compactRow(tr, person, result);
  renumber(ctx, tr, person, i);
  return tr;
}

/** The row's number and the labels that name its person (`i`: the row's place; a name's change). */
export function renumber(ctx, tr, person, i) {
  const { lang } = ctx;
  const name = isolate(ctx.nameOf(person, i));
  const [number, nameCell, answersCell, , removeCell] = tr.children;
  number.textContent = String(i + 1);
  const input = nameCell.querySelector('input');
  const placeholder = t(lang, 'planner-person', { n: i + 1 });
  input.setAttribute('aria-label', placeholder);
  input.setAttribute('placeholder', placeholder);
  for (const button of answersCell.querySelectorAll('button[data-change]')) {
    button.setAttribute(
      'aria-label',
      t(lang, 'planner-remove-answer', { question: columnName(lang, button.dataset.change) ?? button.dataset.change, name }),
    );
  }
  removeCell.firstChild.setAttribute('aria-label', t(lang, 'planner-remove-person', { name }));
  nameCell.querySelector('[data-expand]')?.setAttribute('aria-label', t(lang, 'planner-details-of', { name }));
}

/**
 * The answers: as the engine labels them on the person's path (or in the interface language's
 * words where it refused the row), then the cells held back when read, as they were written.
 */
function answers(ctx, made, person, result) {
  const { lang } = ctx;
  let items;
  if (result?.kind === 'error') {
    const refused = ctx.refusedOf(person);
    items = Object.entries(person.answers).map(([fact, value]) => ({ fact, value: ctx.say(fact, value), refused: refused.has(fact) }));
  } else {
    // The engine's labels, but a date or a country in the interface language's words (the engine echoes a date as given).
    items = ctx.pathOf(person).map((a) => ({
      fact: a.fact,
      value: a.fact === 'citizenship' || /^\d{4}-\d{2}-\d{2}$/.test(String(a.value)) ? ctx.say(a.fact, a.value) : a.answer,
    }));
  }
  const tags = STRINGS[lang]['planner-held-tag'];
  for (const [fact, held] of Object.entries(person.held ?? {})) {
    items.push({ fact, value: held.given, held: held.why === 'ambiguous' ? tags.ambiguous : tags.unread });
  }
  if (!items.length) return null;
  const list = h('ul', { class: 'answers' });
  for (const { fact, value, refused, held } of items) {
    const column = columnName(lang, fact) ?? fact;
    const li = made.answer.cloneNode(true);
    li.dataset.fact = fact;
    const [factText, valueText, button] = li.children;
    factText.textContent = `${column}: `;
    valueText.textContent = value;
    button.dataset.change = fact;
    if (refused || held) {
      li.classList.add(held ? 'answer-held' : 'answer-refused');
      button.before(h('span', { class: 'tag tag-refused', text: ` ${held ?? t(lang, 'planner-refused')}` }));
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
    return h('p', {
      class: 'error-message',
      'data-code': result.error.code,
      text: STRINGS[lang]['planner-errors'][result.error.code] ?? result.error.message,
    });
  }
  if (result.kind === 'question') return rowQuestion(ctx, person, result.question);
  if (result.noService) {
    return h(
      'div',
      { class: 'row-plan' },
      h('p', { text: t(lang, 'planner-no-service') }),
      h('p', { class: 'hint', text: result.noService.reason }),
      rowDates(ctx, result),
    );
  }
  return h(
    'div',
    { class: 'row-plan' },
    rowFlag(ctx, result),
    h(
      'ul',
      { class: 'row-services', 'aria-label': t(lang, 'planner-services') },
      result.steps.map((s) => h('li', { 'data-service': s.service, text: s.title })),
    ),
    rowMoney(ctx, result),
    result.total.provisional ? h('p', { class: 'hint', text: t(lang, 'planner-provisional') }) : null,
    result.readyBy
      ? h(
          'p',
          { class: 'row-ready' },
          `${t(lang, 'planner-ready')}: `,
          h('strong', { class: 'date', 'data-date': result.readyBy, text: f.date(result.readyBy) }),
        )
      : null,
    rowDates(ctx, result),
  );
}
