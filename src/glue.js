// The package's entry point: wasm-bindgen's generated glue (aifc_eligibility_bindgen.js) behind a
// guard, so that no caller can leave the engine broken for the next call.
//
// No caller code runs while wasm is on the stack: the guard copies each request into JSON text
// first (`src/request.js`, inlined by the build: own data properties only, no getter run, sizes capped, every throw
// caught) and the engine reads that text with serde (src/bindings/request.rs). The guard is also
// the backstop for what the engine cannot prevent: the JavaScript stack running out while wasm is
// on it (a call made from deep recursion), or a trap. Either leaves wasm's stack pointer where the
// throw left it, and every later call would fail. So the guard:
// - throws a coded `not-initialised` error for a call before init() (not a bare TypeError);
// - turns a throw that is not one of the engine's coded errors into a coded `internal` error
//   (never the visitor's `invalid-answer`), and marks the instance broken; after a coded error it
//   checks that wasm's stack is back where the call found it, and marks it broken if not;
// - replaces a broken instance only when no call is running (`depth` 0): the next outermost call
//   first instantiates a fresh one from the module init() already compiled (no fetch, no compile).
//
// Calls can nest: a trap of a Proxy the guard copies may call the package again, and so may a
// page's code run by the engine's own imports (a stack running out is the case that matters). A
// nested call is answered as any call. What must never happen is a restart under a running call, which would pull the instance
// from under the outer call's wasm frames. If a nested call breaks the instance (the stack ran out
// inside it), later nested calls are refused with `reentrant-call` until the outermost call
// returns; that call's answer, computed while the instance was breaking under it, is thrown away:
// the instance is replaced and the outermost call is made again once, with nested calls refused,
// so its answer never comes from a broken instance.
// A page and every widget on it share this one instance; a fresh instance has no state to lose.
import * as glue from "./aifc_eligibility_bindgen.js";
import { REQUESTS, Refusal, overflowed, request } from "./request.js"; // inlined by the build

/** The codes the engine throws; the guard adds `not-initialised` and `reentrant-call`. */
const CODES = new Set([
  "invalid-request",
  "unknown-service",
  "invalid-answer",
  "invalid-date",
  "missing-variant",
  "unknown-variant",
  "unsupported-language",
  "language-not-loaded",
  "out-of-range",
  "too-large",
  "internal",
]);
const GUARD_CODES = new Set(["not-initialised", "reentrant-call"]);

// A Proxy trap of a request being copied may call the package again (re-entry): that call is
// answered as any call, up to MAX_NESTED copies deep. Past that, or once the JavaScript stack ran
// out in a nested copy, further nested calls are refused with `reentrant-call` until the
// outermost copy ends: a trap that calls again from each of its reads would otherwise multiply.
const MAX_NESTED = 100;
let copying = 0;
let exhausted = false;

/** `args` with the request copied as JSON text. */
function copied(name, args) {
  if (copying > 0 && (exhausted || copying >= MAX_NESTED)) {
    exhausted = true;
    throw coded(
      "reentrant-call",
      `${name}() was called from inside the reading of another call's request, too deep: call again once that call has returned`,
    );
  }
  copying += 1;
  try {
    return [request(name, args[0])];
  } catch (e) {
    if (e instanceof Refusal) throw coded(e.code, e.message);
    if (copying > 1 && overflowed(e)) exhausted = true;
    throw e;
  } finally {
    copying -= 1;
    if (copying === 0) exhausted = false;
  }
}

let loading = null; // init()'s one promise: concurrent and repeated calls share it
let ready = false;
let mark = 0; // wasm's stack mark when healthy, at an outermost call
let depth = 0; // the guarded calls on the JavaScript stack: more than one when a call re-entered
let broken = false; // the instance must be replaced before the next outermost call
let brokenUnder = false; // ... and it broke in a nested call, under an outer call still running
let refusing = false; // nested calls are refused (while an outermost call is made again)
let restarts = 0;

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
  brokenUnder = false;
  return exports;
}

function restart() {
  const compiled = glue.__aifcDrop();
  started(glue.initSync({ module: compiled }));
  // The fresh instance has no texts: the files the engine took, one per language (not per tag a
  // page tried), are loaded again (if that is cut short, by a stack running out, the next call
  // restarts once more).
  broken = true;
  for (const [lang, text] of glue.__aifcKeptTexts()) glue.loadLanguage(lang, text);
  broken = false;
  restarts += 1;
}

/**
 * One call into wasm, `entry` being wasm's stack mark where it starts. Marks the instance broken
 * unless the call came back through a normal return (an answer or a coded error) with the stack
 * where it found it. `finally` keeps `depth` true whatever is thrown, a RangeError included.
 */
function run(name, call, args, entry) {
  let clean = false;
  depth += 1;
  try {
    let result;
    try {
      result = call(...args);
    } catch (e) {
      if (e instanceof Error && e.name === "AifcEligibilityError" && CODES.has(e.code)) {
        // A coded error is the engine's answer; it came back through a normal return, unless
        // something threw through wasm on the way (then the stack mark moved).
        clean = glue.__aifcStackMark() === entry;
        throw e;
      }
      throw coded("internal", `${name}(): the engine failed and is restarted for the next call`, e);
    }
    clean = true;
    return result;
  } finally {
    depth -= 1;
    if (!clean) {
      broken = true;
      if (depth > 0) brokenUnder = true;
    }
  }
}

function guarded(name) {
  // biome-ignore lint/performance/noDynamicNamespaceImportAccess: every export of the glue is guarded, by name (the glue is bundled whole)
  const call = glue[name];
  calls[name] = (...args) => {
    if (owner) return owner[name](...args); // another copy's instance (one engine per page)
    if (!ready) throw coded("not-initialised", `${name}() was called before init() finished: await init() first`);
    // Copied before wasm runs: a Proxy trap that calls the package meanwhile makes a call of its own.
    if (REQUESTS.has(name)) args = copied(name, args);
    if (depth > 0) {
      // Re-entry, from code the running call's engine runs (the page's Date.now): answered on the
      // running instance (its stack mark taken here, where this call starts), unless it is breaking.
      if (broken || refusing) {
        throw coded(
          "reentrant-call",
          `${name}() was called from inside another call of this package after the engine failed under it: call again once that call has returned`,
        );
      }
      return run(name, call, args, glue.__aifcStackMark());
    }
    if (broken) restart();
    let answer;
    try {
      answer = { value: run(name, call, args, mark) };
    } catch (e) {
      answer = { error: e };
    }
    if (brokenUnder) {
      // A nested call broke the instance while this one ran: this call's answer is not to be
      // trusted. Made again on a fresh instance, nested calls refused (so it cannot happen twice).
      restart();
      refusing = true;
      try {
        return run(name, call, args, mark);
      } finally {
        refusing = false;
      }
    }
    if ("error" in answer) throw answer.error;
    return answer.value;
  };
  return calls[name];
}

// --- One engine per page (issue 27, item 5) ---
// Each copy of this module on a page (the widget's entry and the team planner's bundle one each;
// the package's entry is another, in a partner's bundle or imported by a page beside the
// script-tag elements) is the same engine of the same build. The first copy whose init() runs
// instantiates its glue and offers its guarded calls in a holder on globalThis, under a key naming
// this build's wasm; a copy whose init() finds an offer uses it (every call forwarded, nothing
// downloaded or instantiated), so a page runs one instance. A failed load withdraws the offer: the
// next init() of any copy tries again. What this trusts is in SECURITY.md.
const BUILD = ""; // this build's wasm integrity value, written by scripts/build/engine.mjs
const KEY = Symbol.for(`aifc-eligibility engine ${BUILD}`);
if (!Object.hasOwn(globalThis, KEY)) Object.defineProperty(globalThis, KEY, { value: { offer: null } });
const page = globalThis[KEY];
const calls = { __proto__: null }; // this copy's guarded calls by name, offered to the others
let owner = null; // the calls of the copy whose instance this one uses (null: its own)

/** This copy's instance, being made, offered to the page's other copies until it fails. */
function offered(making) {
  const offer = making.then((output) => ({ calls, output }));
  page.offer = offer;
  offer.catch(() => {
    if (page.offer === offer) page.offer = null;
  });
  return offer;
}

/**
 * Loads and compiles the wasm, as wasm-bindgen's `init`, once: a second call, concurrent or later,
 * returns the first one's promise (and its argument is not used). A failed load may be retried.
 * On a page where another copy of this build's engine has one, that one is used and the argument
 * is not read (a promise or thenable given is never awaited, so what it would fetch is not fetched).
 */
export default function init(module_or_path) {
  loading ??= (page.offer ?? offered(glue.default(module_or_path).then(started))).then(
    (shared) => {
      if (shared.calls !== calls) {
        owner = shared.calls;
        ready = true;
      }
      return shared.output;
    },
    (e) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}

/** True for an error this package threw. Reads only own data properties, as the engine does. */
export function isAifcEligibilityError(value) {
  try {
    if (!(value instanceof Error)) return false;
    const own = (key) => Object.getOwnPropertyDescriptor(value, key)?.value;
    const code = own("code");
    return own("name") === "AifcEligibilityError" && (CODES.has(code) || GUARD_CODES.has(code));
  } catch {
    return false; // a revoked Proxy, a throwing trap: not ours
  }
}
/** The synchronous `init`, for a `WebAssembly.Module` or bytes: this copy's own instance, not offered to others. */
export function initSync(module) {
  owner = null;
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
/**
 * Loads one language's texts (the text of the package's `aifc_eligibility_texts_<lang>.txt`):
 * until then a call in that language throws `language-not-loaded`. The engine keeps the first
 * file of each language (src/bindings/answer.js), and a restart loads those again.
 */
export const loadLanguage = guarded("loadLanguage");
