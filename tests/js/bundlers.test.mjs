// The widget in a partner's bundler with no configuration (issue 27, item 1): the packed tarball
// installed into a fresh project whose one module is `import "aifc-eligibility/widget"` (and the
// team planner's entry), then
//   - `vite build`, served as built;
//   - the Vite dev server (which pre-bundles the package into node_modules/.vite/deps/);
//   - webpack 5 in production mode, with nothing but an entry and an output folder;
// each loaded in Chromium: the widget's first question, then an outcome after answering, every
// file it loads later fetched from where the bundler put it (pinned by its integrity value: any
// other bytes would be refused and the widget would say it could not start).
// The page's own module imports the package too (`import init, { evaluate } from
// "aifc-eligibility"`) and calls it after the elements started: one wasm download and one
// instance for the page (requests for *.wasm, WebAssembly.instantiate calls), issue 27 item 5.
// esbuild and Rollup (with node-resolve, without an assets plugin) leave the URLs as they are: the
// lines docs/WIDGET.md gives for them (read from it, each block run as written, `npx` being this
// repository's binaries) build the same app and copy the files beside the bundle; then the same visit.
// And when a file is missing (a host's fallback page answers instead), the `load-failed` message
// names the file and what came back, not CORS.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { build as viteBuild, createServer as viteServer } from "vite";
import webpack from "webpack";
import { DIST, Widget, events, launchBrowser, openPage } from "../widget/helpers.mjs";
import { serve } from "../support/serve.mjs";
import { ROOT, partnerProject, run } from "../support/partner.mjs";

let project;
let browser;
const closers = [];

const PAGE = (
  script,
) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title><link rel="icon" href="data:,"></head>
<body><aifc-eligibility lang="en" date="2026-03-25"></aifc-eligibility>
<aifc-team-planner lang="en" date="2026-03-25"></aifc-team-planner>
${script}</body></html>`;

/** The page's own use of the package, called by the test once the elements have their engine. */
const PACKAGE = `import init, { evaluate } from "aifc-eligibility";
window.aifcPackage = async () => {
  await init({ lang: "ru" });
  return evaluate({ answers: {}, lang: "ru" }).kind;
};
`;

/** Counts the page's calls that instantiate a wasm module (`window.__instances`). */
const COUNT_INSTANCES = () => {
  window.__instances = 0;
  for (const name of ["instantiate", "instantiateStreaming"]) {
    const original = WebAssembly[name];
    WebAssembly[name] = function (...args) {
      window.__instances += 1;
      return original.apply(this, args);
    };
  }
};

before(async () => {
  project = await partnerProject("bundlers");
  await writeFile(path.join(project, "main.js"), `import "aifc-eligibility/widget";\nimport "aifc-eligibility/team-planner";\n${PACKAGE}`);
  await writeFile(path.join(project, "index.html"), PAGE(`<script type="module" src="/main.js"></script>`));
  browser = await launchBrowser();
});
after(async () => {
  for (const close of closers.reverse()) await close();
  await browser?.close();
  await rm(project, { recursive: true, force: true });
});

/**
 * Opens the partner's page at `url`, answers the first question as a visitor does and sees the
 * outcome; every response the page got is returned (none failed).
 */
async function visitorSeesAnOutcome(origin, url) {
  const { context, page, problems } = await openPage({ browser, origin }, url);
  // Loaded again with the instances counted from the start.
  await page.addInitScript(COUNT_INSTANCES);
  await page.reload();
  const responses = [];
  page.on("response", (r) => responses.push({ url: r.url(), status: r.status() }));
  try {
    const widget = new Widget(page);
    await widget.host.locator("form.question").waitFor();
    assert.equal(await widget.currentQuestion(), "need", "the first question");
    await widget.answer("iin");
    await widget.service("iin").waitFor();
    assert.equal((await events(page, "outcome")).at(-1)?.detail.services.join(), "iin");
    // The planner on the same page has its engine too: its paste area is ready.
    await page.locator("aifc-team-planner textarea").first().waitFor();
    // The page's own calls of the package, after the elements started the engine: answered by it.
    assert.equal(await page.evaluate(() => window.aifcPackage()), "question", "the page's own call is answered");
    assert.deepEqual(
      responses.filter((r) => r.status >= 400),
      [],
      "no file failed",
    );
    assert.deepEqual(
      problems.filter((p) => !/Download the React DevTools|\[vite\]/.test(p)),
      [],
    );
    // Every file the page fetched, those before the listener above too: the widget and the planner
    // share one engine, whose wasm the planner may have fetched while the page loaded.
    const fetched = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
    assert.equal(
      fetched.filter((u) => /\.wasm(\?|$)/.test(u)).length,
      1,
      `one wasm download for the elements and the page: ${fetched.join(" ")}`,
    );
    assert.equal(await page.evaluate(() => window.__instances), 1, "one engine instance on the page");
    return [...responses, ...fetched.map((url) => ({ url }))];
  } finally {
    await context.close();
  }
}

test("vite build: the widget's later files are emitted and found, with no configuration", async () => {
  const out = path.join(project, "vite-dist");
  await viteBuild({ root: project, configFile: false, logLevel: "error", build: { outDir: out, emptyOutDir: true } });
  const server = await serve(out);
  closers.push(server.close);
  const responses = await visitorSeesAnOutcome(server.origin, `${server.origin}/index.html`);
  assert.ok(
    responses.some((r) => /\/assets\/.+\.wasm$/.test(r.url)),
    "the wasm came from Vite's output",
  );
});

test("the Vite dev server: the widget's later files are found, with no configuration", async () => {
  const server = await viteServer({
    root: project,
    configFile: false,
    logLevel: "error",
    server: { host: "127.0.0.1", port: 0, strictPort: false },
  });
  await server.listen();
  closers.push(() => server.close());
  const origin = new URL(server.resolvedUrls.local[0]).origin;
  await visitorSeesAnOutcome(origin, `${origin}/`);
});

test("webpack (production, entry and output only): the later files are emitted and found", async () => {
  const out = path.join(project, "webpack-dist");
  const stats = await new Promise((resolve, reject) => {
    webpack({ mode: "production", context: project, entry: "./main.js", output: { path: out, filename: "app.js" } }, (err, s) =>
      err ? reject(err) : resolve(s),
    );
  });
  assert.ok(!stats.hasErrors(), stats.toString("errors-only"));
  await mkdir(out, { recursive: true });
  await writeFile(path.join(out, "index.html"), PAGE(`<script src="app.js"></script>`));
  const server = await serve(out);
  closers.push(server.close);
  const responses = await visitorSeesAnOutcome(server.origin, `${server.origin}/index.html`);
  assert.ok(
    responses.some((r) => r.url.endsWith(".wasm") && !r.url.includes("aifc-eligibility.")),
    "the wasm under webpack's own name",
  );
});

/** The shell block of docs/WIDGET.md under `<!-- bundlers: name -->`. */
async function documentedLines(name) {
  const doc = await readFile(path.join(ROOT, "docs", "WIDGET.md"), "utf8");
  const block = doc.match(new RegExp(`<!-- bundlers: ${name} -->\\n\`\`\`sh\\n([\\s\\S]*?)\`\`\`\\n`))?.[1];
  assert.ok(block, `docs/WIDGET.md has the ${name} lines`);
  return block;
}

for (const name of ["esbuild", "rollup"]) {
  test(`${name}, with the lines docs/WIDGET.md gives: the files copied beside the bundle are found`, async () => {
    const lines = await documentedLines(name);
    await rm(path.join(project, "public"), { recursive: true, force: true });
    // The config's import of @rollup/plugin-node-resolve, as a partner who installed it.
    await symlink(path.join(ROOT, "node_modules", "@rollup"), path.join(project, "node_modules", "@rollup")).catch((e) => {
      if (e.code !== "EEXIST") throw e;
    });
    await run("sh", ["-ec", lines.replaceAll("npx ", `${path.join(ROOT, "node_modules", ".bin")}/`)], { cwd: project });
    await writeFile(path.join(project, "public", "index.html"), PAGE(`<script type="module" src="/main.js"></script>`));
    const server = await serve(path.join(project, "public"));
    closers.push(server.close);
    const responses = await visitorSeesAnOutcome(server.origin, `${server.origin}/index.html`);
    assert.ok(
      responses.some((r) => /\/aifc-eligibility\.[0-9a-f]{16}\.wasm$/.test(r.url)),
      "the wasm copied beside the bundle",
    );
  });
}

test("a later file answered by a fallback page: load-failed names the file and what came back, not CORS", async () => {
  // A host whose wasm was not copied, answering its path with its index page (a single-page app's fallback).
  const { wasm } = JSON.parse(await readFile(path.join(DIST, "assets.json"), "utf8"));
  const server = await serve(DIST, {
    pages: {
      "/missing.html": `<!doctype html><html lang="en"><body><aifc-eligibility lang="en"></aifc-eligibility><script type="module" src="/aifc-eligibility.js"></script></body></html>`,
      [`/${wasm.file}`]: "<!doctype html><title>Partner</title>",
    },
  });
  closers.push(server.close);
  const { context, page } = await openPage({ browser, origin: server.origin }, `${server.origin}/missing.html`);
  try {
    await page.locator("aifc-eligibility .failure").waitFor();
    const errors = await events(page, "error");
    assert.deepEqual(
      errors.map((e) => e.detail.code),
      ["load-failed"],
    );
    const { message } = errors[0].detail;
    assert.match(message, /aifc-eligibility\.[0-9a-f]{16}\.wasm/, message);
    assert.match(message, /text\/html/, message);
    assert.doesNotMatch(message, /Access-Control|connect-src/, message);
  } finally {
    await context.close();
  }
});
