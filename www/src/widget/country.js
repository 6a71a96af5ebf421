// The country field: a text field filtering a listbox of countries (ARIA 1.2 combobox): type to
// filter, Down/Up to move, Enter to choose, Escape to close. Countries are shown in the visitor's
// language and found by any of their names in the three languages, their CLDR short and variant
// names and the common ones people type (UK, USA, UAE, Turkey, АҚШ, США). The codes come from the
// API's countries(); the chosen name maps back to its code. The list (some 250 names in three
// languages, folded and sorted) is made once the field is painted, or at the first key if sooner,
// not before: on a phone it cost the click to this question about 0.2 s.

import { h } from '../shared/dom.js';
import { errorFor, t } from '../shared/i18n.js';
import { fold, formatsFor } from '../shared/format.js';
import { countryKeys } from '../shared/country-names.js';
import { afterPaint } from './first.js';

let index = null;
const sorted = new Map(); // language -> the countries in its names and order

/** Every country with the folded names it is found by, made once. */
function searchIndex(codes) {
  index ??= codes.map((code) => ({ code, keys: countryKeys(code) }));
  return index;
}

/** Every country in `lang`'s names, with what it is found by, in `lang`'s order: made once per language. */
function countriesIn(lang, codes) {
  if (!sorted.has(lang)) {
    const f = formatsFor(lang);
    sorted.set(
      lang,
      searchIndex(codes)
        .map((c) => ({ ...c, name: f.country(c.code), key: fold(f.country(c.code)) }))
        .sort((a, b) => f.collator.compare(a.name, b.name)),
    );
  }
  return sorted.get(lang);
}

export function countryField(ctx, q, previous) {
  const { lang, f } = ctx;
  const codes = ctx.countries();
  const all = () => countriesIn(lang, codes);
  const given = String(previous ?? '').toUpperCase();
  const id = `input-${q.id}`;
  const listId = `list-${q.id}`;
  const countHintId = `count-${q.id}`;
  const typeHintId = `type-hint-${q.id}`;
  let chosen = codes.includes(given) ? { code: given, name: f.country(given) } : null;
  let shown = [];
  let active = -1;
  let input;
  let list;
  let count;

  const open = (isOpen) => {
    list.toggleAttribute('hidden', !isOpen);
    input.setAttribute('aria-expanded', String(isOpen));
    if (!isOpen) setActive(-1);
  };
  const setActive = (i) => {
    active = i;
    for (const [n, option] of list.querySelectorAll('[role="option"]').entries()) option.setAttribute('aria-selected', String(n === i));
    const el = list.querySelector(`#${listId}-${shown[i]?.code}`);
    if (el) {
      input.setAttribute('aria-activedescendant', el.id);
      el.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };
  const choose = (c) => {
    chosen = c;
    input.value = c.name;
    open(false);
  };
  const filter = () => {
    const query = fold(input.value);
    const exact = (c) => c.keys.includes(query) || c.code.toLowerCase() === query;
    const starts = (c) => c.keys.some((k) => k.startsWith(query));
    const rank = (c) => (exact(c) ? 0 : starts(c) ? 1 : 2);
    shown = query
      ? all()
          .filter((c) => exact(c) || c.keys.some((k) => k.includes(query)))
          .sort((a, b) => rank(a) - rank(b))
      : all();
    list.replaceChildren(
      ...shown.map((c) =>
        h(
          'li',
          {
            id: `${listId}-${c.code}`,
            role: 'option',
            class: 'country-option',
            'aria-selected': 'false',
            'data-code': c.code,
            // Chosen on pointerdown, before the field loses focus.
            on: {
              pointerdown: (e) => {
                e.preventDefault();
                choose(c);
              },
            },
          },
          c.name,
        ),
      ),
    );
    count.textContent = query ? (shown.length ? t(lang, 'country-matches', { n: shown.length }) : t(lang, 'country-none')) : '';
    active = -1;
    input.removeAttribute('aria-activedescendant');
  };
  return {
    labelFor: id,
    body: (described) => {
      input = h('input', {
        id,
        type: 'text',
        class: 'input input-country',
        part: 'input',
        role: 'combobox',
        autocomplete: 'off',
        spellcheck: 'false',
        'aria-autocomplete': 'list',
        'aria-expanded': 'false',
        'aria-controls': listId,
        'aria-describedby': `${typeHintId} ${described} ${countHintId}`,
        value: chosen?.name ?? null,
      });
      list = h('ul', {
        id: listId,
        role: 'listbox',
        class: 'listbox',
        part: 'listbox',
        'aria-label': t(lang, 'country-list'),
        hidden: true,
      });
      count = h('p', { id: countHintId, class: 'vh', 'aria-live': 'polite' });
      input.addEventListener('input', () => {
        chosen = null;
        filter();
        open(input.value.trim() !== '' && shown.length > 0);
      });
      input.addEventListener('keydown', (e) => {
        const isOpen = !list.hasAttribute('hidden');
        if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          if (!isOpen) {
            filter();
            open(shown.length > 0);
          }
          const step = e.key === 'ArrowDown' ? 1 : -1;
          if (shown.length) setActive(Math.min(shown.length - 1, Math.max(0, active + step)));
        } else if (e.key === 'Enter' && isOpen && active >= 0) {
          e.preventDefault(); // choosing is not submitting
          choose(shown[active]);
        } else if (e.key === 'Escape' && isOpen) {
          e.preventDefault();
          open(false);
        }
      });
      input.addEventListener('blur', () => open(false));
      afterPaint().then(all); // the list, ready before the visitor types (it is drawn when it opens)
      return h('div', { class: 'combobox' }, h('p', { id: typeHintId, class: 'hint', text: t(lang, 'country-hint') }), input, list, count);
    },
    read: () => {
      const typed = fold(input.value);
      const match =
        chosen && chosen.name === input.value
          ? chosen
          : (all().find((c) => c.key === typed) ??
            all().find((c) => c.keys.includes(typed) || c.code.toLowerCase() === typed) ??
            (typed && shown.length === 1 ? shown[0] : null));
      if (!match) {
        input.setAttribute('aria-invalid', 'true');
        return { error: errorFor(lang, q.id), focus: input };
      }
      input.removeAttribute('aria-invalid');
      return { value: match.code, focus: input };
    },
  };
}
