// Real answers of the built package, for the test that the TypeScript types agree with them
// (types-drift.test.mjs): every export called with requests that reach every question node, every
// outcome, every service and fee row, every office state and window status, in three languages,
// plus one thrown error of each code. Only requests the package accepts are kept, with their
// answers; `shapes` names every property (and id-like string value) an answer has.

const LANGS = ["en", "ru", "kk"];
/** "Today" of the walk (the native walk's, tests/common) and a later year with a provisional MCI and calendar. */
const TODAYS = ["2026-11-24", "2027-06-01"];
/** The values the native walk tries for free inputs (crates/engine/src/flow/graph.rs, `sample_values`). */
const SAMPLES = {
  country: ["KZ", "RU", "UZ", "MD", "TM", "FR"],
  number: [1, 30, 31, 90, 91, 3660],
  date: ["2026-03-31", "2026-11-25", "2026-12-31", "2027-03-01", "2027-06-02", "2027-08-30"],
};

/**
 * What `value` shows, named as the types test names what a type declares: each property with the
 * property it sits in (`steps[].fee`, `.kind` at the top), each `null` the same way
 * (`quotes[].readyBy=null`), and each string that reads as an id (letters, digits and hyphens,
 * a letter among them) by its value alone (`=walk-in`), so that a declared union member no
 * answer takes shows. `tag` keeps a request's shapes apart from the answer's.
 */
export function shapes(value, tag = "", out = new Set(), up = "", at = "") {
  if (value === null) out.add(`${tag}${up}.${at}=null`);
  else if (Array.isArray(value)) for (const v of value) shapes(v, tag, out, up, `${at}[]`);
  else if (typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      out.add(`${tag}${at}.${k}`);
      shapes(v, tag, out, at, k);
    }
  } else if (typeof value === "string" && /^(?=.*[A-Za-z])[A-Za-z0-9-]{1,60}$/.test(value)) out.add(`${tag}=${value}`);
  return out;
}

/** Calls `f`; `{ok: answer}` or `{error}`. */
function attempt(f) {
  try {
    return { ok: f() };
  } catch (error) {
    return { error };
  }
}

/** Every answer set the flow reaches from its first question on `date`, evaluated in English: {request, answer}. */
function walk(api, date) {
  const seen = [];
  const stack = [{}];
  while (stack.length) {
    const request = { answers: stack.pop(), lang: "en", date };
    const r = attempt(() => api.evaluate(request));
    if (!r.ok) continue; // a sample the question does not take (a date before today)
    seen.push({ request, answer: r.ok });
    if (r.ok.kind !== "question") continue;
    const q = r.ok.question;
    for (const value of q.options ? q.options.map((o) => o.value) : SAMPLES[q.input.kind]) {
      stack.push({ ...request.answers, [q.id]: value });
    }
  }
  return seen;
}

/** The answers as a query string keeps them: every value a string ("true", "120"). */
const asStrings = (answers) => Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, String(v)]));

/**
 * Keeps, of `calls` ({request, answer, shapes}), the first of each `kind` and any that shows a
 * shape no kept one has: few enough to compile, with every shape of all of them.
 */
function representatives(calls, kindOf) {
  const kinds = new Set();
  const covered = new Set();
  const kept = [];
  for (const call of calls) {
    const kind = kindOf(call);
    if (kinds.has(kind) && [...call.shapes].every((x) => covered.has(x))) continue;
    kinds.add(kind);
    for (const x of call.shapes) covered.add(x);
    kept.push({ request: call.request, answer: call.answer });
  }
  return kept;
}

/** `fn(request)` for each request it accepts, as {request, answer}. */
function calls(fn, requests) {
  return requests.flatMap((request) => {
    const r = attempt(() => fn(request));
    return r.ok === undefined ? [] : [{ request, answer: r.ok }];
  });
}

/** The names a refusal lists as accepted: `quote(): unknown field "zz"; expected {service, ...}`. */
function accepted(fn, request) {
  const r = attempt(() => fn(request));
  const list = r.error?.message.match(/\{([^}]*)\}|known: ([^)]*)\)/);
  if (!list) throw new Error(`no list of accepted names in ${r.error?.message}`);
  return (list[1] ?? list[2]).split(",").map((s) => s.trim());
}

/** Everything the types test compiles: per export, representative calls, and every shape seen. */
export async function realOutputs(api, fresh, bare) {
  const exports = {};
  const add = (name, all, kindOf = () => "") => {
    for (const c of all) {
      c.shapes = shapes(c.answer);
      if (c.request !== undefined) shapes(c.request, "request:", c.shapes);
    }
    exports[name] = { calls: representatives(all, kindOf), shapes: new Set(all.flatMap((c) => [...c.shapes])) };
  };

  // Every path in English on both dates; in Russian and Kazakh on the first; one answer set in
  // five with its values as strings ("true", "120"), as a shared link gives them.
  const evaluations = [];
  for (const [i, date] of TODAYS.entries()) {
    const walked = walk(api, date);
    const more = walked.flatMap(({ request: { answers } }, j) => [
      ...(i === 0 ? ["ru", "kk"].map((lang) => ({ answers, lang, date })) : []),
      ...(j % 5 === 0 ? [{ answers: asStrings(answers), date }] : []),
    ]);
    evaluations.push(...walked, ...calls(api.evaluate, more));
  }
  add("evaluate", evaluations, (c) => `${c.request.lang}:${c.answer.kind === "question" ? c.answer.question.node : c.answer.outcome.id}`);

  // plan(): each walked answer set as a team of one (with and without an id, every third with each
  // person's path), in each language, and one team mixing every kind of row: an outcome, a
  // question, each code a person's error has.
  const teams = [];
  evaluations.forEach(({ request: { answers, lang, date } }, i) => {
    const person = i % 2 ? { id: "a-person", answers } : { answers };
    teams.push({ people: [person], ...(lang ? { lang } : {}), date, ...(i % 3 === 0 ? { withPath: true } : {}) });
  });
  // Rows the types allow that are still refused: a stay out of range, a date that does not exist,
  // an answer over 1,000 characters, an empty id.
  teams.push(
    {
      people: [
        { id: null, answers: { need: "work" } },
        { id: "x", answers: { need: "work", stayDays: 0 } },
        { id: "y", answers: { visaExpires: "2026-02-30" } },
        { answers: { citizenship: "x".repeat(1001) } },
        { id: "", answers: {} },
      ],
    },
    { people: [] },
  );
  add(
    "plan",
    calls(api.plan, teams),
    (c) =>
      `${c.request.lang}:${c.answer.people.map((p) => (p.kind === "outcome" ? p.outcome : p.kind === "question" ? p.question.node : p.error.code)).join()}`,
  );

  const ids = api.services().map((s) => s.id);
  const quotes = [];
  for (const service of ids) {
    const variants = api
      .services()
      .find((s) => s.id === service)
      .variants.map((v) => v.id);
    for (const variant of variants.length ? variants : [undefined]) {
      for (const date of ["2026-03-20", "2026-11-28", "2027-03-01"]) {
        for (const lang of LANGS) quotes.push(variant ? { service, variant, lang, date } : { service, lang, date });
      }
    }
    quotes.push({ service, ...(variants.length ? { variant: variants[0] } : {}) });
  }
  add("quote", calls(api.quote, quotes), (c) => `${c.request.lang}:${c.request.service}:${c.request.variant}`);
  add("services", calls(api.services, [undefined, ...LANGS]), (c) => `${c.request}`);
  add(
    "version",
    calls(() => api.version(), [undefined]),
  );
  add(
    "countries",
    calls(() => api.countries(), [undefined]),
  );
  add("isWorkingDay", calls(api.isWorkingDay, ["2026-11-24", "2026-11-28"]));
  add(
    "addWorkingDays",
    calls(api.addWorkingDays, [
      { from: "2026-11-24", days: 5 },
      { from: "2026-11-24", days: -5 },
    ]),
  );
  const windows = ["2026-11-25", "2026-11-30", "2026-12-31", "2027-03-01", "2026-11-20"].flatMap((expires) =>
    LANGS.map((lang) => ({ expires, lang, date: "2026-11-24" })),
  );
  add(
    "extensionWindow",
    calls(api.extensionWindow, [...windows, { expires: "2027-03-01" }]),
    (c) => `${c.request.lang}:${c.answer.status}`,
  );
  add("extensionIcs", calls(api.extensionIcs, [...LANGS.map((lang) => ({ expires: "2027-03-01", lang })), { expires: "2027-03-01" }]));
  const times = ["2026-11-24T10:00", "2026-11-24T13:30", "2026-11-24T08:00", "2026-11-24T20:00", "2026-11-28T10:00"];
  add(
    "office",
    calls(api.office, [undefined, ...times.flatMap((at) => LANGS.map((lang) => ({ lang, at })))]),
    (c) => `${c.request?.lang}:${c.answer.state}`,
  );

  // One thrown error of each code the package has.
  const now = Date.now;
  const errors = [
    () => api.quote({ zz: 1 }),
    () => api.quote({ service: "work-visas" }),
    () => api.evaluate({ answers: { need: "sleep" } }),
    () => api.quote({ service: "iin", date: "2026-02-30" }),
    () => api.quote({ service: "work-visa" }),
    () => api.quote({ service: "work-visa", variant: "forever" }),
    () => api.services("de"),
    () => api.addWorkingDays({ from: "2026-11-24", days: 5000 }),
    () => api.quote({ service: "x".repeat(2000) }),
    () => fresh.version(),
    () => bare.evaluate(JSON.stringify({ answers: {}, lang: "ru" })), // the glue behind the guard takes the JSON text the guard writes
    () => {
      // The page breaks the clock: the guard reports `internal` and restarts the engine.
      Date.now = () => {
        throw new Error("broken clock");
      };
      try {
        return api.quote({ service: "iin" });
      } finally {
        Date.now = now;
      }
    },
    () => {
      // A call from the page's clock while a call runs, after a nested call broke the engine under it.
      let refused;
      const clock = () => {
        Date.now = () => {
          throw new Error("broken clock");
        };
        try {
          api.quote({ service: "iin" });
        } catch {
          /* internal */
        } finally {
          Date.now = clock;
        }
        try {
          api.version();
        } catch (e) {
          refused ??= e;
        }
        return now();
      };
      Date.now = clock;
      try {
        api.evaluate({ answers: {} });
      } finally {
        Date.now = now;
      }
      throw refused;
    },
  ]
    .map((f) => attempt(f).error)
    .map((e) => ({ name: e.name, code: e.code, message: e.message }));

  return {
    exports,
    errors,
    names: Object.keys(api).sort(),
    accepted: {
      quote: accepted(api.quote, { zz: 1 }),
      evaluate: accepted(api.evaluate, { zz: 1 }),
      plan: accepted(api.plan, { zz: 1 }),
      answers: accepted(api.evaluate, { answers: { zz: 1 } }),
      extensionWindow: accepted(api.extensionWindow, { zz: 1 }),
      extensionIcs: accepted(api.extensionIcs, { zz: 1 }),
      addWorkingDays: accepted(api.addWorkingDays, { zz: 1 }),
      office: accepted(api.office, { zz: 1 }),
    },
  };
}
