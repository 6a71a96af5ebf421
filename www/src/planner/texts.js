// The planner's words: texts/<lang>/planner.ftl, checked and made into data at build time
// (scripts/texts.mjs, `texts:planner`), added to the widget's (`texts:widget`: the language names,
// Intl locales and month names the shared modules use) in this bundle's own copy, so that i18n.js's
// t() and plural() fill both. The ids never collide: the build refuses an id defined twice in a
// language, and the planner's all start with planner-.

import { STRINGS as PLANNER } from 'texts:planner';
import { LANGS, STRINGS, langOf, plural, t } from '../shared/i18n.js';

for (const lang of LANGS) Object.assign(STRINGS[lang], PLANNER[lang]);

export { LANGS, STRINGS, langOf, plural, t };

/** The facts a CSV's columns hold, in the template's order: the engine's answers (`Answers`). */
export const FACTS = [
  'need',
  'location',
  'citizenship',
  'stayDays',
  'role',
  'term',
  'investmentResident',
  'category',
  'family',
  'branch',
  'meetsQualifications',
  'sameHost',
  'visa',
  'visaExpires',
  'applicantType',
];

/** A fact's column name in a language. */
export const columnName = (lang, fact) => STRINGS[lang]['planner-columns'][fact];
