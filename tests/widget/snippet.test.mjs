// The snippet builder (snippet.html): the partner's choices show in the live preview, and the
// snippet it gives, pasted into a page as it is, embeds this version pinned by its integrity value,
// under the Content-Security-Policy the builder gives (same origin, and files on another origin),
// with a link to the Centre inside the element that only visitors without JavaScript see; the
// team planner is an option.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DIST, setup, openPage, Widget, screenshot } from './helpers.mjs';
import { loadWidgetTexts } from '../../scripts/texts.mjs';

const { strings: WIDGET } = loadWidgetTexts('', 'widget.ftl');
const CENTRE = 'https://expatcentre.aifc.kz'; // content/guide-2025/links.toml, the Centre's own site

// The folder the build wrote: the version's for a release, dev/ for a development build (scripts/release.mjs).
const { folder } = JSON.parse(fs.readFileSync(path.join(DIST, 'release.json'), 'utf8'));
const pinned = JSON.parse(fs.readFileSync(path.join(DIST, folder, 'integrity.json'), 'utf8'));

/** Waits for the builder's script (it fetches the release's integrity values first) to have written a snippet. */
const ready = (page) => page.waitForFunction(() => document.getElementById('html').value !== '');

let env;
before(async () => {
  env = await setup();
});
after(() => env.teardown());

test('choices -> preview and a snippet that works as pasted', async (t) => {
  const { context, page, problems } = await openPage(env, '/snippet.html', { width: 1280 });
  t.after(() => context.close());
  await ready(page);
  await page.selectOption('#lang', 'kk');
  await page.fill('#answers', 'need=iin');
  await page.fill('#accent', '#006644');
  const preview = new Widget(page, '#preview');
  await preview.locator('.aifc[lang="kk"] [data-outcome]').waitFor();
  const accent = await preview.locator('.aifc').evaluate((el) => getComputedStyle(el).getPropertyValue('--aifc-accent').trim());
  assert.equal(accent, '#006644', 'the preview takes the accent colour');
  const html = await page.inputValue('#html');
  const css = await page.inputValue('#css');
  assert.ok(html.includes(`/${folder}/aifc-eligibility.js"`), html);
  assert.ok(html.includes(`integrity="${pinned.files['aifc-eligibility.js']}"`), 'the versioned entry’s integrity value');
  assert.ok(html.includes('lang="kk" answers="need=iin"'), html);
  assert.match(css, /--aifc-accent: #006644;/);
  await screenshot(page, 'snippet-builder-1280');

  const csp = (await page.inputValue('#csp')).replace(/^Content-Security-Policy: /, '');
  assert.equal(
    csp,
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; require-trusted-types-for 'script'",
    "README's strict policy",
  );

  // Pasted into a partner's page as it is, under that policy: the widget loads, pinned, in Kazakh, at the outcome.
  const violations = await partnerPage(page, env.origin, html, css, csp);
  const widget = new Widget(page);
  await widget.locator('.aifc[lang="kk"] [data-outcome]').waitFor();
  assert.equal(
    await page.locator(`aifc-eligibility > a[href="${CENTRE}"]`).isVisible(),
    false,
    'the fallback is hidden once the element runs',
  );
  assert.deepEqual(await violations(), [], 'no CSP or Trusted Types violation');
  assert.deepEqual(problems, []);
});

/**
 * Opens `origin`/partner.html: the snippet `html`, `css` as the page's own stylesheet, `csp` as its
 * header. Gives a function reading the CSP violations reported so far.
 */
async function partnerPage(page, origin, html, css, csp) {
  const partner = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="/partner.svg"><link rel="stylesheet" href="/partner.css"></head><body>${html}</body></html>`;
  await page.route(`${origin}/partner.html`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': csp }, body: partner }),
  );
  await page.route(`${origin}/partner.css`, (route) => route.fulfill({ contentType: 'text/css', body: css }));
  // A same-origin icon: a data: one would be refused by default-src 'self' (docs/WIDGET.md).
  await page.route(`${origin}/partner.svg`, (route) =>
    route.fulfill({ contentType: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg"/>' }),
  );
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${origin}/partner.html`);
  return () => page.evaluate(() => window.violations);
}

test("files on another origin: the policy names it, the snippet works under it; without JavaScript the visitor sees the Centre's link", async (t) => {
  const { context, page, problems } = await openPage(env, '/snippet.html', { width: 1280 });
  t.after(() => context.close());
  await ready(page);
  const cdn = 'http://cdn.example.test';
  await page.fill('#base', `${cdn}/aifc/`);
  await page.selectOption('#lang', 'ru');
  await page.fill('#answers', 'need=iin');
  const html = await page.inputValue('#html');
  const css = await page.inputValue('#css');
  const csp = (await page.inputValue('#csp')).replace(/^Content-Security-Policy: /, '');
  assert.equal(
    csp,
    `default-src 'self'; script-src 'self' ${cdn} 'wasm-unsafe-eval'; connect-src 'self' ${cdn}; style-src 'self'; require-trusted-types-for 'script'`,
  );
  const name = WIDGET.ru['where-centre'].split(',')[0];
  assert.ok(html.includes(`<aifc-eligibility lang="ru" answers="need=iin">\n  <a href="${CENTRE}">${name}</a>\n</aifc-eligibility>`), html);
  // The CDN: this build's files, with the header a CDN must send (docs/WIDGET.md, Embedding).
  await page.route(`${cdn}/aifc/${folder}/**`, async (route) => {
    const url = route.request().url().replace(`${cdn}/aifc`, env.origin);
    const response = await route.fetch({ url });
    await route.fulfill({ response, headers: { ...response.headers(), 'access-control-allow-origin': '*' } });
  });
  const violations = await partnerPage(page, 'http://partner.example.test', html, css, csp);
  await new Widget(page).locator('.aifc[lang="ru"] [data-outcome]').waitFor();
  assert.deepEqual(await violations(), [], 'no CSP violation');
  assert.deepEqual(problems, []);

  // The same page in a browser with JavaScript off: the link to the Centre, in the visitor's language.
  const noScript = await env.browser.newContext({ javaScriptEnabled: false });
  t.after(() => noScript.close());
  const bare = await noScript.newPage();
  await bare.route('http://partner.example.test/partner.html', (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: `<!doctype html><html lang="ru"><body>${html}</body></html>` }),
  );
  await bare.goto('http://partner.example.test/partner.html');
  const link = bare.getByRole('link', { name, exact: true });
  assert.equal(await link.isVisible(), true, 'the fallback link is seen');
  assert.equal(await link.getAttribute('href'), CENTRE);
  for (const lang of ['en', 'ru', 'kk']) {
    await page.goto(new URL('/snippet.html', env.origin).href);
    await ready(page);
    await page.selectOption('#lang', lang);
    assert.ok(
      (await page.inputValue('#html')).includes(`>${WIDGET[lang]['where-centre'].split(',')[0]}</a>`),
      `the Centre's name in ${lang} as the widget writes it`,
    );
  }
});

test('the team planner as an option: its entry pinned, no answers field, its preview, and it works as pasted under the policy', async (t) => {
  const { context, page, problems } = await openPage(env, '/snippet.html', { width: 1280 });
  t.after(() => context.close());
  await ready(page);
  await page.selectOption('#element', 'aifc-team-planner');
  await page.selectOption('#lang', 'kk');
  assert.equal(await page.locator('#answers').isVisible(), false, 'the planner takes no prefilled answers');
  assert.equal(await page.locator('#preview').isVisible(), false);
  await page.locator('#preview-team .planner[lang="kk"]').waitFor();
  const html = await page.inputValue('#html');
  assert.ok(html.includes(`/${folder}/aifc-team-planner.js"`), html);
  assert.ok(html.includes(`integrity="${pinned.files['aifc-team-planner.js']}"`), 'the planner entry’s integrity value');
  assert.match(html, /<aifc-team-planner lang="kk">\n {2}<a href="https:\/\/expatcentre\.aifc\.kz">/);
  const css = await page.inputValue('#css');
  assert.match(css, /^aifc-team-planner \{/);
  await screenshot(page, 'snippet-builder-planner-1280');
  await page.setViewportSize({ width: 375, height: 800 });
  await screenshot(page, 'snippet-builder-planner-375');
  const csp = (await page.inputValue('#csp')).replace(/^Content-Security-Policy: /, '');
  const violations = await partnerPage(page, env.origin, html, css, csp);
  await page.locator('aifc-team-planner .planner[lang="kk"] [part~="add-person"]').waitFor();
  assert.deepEqual(await violations(), []);
  assert.deepEqual(problems, []);
});
