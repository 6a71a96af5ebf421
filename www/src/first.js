// The first question before the engine. On a phone's connection the wasm and the language's texts
// take most of the wait; the first question needs neither. So the entry carries the engine's own
// answer to "no answers yet" in each language, computed by the engine being shipped when the
// widget was built (scripts/bundle.mjs), and the element draws it at once; the engine is fetched
// once it is painted. A choice made before the engine is ready waits for it (the form says it is
// busy). When the engine is ready the element asks it the same question: if its answer is the one
// drawn, the screen stays as the visitor left it (their choice, their focus); if not (an edition
// of the guide that starts later, say), the engine's screen replaces it.

import { FIRST } from 'build:assets';
import { engineLang } from './engine.js';

/**
 * The first question in `lang` as the engine answers it (`evaluate` with no answers), or null. Only
 * a question of options is drawn without the engine (a country or a date field needs it).
 */
export function firstQuestion(lang) {
  const ev = FIRST[engineLang(lang)];
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
