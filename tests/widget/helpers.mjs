// Shared by the widget tests: a static server for dist/, Debian's Chromium through playwright-core,
// a driver that answers the widget's questions like a visitor, the recorded outcomes of the stories
// (for expected values; never the package under test), and an independent formatter (Node's own
// Intl) for what amounts and dates should read.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { launchChromium } from '../support/chromium.mjs';
import { AxeBuilder } from '@axe-core/playwright';
import { serve } from '../support/serve.mjs';
import { recorded, recordedOutcome } from './recorded.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = path.join(ROOT, 'dist');
export const SCREENSHOTS = path.join(ROOT, 'test-results', 'screenshots');

/** "Today" in every test, so that dates, fees (MCI year) and windows are reproducible. */
export const TODAY = '2026-03-25';

// ---------------------------------------------------------------------------------------------
// A static server for dist/
// ---------------------------------------------------------------------------------------------

const escapeAttribute = (v) => v.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * /test.html: the demo page (dist/index.html) with the widget's attributes taken from the query
 * (lang, date, answers, sync-url; `page-lang` sets <html lang>), so that a test can fix the date.
 */
function testPage(params, root) {
  const attributes = ['lang', 'date', 'answers', 'sync-url']
    .filter((name) => params.has(name))
    .map((name) => ` ${name}="${escapeAttribute(params.get(name))}"`)
    .join('');
  const html = fs
    .readFileSync(path.join(root, 'index.html'), 'utf8')
    .replace(/<aifc-eligibility[^>]*><\/aifc-eligibility>/, `<aifc-eligibility${attributes}></aifc-eligibility>`);
  return params.has('page-lang') ? html.replace('<html lang="en">', `<html lang="${escapeAttribute(params.get('page-lang'))}">`) : html;
}

/** /team-test.html: the team planner's demo page (dist/team.html) with its `lang` and `date` from the query. */
function teamPage(params, root) {
  const attributes = ['lang', 'date']
    .filter((name) => params.has(name))
    .map((name) => ` ${name}="${escapeAttribute(params.get(name))}"`)
    .join('');
  return fs
    .readFileSync(path.join(root, 'team.html'), 'utf8')
    .replace(/<aifc-team-planner[^>]*><\/aifc-team-planner>/, `<aifc-team-planner${attributes}></aifc-team-planner>`);
}

/** Serves dist/ (or another build, `root`) on 127.0.0.1 at a free port, with /test.html and /team-test.html. */
export async function serveDist(root = DIST) {
  if (!fs.existsSync(path.join(root, 'pkg', 'aifc_eligibility.js'))) {
    throw new Error('dist/ has no package: run scripts/build.sh first');
  }
  return serve(root, {
    pages: {
      '/test.html': (url) => testPage(url.searchParams, root),
      '/team-test.html': (url) => teamPage(url.searchParams, root),
    },
  });
}

// ---------------------------------------------------------------------------------------------
// The browser
// ---------------------------------------------------------------------------------------------

export function launchBrowser() {
  return launchChromium();
}

/**
 * A server and a browser for one test file: `const env = await setup(); after(env.teardown)`.
 * `root`: serve another build than dist/.
 */
/** Holds every request for `pattern` until the returned function is called. */
export async function hold(page, pattern) {
  let release;
  const released = new Promise((resolve) => {
    release = resolve;
  });
  await page.route(pattern, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

export async function setup({ root } = {}) {
  const server = await serveDist(root);
  const browser = await launchBrowser();
  return {
    origin: server.origin,
    browser,
    teardown: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Opens `url` in a fresh context, recording the widgets' events, page errors and console errors.
 * Options: width (default 1280), height, colorScheme, reducedMotion, permissions.
 */
export async function openPage(env, url, { width = 1280, height = 900, colorScheme = 'light', reducedMotion, permissions } = {}) {
  const context = await env.browser.newContext({ viewport: { width, height }, colorScheme, reducedMotion });
  if (permissions) await context.grantPermissions(permissions, { origin: env.origin });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console.${msg.type()}: ${msg.text()}`);
  });
  await page.addInitScript(() => {
    window.__aifcEvents = [];
    // The widget's events are `aifc-` + the type; recorded under the type.
    for (const type of ['question', 'outcome', 'error', 'language']) {
      document.addEventListener(`aifc-${type}`, (e) => {
        if (!(e instanceof CustomEvent)) return;
        window.__aifcEvents.push({ type, from: e.target.id || e.target.localName, detail: e.detail });
      });
    }
    // None of them is the page's own `error` event: an error monitor listening on window hears nothing of the widget.
    addEventListener(
      'error',
      (e) => {
        if (e instanceof CustomEvent) window.__aifcEvents.push({ type: 'window-error', from: 'window', detail: e.detail });
      },
      true,
    );
  });
  await page.goto(new URL(url, env.origin).href);
  return { context, page, problems };
}

/** Opens `url` and waits for the widget's first screen: {context, page, problems, widget}. */
export async function visit(env, url, options) {
  const opened = await openPage(env, url, options);
  const widget = await new Widget(opened.page).ready();
  return { ...opened, widget };
}

/** The events the widgets have sent so far (optionally of one type, from one element id). */
export async function events(page, type, from) {
  const all = await page.evaluate(() => window.__aifcEvents);
  return all.filter((e) => (!type || e.type === type) && (!from || e.from === from));
}

// ---------------------------------------------------------------------------------------------
// A visitor answering the widget
// ---------------------------------------------------------------------------------------------

/** Drives one <aifc-eligibility> on a page like a visitor with a mouse. */
export class Widget {
  constructor(page, selector = 'aifc-eligibility') {
    this.page = page;
    this.host = page.locator(selector);
    this.id = selector.startsWith('#') ? selector.slice(1) : undefined;
  }

  locator(css) {
    return this.host.locator(css);
  }

  /** Waits for the first screen, drawn by the engine (the first question may be on screen before it: src/first.js). */
  async ready() {
    await this.host.locator('[data-focus="heading"]').first().waitFor();
    await this.host.locator('.aifc[data-engine="ready"]').waitFor({ state: 'attached' });
    return this;
  }

  heading() {
    return this.host.locator('[data-focus="heading"]');
  }

  /** The fact the current question asks for, or null on an outcome. */
  async currentQuestion() {
    await this.ready();
    const form = this.host.locator('form.question');
    return (await form.count()) ? form.getAttribute('data-question') : null;
  }

  async continue() {
    await this.host.locator('form.question button[type="submit"]').click();
  }

  /** Answers the current question with `value` (a radio value, a country code, a number, a date). */
  async answer(value) {
    const form = this.host.locator('form.question');
    if (await form.locator('input.input-country').count()) {
      await this.pickCountry(String(value));
    } else if (await form.locator('input.input-date-part').count()) {
      const [year, month, day] = String(value).split('-');
      await form.locator('input.input-day').fill(String(Number(day)));
      await form.locator('input.input-month').fill(String(Number(month)));
      await form.locator('input.input-year').fill(year);
    } else if (await form.locator('input.input-number').count()) {
      await form.locator('input.input').fill(String(value));
    } else {
      await form.locator(`input[type="radio"][value="${String(value)}"]`).check();
    }
    await this.continue();
  }

  /** Types the code into the country field and picks the country from the list. */
  async pickCountry(code) {
    const input = this.host.locator('input.input-country');
    await input.fill(code);
    await this.host.locator(`[role="option"][data-code="${code}"]`).click();
  }

  /**
   * Answers every question the flow asks from `answers` (fact -> value) and returns the outcome
   * event. Fails on a question the story did not expect, or on an answer never asked for.
   */
  async answerAll(answers, { onScreen } = {}) {
    const asked = [];
    for (let i = 0; i < 20; i += 1) {
      if (onScreen) await onScreen();
      const fact = await this.currentQuestion();
      if (fact === null) break;
      assert.ok(fact in answers, `the widget asks "${fact}", which this story does not answer`);
      asked.push(fact);
      await this.answer(answers[fact]);
    }
    assert.deepEqual(asked.toSorted(), Object.keys(answers).toSorted(), 'every answer of the story was asked for');
    const outcomes = await events(this.page, 'outcome', this.id);
    assert.ok(outcomes.length > 0, 'an outcome event was sent');
    return outcomes.at(-1).detail;
  }

  /** The text of the outcome's service block for `service`. */
  service(service) {
    return this.host.locator(`section.service[data-service="${service}"]`);
  }

  /** Opens every closed disclosure in `scope` (the whole widget by default), as a visitor clicks them. */
  async openDisclosures(scope = this.host) {
    const closed = scope.locator('details:not([open]) > summary');
    for (let n = await closed.count(); n > 0; n = await closed.count()) await closed.first().click();
  }
}

// ---------------------------------------------------------------------------------------------
// Expected outcomes: recorded, never asked of the package the widget runs
// ---------------------------------------------------------------------------------------------

/**
 * The outcome recorded for a story's answers on TODAY (tests/expected/stories.txt, written by the
 * native tests from tests/widget/stories.json, read by recorded.mjs), its words in `lang`: which
 * services, fee row, documents and ready dates apply. A fault of the built package (the wasm, its
 * glue, the answer's transport) cannot agree with itself here; a story not recorded throws.
 */
export function expectedOutcome(answers, lang = 'en') {
  return recordedOutcome(answers, lang);
}

// ---------------------------------------------------------------------------------------------
// How amounts and dates should read: Node's own Intl (full ICU), independent of the widget
// ---------------------------------------------------------------------------------------------

const LOCALES = { en: 'en-GB', ru: 'ru-RU', kk: 'kk-KZ' };

/** Spaces as a reader sees them (ICU uses no-break and narrow no-break spaces). */
export function squash(text) {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** Tenge as the language writes it: no decimals for whole tenge, else two. */
export function money(lang, kzt) {
  const decimals = /^\d+$/.test(kzt) ? 0 : 2;
  return squash(
    new Intl.NumberFormat(LOCALES[lang], {
      style: 'currency',
      currency: 'KZT',
      currencyDisplay: 'narrowSymbol',
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    }).format(kzt),
  );
}

/** A YYYY-MM-DD date as a long date of the language. */
export function longDate(lang, iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return squash(new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d)));
}

/** The visible text of a locator, spaces squashed. */
export async function textOf(locator) {
  return squash(await locator.innerText());
}

/**
 * The text of a locator as a person sees it once it is scrolled to: on a narrow screen a planner
 * card's answers and plan off screen are skipped by the browser (content-visibility: auto) until
 * they come near, and a skipped part has no innerText. So the part is brought into view and one
 * frame drawn before it is read, as a visitor scrolling to it would have it.
 */
export async function seenText(locator) {
  await locator.evaluate(
    (el) =>
      new Promise((done) => {
        el.scrollIntoView({ block: 'center' });
        requestAnimationFrame(() => requestAnimationFrame(done));
      }),
  );
  return squash(await locator.innerText());
}

/**
 * Checks what the outcome shows for each service. The service's title, guide section (English),
 * every fee of its row, the state duty and its documents' names are the recorded sheets
 * (tests/expected/<service>.txt, through recorded.mjs); `outcome` (expectedOutcome(): the story's
 * recorded outcome on TODAY, tests/expected/stories.txt) says which services, fee row and documents
 * apply, why, and the ready dates. Neither is asked of the package the widget runs.
 */
export async function assertOutcomeMatches(widget, outcome, lang) {
  for (const q of outcome.quotes) {
    const sheet = recorded(q.service);
    const block = widget.service(q.service);
    await widget.openDisclosures(block);
    const text = await textOf(block);
    assert.ok(text.includes(squash(sheet.title[lang])), `${q.service}: the recorded title is shown`);
    if (q.why) assert.ok(text.includes(squash(q.why)), `${q.service}: why it applies is shown`);
    assert.ok(text.includes(squash(lang === 'en' ? sheet.section : q.section.label)), `${q.service}: the guide section is shown`);
    const fees = await block.locator('.fee .amount').allInnerTexts();
    const row = sheet.fees[q.variant ?? ''] ?? sheet.fees[''] ?? [];
    assert.deepEqual(
      fees.map(squash),
      row.map((f) => money(lang, f.kzt)),
      `${q.service}: every fee of the recorded row ${q.variant ?? ''}, formatted`,
    );
    assert.equal(Boolean(q.stateDuty), Boolean(sheet.stateDuty), `${q.service}: a state duty as recorded`);
    if (sheet.stateDuty) {
      // The MCI of the application's year; a year after the last known uses the last value (README).
      const years = Object.keys(sheet.stateDuty.kzt).toSorted();
      const kzt = sheet.stateDuty.kzt[q.stateDuty.mciYear] ?? sheet.stateDuty.kzt[years.at(-1)];
      assert.ok(text.includes(money(lang, kzt)), `${q.service}: the state duty in KZT, ${sheet.stateDuty.mci} MCI`);
      assert.ok(text.includes(String(q.stateDuty.mciYear)), `${q.service}: the MCI year`);
    }
    if (q.readyBy) {
      const shown = await block.locator('.fact-ready .date').evaluateAll((els) => els.map((e) => [e.dataset.date, e.textContent]));
      const expected = q.readyBy.sameDay
        ? [q.readyBy.applied]
        : q.readyBy.earliest === q.readyBy.latest
          ? [q.readyBy.applied, q.readyBy.latest]
          : [q.readyBy.applied, q.readyBy.earliest, q.readyBy.latest];
      if (q.readyBy.withDelay) expected.push(q.readyBy.withDelay);
      assert.deepEqual(
        shown.map(([iso]) => iso),
        expected,
        `${q.service}: the ready dates`,
      );
      assert.deepEqual(
        shown.map(([, t]) => squash(t)),
        expected.map((iso) => longDate(lang, iso)),
        `${q.service}: dates formatted`,
      );
    }
    const list = block.locator('[data-disclosure="documents"] .disclosure-body > .checklist-groups');
    const documents = await list.locator('[data-document]').evaluateAll((els) => els.map((e) => [e.dataset.document, e.textContent]));
    // Grouped by who provides them, in the guide's order within each group; advice last.
    const grouped = ['company', 'applicant', 'family', 'advice'].flatMap((by) => q.documents.filter((d) => d.by === by).map((d) => d.id));
    assert.deepEqual(
      documents.map(([id]) => id),
      grouped,
      `${q.service}: the document checklist, grouped`,
    );
    // Every document the sheet records without a condition is on the list, each in its recorded words.
    const always = sheet.documents.filter((d) => !d.when || d.when === 'if-any').map((d) => d.id);
    assert.deepEqual(
      always.filter((id) => !grouped.includes(id)),
      [],
      `${q.service}: the recorded documents every applicant brings`,
    );
    for (const [id, shownText] of documents) {
      const said = sheet.documents.find((d) => d.id === id);
      assert.ok(said, `${q.service}: ${id} is one of the recorded documents`);
      if (said[lang]) assert.ok(squash(shownText).includes(squash(said[lang])), `${q.service}: ${id} in its recorded words`);
    }
    const boxes = await list.locator('input[type="checkbox"]').count();
    assert.equal(boxes, q.documents.filter((d) => d.by !== 'advice').length, `${q.service}: one checkbox per document, none for advice`);
  }
}

// ---------------------------------------------------------------------------------------------
// Accessibility and screenshots
// ---------------------------------------------------------------------------------------------

/** axe-core with the WCAG 2.1 A and AA rules: no violation allowed. */
export async function assertNoAxeViolations(page, where) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  assert.deepEqual(summary, [], `axe violations on ${where}`);
}

/**
 * Screenshots for a person to look at (nothing compares them) are taken only with
 * `SCREENSHOTS=all`: they cost the suite minutes. Screenshots a test compares are taken always.
 */
export const ALL_SCREENSHOTS = process.env.SCREENSHOTS === 'all';

/** A screenshot for a person, to test-results/screenshots/<name>.png: the whole page, or the viewport (`fullPage: false`). */
export async function screenshot(page, name, { fullPage = true } = {}) {
  if (!ALL_SCREENSHOTS) return;
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage });
}

/** A test that only takes screenshots for a person (it asserts nothing): defined only with `SCREENSHOTS=all`. */
export function screenshotPass(name, fn) {
  if (ALL_SCREENSHOTS) test(name, fn);
}

/** The demo page with a fixed date (and optionally a language and prefilled answers). */
export function demoUrl({ lang, answers, date = TODAY, syncUrl, pageLang } = {}) {
  const params = new URLSearchParams();
  if (date) params.set('date', date);
  if (lang) params.set('lang', lang);
  if (answers) params.set('answers', answers);
  if (syncUrl !== undefined) params.set('sync-url', syncUrl);
  if (pageLang) params.set('page-lang', pageLang);
  return `/test.html?${params}`;
}

/** Answers as the `answers` attribute and the demo's URL take them: a query string. */
export const asQuery = (answers) => new URLSearchParams(Object.entries(answers).map(([k, v]) => [k, String(v)])).toString();
