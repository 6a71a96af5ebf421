// The engine against callers that fight back, through the package as a page imports it: revoked
// Proxies (a stale Immer draft), getters and Proxy traps that throw, setters and getters on
// Object.prototype, calls made from deep recursion with the stack nearly full, oversized input,
// a broken Date.now. Every call must end in a coded error or a right answer, and the engine must
// give the known answer to a known request after every 1,000 hostile calls and at the end.
// Where the engine itself prevents the harm (no caller code runs through wasm), the test also
// checks that wasm's stack mark did not move, that the externref table did not grow, and that
// the guard never had to restart the engine. Counts are printed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { loadLanguages } from "../support/languages.mjs";

const pkg = new URL("../../pkg/", import.meta.url);
const api = await import(new URL("aifc_eligibility.js", pkg));
const glue = await import(new URL("aifc_eligibility_bindgen.js", pkg));
const wasmBytes = await readFile(new URL("aifc_eligibility_bg.wasm", pkg));
const instance = await api.default({ module_or_path: wasmBytes });
await loadLanguages(api, pkg);

const CODES = new Set([
  "invalid-request",
  "unknown-service",
  "invalid-answer",
  "invalid-date",
  "missing-variant",
  "unknown-variant",
  "unsupported-language",
  "out-of-range",
  "too-large",
]);
const table = () => (glue.__aifcDrop === undefined ? 0 : instance.__wbindgen_externrefs.length);

/** A known request gives the known answer. */
function healthy(when) {
  assert.equal(api.addWorkingDays({ from: "2026-03-20", days: 1 }), "2026-03-26", `engine broken ${when}`);
  assert.equal(
    api.quote({ service: "business-visa-single-invitation", date: "2026-06-01" }).stateDuty.kzt,
    "2162.50",
    `engine broken ${when}`,
  );
}

/** Runs `n` hostile calls, each expected to throw a coded error, with a health check every 1,000. */
function hostileRun(n, call) {
  const codes = {};
  for (let i = 0; i < n; i++) {
    let error = null;
    try {
      call(i);
    } catch (e) {
      error = e;
    }
    assert.ok(error !== null, `hostile call ${i} was answered`);
    assert.ok(error instanceof Error && CODES.has(error.code), `hostile call ${i} threw ${error?.name} ${error?.code} ${error?.message}`);
    codes[error.code] = (codes[error.code] ?? 0) + 1;
    if ((i + 1) % 1000 === 0) healthy(`after ${i + 1} hostile calls`);
  }
  return codes;
}

function revokedProxy() {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** The exports that take a request object, each with the hostile value in one place. */
const PLACES = [
  (v) => api.evaluate(v),
  (v) => api.evaluate({ answers: v }),
  (v) => api.evaluate({ answers: { need: "work", location: v } }),
  (v) => api.quote(v),
  (v) => api.office(v),
  (v) => api.addWorkingDays(v),
  (v) => api.extensionWindow(v),
  (v) => api.extensionIcs(v),
  (v) => api.plan(v),
  (v) => api.plan({ people: v }),
];

test("a call before init() throws a coded not-initialised error", async () => {
  const fresh = await import(new URL("aifc_eligibility_guard.js?before-init", pkg)); // the guard behind the entry (src/browser.js)
  for (const name of [
    "version",
    "services",
    "quote",
    "evaluate",
    "plan",
    "isWorkingDay",
    "addWorkingDays",
    "extensionWindow",
    "extensionIcs",
    "office",
    "countries",
  ]) {
    assert.throws(
      () => fresh[name]({}),
      (e) => e instanceof Error && e.code === "not-initialised" && e.name === "AifcEligibilityError",
      name,
    );
  }
});

test("10,000 revoked-proxy calls: each refused with a code, wasm's stack and table untouched", () => {
  const mark = glue.__aifcStackMark();
  const slots = table();
  const restarts = api.__restarts();
  const codes = hostileRun(10_000, (i) => PLACES[i % PLACES.length](revokedProxy()));
  console.log(`revoked proxies: 10000 calls, ${JSON.stringify(codes)}; restarts ${api.__restarts() - restarts}`);
  assert.equal(glue.__aifcStackMark(), mark, "wasm's stack pointer moved");
  assert.ok(table() <= slots + 128, `the externref table grew from ${slots} to ${table()}`);
  assert.equal(api.__restarts(), restarts, "the engine needed no restart: no caller code threw through wasm");
  healthy("at the end");
});

test("100,000 throwing-getter calls (own getters, Proxy traps, Object.prototype): refused, nothing leaked", () => {
  const boom = () => {
    throw new Error("caller");
  };
  const hostile = [
    () => Object.defineProperty({}, "service", { get: boom, enumerable: true }),
    () => Object.defineProperty({}, "answers", { get: boom, enumerable: true }),
    () => ({ answers: Object.defineProperty({}, "need", { get: boom, enumerable: true }) }),
    () => new Proxy({ service: "iin" }, { getOwnPropertyDescriptor: boom }),
    () => new Proxy({}, { ownKeys: boom }),
    () => new Proxy({ answers: {} }, { get: boom, getOwnPropertyDescriptor: boom }),
  ];
  const mark = glue.__aifcStackMark();
  const slots = table();
  const restarts = api.__restarts();
  const codes = hostileRun(90_000, (i) => PLACES[i % PLACES.length](hostile[i % hostile.length]()));
  // Getters and setters on Object.prototype for every name the engine reads or writes: they must
  // not run, and the answers must still be right (the health check runs with them in place).
  const names = [
    "service",
    "answers",
    "lang",
    "date",
    "value",
    "get",
    "set",
    "code",
    "name",
    "kind",
    "question",
    "outcome",
    "fees",
    "people",
    "id",
    "totals",
  ];
  const saved = names.map((n) => [n, Object.getOwnPropertyDescriptor(Object.prototype, n)]);
  let ran = 0;
  try {
    for (const n of names)
      Object.defineProperty(Object.prototype, n, {
        __proto__: null,
        get() {
          ran++;
          throw new Error(`getter ${n}`);
        },
        set() {
          ran++;
          throw new Error(`setter ${n}`);
        },
        configurable: true,
      });
    // An empty request is refused by every export but office() and evaluate({ answers }) (checked after).
    const refusing = PLACES.filter((_, i) => i !== 1 && i !== 4);
    for (const [code, n] of Object.entries(hostileRun(10_000, (i) => refusing[i % refusing.length](Object.create(null))))) codes[code] += n;
    assert.equal(api.evaluate({ answers: Object.create(null), date: "2026-11-24" }).question.id, "need");
    assert.equal(api.office(Object.create(null)).phones.length, 4);
  } finally {
    for (const [n, d] of saved) {
      if (d) Object.defineProperty(Object.prototype, n, { __proto__: null, ...d });
      else delete Object.prototype[n];
    }
  }
  console.log(
    `throwing getters: 100000 calls, ${JSON.stringify(codes)}; Object.prototype accessors run: ${ran}; restarts ${api.__restarts() - restarts}`,
  );
  assert.equal(ran, 0, "no accessor on Object.prototype ran");
  assert.equal(glue.__aifcStackMark(), mark, "wasm's stack pointer moved");
  assert.ok(table() <= slots + 128, `the externref table grew from ${slots} to ${table()}`);
  assert.equal(api.__restarts(), restarts, "the engine needed no restart");
  healthy("at the end");
});

test("100 stack-exhaustion episodes: exports called at every depth on the way back from a stack overflow", () => {
  const restarts = api.__restarts();
  let calls = 0;
  let answered = 0;
  let internal = 0;
  let overflow = 0;
  const request = { answers: { need: "work", location: "outside" }, date: "2026-11-24" };
  function call() {
    calls++;
    try {
      api.evaluate(request);
      answered++;
    } catch (e) {
      if (e?.code === "internal") internal++;
      else if (e instanceof RangeError)
        overflow++; // the stack was too full even for the guard
      else throw e;
    }
  }
  // Recurses until the stack overflows, then calls the engine in each of the 100 frames nearest
  // the overflow (the stack nearly full) and in every 50th frame on the way back.
  function deep() {
    let fromTop;
    try {
      fromTop = deep() + 1;
    } catch {
      fromTop = 0;
    }
    if (fromTop < 100 || fromTop % 50 === 0) call();
    return fromTop;
  }
  for (let episode = 1; episode <= 100; episode++) {
    deep();
    const e = api.evaluate(request);
    assert.equal(e.kind, "question", `engine broken after stack-exhaustion episode ${episode}`);
    assert.equal(e.question.id, "citizenship");
  }
  console.log(
    `stack exhaustion: 100 episodes, ${calls} calls (${answered} answered, ${internal} internal, ${overflow} RangeError before the engine was reached); restarts ${api.__restarts() - restarts}`,
  );
  assert.ok(answered > 0);
  healthy("after 100 episodes");
});

test("a team of hostile people: each one that person's error, the others planned, nothing leaked", () => {
  const boom = () => {
    throw new Error("caller");
  };
  const mark = glue.__aifcStackMark();
  const slots = table();
  const restarts = api.__restarts();
  const good = { id: "ok", answers: { need: "iin" } };
  const hostile = [
    () => revokedProxy(),
    () => Object.defineProperty({}, "answers", { get: boom, enumerable: true }),
    () => ({ id: "getter answer", answers: Object.defineProperty({}, "need", { get: boom, enumerable: true }) }),
    () => new Proxy({ answers: {} }, { ownKeys: boom }),
    () => ({ id: revokedProxy(), answers: {} }),
    () => ({ answers: new Uint8Array(10_000_000) }),
  ];
  const codes = {};
  for (let round = 0; round < 1_000; round++) {
    const people = [good, ...hostile.map((h) => h()), good];
    // A hole, and an element that is a throwing getter.
    people.length += 1;
    Object.defineProperty(people, people.length, { get: boom, enumerable: true });
    const r = api.plan({ people, date: "2026-11-24" });
    assert.equal(r.people.length, people.length);
    assert.deepEqual([r.people[0].kind, r.people[people.length - 3].kind], ["outcome", "outcome"]);
    for (const p of r.people.slice(1, -3).concat(r.people.slice(-2))) {
      assert.equal(p.kind, "error", JSON.stringify(p));
      codes[p.error.code] = (codes[p.error.code] ?? 0) + 1;
    }
    assert.equal(r.totals.planned, 2);
  }
  // The people array itself hostile: a revoked Proxy, a Proxy whose traps throw, ten million holes.
  for (const people of [revokedProxy(), new Proxy([], { getOwnPropertyDescriptor: boom }), new Array(10_000_000)]) {
    assert.throws(
      () => api.plan({ people }),
      (e) => CODES.has(e.code),
    );
  }
  console.log(
    `hostile people: 1000 teams of ${hostile.length + 4}, people's errors ${JSON.stringify(codes)}; restarts ${api.__restarts() - restarts}`,
  );
  assert.equal(glue.__aifcStackMark(), mark, "wasm's stack pointer moved");
  assert.ok(table() <= slots + 128, `the externref table grew from ${slots} to ${table()}`);
  assert.equal(api.__restarts(), restarts, "the engine needed no restart");
  healthy("after hostile teams");
});

test("oversized input is refused with too-large in milliseconds", () => {
  const huge = "x".repeat(50_000_000);
  const manyKeys = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i]));
  const wide = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`k${i}`.padEnd(1000, "x"), "y".repeat(1000)]));
  const cases = {
    "10 MB typed array as answers": () => api.evaluate({ answers: new Uint8Array(10_000_000) }),
    "50 MB string as an answer": () => api.evaluate({ answers: { need: huge } }),
    "50 MB string as service": () => api.quote({ service: huge }),
    "50 MB string as date": () => api.isWorkingDay(huge),
    "50 MB string as lang": () => api.services(huge),
    "50 MB key": () => api.evaluate({ answers: { [huge]: 1 } }),
    "100,000 answers": () => api.evaluate({ answers: manyKeys }),
    "100,000 request fields": () => api.office(manyKeys),
    "10 million people": () => api.plan({ people: new Array(10_000_000).fill({ answers: {} }) }),
    // 34 people of 60 answers, each key and value 1,000 characters: past the team's 4,000,000.
    "4 million characters over a team": () => api.plan({ people: Array.from({ length: 34 }, () => ({ answers: wide })) }),
  };
  const times = [];
  for (const [name, call] of Object.entries(cases)) {
    const started = performance.now();
    assert.throws(call, { code: "too-large" }, name);
    const ms = performance.now() - started;
    times.push(`${name} ${ms.toFixed(1)} ms`);
    // Generous for a busy machine: the 10 MB typed array used to take 65 s.
    assert.ok(ms < 1000, `${name} took ${ms.toFixed(0)} ms to be refused`);
  }
  console.log(`too-large: ${times.join("; ")}`);
  healthy("after oversized input");
});

test("error messages never echo a refused value in full", () => {
  const value = "<script>" + "A".repeat(900) + "</script>";
  for (const call of [
    () => api.quote({ service: value }),
    () => api.evaluate({ answers: { need: value } }),
    () => api.evaluate({ answers: { [value]: 1 } }),
    () => api.quote({ service: "iin", [value]: 1 }),
    () => api.quote({ service: "iin", date: value }),
    () => api.services(value),
  ]) {
    assert.throws(call, (e) => CODES.has(e.code) && !e.message.includes(value.slice(0, 60)) && e.message.length <= 401);
  }
});

test("the guard: a fault mid-call becomes `internal`, and the next call runs on a fresh instance", () => {
  const restarts = api.__restarts();
  const mark = glue.__aifcStackMark();
  const now = Date.now;
  try {
    // The page breaks the clock: the engine reads it in quote(), and the throw unwinds wasm.
    Date.now = () => {
      throw new Error("broken clock");
    };
    assert.throws(
      () => api.quote({ service: "iin" }),
      (e) => e.code === "internal" && e.cause?.message === "broken clock",
    );
    assert.ok(glue.__aifcStackMark() < mark, "the throw did leave wasm's stack lower (what the guard repairs)");
    // A throw that looks like an engine error is caught by the stack mark instead.
    Date.now = () => {
      throw Object.assign(new Error("fake"), { name: "AifcEligibilityError", code: "invalid-request" });
    };
    assert.throws(() => api.quote({ service: "iin" }), { code: "invalid-request" });
  } finally {
    Date.now = now;
  }
  healthy("after the faults");
  assert.equal(api.__restarts(), restarts + 2, "one restart for each fault, before the next call");
  assert.equal(glue.__aifcStackMark(), mark, "the fresh instance starts with the stack where it was");
});

test("loadLanguage quotes a refused tag shortened to 40 characters, as every message", () => {
  const tag = "en-" + "x".repeat(400);
  for (const texts of ["not a file of texts", "ru\x1ekey\x1ebody"]) {
    assert.throws(
      () => api.loadLanguage(tag, texts),
      (e) => {
        assert.equal(e.code, "invalid-request", e.message);
        assert.ok(!e.message.includes("x".repeat(41)), `the tag is echoed past 40 characters: ${e.message}`);
        assert.ok(e.message.length <= 200, `a message of ${e.message.length} characters`);
        return true;
      },
    );
  }
  assert.throws(
    () => api.loadLanguage("de-" + "x".repeat(400), ""),
    (e) => e.code === "unsupported-language" && !e.message.includes("x".repeat(41)),
  );
});

test("a restart loads the languages the engine holds again, not each of 5,000 tags a page tried", async () => {
  const texts = await readFile(new URL("aifc_eligibility_texts_en.txt", pkg), "utf8");
  const kept = () =>
    glue
      .__aifcKeptTexts()
      .map(([tag]) => tag)
      .sort();
  const before = kept();
  assert.deepEqual(before, ["en", "kk", "ru"], "one file per language loaded");
  const started = performance.now();
  for (let i = 0; i < 5_000; i++) api.loadLanguage(`en-x-${i}`, texts); // each a tag of English
  const loading = performance.now() - started;
  assert.deepEqual(kept(), before, "5,000 tags of English are still English");
  const restart = () => {
    const now = Date.now;
    Date.now = () => {
      throw new Error("broken clock");
    };
    try {
      assert.throws(() => api.quote({ service: "iin" }), { code: "internal" });
    } finally {
      Date.now = now;
    }
    const t = performance.now();
    healthy("after a restart"); // the first call restarts the engine
    return performance.now() - t;
  };
  const times = [restart(), restart(), restart()];
  console.log(`restart after 5,000 tags (loaded in ${loading.toFixed(0)} ms): ${times.map((t) => t.toFixed(1)).join(", ")} ms`);
  assert.ok(Math.min(...times) < 300, `a restart took ${Math.min(...times).toFixed(0)} ms`);
  for (const lang of ["en", "ru", "kk"]) assert.equal(api.services(lang).length, 23, `${lang} answers after the restarts`);
});

test("a field the call does not take is refused also when given as undefined or null; an optional one so given is not given", () => {
  const unknown = (call, name) => (e) => e.code === "invalid-request" && e.message.startsWith(`${call}(): unknown field "${name}"`);
  assert.throws(() => api.quote({ service: "iin", junk: undefined }), unknown("quote", "junk"));
  assert.throws(() => api.quote({ service: "iin", junk: null }), unknown("quote", "junk"));
  assert.throws(() => api.evaluate({ answers: {}, people: null }), unknown("evaluate", "people"));
  const team = api.plan({
    people: [
      { answers: { need: "iin" }, extra: undefined },
      { id: undefined, answers: { need: "iin" } },
    ],
  });
  assert.equal(team.people[0].kind, "error");
  assert.match(team.people[0].error.message, /people\[0\] has an unknown field "extra"/);
  assert.equal(team.people[1].kind, "outcome", "an id given as undefined is no id");
  assert.deepEqual(api.quote({ service: "iin", variant: undefined, lang: null }), api.quote({ service: "iin" }));
  healthy("after fields given as undefined");
});

test("a typed array's or a DataView's length the page redefined is never read; a setter on element 0 never sees the copy", () => {
  const typed = new Uint8Array(3);
  let ran = 0;
  Object.defineProperty(typed, "length", {
    get() {
      ran++;
      throw new Error("the page's length");
    },
  });
  assert.throws(() => api.evaluate({ answers: typed }), { code: "invalid-request" });
  const view = new DataView(new ArrayBuffer(8));
  Object.defineProperty(Object.prototype, "length", {
    configurable: true,
    get() {
      if (this === view) ran++;
      return 99;
    },
  });
  try {
    assert.throws(() => api.evaluate({ answers: view }), { code: "invalid-request" });
  } finally {
    delete Object.prototype.length;
  }
  // A page's setter on "0" of Object.prototype and Array.prototype: the copy is text, no array.
  const plain = api.evaluate({ answers: { need: "work", location: "outside" }, date: "2026-03-25" });
  const plainTeam = api.plan({
    people: [
      { id: "a", answers: { need: "iin" } },
      { id: "b", answers: { need: "iin" } },
    ],
    date: "2026-03-25",
  });
  for (const proto of [Object.prototype, Array.prototype]) {
    Object.defineProperty(proto, "0", {
      configurable: true,
      set() {
        ran++;
      },
    });
  }
  try {
    assert.deepEqual(api.evaluate({ answers: { need: "work", location: "outside" }, date: "2026-03-25" }), plain);
    assert.deepEqual(
      api.plan({
        people: [
          { id: "a", answers: { need: "iin" } },
          { id: "b", answers: { need: "iin" } },
        ],
        date: "2026-03-25",
      }),
      plainTeam,
    );
  } finally {
    delete Object.prototype[0];
    delete Array.prototype[0];
  }
  assert.equal(ran, 0, "no accessor of the page ran");
  healthy("after the page's accessors");
});
