// The package's entry point: wasm-bindgen's generated glue (aifc_eligibility_bindgen.js) behind a
// guard, so that no caller can leave the engine broken for the next call.
//
// The engine itself never lets caller code throw through wasm (src/bindings/read.rs). The guard is
// the backstop for what it cannot prevent: the JavaScript stack running out while wasm is on it
// (a call made from deep recursion), or a trap. Either leaves wasm's stack pointer where the
// throw left it, and every later call would fail. So the guard:
// - throws a coded `not-initialised` error for a call before init() (not a bare TypeError);
// - turns a throw that is not one of the engine's coded errors into a coded `internal` error
//   (never the visitor's `invalid-answer`), and then drops the instance: the next call first
//   instantiates a fresh one from the module init() already compiled (no fetch, no compile);
// - after a coded error, checks that wasm's stack is back where it was; if not, it drops the
//   instance the same way.
// A page and every widget on it share this one instance; a fresh instance has no state to lose.
import * as glue from "./aifc_eligibility_bindgen.js";

/** The codes the engine throws; the guard adds `not-initialised`. */
const CODES = new Set(["invalid-request", "unknown-service", "invalid-answer", "invalid-date", "missing-variant", "unknown-variant", "unsupported-language", "language-not-loaded", "out-of-range", "too-large", "internal"]);

let loading = null; // init()'s one promise: concurrent and repeated calls share it
let ready = false;
let mark = 0; // wasm's stack mark when healthy
let broken = false; // set for the length of each call: still set afterwards means it never came back
let restarts = 0;
/** The languages' texts loaded so far (tag -> the file's text), for a restarted instance. */
const languages = new Map();

function coded(code, message, cause) {
  const e = new Error(message, cause === undefined ? undefined : { cause });
  // Descriptors without a prototype: a getter the page put on Object.prototype is never read.
  Object.defineProperty(e, "name", { __proto__: null, value: "AifcEligibilityError", configurable: true, writable: true });
  Object.defineProperty(e, "code", { __proto__: null, value: code, enumerable: true, configurable: true, writable: true });
  return e;
}

function started(exports) {
  ready = true;
  mark = glue.__aifcStackMark();
  broken = false;
  return exports;
}

function restart() {
  const compiled = glue.__aifcDrop();
  started(glue.initSync({ module: compiled }));
  // The fresh instance has no texts: the languages loaded so far are loaded again (if that is cut
  // short, by a stack running out, the next call restarts once more).
  broken = true;
  for (const [lang, text] of languages) glue.loadLanguage(lang, text);
  broken = false;
  restarts += 1;
}

function guarded(name) {
  const call = glue[name];
  return function (...args) {
    if (!ready) throw coded("not-initialised", `${name}() was called before init() finished: await init() first`);
    if (broken) restart();
    broken = true;
    let result;
    try {
      result = call(...args);
    } catch (e) {
      if (e instanceof Error && e.name === "AifcEligibilityError" && CODES.has(e.code)) {
        // A coded error is the engine's answer; it came back through a normal return, unless
        // something threw through wasm on the way (then the stack mark moved).
        broken = glue.__aifcStackMark() !== mark;
        throw e;
      }
      throw coded("internal", `${name}(): the engine failed and is restarted for the next call`, e);
    }
    broken = false;
    return result;
  };
}

/**
 * Loads and compiles the wasm, as wasm-bindgen's `init`, once: a second call, concurrent or later,
 * returns the first one's promise (and its argument is not used). A failed load may be retried.
 */
export default function init(module_or_path) {
  loading ??= glue.default(module_or_path).then(started, (e) => {
    loading = null;
    throw e;
  });
  return loading;
}

/** True for an error this package threw. Reads only own data properties, as the engine does. */
export function isAifcEligibilityError(value) {
  try {
    if (!(value instanceof Error)) return false;
    const own = (key) => Object.getOwnPropertyDescriptor(value, key)?.value;
    const code = own("code");
    return own("name") === "AifcEligibilityError" && (CODES.has(code) || code === "not-initialised");
  } catch {
    return false; // a revoked Proxy, a throwing trap: not ours
  }
}
/** The synchronous `init`, for a `WebAssembly.Module` or bytes. */
export function initSync(module) {
  return started(glue.initSync(module));
}
/** How many times the guard replaced a broken instance (for tests and diagnostics). */
export function __restarts() {
  return restarts;
}

export const version = guarded("version");
export const services = guarded("services");
export const quote = guarded("quote");
export const evaluate = guarded("evaluate");
export const plan = guarded("plan");
export const isWorkingDay = guarded("isWorkingDay");
export const addWorkingDays = guarded("addWorkingDays");
export const extensionWindow = guarded("extensionWindow");
export const extensionIcs = guarded("extensionIcs");
export const office = guarded("office");
export const countries = guarded("countries");
const load = guarded("loadLanguage");
/**
 * Loads one language's texts (the text of the package's `aifc_eligibility_texts_<lang>.txt`):
 * until then a call in that language throws `language-not-loaded`.
 */
export function loadLanguage(lang, texts) {
  load(lang, texts);
  if (typeof lang === "string" && !languages.has(lang)) languages.set(lang, texts);
}
