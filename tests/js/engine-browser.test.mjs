// The engine alone in a browser, in two lines (issue 27, item 4): from the installed tarball,
// `await init({ lang: "ru" })` fetches the wasm and the Russian texts from beside the module, and
// `await loadLanguage("kk")` another language, both
//   - served as installed, no bundler (a page importing node_modules/aifc-eligibility/ itself);
//   - in a Vite build, which copies the files the module names; there the texts exported as
//     `aifc-eligibility/texts/<lang>.txt` are imported too.
// Before, a browser page had to fetch each language's file itself, and the README's line for it
// used an undefined `base`.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { build as viteBuild } from "vite";
import { launchBrowser } from "../widget/helpers.mjs";
import { serve } from "../support/serve.mjs";
import { partnerProject } from "../support/partner.mjs";

let project;
let browser;
before(async () => {
  project = await partnerProject("engine");
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await rm(project, { recursive: true, force: true });
});

/** The page's script: the two lines, then what a page sees before and after loading Kazakh. */
const SCRIPT = (from) => `import init, { evaluate, loadLanguage, isAifcEligibilityError } from "${from}";
await init({ lang: "ru" });
const ru = evaluate({ answers: {}, lang: "ru" }).question.text;
let before = null;
try { evaluate({ answers: {}, lang: "kk" }); } catch (e) { before = isAifcEligibilityError(e) ? e.code : String(e); }
await loadLanguage("kk");
const kk = evaluate({ answers: {}, lang: "kk" }).question.text;
let refused = null;
await loadLanguage("fr").catch((e) => { refused = e.code; });
window.__seen = { ru, before, kk, refused };
`;

async function seenAt(url) {
  const page = await browser.newPage();
  const problems = [];
  const failed = [];
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("response", (r) => {
    if (r.status() >= 400) failed.push(r.url());
  });
  try {
    await page.goto(url);
    await page
      .waitForFunction(() => window.__seen, null, { timeout: 20_000 })
      .catch(() => assert.fail(`nothing seen: ${problems.join("; ")} ${failed.join(" ")}`));
    const seen = await page.evaluate(() => ({ ...window.__seen, kkLength: window.__kkLength }));
    assert.deepEqual(problems, []);
    assert.deepEqual(failed, []);
    return seen;
  } finally {
    await page.close();
  }
}

/** The first question in Russian and Kazakh, as texts/ru and texts/kk word it (question_need). */
function assertAnswered(seen) {
  assert.equal(seen.ru, "Что вам нужно в Экспат-центре МФЦА?");
  assert.equal(seen.before, "language-not-loaded", 'Kazakh is not loaded by init({ lang: "ru" })');
  assert.equal(seen.kk, "АХҚО Экспат орталығынан сізге не қажет?");
  assert.equal(seen.refused, "unsupported-language");
}

test("served as installed, no bundler: init({ lang }) and loadLanguage(lang) fetch the texts from beside the module", async () => {
  const server = await serve(project, {
    pages: {
      "/engine.html": `<!doctype html><html lang="ru"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body><script type="module">${SCRIPT("/node_modules/aifc-eligibility/aifc_eligibility.js")}</script></body></html>`,
    },
  });
  try {
    assertAnswered(await seenAt(`${server.origin}/engine.html`));
  } finally {
    await server.close();
  }
});

test("in a Vite build: the wasm and the texts are copied, and the texts are importable from the package", async () => {
  const app = path.join(project, "engine-app");
  await mkdir(app, { recursive: true });
  await writeFile(
    path.join(app, "index.html"),
    `<!doctype html><html lang="ru"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body><script type="module" src="./main.js"></script></body></html>`,
  );
  await writeFile(
    path.join(app, "main.js"),
    `import kkUrl from "aifc-eligibility/texts/kk.txt?url";
window.__kkLength = (await (await fetch(kkUrl)).text()).length;
${SCRIPT("aifc-eligibility")}`,
  );
  const out = path.join(app, "dist");
  await viteBuild({ root: app, configFile: false, logLevel: "error", build: { outDir: out, emptyOutDir: true, target: "es2022" } });
  const server = await serve(out);
  try {
    const seen = await seenAt(`${server.origin}/index.html`);
    assertAnswered(seen);
    const kkFile = await readFile(path.join(project, "node_modules", "aifc-eligibility", "aifc_eligibility_texts_kk.txt"), "utf8");
    assert.equal(seen.kkLength, kkFile.length, "aifc-eligibility/texts/kk.txt is the package's Kazakh texts");
  } finally {
    await server.close();
  }
});
