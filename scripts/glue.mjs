// Puts the guard in front of wasm-bindgen's glue in pkg/ (see src/glue.js):
// pkg/aifc_eligibility.js (generated) becomes pkg/aifc_eligibility_bindgen.js, with the engine's
// JavaScript helpers (src/bindings/read.js, which wasm-bindgen copies to pkg/snippets/) inlined
// and one function added that lets the guard drop a broken instance; src/glue.js becomes the
// entry point.
// Fails the build if the generated glue is not of the shape the guard relies on, or if an export
// of the engine is missing from the guard.
import { readFile, readdir, writeFile, copyFile, rm } from "node:fs/promises";
import { integrityOf } from "./assets.mjs";

const pkg = new URL("../pkg/", import.meta.url);
let generated = await readFile(new URL("aifc_eligibility.js", pkg), "utf8");

// Each snippet once, in place of the lines importing it: `import { a } from` needs nothing more,
// `import * as x from` becomes an object of the snippet's exports.
const inlined = new Set();
for (const [line, what, path] of [...generated.matchAll(/^import (.+?) from ['"](\.\/snippets\/[^'"]+)['"];?$/gm)]) {
  const source = await readFile(new URL(path, pkg), "utf8");
  const names = [...source.matchAll(/^export function (\w+)\(/gm)].map((m) => m[1]);
  let replacement = inlined.has(path) ? "" : source.replace(/^export function /gm, "function ");
  inlined.add(path);
  const star = what.match(/^\* as (\w+)$/);
  if (star) replacement += `const ${star[1]} = { ${names.join(", ")} };`;
  else if (!/^\{[\w\s,]+\}$/.test(what)) throw new Error(`scripts/glue.mjs: cannot inline "${line}"`);
  generated = generated.replace(line, replacement);
}
// (The snippet's path stays as the name of the wasm import module, which is only a key.)
if (/^import .* from ['"]\.\/snippets\//m.test(generated)) throw new Error("scripts/glue.mjs: a snippet import is left in the glue");
await rm(new URL("snippets", pkg), { recursive: true, force: true });
// wasm-bindgen keeps the instance's exports in a module-level `wasm` and the compiled module in
// `wasmModule`; initSync makes a new instance only when `wasm` is unset.
for (const needed of ["let wasmModule, wasmInstance, wasm;", "if (wasm !== undefined) return wasm;", "wasmModule = module;"]) {
  if (!generated.includes(needed)) throw new Error(`pkg/aifc_eligibility.js: the wasm-bindgen glue no longer contains ${JSON.stringify(needed)}; update scripts/glue.mjs and src/glue.js`);
}
const drop = `
/** Added by scripts/glue.mjs: forgets the instance (so that initSync makes a fresh one) and
 * returns the compiled module to make it from. */
export function __aifcDrop() {
    wasm = undefined;
    return wasmModule;
}
/** Added by scripts/glue.mjs: the files of texts the engine took, \`[tag, texts]\` per language
 * (src/bindings/answer.js), for the guard to load into a fresh instance. */
export function __aifcKeptTexts() {
    return aifcKeptTexts();
}
`;
if (!generated.includes("function aifcKeptTexts(")) throw new Error("scripts/glue.mjs: src/bindings/answer.js is no longer inlined (aifcKeptTexts is missing)");
await writeFile(new URL("aifc_eligibility_bindgen.js", pkg), generated + drop);
await rm(new URL("aifc_eligibility.js", pkg));
// The guard is aifc_eligibility_guard.js (the widget bundles it); the entry point is the browser
// entry (src/browser.js) in front of it, with each language's texts named by a literal URL.
// One engine per page (src/glue.js): the guard's key names this build's wasm, so copies of one
// build share an instance and another build's keep theirs.
const guardSource = await readFile(new URL("../src/glue.js", import.meta.url), "utf8");
const BUILD = 'const BUILD = "";';
if (!guardSource.includes(BUILD)) throw new Error(`src/glue.js: no ${BUILD} to fill`);
const wasmIntegrity = integrityOf(await readFile(new URL("aifc_eligibility_bg.wasm", pkg)));
await writeFile(new URL("aifc_eligibility_guard.js", pkg), guardSource.replace(BUILD, `const BUILD = ${JSON.stringify(wasmIntegrity)};`));
const tags = (await readdir(pkg)).map((f) => /^aifc_eligibility_texts_(\w+)\.txt$/.exec(f)?.[1]).filter(Boolean).sort();
if (tags.length === 0) throw new Error("scripts/glue.mjs: no aifc_eligibility_texts_<tag>.txt in pkg/");
const browser = await readFile(new URL("../src/browser.js", import.meta.url), "utf8");
const EMPTY = "const TEXTS = {};";
if (!browser.includes(EMPTY)) throw new Error(`src/browser.js: no ${EMPTY} to fill`);
await writeFile(new URL("aifc_eligibility.js", pkg), browser.replace(EMPTY, `const TEXTS = {\n${tags.map((t) => `  ${t}: new URL("aifc_eligibility_texts_${t}.txt", import.meta.url),`).join("\n")}\n};`));

const engine = [...generated.matchAll(/^export function (\w+)\(/gm)].map((m) => m[1]).filter((n) => !["initSync"].includes(n) && !n.startsWith("__"));
const guard = await readFile(new URL("../src/glue.js", import.meta.url), "utf8");
const missing = engine.filter((n) => !guard.includes(`export const ${n} = guarded("${n}");`) && !guard.includes(`= guarded("${n}");`));
if (missing.length > 0) throw new Error(`src/glue.js does not guard ${missing.join(", ")}`);
console.log(`[build] pkg/aifc_eligibility.js: the guard in front of ${engine.length} exports`);

// The Node entry (src/node.js): init() reads the wasm and the languages' texts from disk.
await copyFile(new URL("../src/node.js", import.meta.url), new URL("aifc_eligibility.node.js", pkg));

// The types of init and initSync without the DOM library (wasm-bindgen's name RequestInfo,
// Response and WebAssembly.*, which a Node project's TypeScript does not have): the guard's own
// init and initSync, typed structurally.
const dts = new URL("aifc_eligibility.d.ts", pkg);
const declared = await readFile(dts, "utf8");
const cut = declared.indexOf("export type InitInput");
if (cut < 0) throw new Error("pkg/aifc_eligibility.d.ts: no InitInput declaration to replace; update scripts/glue.mjs");
await writeFile(dts, `${declared.slice(0, cut)}/**
 * What \`init\` takes: the wasm's URL (a string or a URL), a fetch Response or its promise, the
 * wasm's bytes, or a compiled WebAssembly.Module. Typed without the DOM library.
 */
export type InitInput = string | { readonly href: string } | ArrayBuffer | ArrayBufferView | object;
/** The engine instance (internal: call the package's functions). */
export type InitOutput = object;
export type SyncInitInput = ArrayBuffer | ArrayBufferView | object;
/** Instantiates the engine synchronously from the wasm's bytes or a compiled module. */
export function initSync(module: { module: SyncInitInput } | SyncInitInput): InitOutput;
/**
 * Loads and compiles the engine, once: later and concurrent calls share the first one's promise.
 * In Node (the package's \`node\` entry) \`init()\` without an argument reads the wasm and every
 * language's texts from the package. In a browser it fetches the wasm from beside the module, and
 * with \`{ lang }\` that language's texts too (\`await init({ lang: "ru" })\`); load another with
 * \`loadLanguage(lang)\`.
 */
export default function init(module_or_path?: { lang: LangTag | readonly LangTag[]; module_or_path?: InitInput | PromiseLike<InitInput> } | { module_or_path: InitInput | PromiseLike<InitInput> } | InitInput | PromiseLike<InitInput>): Promise<InitOutput>;
`);

// `loadLanguage(lang)` without texts (src/browser.js, src/node.js): the file beside the module.
const typed = await readFile(dts, "utf8");
const LOAD = "export function loadLanguage(lang: Lang, texts: string): void;";
if (!typed.includes(LOAD)) throw new Error(`pkg/aifc_eligibility.d.ts: no ${LOAD}; update scripts/glue.mjs`);
await writeFile(dts, typed.replace(LOAD, `${LOAD}
/**
 * Fetches one language's texts from beside the module (in Node: reads them from the package) and
 * loads them. Rejects with \`unsupported-language\` for a language the package has no texts for.
 */
export function loadLanguage(lang: LangTag): Promise<void>;`));
