// The package as a partner gets it: the tarball scripts/build.sh made (target/npm/), installed with
// npm into a fresh project, then
//   - the README's JavaScript example, run in Node exactly as written (`await init()` included);
//   - a strict TypeScript project with no DOM library that uses the engine's types;
//   - a strict TypeScript + React project (JSX) that uses the element's types and events;
//   - that React app (React 19) bundled with esbuild and run in Chromium: the widget draws its
//     question, the `onaifc-outcome` prop hears the outcome, and `state` is readable from a ref.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { launchBrowser } from "../widget/helpers.mjs";
import { serve } from "../support/serve.mjs";

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TSC = path.join(ROOT, "node_modules", ".bin", "tsc");

let project;
let tarball;

before(async () => {
  const npmDir = path.join(ROOT, "target", "npm");
  tarball = (await readdir(npmDir)).find((f) => /^aifc-eligibility-.+\.tgz$/.test(f));
  assert.ok(tarball, "target/npm holds the tarball: run scripts/build.sh");
  project = await mkdtemp(path.join(tmpdir(), "aifc-partner-"));
  await writeFile(path.join(project, "package.json"), JSON.stringify({ name: "partner-app", private: true, type: "module" }));
  // Offline: the package's one dependency (papaparse, for the planner) is bundled in it, so npm
  // needs nothing but the file.
  await run("npm", ["install", "--offline", "--no-audit", "--no-fund", "--loglevel=error", path.join(npmDir, tarball)], { cwd: project });
  // React and its types, as the partner's own dependencies (from this repository's dev dependencies).
  for (const dep of ["react", "react-dom", "scheduler", "@types/react", "@types/react-dom"]) {
    await mkdir(path.dirname(path.join(project, "node_modules", dep)), { recursive: true });
    await symlink(path.join(ROOT, "node_modules", dep), path.join(project, "node_modules", dep), "dir");
  }
});
after(() => rm(project, { recursive: true, force: true }));

test("the installed package has the engine, the widget, README, LICENSE and CHANGELOG", async () => {
  const installed = path.join(project, "node_modules", "aifc-eligibility");
  const meta = JSON.parse(await readFile(path.join(installed, "package.json"), "utf8"));
  assert.equal(meta.license, "MIT");
  assert.deepEqual(Object.keys(meta.exports), [".", "./texts/*.txt", "./widget", "./team-planner", "./react", "./package.json"]);
  assert.equal(meta.exports["."].node, "./aifc_eligibility.node.js");
  for (const f of [
    "README.md",
    "LICENSE",
    "CHANGELOG.md",
    "widget/aifc-eligibility.js",
    "widget/aifc-eligibility.d.ts",
    "widget/aifc-team-planner.js",
    "widget/aifc-team-planner.d.ts",
  ]) {
    await readFile(path.join(installed, f));
  }
  const widget = await readdir(path.join(installed, "widget"));
  assert.ok(
    widget.some((f) => f.endsWith(".wasm")),
    `the widget's wasm is there: ${widget.join(", ")}`,
  );
  // papaparse, inlined in the planner, is in the partner's tree where npm ls and npm audit look.
  const { stdout } = await run("npm", ["ls", "papaparse", "--all", "--json"], { cwd: project });
  const listed = JSON.parse(stdout).dependencies["aifc-eligibility"].dependencies?.papaparse;
  assert.equal(listed?.version, meta.dependencies.papaparse, `npm ls sees papaparse: ${stdout}`);
});

test("the README's Node example runs exactly as written", async () => {
  const readme = await readFile(path.join(ROOT, "README.md"), "utf8");
  const example = readme.match(/## Use it from JavaScript\s+```js\n([\s\S]*?)```/)?.[1];
  assert.ok(example, "README has the example");
  await writeFile(path.join(project, "readme.mjs"), example);
  const { stdout } = await run("node", ["readme.mjs"], { cwd: project });
  assert.match(stdout, /2162\.50/);
  assert.match(stdout, /[а-я]/, "the question in Russian");
});

const strict = {
  strict: true,
  noEmit: true,
  target: "es2022",
  module: "nodenext",
  moduleResolution: "nodenext",
  skipLibCheck: false,
  noUncheckedIndexedAccess: true,
};

async function tsc(name, compilerOptions, files) {
  const dir = path.join(project, name);
  await mkdir(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) await writeFile(path.join(dir, file), text);
  await writeFile(path.join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions, include: Object.keys(files) }));
  await run(TSC, ["-p", dir]).catch((e) => assert.fail(`tsc (${name}) failed:\n${e.stdout}${e.stderr}`));
}

test("the engine's types compile in a strict project without the DOM library, the README's example too", async () => {
  const readme = await readFile(path.join(ROOT, "README.md"), "utf8");
  const example = readme.match(/## Use it from JavaScript\s+```js\n([\s\S]*?)```/)?.[1];
  await tsc(
    "engine-ts",
    { ...strict, lib: ["es2022"], types: [] },
    {
      // No DOM and no @types/node: only the console the example prints with.
      "console.d.ts": "declare const console: { log(...data: unknown[]): void };\n",
      "readme.ts": example,
      "engine.ts": `import init, { evaluate, isAifcEligibilityError, type AnswerMap, type IsoDate } from "aifc-eligibility";
await init();
const answers: AnswerMap = {};
for (let e = evaluate({ answers, lang: "ru-KZ" }); e.kind === "question" && e.question.options; e = evaluate({ answers })) {
  const first = e.question.options[0];
  if (first) answers[e.question.id] = first.value;
}
export const day: IsoDate = "2026-11-26";
export function codeOf(e: unknown): string | null {
  return isAifcEligibilityError(e) ? e.code : null;
}
// @ts-expect-error: a date is YYYY-MM-DD
export const wrong: IsoDate = "26.11.2026";
`,
    },
  );
});

const APP = `import { useEffect, useRef, useState } from "react";
import { createRoot } from "react-dom/client";
import "aifc-eligibility/widget";
import type {} from "aifc-eligibility/react";
import type { AifcEligibilityElement, AifcOutcomeDetail } from "aifc-eligibility/widget";

function App() {
  const ref = useRef<AifcEligibilityElement>(null);
  const [services, setServices] = useState<string[]>([]);
  const [status, setStatus] = useState("");
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const seen = () => setStatus(el.state.status);
    el.addEventListener("aifc-question", seen);
    return () => el.removeEventListener("aifc-question", seen);
  }, []);
  return (
    <main>
      <aifc-eligibility ref={ref} lang="en" date="2026-03-25"
        onaifc-outcome={(e: CustomEvent<AifcOutcomeDetail>) => setServices(e.detail.services)} />
      <p id="services">{services.join(",")}</p>
      <p id="status">{status}</p>
    </main>
  );
}
const found: AifcEligibilityElement | null = document.querySelector("aifc-eligibility");
document.addEventListener("aifc-error", (e) => console.log(e.detail.code, found?.state.status));
// @ts-expect-error: lang takes a language tag
export const bad = <aifc-eligibility lang={5} />;
createRoot(document.getElementById("root")!).render(<App />);
`;

/** The team planner in the same React project: its import, JSX, events and tag, typed. */
const PLANNER = `import "aifc-eligibility/team-planner";
import type {} from "aifc-eligibility/react";
import type { AifcPlanDetail, AifcTeamPlannerElement } from "aifc-eligibility/team-planner";

export function Team({ onPlanned }: { onPlanned: (n: number) => void }) {
  return <aifc-team-planner lang="kk" date="2026-03-25"
    onaifc-plan={(e: CustomEvent<AifcPlanDetail>) => onPlanned(e.detail.planned)} />;
}
const planner: AifcTeamPlannerElement | null = document.querySelector("aifc-team-planner");
planner?.addEventListener("aifc-plan", (e) => console.log(e.detail.people, e.detail.errors));
if (planner?.state.status === "ready" && planner.state.questions > 0) planner.reset();
// @ts-expect-error: state is read-only
if (planner) planner.state = planner.state;
// @ts-expect-error: the planner has no answers attribute
export const wrong = <aifc-team-planner answers="need=work" />;
`;

test("the elements' types compile in a strict React project (JSX, events, state; the team planner too)", async () => {
  await tsc(
    "react-ts",
    { ...strict, lib: ["es2022", "dom", "dom.iterable"], jsx: "react-jsx", types: [] },
    { "app.tsx": APP, "team.tsx": PLANNER },
  );
});

test("a React 19 app with the widget runs in Chromium: onaifc-outcome and state", async (t) => {
  const site = path.join(project, "site");
  await mkdir(site, { recursive: true });
  await writeFile(path.join(project, "react-ts", "app.tsx"), APP);
  await build({
    entryPoints: [path.join(project, "react-ts", "app.tsx")],
    bundle: true,
    format: "esm",
    outfile: path.join(site, "app.js"),
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "error",
    absWorkingDir: project,
  });
  // A bundler puts the widget's code in the app; the files it loads later go beside the bundle.
  const widget = path.join(project, "node_modules", "aifc-eligibility", "widget");
  for (const f of await readdir(widget))
    if (!f.endsWith(".d.ts") && !/^aifc-(eligibility|team-planner)\.js$/.test(f)) await cp(path.join(widget, f), path.join(site, f));
  await writeFile(
    path.join(site, "index.html"),
    `<!doctype html><html lang="en"><body><div id="root"></div><script type="module" src="app.js"></script></body></html>`,
  );
  const server = await serve(site);
  const browser = await launchBrowser();
  t.after(async () => {
    await browser.close();
    await server.close();
  });
  const page = await browser.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(`${server.origin}/index.html`);
  await page.locator("aifc-eligibility form.question").waitFor();
  await page.locator("#status").filter({ hasText: "question" }).waitFor();
  await page.evaluate(() => {
    document.querySelector("aifc-eligibility").answers = { need: "iin" };
  });
  await page.locator("#services").filter({ hasText: "iin" }).waitFor();
  assert.equal(await page.evaluate(() => document.querySelector("aifc-eligibility").state.status), "outcome");
  assert.deepEqual(problems, []);
});
