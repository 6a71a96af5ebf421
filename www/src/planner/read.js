// Reading what people write in a team's table: the one place where a cell of a pasted sheet, a
// chosen file or a row's typed answer becomes one of the engine's values. The engine keeps its
// strict contract (`work`, `IN`, `true`, `2026-12-18`: README, "Answers"); an HR officer's sheet
// says "Work in the AIFC", "India", «Үндістан», "TUR", "да", "18.12.2026", «от 3 до 5 лет» or an
// Excel date serial, in any of the three languages, any case and spacing. What is read:
// - an answer's label as the planner and the widget show it, in every language (the engine's own
//   words, texts/*/flow-questions.ftl), its short form (before a bracket or a colon: "B2"), the
//   abbreviation in its brackets (IIN, ИИН, ЖСН, EDS, TRP, РВП), the first words of one label only
//   ("Work", «Работа»: when two labels start so, both are offered), the engine's value itself;
// - yes and no: the labels and the words people write (yes, да, иә, ...);
// - a country: any of its names in the three languages and their short forms (the widget's own
//   country search, one source: country-names.js), its ISO alpha-2 or alpha-3 code; in the
//   "where now" column a country is read as in Kazakhstan (KZ) or outside it;
// - a date: DD.MM.YYYY, D.M.YY, DD-MM-YYYY, YYYY-MM-DD (a time or the year's «г.» after it ignored), an Excel date
//   serial (days since 30 December 1899), and with slashes day first or month first when only one
//   is possible; 03/04/2027 is truly ambiguous (Kazakhstan writes day first, a US-made sheet month
//   first): both readings are offered, never guessed. Dots and dashes are day first, as written here;
// - a number of days: "120", "1 200", "120 days", «120 дней», «120 күн»;
// - a term: "2 years", "24 months", «от 3 до 5 лет», «3-тен 5 жылға дейін», "up to 2 years", a bare
//   1 to 5 (years); "up to 5 years" spans both of the guide's bands: both are offered.
// A cell read no way is refused with its reason (`unknown`, `not-a-date`, `not-a-number`), which
// the row explains beside the question's own choices. Nothing here knows a rule of the guide. The
// words people write (yes, no, abroad, the units of days and terms, "up to", the year after a date)
// are every language's `planner-input-words` (texts/<lang>/planner.ftl), which vocabulary.js gives
// createReader: a Russian or Kazakh reviewer finds them beside the planner's other words.

import { fold } from '../shared/format.js';

/** The facts answered yes or no. */
export const BOOLEAN_FACTS = ['investmentResident', 'family', 'branch', 'meetsQualifications', 'sameHost'];

/** The facts answered by choosing, and their values (README, "Answers"). */
export const CHOICES = {
  need: [
    'work',
    'invest',
    'business-visit',
    'business-multi',
    'residence-permit',
    'extend',
    'cancel',
    'arrival-notification',
    'iin',
    'tax-residency',
    'digital-signature',
    'fingerprinting',
    'qualification-exemption',
  ],
  location: ['inside', 'outside'],
  role: ['employee', 'expert'],
  term: ['up-to-2-years', '3-to-5-years'],
  category: ['B2', 'B3'],
  visa: ['work', 'investor', 'business-single', 'business-multi', 'trp'],
  applicantType: ['individual', 'legal-entity'],
};

export const DATE_FACTS = ['visaExpires'];
export const NUMBER_FACTS = ['stayDays'];
export const COUNTRY_FACTS = ['citizenship'];

/** The id of the engine's label of an answer (as crates/engine/src/flow/questions.rs names it). */
export function labelId(fact, value) {
  if (BOOLEAN_FACTS.includes(fact)) return String(value) === 'true' ? 'option_yes' : 'option_no';
  const snake = fact.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return `option_${snake}_${String(value).toLowerCase().replaceAll('-', '_')}`;
}

/** Lower case without accents (й is и, ё is е), the full stops and commas of numbers kept. */
const lower = (text) => String(text).normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase().replace(/ё/g, 'е');
/** A cell's text folded, with every run of spaces and punctuation one space. */
const words = (text) =>
  fold(String(text))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
/** The same without any space: what an exact reading compares. */
const squash = (text) => words(text).replaceAll(' ', '');

/**
 * A reader of cells, from the vocabulary: `labels[lang][labelId]` (the engine's answer labels in
 * every language), `countries: [{code, alpha3, names}]` (every name, folded or not) and `inputWords`,
 * the words people write (`planner-input-words`, every language's: `{yes: [...], no, abroad, days,
 * months, years, upTo, dateYear}`).
 */
export function createReader({ labels, countries, inputWords }) {
  // fact -> squashed word -> the values it reads as
  const exact = new Map();
  // fact -> [[the label's words, value]]: a label's first words read as it
  const starts = new Map();
  const add = (fact, word, value) => {
    const key = squash(word);
    if (!key) return;
    if (!exact.has(fact)) exact.set(fact, new Map());
    const found = exact.get(fact);
    if (!found.has(key)) found.set(key, new Set());
    found.get(key).add(value);
  };
  const addLabel = (fact, label, value) => {
    add(fact, label, value);
    const short = /^([^(:]+)[(:]/.exec(label)?.[1];
    if (short) add(fact, short, value);
    for (const [, inner] of label.matchAll(/\(([^)]{1,12})\)/g)) add(fact, inner, value);
    if (!starts.has(fact)) starts.set(fact, []);
    starts.get(fact).push([words(label), value]);
  };
  const langs = Object.keys(labels);
  for (const [fact, values] of Object.entries(CHOICES)) {
    for (const value of values) {
      add(fact, value, value);
      for (const lang of langs) {
        const label = labels[lang][labelId(fact, value)];
        if (label) addLabel(fact, label, value);
      }
    }
  }
  for (const fact of BOOLEAN_FACTS) {
    for (const [value, list] of [
      ['true', inputWords.yes],
      ['false', inputWords.no],
    ]) {
      for (const word of list) add(fact, word, value);
      for (const lang of langs) addLabel(fact, labels[lang][labelId(fact, value)] ?? '', value);
    }
  }
  for (const word of inputWords.abroad) add('location', word, 'outside');
  // The units of days and terms, folded as the cells are (й is и); the year after a date as written.
  const folded = (list) => new Set(list.map(lower));
  const units = {
    days: folded(inputWords.days),
    months: folded(inputWords.months),
    years: folded(inputWords.years),
    upTo: folded(inputWords.upTo),
  };
  const escaped = inputWords.dateYear.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const dateYear = escaped.length ? new RegExp(`\\s*(?:${escaped.join('|')})\\.?$`, 'u') : null;

  const country = new Map();
  for (const { code, alpha3, names } of countries) {
    for (const name of [...names, code, alpha3 ?? '']) {
      const key = squash(name);
      if (key && !country.has(key)) country.set(key, code);
    }
  }
  const countryOf = (text) => country.get(squash(text)) ?? null;

  /** A cell read as one of a fact's choices: exactly, else by a label's first words. */
  const choice = (fact, text) => {
    const found = exact.get(fact)?.get(squash(text));
    if (found) return found.size === 1 ? { value: [...found][0] } : { readings: [...found] };
    const typed = words(text);
    if (typed.length < 3 || BOOLEAN_FACTS.includes(fact)) return null;
    const matches = new Set((starts.get(fact) ?? []).filter(([label]) => label.startsWith(`${typed} `)).map(([, value]) => value));
    if (matches.size === 1) return { value: [...matches][0] };
    return matches.size ? { readings: [...matches] } : null;
  };

  /** One cell read (read() keeps what each cell was read as). */
  const readOnce = (fact, given) => {
    const text = String(given ?? '')
      .trim()
      .replace(/^["'«“„‘]+|["'»”’]+$/g, '')
      .trim();
    if (!text) return null;
    if (text.length > 200) return { refused: 'unknown' };
    if (COUNTRY_FACTS.includes(fact)) {
      const code = countryOf(text);
      return code ? { value: code } : { refused: 'unknown' };
    }
    if (DATE_FACTS.includes(fact)) return readDate(dateYear ? text.replace(dateYear, '') : text);
    if (NUMBER_FACTS.includes(fact)) return readDays(text, units.days);
    const chosen = choice(fact, text);
    if (chosen) return chosen;
    if (fact === 'term') return readTerm(text, units);
    if (fact === 'location') {
      // Where the person is now, named as a country: in Kazakhstan or outside it.
      const code = countryOf(text);
      if (code) return { value: code === 'KZ' ? 'inside' : 'outside' };
    }
    return { refused: 'unknown' };
  };

  // A sheet repeats its words (a column of "India", "yes", "2 years"): each is read once. 5,000
  // people (the 24-row test sheet over and over): 0.7 to 1.4 s read cell by cell, 0.14 to 0.43 s
  // so (Node, on the shared build machine).
  const seen = new Map();
  return {
    /**
     * One cell of a fact: `{value}` (the engine's, a string), `{readings: [a, b, ...]}` (more
     * than one reading: the row asks which), `{refused: why}`, or null for an empty cell.
     */
    read(fact, given) {
      const key = `${fact}\u0000${given}`;
      if (!seen.has(key)) {
        if (seen.size >= 50_000) seen.clear();
        seen.set(key, readOnce(fact, given));
      }
      return seen.get(key);
    },
  };
}

/** YYYY-MM-DD of a day, or null when there is no such day (31 February). */
function isoDate(year, month, day) {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : null;
}

/** Excel's day 0 (its serials count from 30 December 1899, the 1900 leap-year bug included). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A date cell (createReader has taken off the year's abbreviation after it, the Russian «г.»). */
export function readDate(text) {
  // A time after the date (Excel's "18.12.2026 0:00", ISO's "T00:00:00Z") is not part of the day.
  const s = text.replace(/(?:[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)$/i, '').trim();
  const one = (iso) => (iso ? { value: iso } : { refused: 'not-a-date' });
  let m = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/.exec(s);
  if (m) return one(isoDate(+m[1], +m[2], +m[3]));
  m = /^(\d{1,2})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})$/.exec(s);
  if (m) {
    const [a, b] = [+m[1], +m[3]];
    const year = m[4].length === 2 ? 2000 + +m[4] : +m[4];
    const dayFirst = isoDate(year, b, a);
    const monthFirst = isoDate(year, a, b);
    // Only one reading is a date (18/12/2026, 12/18/2026): that one.
    if (!dayFirst || !monthFirst || dayFirst === monthFirst) return one(dayFirst ?? monthFirst);
    // Dots and dashes: day first, as Kazakhstan and Russia write. Slashes: either, so ask.
    return m[2] === '/' ? { readings: [dayFirst, monthFirst] } : { value: dayFirst };
  }
  m = /^(\d{5})(?:[.,]\d+)?$/.exec(s);
  if (m) return { value: new Date(EXCEL_EPOCH + Number(m[1]) * 86_400_000).toISOString().slice(0, 10) };
  return { refused: 'not-a-date' };
}

/** A number of days: "120", "1 200", "120 days", «120 дней», «120 күн»; `dayWords`: the units, folded. */
export function readDays(text, dayWords) {
  const m = /^(\d{1,3}(?:[\s\u00a0\u202f,]\d{3})+|\d{1,6})\s*([\p{L}.]*)$/u.exec(text);
  const unit = m ? lower(m[2]).replace(/\.$/, '') : '';
  if (!m || (unit && !dayWords.has(unit))) return { refused: 'not-a-number' };
  return { value: String(Number(m[1].replace(/[\s\u00a0\u202f,]/g, ''))) };
}

/** A term: a number or a range of years or months, read as one of the guide's two bands; `units`: the words of months, years, "up to", folded. */
export function readTerm(text, { months: monthWords, years: yearWords, upTo }) {
  const folded = lower(text)
    .replace(/(\d)(?=\p{L})/gu, '$1 ')
    .replace(/(\p{L})(?=\d)/gu, '$1 ');
  const numbers = [...folded.matchAll(/\d+(?:[.,]\d+)?/g)].map((n) => Number(n[0].replace(',', '.')));
  const tokens = folded.split(/[^\p{L}]+/u).filter(Boolean);
  const months = tokens.some((w) => monthWords.has(w));
  const years = tokens.some((w) => yearWords.has(w));
  if (!numbers.length || numbers.length > 2 || (months && years)) return { refused: 'unknown' };
  if (!months && !years && numbers.some((n) => n > 5 || n < 1)) return { refused: 'unknown' };
  const inYears = numbers.map((n) => (months ? n / 12 : n));
  const high = Math.max(...inYears);
  const low = inYears.length === 2 ? Math.min(...inYears) : tokens.some((w) => upTo.has(w)) ? 0 : high;
  if (high <= 2) return { value: 'up-to-2-years' };
  if (low >= 3 && high <= 5) return { value: '3-to-5-years' };
  if (low <= 2 && high >= 3 && high <= 5) return { readings: ['up-to-2-years', '3-to-5-years'] };
  return { refused: 'unknown' };
}

/**
 * A person's cells read: `answers` (fact -> the engine's value) and `held` (fact -> {given, why,
 * readings?}: the cells not taken, kept to be explained in the row and asked again).
 */
export function readAnswers(reader, given) {
  const answers = {};
  const held = {};
  for (const [fact, text] of Object.entries(given)) {
    const read = reader.read(fact, text);
    if (!read) continue;
    if ('value' in read) answers[fact] = read.value;
    else if (read.readings) held[fact] = { given: String(text).trim(), why: 'ambiguous', readings: read.readings };
    else held[fact] = { given: String(text).trim(), why: read.refused };
  }
  return { answers, held };
}
