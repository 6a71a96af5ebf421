// The first two questions before the engine. On a phone's connection the wasm and the language's
// texts take most of the wait; the first question needs neither. So the entry carries the engine's
// own answer to "no answers yet" in each language, computed by the engine being shipped when the
// widget was built (scripts/bundle.mjs), and the element draws it at once; the engine is fetched
// once it is painted. A visitor who answers at once (a second after the paint, on a phone) would
// then wait for the engine: so the entry also carries the engine's answer to each answer of the
// first question (`SECOND`, the same computation), and the element draws the second question from
// it at once. Only questions of options are carried (an outcome, a country or a date field needs
// the engine and its later files); a choice that leads elsewhere, or an answer to the second
// question, waits for the engine (the form says it is busy). When the engine is ready the element
// asks it for the screen on show: if its answer is the one drawn, the screen stays as the visitor
// left it (their choice, their focus); if not (an edition of the guide that starts later, say),
// the engine's screen replaces it. The widget learns no rule: it looks answers up in the table.

import { FIRST, SECOND } from 'build:assets';
import { engineLang } from '../shared/engine.js';

/**
 * The first question in `lang` as the engine answers it (`evaluate` with no answers), or null. Only
 * a question of options is drawn without the engine (a country or a date field needs it).
 */
export function firstQuestion(lang) {
  const ev = FIRST[engineLang(lang)];
  return ev?.question.options ? structuredClone(ev) : null;
}

/**
 * The screen the engine would draw in `lang` for `answers` (a Map), from the entry, or null: the
 * first question with no answers, the second for one answer to the first (if it is a question of
 * options). Null for anything else: the element then waits for the engine.
 */
export function earlyScreen(lang, answers) {
  if (answers.size === 0) return firstQuestion(lang);
  const first = FIRST[engineLang(lang)];
  if (answers.size !== 1 || !first || !answers.has(first.question.id)) return null;
  const ev = SECOND[engineLang(lang)]?.[String(answers.get(first.question.id))];
  return ev?.question.options ? structuredClone(ev) : null;
}

/** Whether the engine's answer (`evaluate()`, which may throw) draws the same screen as `early`. */
export function sameScreen(evaluate, early) {
  try {
    return JSON.stringify(evaluate()) === JSON.stringify(early);
  } catch {
    return false;
  }
}

/**
 * Resolves once what is on screen has been painted: after the next animation frame. A page in a
 * background tab paints nothing and gets no frames: then at once.
 */
export function afterPaint() {
  return new Promise((resolve) => {
    if (document.visibilityState === 'hidden') return resolve();
    const done = () => {
      document.removeEventListener('visibilitychange', done);
      resolve();
    };
    requestAnimationFrame(() => setTimeout(done));
    document.addEventListener('visibilitychange', done);
  });
}
