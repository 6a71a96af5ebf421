// One engine per page (issue 27, item 5): a page with the widget and the team planner downloads
// the wasm once and each later file once (Playwright's request log), runs one engine instance
// (the page's calls of WebAssembly.instantiate and instantiateStreaming, counted), and both
// elements work on it, in one language and after a switch of either. A failed download is tried
// again by the next element that asks. A page that also imports the package's module (dist/pkg/,
// same origin) beside the two script-tag entries shares that instance too, whichever starts first.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { setup, Widget, DIST, TODAY } from './helpers.mjs';

const ASSETS = JSON.parse(fs.readFileSync(path.join(DIST, 'assets.json'), 'utf8'));
const BOTH = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="/aifc-eligibility.js"></script>
<script type="module" src="/aifc-team-planner.js"></script></head>
<body><aifc-eligibility date="${TODAY}"></aifc-eligibility><aifc-team-planner date="${TODAY}"></aifc-team-planner></body></html>`;

let env;
before(async () => {
  env = await setup();
});
after(() => env.teardown());

/** The same page, whose own module also imports the package from dist/pkg/ (`script`: its code after the import). */
const WITH_PACKAGE = (script) =>
  BOTH.replace(
    '<script type="module" src="/aifc-eligibility.js">',
    `<script type="module">import init, { evaluate } from "/pkg/aifc_eligibility.js";
window.aifcPackage = { init, evaluate };
${script}</script>\n$&`,
  );

/**
 * The page with both elements (`html`: another page); `requests()` counts the requests made for
 * each later file, by its assets.json key, `wasms()` every request for a .wasm file, and
 * `instances()` the page's calls that instantiate a wasm module.
 */
async function both(t, routeWasm, html = BOTH) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  t.after(() => context.close());
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__instances = 0;
    for (const name of ['instantiate', 'instantiateStreaming']) {
      const original = WebAssembly[name];
      WebAssembly[name] = function (...args) {
        window.__instances += 1;
        return original.apply(this, args);
      };
    }
  });
  const problems = [];
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console.error: ${msg.text()}`);
  });
  const seen = [];
  page.on('request', (r) => seen.push(new URL(r.url()).pathname.slice(1)));
  if (routeWasm) await page.route(`**/${ASSETS.wasm.file}`, routeWasm);
  await page.route('**/both.html', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto(new URL('/both.html', env.origin).href);
  const requests = () =>
    Object.fromEntries(
      Object.entries(ASSETS)
        .map(([key, a]) => [key, seen.filter((f) => f === a.file).length])
        .filter(([, n]) => n),
    );
  const wasms = () => seen.filter((f) => f.endsWith('.wasm'));
  const instances = () => page.evaluate(() => window.__instances);
  return { page, problems, requests, wasms, instances, seen: () => [...seen] };
}

/** The widget answers to an outcome and the planner plans a person (both on the page's one engine). */
async function bothWork(page) {
  const widget = await new Widget(page).ready();
  await widget.answer('iin');
  await widget.locator('[data-outcome]').waitFor();
  const planner = page.locator('aifc-team-planner');
  await planner.locator('[part~="add-person"]').click();
  await planner.locator('tr[data-row]').first().waitFor();
}

test('the widget and the team planner on one page: one download of the wasm and of each file, one instance', async (t) => {
  const { page, problems, requests, instances } = await both(t);
  const widget = await new Widget(page).ready();
  const planner = page.locator('aifc-team-planner');
  await planner.locator('[part~="add-person"]').waitFor();
  assert.deepEqual(requests(), { wasm: 1, later: 1, 'texts-en': 1, 'words-en': 1 }, 'each file once');
  // Both work on it: the widget to an outcome, the planner plans a person.
  await widget.answer('iin');
  await widget.locator('[data-outcome]').waitFor();
  await planner.locator('[part~="add-person"]').click();
  await planner.locator('tr[data-row]').first().waitFor();
  // A switch in either element fetches that language's files once; the other then has them.
  await widget.locator('button[data-lang="ru"]').click();
  await widget.locator('.aifc[lang="ru"] [data-outcome]').waitFor();
  await page.evaluate(() => {
    document.querySelector('aifc-team-planner').lang = 'ru';
  });
  await planner.locator('.planner[lang="ru"]').waitFor();
  assert.deepEqual(requests(), { wasm: 1, later: 1, 'texts-en': 1, 'words-en': 1, 'texts-ru': 1, 'words-ru': 1 });
  assert.equal(await instances(), 1, 'one instance');
  assert.deepEqual(problems, []);
});

test('a page importing the package, which starts the engine first: the elements use its instance and download no wasm', async (t) => {
  const html = WITH_PACKAGE('await init({ lang: "en" });\nwindow.__pageFirst = evaluate({ answers: {}, lang: "en" }).kind;');
  const { page, problems, requests, wasms, instances } = await both(t, undefined, html);
  await page.waitForFunction(() => window.__pageFirst);
  await bothWork(page);
  assert.deepEqual(wasms(), ['pkg/aifc_eligibility_bg.wasm'], "one wasm download: the package's");
  assert.equal(requests().wasm, undefined, "the elements' pinned copy is not fetched");
  assert.equal(await instances(), 1, 'one instance');
  assert.deepEqual(problems, []);
});

test('a page importing the package, whose init() comes after the elements started theirs: it uses their instance', async (t) => {
  const { page, problems, requests, wasms, instances, seen } = await both(t, undefined, WITH_PACKAGE(''));
  await bothWork(page);
  const kind = await page.evaluate(async () => {
    await window.aifcPackage.init({ lang: 'en' });
    return window.aifcPackage.evaluate({ answers: {}, lang: 'en' }).kind;
  });
  assert.equal(kind, 'question', "the page's calls are answered");
  assert.deepEqual(wasms(), [ASSETS.wasm.file], "one wasm download: the elements' pinned one");
  assert.deepEqual(
    seen()
      .filter((f) => f.startsWith('pkg/'))
      .sort(),
    ['pkg/aifc_eligibility.js', 'pkg/aifc_eligibility_bindgen.js', 'pkg/aifc_eligibility_guard.js'],
    "the package's module, not its texts of English, which the elements loaded",
  );
  assert.equal(requests().wasm, 1);
  assert.equal(await instances(), 1, 'one instance');
  assert.deepEqual(problems, []);
});

test('a wasm download that fails once is tried again by the element that asks next', async (t) => {
  let failures = 1;
  const { page, requests } = await both(t, (route) => (failures-- > 0 ? route.abort() : route.fallback()));
  const planner = page.locator('aifc-team-planner');
  await planner.locator('[part~="retry"]').waitFor();
  // Both elements asked for it once together: one aborted request, and the same URL again without
  // its integrity check to say what the server answers (engine.js fetchPinned). "Try again" in the
  // planner fetches it once more, and works.
  assert.equal(requests().wasm, 2, 'one request for both elements (and its diagnosis)');
  await planner.locator('[part~="retry"]').click();
  await planner.locator('[part~="add-person"]').waitFor();
  assert.equal(requests().wasm, 3);
});
