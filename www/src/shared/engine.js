// The engine, loaded once for every widget on the page: its glue (the package's guard and
// wasm-bindgen's glue) is bundled into the entry module; the wasm and each language's texts are
// fetched from beside the entry under their content-hashed names with the integrity values the
// build computed (`build:assets`), so the browser refuses any other bytes. Each file's URL is a
// literal `new URL("<file>", import.meta.url)` in the entry (`build:urls`), the one form every
// bundler (Vite, dev and build, webpack, Rollup, Parcel) recognises, copies and rewrites; served as
// built, it is the file beside the entry. instantiateStreaming
// compiles the wasm while it downloads (the glue falls back to the whole body when a server sends
// the wrong MIME type). With the wasm comes the widget's later file (later.js: the outcome's
// stylesheet, the country names). A language's texts (the engine's, and the widget's words beyond
// the first screen's) are fetched when a widget first needs that language: the visitor's own
// after the first question is painted, another on a switch; once loaded, a language works offline.

import init, * as api from '../../../pkg/aifc_eligibility_guard.js';
import { ASSETS } from 'build:assets';
import { URLS } from 'build:urls';
import { LANGS, addWords } from './i18n.js';
import { setLater } from './later.js';

/**
 * One engine per page (issue 27, item 5): the engine instance is shared by the guard itself
 * (src/glue.js: every copy of one build on a page, the widget's, the planner's and the package's,
 * uses the first one's instance). The widget's entry and the planner's each carry this module, so
 * the files they fetch are kept in one registry too, under a key naming this build's wasm (entries
 * of another build keep theirs): each later file's text, fetched once whichever entry asks, and
 * the engine's texts loaded into the instance. Each entry still applies a file to its own modules
 * (the words, the later file). The property cannot be replaced once defined; a page script could
 * read it, as it can import the package itself (SECURITY.md).
 */
const KEY = Symbol.for(`aifc-eligibility ${ASSETS.wasm.integrity}`);
if (!Object.hasOwn(globalThis, KEY)) {
  Object.defineProperty(globalThis, KEY, { value: { files: new Map(), engineTexts: new Map(), engineLoaded: new Set() } });
}
const shared = globalThis[KEY];

let loading = null;
const languages = new Map(); // widget language -> promise of the engine with its texts and the words
const loaded = new Set();

/**
 * A later file of the build (`key` in `build:assets`), fetched pinned to its integrity value. The
 * error names the file and what came back instead: a status and content type (a dev server's or
 * a host's fallback page answering for a file not copied) before the causes of a refused fetch,
 * for which the browser says only "Failed to fetch" (docs/WIDGET.md, Embedding).
 */
export async function fetchPinned(key) {
  const { file, integrity } = ASSETS[key];
  const url = URLS[key];
  try {
    return await fetch(url, { integrity });
  } catch (err) {
    // The same request without the check: what the server sends in its place, if it answers.
    const seen = await fetch(url, { cache: 'no-store' }).then(
      (r) => r,
      () => null,
    );
    const got =
      seen &&
      (!seen.ok
        ? `it answered ${seen.status} ${seen.statusText}`.trim()
        : `it answered other bytes (${seen.headers.get('content-type') ?? 'no content type'})`);
    throw new Error(
      `${file} could not be loaded from ${url.href}: ${
        got
          ? `${got}; copy the file there unchanged, beside the entry`
          : `${err?.message ?? err}; ` +
            `a server on another origin must send Access-Control-Allow-Origin for every file, and the page's CSP must allow ${url.origin} in connect-src`
      }`,
    );
  }
}

/** Keeps `promise` in `map` under `key` until it fails (the next ask then tries again). */
function once(map, key, make) {
  if (!map.has(key)) {
    const promise = make();
    promise.catch(() => {
      if (map.get(key) === promise) map.delete(key);
    });
    map.set(key, promise);
  }
  return map.get(key);
}

/** A later file's text, fetched once per page (a refused or missing file is an error naming it). */
function textOf(key) {
  return once(shared.files, key, async () => {
    const response = await fetchPinned(key);
    if (!response.ok) throw new Error(`${ASSETS[key].file}: ${response.status} ${response.statusText}`);
    return response.text();
  });
}

/**
 * The page's engine instance: a promise of the package's API. The wasm is given as a thenable of
 * its pinned Response (the glue instantiates it streaming), fetched only if the guard awaits it:
 * not when another copy of the engine on the page has an instance (src/glue.js), nor on a second
 * call (the guard returns its first promise; a failed one is tried again).
 */
function pageEngine() {
  // biome-ignore lint/suspicious/noThenProperty: a thenable on purpose, so the wasm is fetched only when the glue awaits it
  return init({ module_or_path: { then: (resolve, reject) => fetchPinned('wasm').then(resolve, reject) } }).then(() => api);
}

/** The engine and the widget's later file: a promise of the package's API, shared by every instance. */
export function loadEngine() {
  loading ??= Promise.all([pageEngine(), textOf('later').then((text) => setLater(JSON.parse(text)))]).then(([pkg]) => pkg);
  // Each instance reports a failure as an `error` event; the next call tries again (the glue's init may be retried).
  const attempt = loading;
  attempt.catch(() => {
    if (loading === attempt) loading = null;
  });
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

/** The page's engine with the engine's texts of `tag` loaded (once per page; a failed fetch is tried again next time). */
function withEngineTexts(tag) {
  return once(shared.engineTexts, tag, () =>
    Promise.all([pageEngine(), textOf(`texts-${tag}`)]).then(([pkg, text]) => {
      pkg.loadLanguage(tag, text);
      shared.engineLoaded.add(tag);
      return pkg;
    }),
  );
}

/**
 * The engine ready to answer in `lang`, a language of the widget: the engine's texts and the
 * widget's later words of that language loaded (once per page; a failed fetch is tried again next time).
 */
export function withLanguage(lang) {
  if (!languages.has(lang)) {
    const words = textOf(`words-${lang}`).then((text) => addWords(lang, JSON.parse(text)));
    const ready = Promise.all([withEngineTexts(engineLang(lang)), words, loadEngine()]).then(([pkg]) => {
      loaded.add(lang);
      return pkg;
    });
    ready.catch(() => languages.delete(lang));
    languages.set(lang, ready);
  }
  return languages.get(lang);
}

/** The engine with the texts of the language `lang()` names once they are loaded, loading again if it changed meanwhile. */
export async function engineWith(lang) {
  let tag;
  let pkg;
  do {
    tag = lang();
    pkg = await withLanguage(tag);
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
  return shared.engineLoaded.has(tag) ? tag : (shared.engineLoaded.values().next().value ?? tag);
}

/** Whether `lang`'s texts and words are loaded (so the widget answers in it at once). */
export function hasLanguage(lang) {
  return loaded.has(lang);
}
