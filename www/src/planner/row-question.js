// The engine's next question for a person, answered in the row: its options as a list, a country
// list, a number, or a date typed as day, month and year (the widget's date input, in that order
// in every language: a browser's date picker orders them by its own locale). When the person's
// cell for that fact was held back when read (read.js), the row says so first, in the interface
// language: what was written, why it was not taken, and what to do, with the choices right there
// (both readings of an ambiguous cell as buttons). The note describes the question's field, so a
// screen reader says it when the focus arrives.

import { h } from '../shared/dom.js';
import { STRINGS, t } from './texts.js';

export function rowQuestion(ctx, person, q) {
  const { lang, f } = ctx;
  const id = `q-${person.key}`;
  const labelId = `${id}-label`;
  const held = person.held?.[q.id];
  const noteId = held ? `${id}-note` : null;
  const date = q.input?.kind === 'date';
  let control;
  if (q.options) {
    control = h(
      'select',
      { id, class: 'input select' },
      h('option', { value: '', text: t(lang, 'planner-choose') }),
      q.options.map((o) => h('option', { value: String(o.value), text: o.label })),
    );
  } else if (q.input?.kind === 'country') {
    const countries = ctx
      .countries()
      .map((code) => [code, f.country(code)])
      .sort((a, b) => f.collator.compare(a[1], b[1]));
    control = h(
      'select',
      { id, class: 'input select' },
      h('option', { value: '', text: t(lang, 'planner-choose') }),
      countries.map(([code, name]) => h('option', { value: code, text: name })),
    );
  } else if (date) {
    control = dateParts(lang, id, labelId, noteId);
  } else {
    control = h('input', { id, type: 'text', inputmode: 'numeric', class: 'input input-number', autocomplete: 'off' });
  }
  if (!date && noteId) control.setAttribute('aria-describedby', noteId);
  return h(
    'form',
    { class: 'row-question', 'data-question': q.id, novalidate: true },
    date ? h('p', { id: labelId, class: 'label', text: q.text }) : h('label', { id: labelId, class: 'label', for: id, text: q.text }),
    held ? note(ctx, q, held, noteId) : null,
    h(
      'div',
      { class: 'row-question-field' },
      control,
      h('button', { type: 'submit', class: 'button button-small', text: t(lang, 'planner-answer') }),
    ),
  );
}

/** Why a cell was not taken, and what to do instead (the choices follow it in the form). */
function note(ctx, q, held, noteId) {
  const { lang, f } = ctx;
  const words = STRINGS[lang]['planner-held'];
  // What was written, shortened, and isolated for bidirectional text (a cell may be Arabic or Hebrew).
  const given = `\u2068${held.given.length > 60 ? `${held.given.slice(0, 59)}…` : held.given}\u2069`;
  const read = held.read === undefined ? '' : ctx.say(q.id, held.read);
  const fill = (text) => text.replace('{given}', given).replace('{read}', read);
  const reason = fill(words[held.why] ?? words.unknown);
  let instead;
  if (held.why === 'ambiguous') instead = t(lang, 'planner-held-which');
  else if (q.input?.kind === 'date')
    instead = t(lang, 'date-error', { min: f.date(String(q.input.min)), max: f.date(String(q.input.max)) });
  else if (q.input?.kind === 'number')
    instead = t(lang, 'number-error', { min: f.number(Number(q.input.min)), max: f.number(Number(q.input.max)) });
  else instead = t(lang, 'planner-held-choose');
  const readings =
    held.why === 'ambiguous'
      ? h(
          'div',
          { class: 'actions readings' },
          held.readings.map((value) =>
            h('button', {
              type: 'button',
              class: 'button button-secondary button-small',
              'data-reading': value,
              text: ctx.say(q.id, value),
            }),
          ),
        )
      : null;
  return h(
    'div',
    { class: 'held-note', id: noteId, 'data-why': held.why },
    h('p', { class: 'error-message' }, `${reason} `, h('span', { class: 'held-instead', text: instead })),
    readings,
  );
}

/** A date as three fields, Day / Month / Year (the widget's pattern), the group named by the question. */
function dateParts(lang, id, labelId, noteId) {
  const hintId = `${id}-hint`;
  const part = (name, size) =>
    h(
      'div',
      { class: `date-part date-part-${name}` },
      h('label', { for: `${id}-${name}`, class: 'date-label', text: t(lang, name) }),
      h('input', {
        id: `${id}-${name}`,
        class: `input input-date-part input-${name}`,
        type: 'text',
        inputmode: 'numeric',
        autocomplete: 'off',
        spellcheck: 'false',
        maxlength: size,
        'data-date-part': name,
      }),
    );
  return h(
    'div',
    {
      class: 'date-input',
      role: 'group',
      'aria-labelledby': labelId,
      'aria-describedby': [noteId, hintId].filter(Boolean).join(' '),
    },
    h('p', { class: 'hint', id: hintId, text: t(lang, 'date-hint') }),
    h('div', { class: 'date-parts' }, part('day', 2), part('month', 2), part('year', 4)),
  );
}

/**
 * What a row's form was answered with, as text for read.js: the choice, the typed number, or the
 * date's parts as day.month.year. `{empty}` names the field to fill first.
 */
export function formAnswer(form) {
  const parts = [...form.querySelectorAll('[data-date-part]')];
  if (parts.length) {
    const empty = parts.find((p) => !p.value.trim());
    return empty ? { empty } : { text: parts.map((p) => p.value.trim()).join('.') };
  }
  const control = form.querySelector('select, input');
  const text = control.value.trim();
  return text ? { text } : { empty: control };
}
