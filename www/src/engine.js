// The engine (the wasm package), loaded once for every widget on the page. The wasm download
// starts at once, beside the glue's.

import { LANGS } from './i18n.js';

let loading = null;
const answersIn = new Map();

/** The package beside the widget's module (`base`): a promise, shared by every instance. */
export function loadEngine(base) {
  loading ??= (async () => {
    const wasm = fetch(new URL('./pkg/aifc_eligibility_bg.wasm', base));
    wasm.catch(() => {}); // a failure surfaces through init below
    const pkg = await import(new URL('./pkg/aifc_eligibility.js', base).href);
    // A Response promise: the glue instantiates it with WebAssembly.instantiateStreaming.
    await pkg.default({ module_or_path: wasm });
    return pkg;
  })();
  loading.catch(() => {}); // each instance reports a failure as an `error` event
  return loading;
}

/**
 * The language to ask the engine in: the visitor's, or the first listed (English) for a language
 * the widget's texts have and the engine lacks (one added to the widget alone, as a test's
 * pseudo-locale is): its words are then the widget's, the engine's answers English.
 */
export function engineLang(pkg, lang) {
  if (!answersIn.has(lang)) {
    let known = true;
    try {
      pkg.evaluate({ answers: {}, lang });
    } catch (err) {
      known = err.code !== 'unsupported-language';
    }
    answersIn.set(lang, known ? lang : LANGS[0]);
  }
  return answersIn.get(lang);
}
