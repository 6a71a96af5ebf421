// The engine, loaded once for every widget on the page: its glue (the package's guard and
// wasm-bindgen's glue) is bundled into the entry module; the wasm and each language's texts are
// fetched from beside the entry under their content-hashed names with the integrity values the
// build computed (`build:assets`), so the browser refuses any other bytes. instantiateStreaming
// compiles the wasm while it downloads (the glue falls back to the whole body when a server sends
// the wrong MIME type). A language's texts are fetched when a widget first needs that language:
// the visitor's own before the first question, another on a switch; once loaded, a language works
// offline.

import init, * as api from '../../pkg/aifc_eligibility.js';
import { ASSETS } from 'build:assets';
import { LANGS } from './i18n.js';

let loading = null;
const languages = new Map();
const loaded = new Set();

/**
 * A later file of the build, beside the entry module (`base`), fetched pinned to its integrity
 * value. The browser says only "Failed to fetch" for a refused file; the error names the file and
 * the three causes a host can fix (docs/WIDGET.md, Embedding).
 */
export function fetchPinned(base, { file, integrity }) {
  const url = new URL(file, base);
  return fetch(url, { integrity }).catch((err) => {
    throw new Error(`${file} could not be fetched from ${url.origin} (${err?.message ?? err}): `
      + `a server on another origin must send Access-Control-Allow-Origin for every file, the page's CSP must allow ${url.origin} in connect-src, `
      + 'and the file must be the one the entry\'s integrity value names');
  });
}

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
 * the widget's texts have and the engine lacks (one added to the widget alone): its words are then
 * the widget's, the engine's answers English.
 */
export function engineLang(lang) {
  return ASSETS[`texts-${lang}`] ? lang : LANGS[0];
}

/** The engine with `lang`'s texts loaded (fetched once per page; a failed fetch is tried again next time). */
export function withLanguage(base, lang) {
  const tag = engineLang(lang);
  if (!languages.has(tag)) {
    const texts = fetchPinned(base, ASSETS[`texts-${tag}`]).then((response) => {
      if (!response.ok) throw new Error(`the ${tag} texts: ${response.status} ${response.statusText}`);
      return response.text();
    });
    const ready = Promise.all([loadEngine(base), texts]).then(([pkg, text]) => {
      pkg.loadLanguage(tag, text);
      loaded.add(tag);
      return pkg;
    });
    ready.catch(() => languages.delete(tag));
    languages.set(tag, ready);
  }
  return languages.get(tag);
}

/** The engine with the texts of the language `lang()` names once they are loaded, loading again if it changed meanwhile. */
export async function engineWith(base, lang) {
  let tag;
  let pkg;
  do {
    tag = lang();
    pkg = await withLanguage(base, tag);
  } while (tag !== lang());
  return pkg;
}

/**
 * The language to check answers or a date in: `lang`'s if its texts are loaded, else one that is.
 * What is accepted does not depend on the language, and answers set while another language's
 * texts are on their way must not be refused for it (`language-not-loaded`).
 */
export function checkingLang(lang) {
  const tag = engineLang(lang);
  return loaded.has(tag) ? tag : (loaded.values().next().value ?? tag);
}

/** Whether `lang`'s texts are loaded (so the engine answers in it at once). */
export function hasLanguage(lang) {
  return loaded.has(engineLang(lang));
}
