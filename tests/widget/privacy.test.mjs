// Privacy: once the page has loaded, the widget makes no request but the pinned texts of a
// language the visitor switches to (a file named by the build: nothing the visitor entered goes
// with it), sets no cookie and stores nothing, whatever the visitor does; "Copy link" gives a link
// that reopens the same outcome.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { setup, visit, openPage, Widget, demoUrl, events, DIST } from './helpers.mjs';
import * as story from './stories.mjs';

let env;
before(async () => {
  env = await setup();
});
after(() => env.teardown());

test("after load: no request but a switched-to language's texts, no cookie, no storage, through a journey and every button", async (t) => {
  const { context, page, widget } = await visit(env, demoUrl(), { permissions: ['clipboard-read', 'clipboard-write'] });
  t.after(() => context.close());
  await page.waitForLoadState('load');
  const requests = [];
  page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));

  await widget.answer('work');
  await widget.answer('outside');
  await widget.locator('input.input-country').fill('ind'); // the country search is local
  await widget.pickCountry('IN');
  await widget.continue();
  await widget.locator('button[data-lang="kk"]').click();
  await page.waitForFunction(() => window.__aifcEvents.some((e) => e.type === 'language'));
  await widget.locator('button[data-lang="en"]').click();
  await widget.locator('button.back').click();
  await widget.pickCountry('IN');
  await widget.continue();
  await widget.answerAll({ role: 'employee', meetsQualifications: true, term: 'up-to-2-years', family: false, branch: false });
  await widget.openDisclosures();
  await widget.locator('.checklist input[type="checkbox"]').first().check();
  await widget.locator('[data-change="term"]').click();
  await widget.answer('3-to-5-years');
  await widget.locator('[part~="copy-link"]').click();
  await widget.locator('.copy-status').filter({ hasText: 'Link copied.' }).waitFor();

  // An extension outcome, with its calendar file: a download from memory, not from the network.
  await widget.locator('.restart button').click();
  await widget.answerAll(story.WORK_VISA_EXTENSION);
  const [download] = await Promise.all([page.waitForEvent('download'), widget.locator('[part~="calendar"]').click()]);
  assert.match(download.url(), /^blob:/, 'the .ics comes from a Blob');
  // The file is complete and the page has drawn a frame since: any request it caused was made.
  await download.path();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

  // The only requests: Kazakh's texts and words, under the names the build gave them, with nothing added.
  const assets = JSON.parse(fs.readFileSync(path.join(DIST, 'assets.json'), 'utf8'));
  assert.deepEqual(
    requests.toSorted(),
    ['texts-kk', 'words-kk'].map((key) => `GET ${env.origin}/${assets[key].file}`).toSorted(),
    'no request after load but the Kazakh texts and words',
  );
  assert.deepEqual(await context.cookies(), [], 'no cookie');
  const stored = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
  }));
  assert.deepEqual(stored, { local: 0, session: 0, databases: 0, caches: 0 }, 'nothing stored');
});

test('"Copy link to this outcome" copies a link that reopens the same outcome', async (t) => {
  const { context, page, widget } = await visit(env, demoUrl(), { permissions: ['clipboard-read', 'clipboard-write'] });
  t.after(() => context.close());
  const outcome = await widget.answerAll(story.B3_MULTI_ENTRY_INSIDE);
  await widget.locator('[part~="copy-link"]').click();
  // The clipboard write is asynchronous: wait for the status it sets, not for luck.
  await widget.locator('.copy-status').filter({ hasText: 'Link copied.' }).waitFor();
  const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  const answers = Object.fromEntries(
    [...link.searchParams].filter(([k]) => k.startsWith('aifc.') && k !== 'aifc.lang').map(([k, v]) => [k.slice(5), v]),
  );
  assert.equal(link.searchParams.get('aifc.lang'), 'en', 'the language travels with the link');
  assert.deepEqual(answers, Object.fromEntries(Object.entries(story.B3_MULTI_ENTRY_INSIDE).map(([k, v]) => [k, String(v)])));
  assert.equal(link.searchParams.get('date'), null, 'the page’s own parameters stay out of a shared link');

  const reopened = await openPage(env, link.href);
  t.after(() => reopened.context.close());
  const again = await new Widget(reopened.page).ready();
  assert.equal(await again.currentQuestion(), null, 'the link opens on the outcome');
  const [event] = await events(reopened.page, 'outcome');
  assert.deepEqual(event.detail, outcome);
});

test('"Copy link" without clipboard permission shows the link to copy by hand', async (t) => {
  const { context, widget } = await visit(env, demoUrl());
  t.after(() => context.close());
  await widget.answerAll(story.IIN);
  await context.clearPermissions();
  await widget.locator('[part~="copy-link"]').click();
  const status = widget.locator('.copy-status');
  await status.filter({ hasText: /./ }).waitFor();
  const text = await status.innerText();
  assert.ok(['Link copied.', 'Copy the link below.'].includes(text), text);
  if (text === 'Copy the link below.') {
    const value = await widget.locator('#copy-link').inputValue();
    assert.equal(new URL(value).searchParams.get('aifc.need'), 'iin');
  }
});
