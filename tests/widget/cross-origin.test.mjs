// A partner's page embedding the widget from a CDN on another origin, exactly as docs/WIDGET.md
// says: the versioned files (dist/<version>/), the integrity value from their integrity.json,
// `crossorigin`, the CDN's `Access-Control-Allow-Origin` on every file, and the host's CSP naming
// the CDN in `script-src` and `connect-src`. With them the widget works; without the CORS header
// on the files the entry loads, or without the CDN in `connect-src`, it says so: its failure
// screen and one `aifc-error` (`load-failed`).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DIST, launchBrowser } from './helpers.mjs';
import { serve } from '../support/serve.mjs';

// The folder the build wrote: the version's for a release, dev/ for a development build (scripts/release.mjs).
const { folder } = JSON.parse(fs.readFileSync(path.join(DIST, 'release.json'), 'utf8'));
const pinned = JSON.parse(fs.readFileSync(path.join(DIST, folder, 'integrity.json'), 'utf8'));

let browser;
const servers = [];
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser.close();
  for (const s of servers) await s.close();
});

/** A CDN serving dist/; `cors(pathname)` says whether a file gets Access-Control-Allow-Origin. */
async function cdn(cors) {
  const server = await serve(DIST, { headers: (p) => (cors(p) ? { 'access-control-allow-origin': '*' } : {}) });
  servers.push(server);
  return server.origin;
}

/** The partner's page on its own origin, with `csp`, embedding the widget from `from`. */
async function host(from, csp) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title>
<link rel="icon" href="data:,">
<script type="module" src="${from}/${folder}/aifc-eligibility.js" integrity="${pinned.files['aifc-eligibility.js']}" crossorigin="anonymous"></script>
</head><body><aifc-eligibility lang="ru" date="2026-03-25"></aifc-eligibility></body></html>`;
  const server = await serve(path.join(DIST, 'pkg'), {
    pages: { '/partner.html': html },
    headers: () => ({ 'content-security-policy': csp }),
  });
  servers.push(server);
  return `${server.origin}/partner.html`;
}

const policy = (origin, { connect = true } = {}) =>
  [
    "default-src 'self'",
    `script-src 'self' ${origin} 'wasm-unsafe-eval'`,
    `connect-src 'self'${connect ? ` ${origin}` : ''}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "require-trusted-types-for 'script'",
  ].join('; ');

async function open(url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  await page.exposeFunction('__aifcError', (detail) => errors.push(detail));
  await page.addInitScript(() => document.addEventListener('aifc-error', (e) => window.__aifcError(e.detail)));
  await page.goto(url);
  return { context, page, errors };
}

test('embedded from another origin with the documented headers and CSP, it works', async (t) => {
  const origin = await cdn(() => true);
  const { context, page, errors } = await open(await host(origin, policy(origin)));
  t.after(() => context.close());
  await page.locator('aifc-eligibility form.question').waitFor();
  assert.equal(await page.locator('aifc-eligibility .aifc').getAttribute('lang'), 'ru');
  assert.deepEqual(errors, []);
});

test('without Access-Control-Allow-Origin on the files the entry loads, a clear aifc-error', async (t) => {
  const origin = await cdn((p) => p.endsWith('/aifc-eligibility.js'));
  const { context, page, errors } = await open(await host(origin, policy(origin)));
  t.after(() => context.close());
  await page.locator('aifc-eligibility .failure').waitFor();
  assert.deepEqual(
    errors.map((e) => e.code),
    ['load-failed'],
  );
  assert.match(errors[0].message, /Access-Control-Allow-Origin/, errors[0].message);
  assert.equal(await page.locator('aifc-eligibility form.question').count(), 0);
});

test('without the CDN in connect-src, a clear aifc-error', async (t) => {
  const origin = await cdn(() => true);
  const { context, page, errors } = await open(await host(origin, policy(origin, { connect: false })));
  t.after(() => context.close());
  await page.locator('aifc-eligibility .failure').waitFor();
  assert.deepEqual(
    errors.map((e) => e.code),
    ['load-failed'],
  );
  assert.match(errors[0].message, /connect-src/, errors[0].message);
});
