// The engine's few reads of a caller's object, in JavaScript, because each can run caller code (a
// Proxy trap, a getter) that may throw. They catch everything and answer with a status number,
// so no exception from a caller ever unwinds through wasm frames, and nothing is left behind:
// an import declared with wasm-bindgen's `catch` that returns an object leaks one slot of the
// externref table each time it throws (its unused return value is never freed).
// A value read is handed over through `aifcTaken`, which runs no caller code.
// scripts/build/engine.mjs inlines this file into the package's glue (one file fewer to load).

let aifcTakenValue;

/** Hands over (and forgets) the value the last read found. */
export function aifcTaken() {
  const value = aifcTakenValue;
  aifcTakenValue = undefined;
  return value;
}

/**
 * The own keys of a request object: their number (take the array with aifcTaken), or -1 when the
 * object cannot be read (a revoked Proxy, a throwing trap), -2 when it is not a plain object (an
 * array or a typed array), -3 when it has more than `max` keys (a typed array's are its elements).
 */
export function aifcOwnKeys(value, max) {
  try {
    if (ArrayBuffer.isView(value)) return value.length > max ? -3 : -2;
    if (Array.isArray(value)) return -2;
    const keys = Reflect.ownKeys(value);
    if (keys.length > max) return -3;
    aifcTakenValue = keys;
    return keys.length;
  } catch {
    return -1;
  }
}

/**
 * An own property, read through its descriptor so that no getter runs and nothing inherited
 * counts: 0 absent, 1 a data property (take the value with aifcTaken), 2 a getter or setter,
 * -1 cannot be read.
 */
export function aifcOwnValue(target, key) {
  try {
    const desc = Reflect.getOwnPropertyDescriptor(target, key);
    if (desc === undefined) return 0;
    // `desc` is a fresh object the engine made: reading its own properties runs no caller code.
    if (!Object.hasOwn(desc, "value")) return 2;
    aifcTakenValue = desc.value;
    return 1;
  } catch {
    return -1;
  }
}

/** Whether a value is an array (false for a revoked Proxy, where Array.isArray throws). */
export function aifcIsArray(value) {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * The length of an array of a request, read through its own `length` descriptor: the length, or
 * -1 when it cannot be read (a revoked Proxy, a throwing trap), -2 when the value is not an
 * array, -3 when it has more than `max` elements. Elements are then read one by one with
 * aifcOwnValue, so nothing of a huge array is copied before this check.
 */
export function aifcArrayLength(value, max) {
  try {
    if (!Array.isArray(value)) return -2;
    const desc = Reflect.getOwnPropertyDescriptor(value, "length");
    const length = desc === undefined ? undefined : desc.value;
    if (typeof length !== "number") return -1;
    return length > max ? -3 : length;
  } catch {
    return -1;
  }
}
