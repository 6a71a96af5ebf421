// The package's entry in Node (its `node` export condition): the browser entry's functions, with
// an `init()` that, called without an argument, reads the wasm and every language's texts from the
// package's own folder (wasm-bindgen's web glue would fetch a file: URL, which Node's fetch
// refuses). With an argument it is the browser entry's `init`, and the languages are the caller's
// to load. Either way, init runs once: later calls share the first one's promise. `init({ lang })`
// is `init()` here (every language is read), and `loadLanguage(lang)` without texts reads that
// language's file from the package.
import { readFile, readdir } from "node:fs/promises";
import browserInit, { loadLanguage as load } from "./aifc_eligibility.js";

export * from "./aifc_eligibility.js";

let loading = null;

/** `loadLanguage(lang, texts)`, or without texts the language's file read from the package (a promise). */
export function loadLanguage(lang, texts) {
  if (texts !== undefined) return load(lang, texts);
  const tag = typeof lang === "string" ? lang.split("-")[0].toLowerCase() : "";
  return readFile(new URL(`aifc_eligibility_texts_${tag}.txt`, import.meta.url), "utf8").then(
    (text) => load(tag, text),
    () => load(lang),
  ); // no such file: the browser entry's refusal
}

/** `{ lang }` alone asks for nothing more than `init()` does in Node. */
const langOnly = (arg) =>
  arg !== null &&
  typeof arg === "object" &&
  Object.getPrototypeOf(arg) === Object.prototype &&
  Object.keys(arg).every((key) => key === "lang");

export default function init(module_or_path) {
  if (module_or_path !== undefined && !langOnly(module_or_path)) return browserInit(module_or_path);
  loading ??= (async () => {
    const here = new URL("./", import.meta.url);
    const output = await browserInit({ module_or_path: await readFile(new URL("aifc_eligibility_bg.wasm", here)) });
    for (const file of (await readdir(here)).sort()) {
      const lang = /^aifc_eligibility_texts_(.+)\.txt$/.exec(file)?.[1];
      if (lang) load(lang, await readFile(new URL(file, here), "utf8"));
    }
    return output;
  })();
  loading.catch(() => {
    loading = null; // a failed read may be tried again
  });
  return loading;
}
