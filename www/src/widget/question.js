// The question screen: progress, the question as a form (options, a number of days, a date as
// Day / Month / Year, or a country), the answers so far. Answers are checked on Continue, not
// while typing; a refused answer shows the GOV.UK error pattern: a summary at the top that links
// to the field, and the message above the field, naming the question.

import { h } from '../shared/dom.js';
import { LANGS, STRINGS, errorFor, t } from '../shared/i18n.js';
import { countryField } from './country.js';
import { restart, summary } from './parts.js';

export function questionScreen(ctx, ev) {
  const { lang } = ctx;
  const q = ev.question;
  const total = ev.progress.answered + ev.progress.remaining;
  const progress = h(
    'div',
    { class: 'progress no-print', part: 'progress' },
    h('p', { class: 'caption', text: t(lang, 'question', { n: ev.progress.answered + 1 }) }),
    h('progress', {
      max: total,
      value: ev.progress.answered,
      'aria-label': t(lang, 'progress', { answered: ev.progress.answered, total }),
    }),
  );
  const previous = ctx.editing === q.id ? ctx.answers.get(q.id) : ctx.remembered.get(q.id);
  const field =
    q.input?.kind === 'country'
      ? countryField(ctx, q, previous)
      : q.input?.kind === 'date'
        ? dateField(ctx, q, previous)
        : q.input
          ? numberField(ctx, q, previous)
          : choiceField(ctx, q, previous);
  const name = `${t(lang, 'question', { n: ev.progress.answered + 1 })} ${q.text}`;
  return h('div', { class: 'screen screen-question' }, progress, form(ctx, q, field, name), summary(ctx, ev.path), restart(ctx));
}

/**
 * The form shell. `field`: {body(described) -> nodes, read() -> {value} | {error, focus}, fieldset,
 * labelFor}: a fieldset's legend or a label's text is the question, as the page's heading. The
 * form is named `name`, "Question 2 <the question>" (a landmark): getByRole('form', { name: question })
 * finds it, and getByLabel(question, { exact: true }) still finds the one control alone, as an
 * aria-labelledby to the heading would not (WIDGET.md, Testing contract).
 */
function form(ctx, q, field, name) {
  const { lang } = ctx;
  const hintId = `hint-${q.id}`;
  const errorId = `error-${q.id}`;
  const hint = q.help ? h('p', { class: 'hint', id: hintId, part: 'hint', text: q.help }) : null;
  const error = h('p', { class: 'error-message', id: errorId, part: 'error', hidden: true });
  const errorSummary = h('div', { class: 'error-summary', part: 'error-summary', tabindex: '-1', hidden: true });
  const described = [q.help ? hintId : null, errorId].filter(Boolean).join(' ');
  const heading = (labelFor) =>
    h(
      'h2',
      { class: 'question-title', tabindex: '-1', 'data-focus': 'heading', part: 'heading' },
      labelFor ? h('label', { for: labelFor, text: q.text }) : q.text,
    );
  const showError = (message, focusTarget) => {
    el.classList.toggle('has-error', Boolean(message));
    error.replaceChildren(...(message ? [h('span', { class: 'vh', text: `${t(lang, 'error-prefix')}: ` }), message] : []));
    error.toggleAttribute('hidden', !message);
    errorSummary.toggleAttribute('hidden', !message);
    if (!message) {
      errorSummary.replaceChildren();
      return;
    }
    const jump = h(
      'a',
      {
        href: `#${focusTarget?.id ?? errorId}`,
        class: 'link',
        on: {
          click: (e) => {
            e.preventDefault();
            focusTarget?.focus();
          },
        },
      },
      message,
    );
    errorSummary.replaceChildren(
      h('h2', { class: 'error-summary-title', text: t(lang, 'error-summary') }),
      h('ul', { class: 'error-summary-list' }, h('li', {}, jump)),
    );
    errorSummary.setAttribute('role', 'alert');
    errorSummary.focus();
  };
  // Not aria-busy on the form: a screen reader may then hold back the status inside it.
  const busy = h('p', { class: 'busy', role: 'status' });
  const showBusy = () => {
    el.dataset.busy = 'true';
    busy.textContent = t(lang, 'loading');
  };
  const body = field.fieldset
    ? h(
        'fieldset',
        { class: 'fieldset', 'aria-describedby': described },
        h('legend', { class: 'legend' }, heading()),
        hint,
        error,
        field.body(described),
      )
    : h('div', { class: 'field' }, heading(field.labelFor), hint, error, field.body(described));
  const el = h(
    'form',
    {
      class: 'question',
      part: 'question',
      novalidate: true,
      'data-question': q.id,
      'aria-label': name,
      on: {
        submit: (e) => {
          e.preventDefault();
          const result = field.read();
          if ('error' in result) {
            showError(result.error, result.focus);
            return;
          }
          const done = ctx.answer(q.id, result.value);
          if (done === 'waiting')
            showBusy(); // the first question, drawn before the engine: the answer goes on when it is ready
          else if (!done) showError(errorFor(lang, q.id), result.focus);
        },
      },
    },
    errorSummary,
    body,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button', part: 'button continue' }, t(lang, 'continue')), busy),
  );
  return el;
}

function choiceField(ctx, q, previous) {
  const inputs = [];
  return {
    fieldset: true,
    body: () =>
      h(
        'div',
        { class: 'options' },
        q.options.map((option, i) => {
          const id = `${q.id}-${i}`;
          const helpId = option.help ? `${id}-help` : null;
          const input = h('input', {
            type: 'radio',
            id,
            name: q.id,
            value: String(option.value),
            class: 'radio-input',
            'aria-describedby': helpId,
            checked: previous !== undefined && String(previous) === String(option.value),
          });
          inputs.push({ input, option });
          return h(
            'div',
            { class: 'option' },
            input,
            h('label', { for: id, class: 'option-label', text: option.label }),
            option.help ? h('p', { id: helpId, class: 'option-hint', text: option.help }) : null,
          );
        }),
      ),
    read: () => {
      const picked = inputs.find(({ input }) => input.checked);
      return picked ? { value: picked.option.value } : { error: errorFor(ctx.lang, q.id), focus: inputs[0]?.input };
    },
  };
}

/**
 * A number of days: "120", or with a word for days (`number-days`) of any of the widget's
 * languages, whichever it speaks ("120 days", "120 дней", "120 күн"): the entry carries them all.
 */
let daysPattern = null;
function daysOf(typed) {
  if (!daysPattern) {
    const words = LANGS.flatMap((l) => STRINGS[l]['number-days'].split(','))
      .map((w) => w.trim())
      .filter(Boolean);
    const alternatives = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    daysPattern = new RegExp(`^(\\d{1,6})\\s*(?:${alternatives})?\\.?$`, 'iu');
  }
  return daysPattern.exec(typed);
}

function numberField(ctx, q, previous) {
  const { lang, f } = ctx;
  const { min, max } = q.input;
  const id = `input-${q.id}`;
  let input;
  const range = () => t(lang, 'number-error', { min: f.number(Number(min)), max: f.number(Number(max)) });
  return {
    labelFor: id,
    body: (described) => {
      input = h('input', {
        id,
        name: q.id,
        class: 'input input-number',
        part: 'input',
        type: 'text',
        inputmode: 'numeric',
        autocomplete: 'off',
        spellcheck: 'false',
        value: previous !== undefined ? String(previous) : null,
        'aria-describedby': described,
      });
      return input;
    },
    read: () => {
      const typed = input.value.trim();
      const match = daysOf(typed);
      const n = match ? Number(match[1]) : NaN;
      if (!match || n < Number(min) || n > Number(max)) {
        input.setAttribute('aria-invalid', 'true');
        return { error: typed ? range() : errorFor(lang, q.id), focus: input };
      }
      input.removeAttribute('aria-invalid');
      return { value: n, focus: input };
    },
  };
}

/** A date as three fields, Day / Month / Year (the GOV.UK pattern), in every language. */
function dateField(ctx, q, previous) {
  const { lang, f } = ctx;
  const { min, max } = q.input;
  const [py, pm, pd] = /^\d{4}-\d{2}-\d{2}$/.test(String(previous ?? '')) ? String(previous).split('-').map(Number) : [];
  const parts = {};
  const range = () => t(lang, 'date-error', { min: f.date(String(min)), max: f.date(String(max)) });
  const part = (name, size, value) => {
    const id = `input-${q.id}-${name}`;
    parts[name] = h('input', {
      id,
      name: `${q.id}-${name}`,
      class: `input input-date-part input-${name}`,
      part: 'input',
      type: 'text',
      inputmode: 'numeric',
      autocomplete: 'off',
      spellcheck: 'false',
      maxlength: size,
      'data-date-part': name,
      value: value ?? null,
    });
    return h(
      'div',
      { class: `date-part date-part-${name}` },
      h('label', { for: id, class: 'date-label', text: t(lang, name) }),
      parts[name],
    );
  };
  return {
    fieldset: true,
    body: (described) =>
      h(
        'div',
        { class: 'date-input', role: 'group', 'aria-describedby': `date-hint-${q.id} ${described}` },
        h('p', { class: 'hint', id: `date-hint-${q.id}`, text: t(lang, 'date-hint') }),
        h('div', { class: 'date-parts' }, part('day', 2, pd), part('month', 2, pm), part('year', 4, py)),
      ),
    read: () => {
      const [d, m, y] = ['day', 'month', 'year'].map((n) => parts[n].value.trim());
      const ok = /^\d{1,2}$/.test(d) && /^\d{1,2}$/.test(m) && /^\d{4}$/.test(y);
      const iso = ok ? `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}` : '';
      const day = ok ? new Date(`${iso}T00:00:00Z`) : null;
      const real = day !== null && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(iso);
      const bad = !real || iso < String(min) || iso > String(max);
      for (const input of Object.values(parts)) {
        if (bad) input.setAttribute('aria-invalid', 'true');
        else input.removeAttribute('aria-invalid');
      }
      if (bad) return { error: d || m || y ? range() : errorFor(lang, q.id), focus: parts.day };
      return { value: iso, focus: parts.day };
    },
  };
}
