// The engine, loaded once for every widget on the page: its glue (the package's guard and
// wasm-bindgen's glue) is bundled into the entry module; the wasm is fetched from beside the entry
// under its content-hashed name with the integrity value the build computed (`build:assets`), so
// the browser refuses any other bytes. instantiateStreaming compiles it while it downloads (the
// glue falls back to the whole body when a server sends the wrong MIME type).

import init, * as api from '../../pkg/aifc_eligibility.js';
import { ASSETS } from 'build:assets';
import { LANGS } from './i18n.js';

let loading = null;
const answersIn = new Map();

/** A later file of the build, beside the entry module (`base`), fetched pinned to its integrity value. */
export const fetchPinned = (base, { file, integrity }) => fetch(new URL(file, base), { integrity });

/** The engine: a promise of the package's API, shared by every instance. */
export function loadEngine(base) {
  loading ??= (async () => {
    // A Response promise: the glue instantiates it with WebAssembly.instantiateStreaming.
    await init({ module_or_path: fetchPinned(base, ASSETS.wasm) });
    return api;
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
