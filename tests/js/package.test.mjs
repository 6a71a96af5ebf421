// The package as a user imports it: the ES module from pkg/, initialised in Node, then the README's
// example and the TypeScript types. Run after scripts/build.sh (scripts/test.sh does).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { loadLanguages } from "../support/languages.mjs";
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const pkg = new URL("../../pkg/", import.meta.url);
const {
  default: init,
  quote,
  evaluate,
  services,
  version,
  extensionWindow,
  isAifcEligibilityError,
} = await import(new URL("aifc_eligibility.js", pkg));
const wasmBytes = await readFile(new URL("aifc_eligibility_bg.wasm", pkg));
const first = init({ module_or_path: wasmBytes });
const second = init({ module_or_path: wasmBytes });
await first;
await loadLanguages(await import(new URL("aifc_eligibility.js", pkg)), pkg);

test("pkg/package.json describes an ES module with types", async () => {
  const meta = JSON.parse(await readFile(new URL("package.json", pkg), "utf8"));
  assert.equal(meta.type, "module");
  assert.equal(meta.name, "aifc-eligibility");
  assert.equal(meta.types, "aifc_eligibility.d.ts");
  assert.equal(meta.version, version().version);
  for (const f of meta.files) await readFile(new URL(f, pkg)); // every listed file exists
});

test("init runs once: concurrent and later calls share its promise", async () => {
  assert.equal(first, second, "a concurrent init() is the first one's promise, not a second instance");
  assert.equal(init(), first, "a later init() too, whatever its argument");
  assert.equal((await second).memory, (await first).memory);
});

test("isAifcEligibilityError tells the package's errors from others", () => {
  let caught;
  try {
    evaluate({ answers: { need: "nothing" } });
  } catch (e) {
    caught = e;
  }
  assert.equal(isAifcEligibilityError(caught), true);
  assert.equal(caught.code, "invalid-answer");
  const { proxy, revoke } = Proxy.revocable(new Error("x"), {});
  revoke();
  const others = {
    "another Error": new Error("x"),
    "a code the package has not": Object.assign(new Error("x"), { name: "AifcEligibilityError", code: "made-up" }),
    "a plain object": { name: "AifcEligibilityError", code: "internal" },
    null: null,
    "a string": "internal",
    "a revoked Proxy": proxy,
  };
  for (const [what, other] of Object.entries(others)) assert.equal(isAifcEligibilityError(other), false, what);
});

test("a region tag is its language, as in the element", () => {
  const inRussian = evaluate({ answers: {}, lang: "ru" }).question.text;
  assert.equal(evaluate({ answers: {}, lang: "ru-KZ" }).question.text, inRussian);
  assert.equal(evaluate({ answers: {}, lang: "RU" }).question.text, inRussian);
  assert.throws(() => evaluate({ answers: {}, lang: "ru_KZ" }), { code: "unsupported-language" });
});

test("the README example works as written", async () => {
  const readme = await readFile(new URL("../../README.md", import.meta.url), "utf8");
  const example = readme.match(/```js\n([\s\S]*?)```/)?.[1];
  assert.ok(example, "README has a js example");
  // The example imports from the published name, which Node resolves to the package's `node`
  // entry; here that is pkg/'s (install.test.mjs runs it unchanged from the installed tarball).
  const source = example.replace(/from "aifc-eligibility"/, `from ${JSON.stringify(new URL("aifc_eligibility.node.js", pkg).href)}`);
  const logged = [];
  const log = console.log;
  console.log = (...a) => logged.push(a);
  try {
    await import("data:text/javascript," + encodeURIComponent(source));
  } finally {
    console.log = log;
  }
  assert.ok(logged.length > 0, "the example prints something");
  assert.match(JSON.stringify(logged), /2162\.50/);
});

test("quote and evaluate answer, and errors carry codes", () => {
  assert.equal(services("ru").length, 23);
  const q = quote({ service: "residence-permit", date: "2025-05-05" });
  assert.deepEqual(q.fees, [{ tier: "standard", label: q.fees[0].label, help: q.fees[0].help, kzt: "1440000" }]);
  assert.equal(q.stateDuty.kzt, "15728");
  const e = evaluate({ answers: { need: "iin" }, lang: "kk" });
  assert.equal(e.kind, "outcome");
  assert.deepEqual(e.outcome.services, ["iin"]);
  // The plan at a glance: the IIN costs its fee at the standard tier, done the same day.
  assert.deepEqual(
    e.outcome.plan.steps.map((s) => s.service),
    ["iin"],
  );
  assert.equal(e.outcome.plan.total.kzt, e.outcome.plan.steps[0].subtotal);
  assert.equal(e.outcome.plan.total.kzt, e.outcome.quotes[0].fees.find((f) => f.tier === "standard").kzt);
  assert.throws(
    () => quote({ service: "work-visa" }),
    (err) => err instanceof Error && err.code === "missing-variant",
  );
  assert.throws(() => evaluate({ answers: { need: "work" }, lang: "de" }), { code: "unsupported-language" });
  assert.equal(extensionWindow({ expires: "2026-03-31", date: "2026-03-01" }).status, "open");
});

test("the TypeScript types compile for a typed example", async () => {
  const tsc = new URL("../../node_modules/.bin/tsc", import.meta.url).pathname;
  const project = new URL("./tsconfig.json", import.meta.url).pathname;
  const run = promisify(execFile);
  await run(tsc, ["--noEmit", "-p", project]).catch((e) => assert.fail(`tsc failed:\n${e.stdout}${e.stderr}`));
});
