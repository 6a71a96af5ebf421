// The guard's copy of a request (src/glue.js), as the JSON text the engine reads with serde
// (src/bindings/request.rs). scripts/build/engine.mjs inlines this file into the guard.
//
// Every request is copied into JSON text before wasm runs: the engine reads the text with serde.
// Only own data properties count (read through their descriptors: no getter runs, nothing
// inherited counts); sizes are checked from JavaScript lengths before anything is copied; what the
// caller's code throws (a Proxy trap) becomes a Refusal (a coded error). Objects and arrays where the engine
// wants a string or an answer are written as `{}` or `[]` (never read), a number that is not
// finite as `null` (as JSON.stringify writes it), and a request that is not a plain object as
// `false`. A person of plan() that cannot be copied is written as `{"refused": [code, message]}`
// (every person copied as `{"person": ...}`), so the rest of the team is planned.
// The Reflect and JSON functions it needs are taken when the module loads, and the text is built by
// string concatenation (no array a setter on Object.prototype could see).
const MAX_KEYS = 64; // own keys per object (a request has at most 4 fields; the flow asks at most 15 facts)
const MAX_CHARS = 1_000; // per string, in UTF-16 units (the longest valid value is a service id of 47)
const MAX_PEOPLE = 5_000; // plan()'s people (crates/api MAX_PEOPLE)
const MAX_TEXT = 4_000_000; // characters of text over all of plan()'s people
const text = JSON.stringify;
const ownKeys = Reflect.ownKeys;
const descriptor = Reflect.getOwnPropertyDescriptor;
const hasOwn = Object.hasOwn;
const isArray = Array.isArray;
const isView = ArrayBuffer.isView;
const finite = Number.isFinite;
const define = Object.defineProperty;
const apply = Reflect.apply;
// A typed array's length through %TypedArray%.prototype's own getter, never one a page put on it.
const typedLength = descriptor(Reflect.getPrototypeOf(Int8Array.prototype), "length").get;

/** A request refused while copying: the guard throws it as a coded error, or writes it as a person's. */
export class Refusal {
  constructor(code, message) {
    // Defined, not assigned, with descriptors without a prototype: no accessor a page put on
    // Object.prototype runs.
    define(this, "code", { __proto__: null, value: code });
    define(this, "message", { __proto__: null, value: message });
  }
}

/** A caller's string for a message, as the engine quotes one: at most 40 characters, escaped. */
function quoted(s) {
  const chars = [...s.slice(0, 81)];
  const shown = chars.slice(0, 40).map((c) => (c === '"' || c === "\\" ? `\\${c}` : /\p{Cc}/u.test(c) ? "\uFFFD" : c));
  return `"${shown.join("")}${chars.length > 40 ? "…" : ""}"`;
}

/** Whether a value is an array, false for a revoked Proxy (where Array.isArray throws). */
function arrayish(v) {
  try {
    return isArray(v);
  } catch {
    return false;
  }
}

/** A value where the engine wants a string, number or boolean, as JSON; anything else is `{}` or `[]`. */
function scalar(v, call, count) {
  switch (typeof v) {
    case "string":
      if (v.length > MAX_CHARS) throw new Refusal("too-large", `${call}(): a string is longer than ${MAX_CHARS} characters`);
      count.chars += v.length;
      return text(v);
    case "number":
      return finite(v) ? text(v) : "null";
    case "boolean":
      return v ? "true" : "false";
    case "object":
      return v === null ? "null" : arrayish(v) ? "[]" : "{}";
    case "undefined":
      return "null";
    default:
      return "{}"; // a function, a symbol, a bigint
  }
}

/**
 * What a caller's code threw while being read, as the error to throw: `invalid-request`, or the
 * RangeError itself when the JavaScript stack ran out (so re-entry to the stack's end stops, below).
 */
function unreadable(e, message) {
  return overflowed(e) ? e : new Refusal("invalid-request", message);
}

export function overflowed(e) {
  try {
    return e instanceof RangeError; // a thrown Proxy's trap may throw here too
  } catch {
    return false;
  }
}

/** An own data property: undefined when absent; a getter is refused, not run. */
function own(target, key, call, what) {
  let desc;
  try {
    desc = descriptor(target, key);
  } catch (e) {
    throw unreadable(e, `${call}(): ${what} cannot be read`);
  }
  if (desc === undefined) return undefined;
  // `desc` is a fresh object the engine made: reading its own properties runs no caller code.
  if (!hasOwn(desc, "value")) throw new Refusal("invalid-request", `${call}(): ${what} is a getter; give a plain value`);
  return desc.value;
}

/**
 * A plain object's own properties as JSON, each value written by `field(key, value)`. A property
 * whose value is undefined is written as null, so that the engine still names a field the call
 * does not take (`{service, junk: undefined}` is refused) and takes an optional one as not given.
 */
function object(v, call, what, count, field) {
  if (typeof v !== "object" || v === null) return "false";
  let keys;
  let elements = 0;
  try {
    if (isView(v)) {
      // A typed array's keys are its elements: counted from its length, never listed (a DataView has none).
      try {
        elements = apply(typedLength, v, []);
      } catch {
        elements = 0;
      }
    } else if (!isArray(v)) keys = ownKeys(v);
  } catch (e) {
    throw unreadable(e, `${call}(): the object's keys cannot be read`);
  }
  const tooMany = () => new Refusal("too-large", `${call}(): an object of the request has more than ${MAX_KEYS} keys`);
  if (elements > MAX_KEYS) throw tooMany();
  if (keys === undefined) return "false"; // an array or a typed array
  if (keys.length > MAX_KEYS) throw tooMany();
  let out = "";
  for (const key of keys) {
    if (typeof key !== "string") throw new Refusal("invalid-request", `${call}(): symbol keys are not allowed`);
    if (key.length > MAX_CHARS) throw new Refusal("too-large", `${call}(): a string is longer than ${MAX_CHARS} characters`);
    count.chars += key.length;
    const value = own(v, key, call, `${what}field ${quoted(key)}`);
    out += `${out === "" ? "" : ","}${text(key)}:${field(key, value)}`;
  }
  return `{${out}}`;
}

/** Answers, `{fact: value}`: each value as given (the engine checks it against its fact). */
function answers(v, call, what, count) {
  if (typeof v !== "object" || v === null) return scalar(v, call, count);
  return object(v, call, `${what}answers: `, count, (_, a) => scalar(a, call, count));
}

/** plan()'s people, each `{"person": ...}`, or `{"refused": [code, message]}` when they cannot be copied. */
function people(v, count) {
  let length;
  try {
    if (!isArray(v)) return scalar(v, "plan", count);
    const desc = descriptor(v, "length");
    length = desc === undefined ? undefined : desc.value;
  } catch (e) {
    throw unreadable(e, "plan(): people cannot be read");
  }
  if (typeof length !== "number") throw new Refusal("invalid-request", "plan(): people cannot be read");
  if (length > MAX_PEOPLE) throw new Refusal("too-large", `plan(): people has more than ${MAX_PEOPLE} elements`);
  let rows = "";
  for (let i = 0; i < length; i++) {
    let row;
    try {
      const p = own(v, String(i), "plan", `people[${i}]`);
      const person = (key, value) => (key === "answers" ? answers(value, "plan", `people[${i}].`, count) : scalar(value, "plan", count));
      row = `{"person":${p === undefined ? "null" : object(p, "plan", `people[${i}] `, count, person)}}`;
    } catch (e) {
      if (!(e instanceof Refusal)) throw e;
      row = `{"refused":[${text(e.code)},${text(e.message)}]}`; // strings: no toJSON of the page is looked up
    }
    rows += `${i === 0 ? "" : ","}${row}`;
    if (count.chars > MAX_TEXT)
      throw new Refusal("too-large", `plan(): the people's ids and answers have more than ${MAX_TEXT} characters of text`);
  }
  return `[${rows}]`;
}

/** The request of `call` as the JSON text the engine reads (src/bindings/request.rs); throws a Refusal. */
export function request(call, v) {
  if (v === undefined && call === "office") return undefined; // office() alone: now, in English
  const count = { chars: 0 };
  return object(v, call, "", count, (key, value) => {
    if (key === "answers") return answers(value, call, "", count);
    if (key === "people" && call === "plan") return people(value, count);
    return scalar(value, call, count);
  });
}
/** The exports that take a request object. */
export const REQUESTS = new Set(["quote", "evaluate", "plan", "addWorkingDays", "extensionWindow", "extensionIcs", "office"]);
