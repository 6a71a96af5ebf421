// What the planner reads a table with (read.js) and says an answer with: the engine's labels of
// the answers in every language (texts/*/flow-questions.ftl, carried by the build as
// `texts:flow-questions`), the words people write for yes, no, abroad, units and "up to" in every
// language (`planner-input-words` of texts/*/planner.ftl: accepted, never shown), the countries'
// names as the widget's country search finds them (country-names.js) and their ISO alpha-3 codes
// (regions-kk.js, from CLDR).

import { STRINGS as LABELS } from 'texts:flow-questions';
import { STRINGS as PLANNER } from 'texts:planner';
import { ALPHA3 } from '../../data/regions-kk.js';
import { countryKeys } from '../shared/country-names.js';
import { BOOLEAN_FACTS, CHOICES, COUNTRY_FACTS, DATE_FACTS, NUMBER_FACTS, createReader, labelId } from './read.js';

let reader = null;

/** The reader, made at its first use (the countries' names need the later file, which comes with the engine). */
export function plannerReader(codes) {
  reader ??= createReader({
    labels: LABELS,
    countries: codes.map((code) => ({ code, alpha3: ALPHA3[code], names: countryKeys(code) })),
    inputWords: inputWords(),
  });
  return reader;
}

/** Every language's `planner-input-words`, kind by kind (`{yes: [...], no: [...], ...}`): each a list of words separated by commas. */
function inputWords() {
  const words = {};
  for (const texts of Object.values(PLANNER)) {
    for (const [kind, list] of Object.entries(texts['planner-input-words'])) {
      (words[kind] ??= []).push(
        ...list
          .split(',')
          .map((w) => w.trim())
          .filter(Boolean),
      );
    }
  }
  return words;
}

/**
 * An answer as the visitor reads it in `lang` (never the engine's code): the engine's label, the
 * country's name, a long date, a number; a value of no known form is shown as it was written.
 */
export function answerText(lang, f, fact, value) {
  const text = String(value);
  if (COUNTRY_FACTS.includes(fact)) return f.country(text.toUpperCase());
  if (DATE_FACTS.includes(fact)) return /^\d{4}-\d{2}-\d{2}$/.test(text) ? f.date(text) : text;
  if (NUMBER_FACTS.includes(fact)) return /^\d+$/.test(text) ? f.number(Number(text)) : text;
  if ((BOOLEAN_FACTS.includes(fact) && (text === 'true' || text === 'false')) || CHOICES[fact]?.includes(text))
    return LABELS[lang]?.[labelId(fact, text)] ?? text;
  return text;
}
