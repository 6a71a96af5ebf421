// Answers into JavaScript: the engine's JSON text (crates/api/src/json.rs, `to_parts`) comes with
// holes where the long messages of the visitor's language go, each filled here from the file of
// texts the page loaded (`loadLanguage` keeps it, cut into its messages): the bulk of an answer is
// then neither copied out of wasm nor decoded from UTF-8 again, and JSON.parse makes the objects
// as before (it creates their properties without running any setter of the page).
// Every builtin is taken when the module loads, so a page that replaces JSON.parse or a method of
// String.prototype later changes nothing here. scripts/build/engine.mjs inlines this file into the glue.

const parse = JSON.parse;
const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const decode = Function.prototype.call.bind(TextDecoder.prototype.decode, decoder);
const slice = Function.prototype.call.bind(String.prototype.slice);
const split = Function.prototype.call.bind(String.prototype.split);
const indexOf = Function.prototype.call.bind(String.prototype.indexOf);
/** The messages of each language the engine took a file of texts for, by the language's number. */
const aifcMessages = { __proto__: null };
/** That file itself, by the language's number: what a fresh instance is given again. */
const aifcFiles = { __proto__: null };

/**
 * Keeps the file of texts the engine has just taken for language number `lang` (`<tag> U+001E
 * <key> U+001E <messages, separated by U+001F>`, checked by the engine), as its messages. The
 * engine calls this for the first file of each language only.
 */
export function aifcKeepTexts(lang, texts) {
  aifcFiles[lang] = texts;
  aifcMessages[lang] = split(slice(texts, indexOf(texts, "\x1e", indexOf(texts, "\x1e") + 1) + 1), "\x1f");
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

/**
 * The answer: the JSON text (`utf8`, its bytes in wasm's memory) with its holes filled, parsed.
 * `places` holds three numbers per hole, `count` numbers in all: where the hole is in the text
 * (UTF-16 code units), the language and the message.
 */
export function aifcAnswer(utf8, places, count) {
  const text = decode(utf8);
  let json = "";
  let at = 0;
  for (let i = 0; i < count; i += 3) {
    const to = places[i];
    json += slice(text, at, to) + aifcMessages[places[i + 1]][places[i + 2]];
    at = to;
  }
  return parse(at === 0 ? text : json + slice(text, at));
}
