// Calls into the package made from inside another call: a Proxy trap of the request the guard
// copies calls the package again, or the page's clock does while the engine runs (re-entry). The guard counts the calls on the stack and never
// replaces the engine under a running one (src/glue.js): a nested call is answered as any call, the
// outer call gives the answer it gives without the re-entry, and the next plain call works.
// Expected answers are the guide's (the IIN: 10,000 KZT, no state duty; a business visa on
// invitation in 2026: 0.5 MCI = 2,162.50 KZT; a work journey from outside Kazakhstan asks the
// citizenship next); where an outer call must give "what it gives without re-entry", that is also
// checked against the same call made plainly.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { loadLanguages } from "../support/languages.mjs";

const pkg = new URL("../../pkg/", import.meta.url);
const api = await import(new URL("aifc_eligibility.js", pkg));
const glue = await import(new URL("aifc_eligibility_bindgen.js", pkg));
await api.default({ module_or_path: await readFile(new URL("aifc_eligibility_bg.wasm", pkg)) });
await loadLanguages(api, pkg);

const DATE = "2026-11-24";
const WORK = () => ({ answers: { need: "work", location: "outside" }, date: DATE });
const VISA = () => ({ service: "business-visa-single-invitation", date: "2026-06-01" });
const TEAM = () => ({
  people: [
    { id: "a", answers: { need: "iin" } },
    { id: "b", answers: { need: "iin" } },
  ],
  date: DATE,
});

/** The work journey's next question, as the guide has it. */
function isCitizenshipQuestion(e, what) {
  assert.equal(e?.kind, "question", `${what}: ${JSON.stringify(e)?.slice(0, 200)}`);
  assert.equal(e.question.id, "citizenship", what);
}
/** A business visa on invitation, 1 June 2026: state duty 0.5 MCI of 4,325 KZT. */
function isVisaQuote(q, what) {
  assert.equal(q?.stateDuty?.kzt, "2162.50", `${what}: ${JSON.stringify(q)?.slice(0, 200)}`);
}
/** Two people needing an IIN: each 10,000 KZT, the team 20,000. */
function isTeamPlan(p, what, size = 2) {
  assert.equal(p?.people?.length, size, `${what}: ${JSON.stringify(p)?.slice(0, 200)}`);
  for (const person of p.people) {
    assert.equal(person.kind, "outcome", what);
    assert.deepEqual(person.services, ["iin"], what);
    assert.equal(person.total.kzt, "10000", what);
  }
  assert.equal(p.totals.kzt, String(10000 * size), what);
}
/** After the shapes: plain calls answer, on a healthy instance. */
function plainCallsWork(what) {
  isCitizenshipQuestion(api.evaluate(WORK()), `a plain evaluate ${what}`);
  isVisaQuote(api.quote(VISA()), `a plain quote ${what}`);
  isTeamPlan(api.plan(TEAM()), `a plain plan ${what}`);
  assert.equal(api.addWorkingDays({ from: "2026-03-20", days: 1 }), "2026-03-26", `a plain addWorkingDays ${what}`);
}
/** `target` behind a Proxy whose `ownKeys` and `getOwnPropertyDescriptor` traps first run `during`. */
function reading(target, during) {
  return new Proxy(target, {
    ownKeys(t) {
      during();
      return Reflect.ownKeys(t);
    },
    getOwnPropertyDescriptor(t, key) {
      during();
      return Reflect.getOwnPropertyDescriptor(t, key);
    },
  });
}

test("evaluate inside evaluate's Proxy trap: both answer, the outer as without re-entry", () => {
  const plain = api.evaluate(WORK());
  const restarts = api.__restarts();
  const mark = glue.__aifcStackMark();
  const inner = [];
  const outer = api.evaluate(reading(WORK(), () => inner.push(api.evaluate(WORK()))));
  isCitizenshipQuestion(outer, "the outer evaluate");
  assert.deepEqual(outer, plain, "the outer evaluate answers as a plain call");
  assert.ok(inner.length >= 2, "the trap ran and called the package");
  for (const e of inner) assert.deepEqual(e, plain, "each nested evaluate answers as a plain call");
  assert.equal(glue.__aifcStackMark(), mark, "wasm's stack is where it was");
  assert.equal(api.__restarts(), restarts, "no restart was needed");
  plainCallsWork("after evaluate inside evaluate");
});

test("plan inside plan's person (the person a Proxy, the people array a Proxy): the outer plan is a plan", () => {
  const plain = api.plan(TEAM());
  const restarts = api.__restarts();
  const inner = [];
  const person = reading({ id: "b", answers: { need: "iin" } }, () => inner.push(api.plan(TEAM())));
  const outer = api.plan({ people: [{ id: "a", answers: { need: "iin" } }, person], date: DATE });
  isTeamPlan(outer, "the outer plan");
  assert.deepEqual(outer, plain, "the outer plan answers as a plain call");
  assert.ok(inner.length >= 1);
  for (const p of inner) assert.deepEqual(p, plain, "each nested plan answers as a plain call");
  // The people array itself: its elements are read through its getOwnPropertyDescriptor trap.
  const people = reading(TEAM().people, () => inner.push(api.plan(TEAM())));
  const viaArray = api.plan({ people, date: DATE });
  assert.deepEqual(viaArray, plain, "a plan whose people array re-enters answers as a plain call");
  // Every element of the team re-entering, 50 people.
  const many = Array.from({ length: 50 }, (_, i) => reading({ id: `p${i}`, answers: { need: "iin" } }, () => inner.push(api.plan(TEAM()))));
  isTeamPlan(api.plan({ people: many, date: DATE }), "a team of 50 re-entering people", 50);
  for (const p of inner) assert.deepEqual(p, plain);
  assert.equal(api.__restarts(), restarts, "no restart was needed");
  plainCallsWork("after plan inside plan");
});

test("quote inside a getter: a Proxy's descriptor trap calls quote and evaluate; a real getter is never run", () => {
  const plain = api.quote(VISA());
  const restarts = api.__restarts();
  const inner = [];
  const outer = api.quote(
    reading(VISA(), () => {
      inner.push(api.quote(VISA()));
      inner.push(api.evaluate(WORK()));
    }),
  );
  assert.deepEqual(outer, plain, "the outer quote answers as a plain call");
  isVisaQuote(outer, "the outer quote");
  for (let i = 0; i < inner.length; i += 2) {
    assert.deepEqual(inner[i], plain);
    isCitizenshipQuestion(inner[i + 1], "an evaluate nested in quote");
  }
  // An own getter is refused without being run, so it cannot re-enter.
  let ran = 0;
  const withGetter = Object.defineProperty({ date: "2026-06-01" }, "service", {
    get() {
      ran++;
      return api.quote(VISA()).service;
    },
    enumerable: true,
  });
  assert.throws(() => api.quote(withGetter), { code: "invalid-request" });
  assert.equal(ran, 0, "the getter never ran");
  assert.equal(api.__restarts(), restarts, "no restart was needed");
  plainCallsWork("after quote inside a getter");
});

test("deep re-entry: 60 nested calls, a throw at the bottom; every level answers, then a plain call works", () => {
  const plain = api.evaluate(WORK());
  const restarts = api.__restarts();
  const mark = glue.__aifcStackMark();
  const LEVELS = 60;
  // Level k's request re-enters with level k+1's; the bottom's trap throws.
  for (const catching of [true, false]) {
    const answers = new Array(LEVELS + 1);
    const level = (k) =>
      reading(WORK(), () => {
        if (k === LEVELS) throw new Error("bottom");
        if (answers[k + 1] !== undefined) return; // each level's nested call once
        try {
          answers[k + 1] = api.evaluate(level(k + 1));
        } catch (e) {
          answers[k + 1] = e;
          if (!catching) throw e;
        }
      });
    try {
      answers[1] = api.evaluate(level(1));
    } catch (e) {
      answers[1] = e;
    }
    assert.equal(answers[LEVELS].code, "invalid-request", "the bottom level's object cannot be read");
    for (let k = 1; k < LEVELS; k++) {
      if (catching) assert.deepEqual(answers[k], plain, `level ${k} answers as a plain call (traps catching)`);
      else assert.equal(answers[k].code, "invalid-request", `level ${k}: its trap threw, so its object cannot be read`);
    }
  }
  assert.equal(glue.__aifcStackMark(), mark, "wasm's stack is where it was");
  assert.equal(api.__restarts(), restarts, "no restart was needed");
  plainCallsWork("after deep re-entry");
});

test("re-entry and a throwing trap: the nested call answers, the outer call is refused with a code, nothing breaks", () => {
  const plain = api.evaluate(WORK());
  const restarts = api.__restarts();
  const mark = glue.__aifcStackMark();
  const boom = () => {
    throw new Error("caller");
  };
  const inner = [];
  const places = [
    (v) => api.evaluate(v),
    (v) => api.evaluate({ answers: v, date: DATE }),
    (v) => api.quote(v),
    (v) => api.plan(v),
    (v) => api.plan({ people: v }),
    (v) => api.office(v),
  ];
  for (let round = 0; round < 200; round++) {
    for (const place of places) {
      const hostile = new Proxy(
        { answers: {} },
        {
          ownKeys() {
            inner.push(api.evaluate(WORK()));
            return boom();
          },
          getOwnPropertyDescriptor() {
            inner.push(api.quote(VISA()));
            return boom();
          },
        },
      );
      assert.throws(
        () => place(hostile),
        (e) => e.code === "invalid-request" || e.code === "invalid-answer",
      );
    }
    // A person that re-enters and throws is that person's error; the others are planned.
    const person = new Proxy(
      {},
      {
        ownKeys: () => {
          inner.push(api.plan(TEAM()));
          return boom();
        },
      },
    );
    const p = api.plan({ people: [{ id: "a", answers: { need: "iin" } }, person], date: DATE });
    assert.deepEqual([p.people[0].kind, p.people[1].kind, p.totals.planned], ["outcome", "error", 1]);
  }
  for (const r of inner) {
    if (r.kind === "question") assert.deepEqual(r, plain);
    else if (r.people) isTeamPlan(r, "a nested plan");
    else isVisaQuote(r, "a nested quote");
  }
  assert.equal(glue.__aifcStackMark(), mark, "wasm's stack is where it was");
  assert.equal(api.__restarts(), restarts, "no restart was needed");
  plainCallsWork("after re-entry with throwing traps");
});

test("re-entry from every read of a request, 100 copies deep at most: the outer call answers as without it, then a plain call works", () => {
  const plain = api.evaluate(WORK());
  const codes = {};
  for (let episode = 0; episode < 20; episode++) {
    // Each trap calls evaluate with the same object again, catching what it gets: the recursion
    // ends where the stack does, in JavaScript or inside the engine.
    let self;
    self = reading(WORK(), () => {
      try {
        api.evaluate(self);
      } catch (e) {
        const code = e?.code ?? e?.constructor?.name;
        codes[code] = (codes[code] ?? 0) + 1;
      }
    });
    assert.deepEqual(api.evaluate(self), plain, `episode ${episode}: the outer evaluate answers as a plain call`);
    plainCallsWork(`after episode ${episode}`);
    // The traps letting errors through: the outer call is refused with a code, never broken.
    let rethrowing;
    rethrowing = reading(WORK(), () => api.evaluate(rethrowing));
    assert.throws(
      () => api.evaluate(rethrowing),
      (e) => e.name === "AifcEligibilityError" && e.code === "invalid-request",
    );
    plainCallsWork(`after episode ${episode}, traps rethrowing`);
  }
  console.log(
    `re-entry to the stack's end: 20 episodes; what the nested calls got: ${JSON.stringify(codes)}; restarts so far ${api.__restarts()}`,
  );
  // Re-entry stops 100 copies deep: past that, nested calls are refused, never left to multiply.
  assert.ok(codes["reentrant-call"] > 0, "nested calls past 100 deep get reentrant-call");
});

test("a nested call that breaks the engine: later nested calls get reentrant-call, the outer call is made again on a fresh instance", () => {
  const plain = api.evaluate(WORK());
  const restarts = api.__restarts();
  const now = Date.now;
  const got = [];
  let reads = 0;
  // Requests are copied before wasm runs, so a Proxy trap never runs under the engine; the page's
  // clock does (the engine reads today's date). This clock calls the package: it breaks the clock
  // for one nested call (quote() reads it, and the throw unwinds wasm under the running evaluate,
  // the guard answers it `internal`), then asks for the version.
  const clock = () => {
    reads++;
    Date.now = () => {
      throw new Error("broken clock");
    };
    try {
      api.quote({ service: "iin" });
    } catch (e) {
      got.push(e.code);
    } finally {
      Date.now = clock;
    }
    try {
      got.push(api.version().version);
    } catch (e) {
      got.push(e.code);
      assert.equal(api.isAifcEligibilityError(e), true, "reentrant-call is one of the package's errors");
    }
    return now();
  };
  let answer;
  Date.now = clock;
  try {
    answer = api.evaluate(WORK());
  } finally {
    Date.now = now;
  }
  assert.deepEqual(answer, plain, "the outer evaluate answers as a plain call");
  // First pass: quote breaks the engine (internal), version is refused; the outer call made
  // again on a fresh instance: its clock runs once more, both nested calls refused.
  assert.deepEqual(got, ["internal", "reentrant-call", "reentrant-call", "reentrant-call"]);
  assert.equal(reads, 2, "the clock ran twice: the first call and the one made again");
  assert.equal(api.__restarts(), restarts + 1, "one restart, when no call was running");
  plainCallsWork("after a nested call broke the engine");
});
