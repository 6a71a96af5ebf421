// Seeded fuzzing of every export of the built package: at least 200,000 generated inputs (wrong
// types, nested junk, huge strings and arrays, unicode, NaN and Infinity, dates out of range,
// unknown ids, facts and values, prototype-pollution keys), one in ten of them hostile (revoked
// Proxies, throwing getters and traps, getters and setters on Object.prototype, oversized input,
// calls from a nearly full stack). Each call must either answer with a correctly shaped value or
// throw an Error whose `code` is documented: never a trap, a panic or a hang. The module must give
// the known answer to a known request after every 1,000 hostile calls and at the end. Counts are
// printed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { loadLanguages } from "../support/languages.mjs";

const pkg = new URL("../../pkg/", import.meta.url);
const api = await import(new URL("aifc_eligibility.js", pkg));
await api.default({ module_or_path: await readFile(new URL("aifc_eligibility_bg.wasm", pkg)) });
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
]); // not "internal": that would be a bug
const TOTAL = Number(process.env.FUZZ_INPUTS ?? 200_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20251124);

// xorshift32: the same inputs on every run for a given seed.
function rng(seed) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}
const rand = rng(SEED);
const int = (n) => Math.floor(rand() * n);
const pick = (a) => a[int(a.length)];

const services = api.services("en").map((s) => s.id);
const facts = [
  "need",
  "location",
  "citizenship",
  "stayDays",
  "role",
  "term",
  "investmentResident",
  "category",
  "family",
  "branch",
  "meetsQualifications",
  "visa",
  "sameHost",
  "visaExpires",
  "applicantType",
];
const values = [
  "work",
  "invest",
  "business-visit",
  "business-multi",
  "residence-permit",
  "extend",
  "cancel",
  "iin",
  "tax-residency",
  "inside",
  "outside",
  "KZ",
  "ru",
  "UZ",
  "XX",
  "employee",
  "expert",
  "up-to-2-years",
  "3-to-5-years",
  "B2",
  "B3",
  "b3",
  "work",
  "investor",
  "business-single",
  "individual",
  "legal-entity",
  "true",
  "false",
  "31",
  "91",
  "2026-03-31",
  "2027-01-29",
];
const dates = [
  "2026-03-20",
  "2024-01-01",
  "2099-12-31",
  "2023-12-31",
  "2100-01-01",
  "2026-02-30",
  "2026-02-29",
  "2024-02-29",
  "0000-00-00",
  "+02026-01-01",
  "2026-1-1",
  "20260101",
  "2026-03-20T10:00",
  "2026-11-24T13:30",
  "9999-99-99",
  "",
];
const keys = [
  "service",
  "variant",
  "lang",
  "date",
  "answers",
  "from",
  "days",
  "expires",
  "at",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "junk",
  "",
];

function junkString() {
  switch (int(8)) {
    case 0:
      return "";
    case 1:
      return "x".repeat(int(50) === 0 ? 1 << 20 : int(300)); // sometimes a megabyte
    case 2:
      return "Қазақстан\u0000\uD800\uDFFF🇰🇿\u202E" + int(1e6);
    case 3:
      return pick(services) + (int(2) ? "" : " ");
    case 4:
      return pick(dates);
    case 5:
      return pick(values);
    case 6:
      return pick(["en", "ru", "kk", "EN", "kz", "de", "en-US"]);
    default:
      return String.fromCharCode(...Array.from({ length: int(20) }, () => int(0x10000)));
  }
}

function junk(depth = 0) {
  switch (int(depth > 3 ? 9 : 13)) {
    case 0:
      return undefined;
    case 1:
      return null;
    case 2:
      return pick([true, false]);
    case 3:
      return pick([0, -1, 1.5, 3660, 3661, -3661, 1e308, -0, NaN, Infinity, -Infinity, 2 ** 53, 2 ** 31]);
    case 4:
    case 5:
    case 6:
      return junkString();
    case 7:
      return Symbol("s");
    case 8:
      return 10n;
    case 9:
      return int(20) === 0 ? new Array(100_000).fill(0) : Array.from({ length: int(4) }, () => junk(depth + 1));
    case 10:
      return () => 1;
    case 11: {
      // Deeply nested junk.
      let v = {};
      for (let i = 0; i < 1000; i++) v = { a: v, b: [v] };
      return v;
    }
    default:
      return junkObject(depth + 1);
  }
}

function junkObject(depth) {
  const o = int(10) === 0 ? Object.create(null) : {};
  for (let i = int(5); i > 0; i--) {
    const k = int(3) === 0 ? pick(facts) : pick(keys);
    if (k === "__proto__") Object.defineProperty(o, k, { value: junk(depth), enumerable: true, configurable: true, writable: true });
    else o[k] = junk(depth);
  }
  return o;
}

function answers() {
  if (int(5) === 0) return junk(1);
  const a = {};
  for (let i = int(8); i > 0; i--) a[int(6) === 0 ? junkString() : pick(facts)] = int(4) === 0 ? junk(2) : pick(values);
  if (int(20) === 0) Object.defineProperty(a, "__proto__", { value: { polluted: true }, enumerable: true, configurable: true });
  return a;
}

/// Answers that follow the flow: each question answered with one of its options (or, for free
/// inputs, a plausible value), with now and then a junk value. Reaches deep questions and outcomes.
function guided() {
  const a = {};
  for (let step = int(12); step > 0; step--) {
    let e;
    try {
      e = api.evaluate({ answers: a, date: "2026-11-24" });
    } catch {
      return a;
    }
    if (e.kind === "outcome") return a;
    const q = e.question;
    const input = q.input?.kind;
    a[q.id] =
      int(15) === 0
        ? junk(1)
        : q.options
          ? pick(q.options).value
          : input === "country"
            ? pick(["KZ", "RU", "UZ", "AM", "MD", "TM", "DE", "CN", "us"])
            : input === "number"
              ? pick([1, 30, 31, 90, 91, 365, 3660, "45"])
              : pick(["2026-12-15", "2027-01-29", "2026-11-25", "2030-06-30", "2024-02-29"]);
  }
  return a;
}

function revoked() {
  const { proxy, revoke } = Proxy.revocable(pick([{}, [], { service: "iin" }]), {});
  revoke();
  return proxy;
}
const boom = () => {
  throw new Error("caller");
};
const BIG_STRING = "9".repeat(5_000_000);
const BIG_ARRAY = new Uint8Array(10_000_000);

function hostile() {
  // Objects that fight back: revoked and throwing proxies, getters (throwing or not), oversized.
  switch (int(9)) {
    case 0:
      return revoked();
    case 1:
      return new Proxy({}, { ownKeys: boom });
    case 2:
      return new Proxy({ service: "iin" }, { get: boom, getOwnPropertyDescriptor: boom });
    case 3:
      return Object.defineProperty({}, pick(["service", "answers", "from", "expires", "lang"]), { get: boom, enumerable: true });
    case 4:
      return Object.defineProperty({}, "answers", {
        get() {
          return { need: "iin" };
        },
        enumerable: true,
      });
    case 5:
      return {
        answers: pick([revoked(), { need: revoked() }, Object.defineProperty({}, "need", { get: boom, enumerable: true }), BIG_ARRAY]),
      };
    case 6:
      return { service: BIG_STRING, expires: BIG_STRING, from: BIG_STRING, answers: { [pick(facts)]: BIG_STRING } };
    case 7:
      return pick([BIG_ARRAY, BIG_STRING, Object.create({ service: "iin", answers: { need: "iin" } })]);
    default:
      return revoked();
  }
}

/** One person of a team: mostly {id?, answers}, sometimes junk or hostile (that person's error). */
function person() {
  switch (int(8)) {
    case 0:
      return junk(1);
    case 1:
      return hostile();
    case 2:
      return { id: junk(1), answers: guided() };
    default:
      return int(2) ? { id: `person ${int(100)}`, answers: int(2) ? guided() : answers() } : { answers: guided() };
  }
}

function request(kind) {
  if (int(6) === 0) return junk(0);
  const r = {};
  const set = (k, v) => {
    if (int(5) !== 0) r[k] = v;
  };
  switch (kind) {
    case "quote":
      set("service", int(4) ? pick(services) : junkString());
      set("variant", pick(["up-to-2-years", "3-to-5-years", "employee", "expert", junkString()]));
      break;
    case "evaluate":
      r.answers = int(2) ? guided() : answers();
      break;
    case "plan":
      set("people", int(5) ? Array.from({ length: int(6) }, person) : junk(1));
      break;
    case "addWorkingDays":
      set("from", pick(dates));
      set("days", int(3) ? int(200) - 100 : junk(1));
      break;
    case "extensionWindow":
    case "extensionIcs":
      set("expires", int(3) ? pick(dates) : junkString());
      break;
    case "office":
      set("at", pick(dates));
      break;
  }
  if (kind !== "addWorkingDays") set("lang", int(4) ? pick(["en", "ru", "kk"]) : junk(1));
  if (["quote", "evaluate", "plan", "extensionWindow"].includes(kind)) set("date", int(3) ? pick(dates) : junk(1));
  if (int(8) === 0) r[pick(keys)] = junk(1); // extra junk
  return r;
}

const isDate = (s) => typeof s === "string" && /^\d{4}-\d{2}-\d{2}$/.test(s);
const isKzt = (s) => typeof s === "string" && /^\d+(\.\d{2})?$/.test(s);
function checkQuote(q) {
  assert.ok(services.includes(q.service) && typeof q.title === "string" && q.title.length > 0);
  for (const f of q.fees) assert.ok(["standard", "walk-in", "personal-manager"].includes(f.tier) && isKzt(f.kzt));
  if (q.stateDuty) assert.ok(isKzt(q.stateDuty.kzt) && q.stateDuty.mciYear >= 2024);
  if (q.readyBy) assert.ok(isDate(q.readyBy.earliest) && isDate(q.readyBy.latest) && q.readyBy.earliest <= q.readyBy.latest);
  for (const d of q.documents) assert.ok(typeof d.id === "string" && typeof d.text === "string" && d.text.length > 0);
}
const shapes = {
  version: (v) => assert.equal(typeof v.version, "string"),
  services: (v) => assert.equal(v.length, 23),
  quote: checkQuote,
  evaluate: (e) => {
    assert.ok(e.kind === "question" || e.kind === "outcome");
    if (e.kind === "question") assert.ok(facts.includes(e.question.id) && e.question.text.length > 0);
    else {
      assert.ok(e.outcome.services.length > 0 || e.outcome.noService);
      e.outcome.quotes.forEach(checkQuote);
    }
  },
  plan: (t) => {
    assert.equal(t.totals.people, t.people.length);
    assert.ok(isKzt(t.totals.kzt));
    const counted = { outcome: 0, question: 0, error: 0 };
    for (const p of t.people) {
      counted[p.kind] += 1;
      if (p.kind === "question") assert.ok(facts.includes(p.question.id));
      else if (p.kind === "outcome") assert.ok(isKzt(p.total.kzt) && p.steps.length === p.services.length);
      else assert.ok(CODES.has(p.error.code) && p.error.message.length > 0, JSON.stringify(p.error));
    }
    assert.deepEqual([counted.outcome, counted.question, counted.error], [t.totals.planned, t.totals.questions, t.totals.errors]);
  },
  isWorkingDay: (v) => assert.equal(typeof v, "boolean"),
  addWorkingDays: (v) => assert.ok(isDate(v)),
  extensionWindow: (w) => assert.ok(isDate(w.earliest) && isDate(w.latest) && w.earliest <= w.latest),
  extensionIcs: (t) => assert.ok(t.startsWith("BEGIN:VCALENDAR\r\n") && t.endsWith("END:VCALENDAR\r\n")),
  office: (o) => assert.ok(typeof o.open === "boolean" && o.phones.length === 4),
  countries: (c) => assert.equal(c.length, 249),
};
const exports_ = Object.keys(shapes);

/// The arguments of one call, generated before the call so that only the API is under test.
function args(name) {
  switch (name) {
    case "version":
    case "countries":
      return [];
    case "services":
      return [int(3) ? pick(["en", "ru", "kk", undefined]) : junk(0)];
    case "isWorkingDay":
      return [int(3) ? pick(dates) : junk(0)];
    case "office":
      return [int(5) === 0 ? undefined : request("office")];
    default:
      return [request(name)];
  }
}

/** A known request gives the known answer. */
function healthy(when) {
  assert.equal(api.addWorkingDays({ from: "2026-03-20", days: 1 }), "2026-03-26", `engine broken ${when}`);
  assert.equal(
    api.quote({ service: "business-visa-single-invitation", date: "2026-06-01" }).stateDuty.kzt,
    "2162.50",
    `engine broken ${when}`,
  );
}

/** Calls `f` with the stack nearly full: in the frame where recursion overflowed, and again one
 * frame further up each time the stack runs out before the engine answers or refuses. */
function fromFullStack(f) {
  let done = false;
  let result;
  let error;
  const deep = () => {
    try {
      deep();
    } catch {
      // (The recursion's own overflow, or f's, caught one frame up.)
    }
    if (done) return;
    try {
      result = f();
      done = true;
    } catch (e) {
      error = e;
      done = !(e instanceof RangeError);
    }
  };
  deep();
  if (!done) throw error;
  if (error !== undefined && done && result === undefined) throw error;
  return result;
}

/** Runs `f` with throwing getters and setters on Object.prototype for names the engine uses. */
const POISON = ["service", "answers", "lang", "date", "value", "get", "set", "code", "kind", "message", "people", "id"];
function poisoned(f) {
  for (const n of POISON) Object.defineProperty(Object.prototype, n, { __proto__: null, get: boom, set: boom, configurable: true });
  try {
    return f();
  } finally {
    for (const n of POISON) delete Object.prototype[n];
  }
}

test(`${TOTAL} generated inputs: every answer well shaped, every error coded, no trap`, () => {
  const counts = {};
  const bump = (k) => (counts[k] = (counts[k] ?? 0) + 1);
  const started = performance.now();
  let hostileCalls = 0;
  let healthChecks = 0;
  for (let i = 0; i < TOTAL; i++) {
    const name = exports_[i % exports_.length];
    // One input in ten is hostile: its arguments fight back, or the call is made in a hostile way.
    // (Calls from a full stack and with Object.prototype poisoned are slow - each stack episode
    // recurses ~10,000 frames and may restart the engine several times - hence rarer.)
    const attack = int(10) !== 0 ? null : int(100) === 0 ? "stack" : int(25) === 0 ? "poisoned" : "input";
    const input = attack === "input" && !["version", "countries"].includes(name) ? [hostile()] : args(name);
    let result;
    try {
      if (attack === "poisoned") result = poisoned(() => api[name](...input));
      else if (attack === "stack") result = fromFullStack(() => api[name](...input));
      else result = api[name](...input);
    } catch (e) {
      // From a nearly full stack the guard may report the engine's fault as `internal`, or the
      // stack may run out before the engine is reached at all.
      const stackFault = attack === "stack" && (e?.code === "internal" || e instanceof RangeError);
      if (stackFault) {
        bump(`${name} -> (stack) ${e?.code ?? "RangeError"}`);
      } else if (!(e instanceof Error) || !CODES.has(e.code) || e instanceof WebAssembly.RuntimeError) {
        assert.fail(`${name}: input ${i} (${attack ?? "generated"}) threw something undocumented: ${e?.name} ${e?.code} ${e?.message}`);
      } else {
        assert.ok(e.message.length > 0 && e.message.length < 2000, "a short, clear message");
        bump(`${name} -> ${e.code}`);
      }
    }
    if (result !== undefined) {
      shapes[name](result);
      bump(`${name} -> ok`);
    }
    if (attack !== null) {
      bump(`(hostile: ${attack})`);
      if (++hostileCalls % 1000 === 0) {
        healthy(`after ${hostileCalls} hostile calls`);
        healthChecks++;
      }
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `fuzz: ${TOTAL} inputs (seed ${SEED}) in ${seconds} s; ${hostileCalls} of them hostile, ${healthChecks} health checks passed; the engine was restarted ${api.__restarts()} times`,
  );
  for (const [k, n] of Object.entries(counts).sort()) console.log(`  ${k.padEnd(40)} ${n}`);
  // Every export was both accepted and refused somewhere in the run (the generator reaches both).
  for (const name of exports_.filter((n) => !["version", "countries"].includes(n))) {
    assert.ok(counts[`${name} -> ok`] > 0, `${name} never answered`);
    assert.ok(
      Object.keys(counts).some((k) => k.startsWith(`${name} -> `) && !k.endsWith("ok")),
      `${name} never refused`,
    );
  }
});

test("the module still answers correctly after the run", () => {
  healthy("after the run");
  assert.equal(api.addWorkingDays({ from: "2026-03-20", days: 1 }), "2026-03-26");
  const q = api.quote({ service: "work-visa-invitation", variant: "up-to-2-years", date: "2026-06-01" });
  assert.equal(q.stateDuty.kzt, "2162.50");
  assert.equal({}.polluted, undefined, "no prototype was polluted");
  assert.equal(Object.prototype.polluted, undefined);
});
