// The widget's own words and how they are filled in. They live in texts/<tag>/widget.ftl (Fluent),
// one folder per language listed in texts/languages.txt; the build (scripts/texts.mjs) checks them
// and turns them into the plain data imported here from `texts:widget`, so the widget is always
// loaded bundled (scripts/build.sh), never from www/ as it is. Everything about services, fees,
// dates and documents comes from the engine in the visitor's language; these are only the
// interface's labels, headings and messages, each by its Fluent message id. The entry carries the
// first screen's words (first-words.js); a language's others are added when they arrive with its
// engine texts (engine.js), before any screen after the first is drawn in it.

import { LANGS, STRINGS } from 'texts:widget';

export { LANGS, STRINGS };

/** Adds a language's later words (the build's `words-<tag>` file). */
export function addWords(lang, words) {
  Object.assign(STRINGS[lang], words);
}

/** A message of the interface; a word not yet loaded is a bug of the widget, named. */
function word(lang, key) {
  const value = STRINGS[lang][key];
  if (value === undefined) throw new Error(`the widget's word ${key} (${lang}) is not loaded`);
  return value;
}

/** A language's Intl locale (its `intl-locale` message): numbers, dates, plural categories. */
export const localeOf = (lang) => STRINGS[lang]['intl-locale'];

/**
 * The language a tag names, or null, as the engine reads `lang` (so the element and the API agree):
 * the tag itself if listed (`en-XA`), else its language subtag (`ru-KZ` is Russian; `ru-` is not).
 */
export function langOf(tag) {
  const wanted = String(tag ?? '').toLowerCase();
  const find = (t) => LANGS.find((l) => l.toLowerCase() === t) ?? null;
  const cut = wanted.indexOf('-');
  return find(wanted) ?? (cut > 0 && cut < wanted.length - 1 ? find(wanted.slice(0, cut)) : null);
}

/** A string of the interface with its `{name}` slots filled. */
export function t(lang, key, vars = {}) {
  return fill(word(lang, key), vars).join('');
}

/** The same, keeping values that are nodes (e.g. a date in <strong>): an array for append(). */
export function tNodes(lang, key, vars = {}) {
  return fill(word(lang, key), vars);
}

/** The message for a question left unanswered or answered wrongly, naming the question. */
export function errorFor(lang, fact) {
  return STRINGS[lang].errors[fact] ?? STRINGS[lang]['choose-answer'];
}

function fill(template, vars) {
  const parts = template
    .split(/(\{\w+\})/)
    .filter(Boolean)
    .map((part) => {
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

/**
 * A counted phrase ("5 working days"): the variant of the message's select on `$n` for the
 * number's plural category in the language, else its `other`; a language without plural forms
 * writes the message as plain text.
 */
export function plural(lang, key, n) {
  const forms = word(lang, key);
  const form = typeof forms === 'string' ? forms : (forms[new Intl.PluralRules(localeOf(lang)).select(n)] ?? forms.other);
  return fill(form, { n: String(n) }).join('');
}

/** The error of a `lang` attribute the elements do not support (`{code, message}`), or null. */
export function langError(tag) {
  if (!tag || langOf(tag)) return null;
  return { code: 'unsupported-language', message: `lang="${tag.slice(0, 20)}" is not supported: use ${LANGS.join(', ')}` };
}
