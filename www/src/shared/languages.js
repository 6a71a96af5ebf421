// The language switch both elements draw: each language by its own name, in its own `lang`, the
// current one marked (aria-current), a button that asks the element to switch.

import { h } from './dom.js';

/** The list of languages; `nameOf(l)` is a language's own name, `switchTo(l)` switches. */
export function languageList(langs, current, nameOf, switchTo) {
  return h(
    'ul',
    { class: 'langs' },
    langs.map((l) =>
      h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            lang: l,
            'data-lang': l,
            class: 'lang',
            'aria-current': l === current ? 'true' : null,
            on: { click: () => switchTo(l) },
          },
          nameOf(l),
        ),
      ),
    ),
  );
}
