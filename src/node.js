// The package's entry in Node (its `node` export condition): the browser entry's functions, with
// an `init()` that, called without an argument, reads the wasm and every language's texts from the
// package's own folder (wasm-bindgen's web glue would fetch a file: URL, which Node's fetch
// refuses). With an argument it is the browser entry's `init`, and the languages are the caller's
// to load. Either way, init runs once: later calls share the first one's promise.
import { readFile, readdir } from "node:fs/promises";
import browserInit, { loadLanguage } from "./aifc_eligibility.js";

export * from "./aifc_eligibility.js";

let loading = null;

export default function init(module_or_path) {
  if (module_or_path !== undefined) return browserInit(module_or_path);
  loading ??= (async () => {
    const here = new URL("./", import.meta.url);
    const output = await browserInit({ module_or_path: await readFile(new URL("aifc_eligibility_bg.wasm", here)) });
    for (const file of (await readdir(here)).sort()) {
      const lang = /^aifc_eligibility_texts_(.+)\.txt$/.exec(file)?.[1];
      if (lang) loadLanguage(lang, await readFile(new URL(file, here), "utf8"));
    }
    return output;
  })();
  loading.catch(() => {
    loading = null; // a failed read may be tried again
  });
  return loading;
}
