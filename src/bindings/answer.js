// Answers into JavaScript: the engine's answer is serde_json's UTF-8 text, read where it lies in
// wasm's memory, decoded and parsed here. JSON.parse creates the objects' properties as its own
// data (no setter of the page runs). The file of texts the engine took for each language is kept
// here too, for the guard to load into a fresh instance after a restart.
// Every builtin is taken when the module loads, so a page that replaces JSON.parse or a method of
// String.prototype later changes nothing here. scripts/glue.mjs inlines this file into the glue.

const parse = JSON.parse;
const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const decode = Function.prototype.call.bind(TextDecoder.prototype.decode, decoder);
const slice = Function.prototype.call.bind(String.prototype.slice);
const indexOf = Function.prototype.call.bind(String.prototype.indexOf);
/** The file of texts the engine took for each language, by the language's number. */
const aifcFiles = { __proto__: null };

/**
 * Keeps the file of texts the engine has just taken for language number `lang` (`<tag> U+001E
 * <key> U+001E <messages>`, checked by the engine). The engine calls this for the first file of
 * each language only.
 */
export function aifcKeepTexts(lang, texts) {
  aifcFiles[lang] = texts;
}

/**
 * The files the engine took, one per language loaded, each as `[tag, texts]` (the tag the file
 * names, which the engine checked is its language): the guard (src/glue.js) loads them into a
 * restarted instance, so a restart costs the same however many tags a page tried.
 */
export function aifcKeptTexts() {
  const kept = [];
  for (const lang in aifcFiles) {
    const texts = aifcFiles[lang];
    kept.push([slice(texts, 0, indexOf(texts, "\x1e")), texts]);
  }
  return kept;
}

/** The answer: its JSON text (`utf8`, a view of its bytes in wasm's memory), parsed. */
export function aifcAnswer(utf8) {
  return parse(decode(utf8));
}
