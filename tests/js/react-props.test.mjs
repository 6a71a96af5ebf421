// The element's JSX types agree with what React does (issue 27, item 6), from the installed tarball:
//   - React 19's types accept what React 19 passes: `answers={{...}}` (set as the property),
//     fallback `children`, `hidden`, `title`, `tabIndex`, `sync-url={true}`;
//   - React 18's types (@types/react 18.3) refuse the `onaifc-*` props, which React 18 never
//     attaches, and an `answers` object, which it would write as "[object Object]";
//   - in Chromium, a React 19 app's `sync-url={true}` keeps the answers under the default prefix
//     `aifc.` (it became `true.`), and its `answers={{...}}` object prefills the widget.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdir, readdir, rm, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { build } from "esbuild";
import { launchBrowser } from "../widget/helpers.mjs";
import { serve } from "../support/serve.mjs";
import { ROOT, partnerProject, run } from "../support/partner.mjs";

const TSC = path.join(ROOT, "node_modules", ".bin", "tsc");
let project;

before(async () => {
  project = await partnerProject("react-props");
});
after(() => rm(project, { recursive: true, force: true }));

/**
 * A folder of the project whose React types are `typesDir`'s (React 18's or 19's): the project's
 * node_modules/@types/react (where both the app and the installed package find them) is pointed there.
 */
async function reactProject(name, typesDir) {
  const dir = path.join(project, name);
  const types = path.join(project, "node_modules", "@types");
  await mkdir(dir, { recursive: true });
  await mkdir(types, { recursive: true });
  await rm(path.join(types, "react"), { force: true });
  await symlink(path.join(ROOT, "node_modules", typesDir), path.join(types, "react"), "dir");
  for (const dep of ["react", "react-dom", "scheduler", "@types/react-dom"]) {
    await rm(path.join(project, "node_modules", dep), { force: true });
    await symlink(path.join(ROOT, "node_modules", dep), path.join(project, "node_modules", dep), "dir");
  }
  return dir;
}

async function tsc(dir, files) {
  for (const [file, text] of Object.entries(files)) await writeFile(path.join(dir, file), text);
  const compilerOptions = {
    strict: true,
    noEmit: true,
    target: "es2022",
    module: "nodenext",
    moduleResolution: "nodenext",
    jsx: "react-jsx",
    lib: ["es2022", "dom", "dom.iterable"],
    types: [],
    skipLibCheck: false,
  };
  await writeFile(path.join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions, include: Object.keys(files) }));
  await run(TSC, ["-p", dir]).catch((e) => assert.fail(`tsc (${path.basename(dir)}) failed:\n${e.stdout}${e.stderr}`));
}

const APP19 = `import { createRoot } from "react-dom/client";
import "aifc-eligibility/widget";
import type {} from "aifc-eligibility/react";
import type { AifcOutcomeDetail } from "aifc-eligibility/widget";

export function App() {
  return (
    <aifc-eligibility lang="en" date="2026-03-25" sync-url={true} answers={{ need: "work" }}
      title="Which AIFC service applies" tabIndex={-1} hidden={false}
      onaifc-outcome={(e: CustomEvent<AifcOutcomeDetail>) => console.log(e.detail.services)}>
      <p>Checking which service applies needs JavaScript.</p>
    </aifc-eligibility>
  );
}
createRoot(document.getElementById("root")!).render(<App />);
`;

test("React 19's types accept answers as an object, children, hidden, title, tabIndex and sync-url={true}", async () => {
  await tsc(await reactProject("react19", "@types/react"), { "app.tsx": APP19 });
});

test("React 18's types refuse the onaifc-* props and an answers object, and accept the rest", async () => {
  await tsc(await reactProject("react18", "@types/react-18"), {
    "app.tsx": `import "aifc-eligibility/widget";
import "aifc-eligibility/team-planner";
import type {} from "aifc-eligibility/react";

export const ok = (
  <aifc-eligibility lang="ru" answers="need=work" sync-url title="Eligibility" tabIndex={0} hidden={false}>
    <p>Fallback</p>
  </aifc-eligibility>
);
// @ts-expect-error: React 18 never attaches a custom event from a prop
export const event = <aifc-eligibility onaifc-outcome={() => {}} />;
// @ts-expect-error: React 18 writes an object as the attribute "[object Object]"
export const object = <aifc-eligibility answers={{ need: "work" }} />;
// @ts-expect-error: the planner's event prop neither
export const plan = <aifc-team-planner onaifc-plan={() => {}} />;
`,
  });
});

/** Answers the location question on `page` and returns the parameters the page's URL then has. */
async function answerLocation(page) {
  const form = page.locator("aifc-eligibility form.question");
  await form.waitFor();
  assert.equal(await form.getAttribute("data-question"), "location", "need=work was prefilled");
  await page.locator('aifc-eligibility .aifc[data-engine="ready"]').waitFor({ state: "attached" });
  await form.locator('input[type="radio"][value="outside"]').check();
  await form.locator('button[type="submit"]').click();
  await page.waitForFunction(() => [...new URL(location.href).searchParams.keys()].some((k) => k.endsWith(".location")));
  return [...new URL(page.url()).searchParams.keys()];
}

test('sync-url={true}: the default prefix aifc. in a React 19 app and as React 18 writes it (the attribute "true"); answers={{...}} prefills', async (t) => {
  const dir = await reactProject("react19", "@types/react");
  const site = path.join(project, "site");
  await mkdir(site, { recursive: true });
  await writeFile(path.join(dir, "app.tsx"), APP19);
  await build({
    entryPoints: [path.join(dir, "app.tsx")],
    bundle: true,
    format: "esm",
    outfile: path.join(site, "app.js"),
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "error",
    absWorkingDir: dir,
  });
  // esbuild does not copy the files the widget loads later: they go beside the bundle.
  const widget = path.join(project, "node_modules", "aifc-eligibility", "widget");
  for (const f of await readdir(widget)) if (!f.endsWith(".d.ts")) await cp(path.join(widget, f), path.join(site, f));
  // React 18 writes sync-url={true} as the attribute "true" (and answers as a string).
  await writeFile(
    path.join(site, "react18.html"),
    `<!doctype html><html lang="en"><head><link rel="icon" href="data:,"></head><body><aifc-eligibility lang="en" date="2026-03-25" sync-url="true" answers="need=work"></aifc-eligibility><script type="module" src="aifc-eligibility.js"></script></body></html>`,
  );
  await writeFile(
    path.join(site, "index.html"),
    `<!doctype html><html lang="en"><head><link rel="icon" href="data:,"></head><body><div id="root"></div><script type="module" src="app.js"></script></body></html>`,
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
  for (const at of ["index.html", "react18.html"]) {
    await page.goto(`${server.origin}/${at}`);
    const keys = await answerLocation(page);
    assert.deepEqual(
      keys.filter((k) => k.endsWith(".need") || k.endsWith(".location")).sort(),
      ["aifc.location", "aifc.need"],
      `${at}: ${keys.join()}`,
    );
  }
  assert.deepEqual(problems, []);
});
