// The snippet builder (snippet.html): the partner's choices show in the live preview, and the
// snippet it gives, pasted into a page as it is, embeds this version pinned by its integrity value.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DIST, setup, openPage, Widget, screenshot } from './helpers.mjs';

// The folder the build wrote: the version's for a release, dev/ for a development build (scripts/release.mjs).
const { folder } = JSON.parse(fs.readFileSync(path.join(DIST, 'release.json'), 'utf8'));
const pinned = JSON.parse(fs.readFileSync(path.join(DIST, folder, 'integrity.json'), 'utf8'));

let env;
before(async () => { env = await setup(); });
after(() => env.teardown());

test('choices -> preview and a snippet that works as pasted', async (t) => {
  const { context, page, problems } = await openPage(env, '/snippet.html', { width: 1280 });
  t.after(() => context.close());
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

  // Pasted into a partner's page as it is: the widget loads, pinned, in Kazakh, at the outcome.
  const partner = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><style>${css}</style></head><body>${html}</body></html>`;
  await page.route('**/partner.html', (route) => route.fulfill({ contentType: 'text/html', body: partner }));
  await page.goto(new URL('/partner.html', env.origin).href);
  const widget = new Widget(page);
  await widget.locator('.aifc[lang="kk"] [data-outcome]').waitFor();
  assert.deepEqual(problems, []);
});
