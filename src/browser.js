// The package's browser entry (pkg/aifc_eligibility.js): the guard (aifc_eligibility_guard.js,
// src/glue.js) with an `init` and a `loadLanguage` that fetch a language's texts from beside this
// module, so that the engine in a browser takes two lines:
//   import init, { evaluate } from "aifc-eligibility";
//   await init({ lang: "ru" });
// Each language's file is named by a literal `new URL("aifc_eligibility_texts_<tag>.txt",
// import.meta.url)` (TEXTS, written by scripts/build/engine.mjs), which a bundler (Vite, webpack) copies
// and renames, as it does the wasm. The widget does not use this module: it imports the guard and
// fetches its own pinned files (www/src/shared/engine.js).
import guardInit, { evaluate, loadLanguage as load } from "./aifc_eligibility_guard.js";

export * from "./aifc_eligibility_guard.js";

/** Each language's texts beside this module (tag -> URL). Written by scripts/build/engine.mjs. */
const TEXTS = {};

/** The language subtag of a tag (`ru-KZ` -> `ru`), or null for one the package has no texts for. */
function tagOf(lang) {
  const tag = typeof lang === "string" ? lang.split("-")[0].toLowerCase() : "";
  return Object.hasOwn(TEXTS, tag) ? tag : null;
}

/** A refused language, coded as the engine codes it (`unsupported-language`). */
function unsupported(lang) {
  const e = new Error(`no texts for the language ${JSON.stringify(String(lang))}: the package has ${Object.keys(TEXTS).join(", ")}`);
  Object.defineProperty(e, "name", { value: "AifcEligibilityError", configurable: true, writable: true });
  Object.defineProperty(e, "code", { value: "unsupported-language", enumerable: true, configurable: true, writable: true });
  return e;
}

/** Whether the engine answers in `tag` now (its texts loaded into this page's one instance). */
function answersIn(tag) {
  try {
    evaluate({ answers: {}, lang: tag });
    return true;
  } catch {
    return false;
  }
}

/**
 * `loadLanguage(lang, texts)` loads the texts given (the guard's). `loadLanguage(lang)`, with no
 * texts, fetches that language's file from beside this module and loads it: a promise (at once
 * when the engine answers in that language already).
 */
export function loadLanguage(lang, texts) {
  if (texts !== undefined) return load(lang, texts);
  const tag = tagOf(lang);
  if (!tag) return Promise.reject(unsupported(lang));
  if (answersIn(tag)) return Promise.resolve(); // loaded already (by the page's elements, which share the engine)
  return fetch(TEXTS[tag])
    .then((response) => {
      if (!response.ok) throw new Error(`${TEXTS[tag].href}: ${response.status} ${response.statusText}`);
      return response.text();
    })
    .then((text) => load(tag, text));
}

/**
 * The guard's `init` (the wasm fetched from beside this module, or what it is given: run once,
 * later calls share its promise). With `{ lang }` (a tag, or a list of them), that language's
 * texts are fetched and loaded too, after the engine.
 */
export default function init(options) {
  const withLang =
    options !== null && typeof options === "object" && Object.getPrototypeOf(options) === Object.prototype && "lang" in options;
  if (!withLang) return guardInit(options);
  const { lang, ...others } = options;
  return guardInit(Object.keys(others).length > 0 ? others : undefined).then(async (output) => {
    await Promise.all([lang].flat().map((tag) => loadLanguage(tag)));
    return output;
  });
}
