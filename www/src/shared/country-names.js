// The names a country is found by, one source for the widget's country search (country.js) and
// the team planner's reading of a spreadsheet's column (planner/vocabulary.js): in every language,
// CLDR's names (Intl's, or the later file's Kazakh ones where the browser lacks them), CLDR's
// short and variant forms and the common ones people type (the later file's aliases: UK, USA,
// Turkey, АҚШ, США), folded (case, accents and punctuation do not matter).

import { LANGS } from './i18n.js';
import { fold, formatsFor } from './format.js';
import { later } from './later.js';

/** Every folded name of a country (an ISO 3166-1 alpha-2 code), in every language. */
export function countryKeys(code) {
  return [...new Set(LANGS.flatMap((l) => [...formatsFor(l).countryNames(code), ...(later().aliases[l]?.[code] ?? [])]).map(fold))];
}
