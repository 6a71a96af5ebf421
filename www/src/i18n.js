// The widget's own words, one file per language (strings/*.js), and how they are filled in.
// Everything about services, fees, dates and documents comes from the engine in the visitor's
// language; these are only the interface's labels, headings and messages.

import en from './strings/en.js';
import ru from './strings/ru.js';
import kk from './strings/kk.js';

export const LANGS = ['en', 'ru', 'kk'];
export const LANG_NAMES = { en: 'English', ru: 'Русский', kk: 'Қазақша' };
export const LOCALES = { en: 'en-GB', ru: 'ru-RU', kk: 'kk-KZ' };
export const STRINGS = { en, ru, kk };

/** The language a tag names (`ru-KZ` is Russian), or null. */
export function langOf(tag) {
  const primary = String(tag ?? '').toLowerCase().split('-')[0];
  return LANGS.includes(primary) ? primary : null;
}

/** A string of the interface with its `{name}` slots filled. */
export function t(lang, key, vars = {}) {
  return fill(STRINGS[lang][key], vars).join('');
}

/** The same, keeping values that are nodes (e.g. a date in <strong>): an array for append(). */
export function tNodes(lang, key, vars = {}) {
  return fill(STRINGS[lang][key], vars);
}

/** The message for a question left unanswered or answered wrongly, naming the question. */
export function errorFor(lang, fact) {
  return STRINGS[lang].errors[fact] ?? STRINGS[lang].chooseAnswer;
}

function fill(template, vars) {
  const parts = template.split(/(\{\w+\})/).filter(Boolean).map((part) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    return name !== undefined && name in vars ? vars[name] : part;
  });
  // A value ending in a full stop ("27 ноября 2026 г.") takes no second one from the template.
  for (let i = 1; i < parts.length; i += 1) {
    const before = parts[i - 1];
    const text = typeof before === 'string' ? before : before?.textContent;
    if (typeof parts[i] === 'string' && parts[i].startsWith('.') && text?.endsWith('.')) parts[i] = parts[i].slice(1);
  }
  return parts;
}

/** A counted phrase ("5 working days"), with the plural form of the language. */
export function plural(lang, key, n) {
  const forms = STRINGS[lang][key];
  const form = forms[new Intl.PluralRules(LOCALES[lang]).select(n)] ?? forms.other;
  return fill(form, { n: String(n) }).join('');
}
