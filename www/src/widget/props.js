// The element's properties that mirror its attributes, for hosts that set properties (frameworks
// do): `date`, `syncUrl`, and `answers` (also an object). `lang` is HTMLElement's own property,
// which already mirrors the attribute. And the check of the `date` attribute (the `lang` check is
// the team planner's too: ../shared/i18n.js).

import { parseAnswers } from './url.js';

/** The engine's error for a `date` attribute (`{code, message}`), or null if it takes it. */
export function dateError(pkg, date, lang) {
  try {
    pkg.evaluate({ answers: {}, date, lang });
    return null;
  } catch (err) {
    return { code: err.code ?? 'internal', message: err.message };
  }
}

function reflect(el, name, value) {
  if (value === null || value === undefined) el.removeAttribute(name);
  else el.setAttribute(name, String(value));
}

const MIRRORS = {
  date: {
    get() {
      return this.getAttribute('date');
    },
    set(value) {
      reflect(this, 'date', value);
    },
  },
  syncUrl: {
    get() {
      return this.getAttribute('sync-url');
    },
    set(value) {
      reflect(this, 'sync-url', value === true ? '' : value === false ? null : value);
    },
  },
  /** The `answers` attribute as an object; set a query string, or an object of fact -> value. */
  answers: {
    get() {
      return Object.fromEntries(parseAnswers(this.getAttribute('answers')));
    },
    set(value) {
      reflect(
        this,
        'answers',
        value !== null && typeof value === 'object'
          ? new URLSearchParams(Object.entries(value).map(([fact, v]) => [fact, String(v)])).toString()
          : value,
      );
    },
  },
};

/**
 * Properties a framework set on the element before its class was defined are own properties that
 * hide the mirrors: take them over (call once the element is connected).
 */
export function adoptEarlyProperties(el) {
  for (const name of Object.keys(MIRRORS)) {
    if (Object.hasOwn(el, name)) {
      const value = el[name];
      delete el[name];
      el[name] = value;
    }
  }
}

/** Adds the mirrored properties to an element class. */
export function mirrorAttributes(ElementClass) {
  for (const [name, { get, set }] of Object.entries(MIRRORS)) {
    Object.defineProperty(ElementClass.prototype, name, { get, set, enumerable: true, configurable: true });
  }
}
