// A server render imports the elements' entries in Node (Next, Remix, Astro render the page's
// modules on the server first): from the installed tarball, `import "aifc-eligibility/widget"` and
// `import "aifc-eligibility/team-planner"` load in a Node with no DOM, define nothing there and
// fetch nothing (issue 27, item 3). Before, both threw `ReferenceError: HTMLElement is not defined`.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { partnerProject, run } from "../support/partner.mjs";

let project;
before(async () => {
  project = await partnerProject("ssr");
});
after(() => rm(project, { recursive: true, force: true }));

test("both elements' entries import in Node without a DOM, and fetch nothing", async () => {
  // As a server render's module graph does: the entries, then the engine's Node entry beside them.
  await writeFile(
    path.join(project, "render.mjs"),
    `
const fetched = [];
globalThis.fetch = (url) => { fetched.push(String(url)); return Promise.reject(new Error("no fetch on the server")); };
const widget = await import("aifc-eligibility/widget");
const planner = await import("aifc-eligibility/team-planner");
const engine = await import("aifc-eligibility");
await engine.default();
const ev = engine.evaluate({ answers: { need: "iin" }, lang: "en", date: "2026-03-25" });
await new Promise((resolve) => setTimeout(resolve, 50));
console.log(JSON.stringify({ widget: Object.keys(widget), planner: Object.keys(planner), kind: ev.kind, fetched, dom: typeof HTMLElement }));
`,
  );
  const { stdout, stderr } = await run("node", ["render.mjs"], { cwd: project }).catch((e) =>
    assert.fail(`the import failed in Node:\n${e.stderr}`),
  );
  const seen = JSON.parse(stdout.trim().split("\n").at(-1));
  assert.equal(seen.dom, "undefined", "Node has no DOM here");
  assert.deepEqual(seen.fetched, [], "the entries fetch nothing on the server");
  assert.equal(seen.kind, "outcome", "the engine's Node entry still answers beside them");
  assert.equal(stderr, "");
});
