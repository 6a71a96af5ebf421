// Formatting: money, dates, numbers and country names in the visitor's language, with Intl.
// Some browsers ship without Kazakh data (Intl then falls back to root: "2026 M03 20", "1,234.5",
// English country names). Detected, not assumed: numbers then use Russian data, whose formats
// Kazakh shares; dates are written as its texts say (long-date, month-name); country names the
// CLDR Kazakh names of the build's later file (later.js, from regions-kk.js).

import { STRINGS, localeOf, t } from './i18n.js';
import { later } from './later.js';

// Kazakh's formats of numbers are Russian's: used where the browser has no Kazakh data.
const RU = 'ru-RU';

const formats = new Map();

/** Formatters for a language, made once. */
export function formatsFor(lang) {
  if (!formats.has(lang)) formats.set(lang, makeFormats(lang));
  return formats.get(lang);
}

/** A value made on first use: Intl objects are slow to make (tens of ms on a phone), and the first question needs none. */
function once(make) {
  let value;
  let made = false;
  return () => {
    if (!made) [value, made] = [make(), true];
    return value;
  };
}

function makeFormats(lang) {
  const locale = localeOf(lang);
  const cyrillic = /\p{Script=Cyrillic}/u;
  const sample = Date.UTC(2026, 0, 15);
  const kk = lang === 'kk';
  const lacksNumbers = once(() => kk && new Intl.NumberFormat(locale).format(1234.5) === new Intl.NumberFormat('en').format(1234.5));
  const lacksRegions = once(() => kk && !cyrillic.test(new Intl.DisplayNames([locale], { type: 'region' }).of('DE')));
  const lacksMonths = once(() => kk && !cyrillic.test(new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(sample)));
  const numberLocale = () => (lacksNumbers() ? RU : locale);
  const regions = once(() => new Intl.DisplayNames([lacksRegions() ? RU : locale], { type: 'region', fallback: 'code' }));
  const ownRegions = () => (kk && lacksRegions() ? later().regionsKk : null);
  const longDate = once(() => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }));
  const money = (decimals) =>
    once(
      () =>
        new Intl.NumberFormat(numberLocale(), {
          style: 'currency',
          currency: 'KZT',
          currencyDisplay: 'narrowSymbol',
          minimumFractionDigits: decimals,
          maximumFractionDigits: decimals,
        }),
    );
  const wholeTenge = money(0);
  const tiyn = money(2);
  const plain = once(() => new Intl.NumberFormat(numberLocale(), { maximumFractionDigits: 3 }));
  const collator = once(() => new Intl.Collator(kk && !ownRegions() && lacksRegions() ? RU : locale));
  return {
    /** An exact decimal string of tenge: whole tenge without decimals, else two. */
    money: (kzt) => (/^-?\d+$/.test(kzt) ? wholeTenge() : tiyn()).format(kzt),
    number: (n) => plain().format(n),
    /** A YYYY-MM-DD date as a long date of the language (Kazakh as full ICU writes it: "2026 ж. 20 наурыз"). */
    date: (iso) => {
      const [y, m, d] = iso.split('-').map(Number);
      if (lacksMonths()) return t(lang, 'long-date', { year: y, day: d, month: STRINGS[lang]['month-name'][m] });
      // Russian long dates end in "г."; the sentences around them never add a second full stop.
      return longDate().format(Date.UTC(y, m - 1, d));
    },
    country: (code) => ownRegions()?.[code]?.[0] ?? regions().of(code) ?? code,
    /** Every name a country is found by in this language: CLDR's, its short and variant forms. */
    countryNames: (code) => ownRegions()?.[code] ?? [regions().of(code) ?? code],
    get collator() {
      return collator();
    },
  };
}

/** Text folded for matching a search: case, accents, ё and punctuation do not matter. */
export function fold(s) {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[.\s]+/g, ' ')
    .trim();
}
