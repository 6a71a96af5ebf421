// The element's API for a host page and its framework: properties that mirror the attributes
// (`answers` also as an object), `state` (where the widget is now, so no first event is lost),
// `reset()`, and the namespaced events, none of which reaches the page's own `error` listeners.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, visit, openPage, demoUrl, events, Widget, TODAY } from './helpers.mjs';

let env;
before(async () => {
  env = await setup();
});
after(() => env.teardown());

const state = (page) => page.evaluate(() => document.querySelector('aifc-eligibility').state);

test('state tells where the widget is at any time; events are aifc- prefixed', async (t) => {
  const { context, page, widget } = await visit(env, demoUrl());
  t.after(() => context.close());
  const first = await state(page);
  assert.equal(first.status, 'question');
  assert.equal(first.lang, 'en');
  assert.equal(first.question.id, 'need');
  assert.deepEqual(first.answers, {});
  assert.equal(first.outcome, null);
  await widget.answer('iin');
  const done = await state(page);
  assert.deepEqual([done.status, done.question, done.outcome], ['outcome', null, { services: ['iin'], noService: false }]);
  assert.deepEqual(done.answers, { need: 'iin' });
  // The copy is the host's: changing it changes nothing in the widget.
  await page.evaluate(() => {
    document.querySelector('aifc-eligibility').state.outcome.services.push('x');
  });
  assert.deepEqual((await state(page)).outcome.services, ['iin']);
  assert.deepEqual(
    (await events(page)).map((e) => e.type),
    ['question', 'outcome'],
  );
  const unprefixed = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const heard = [];
        for (const type of ['question', 'outcome', 'error', 'language']) document.addEventListener(type, () => heard.push(type));
        const el = document.querySelector('aifc-eligibility');
        el.lang = 'zz';
        el.reset();
        setTimeout(() => resolve(heard), 50);
      }),
  );
  assert.deepEqual(unprefixed, [], 'no event under its old, unprefixed name');
});

test('an aifc-error never reaches the page’s error listeners', async (t) => {
  const { context, page } = await visit(env, demoUrl({ lang: 'zz' }));
  t.after(() => context.close());
  const all = await events(page);
  assert.deepEqual(
    all.filter((e) => e.type === 'error').map((e) => e.detail.code),
    ['unsupported-language'],
  );
  assert.deepEqual(
    all.filter((e) => e.type === 'window-error'),
    [],
    'window heard no error event',
  );
});

test('properties mirror the attributes; answers as an object; reset starts again', async (t) => {
  const { context, page, widget } = await visit(env, demoUrl());
  t.after(() => context.close());
  const read = await page.evaluate(() => {
    const el = document.querySelector('aifc-eligibility');
    el.answers = { need: 'work', location: 'outside' };
    el.syncUrl = true;
    const mirrored = { answersAttribute: el.getAttribute('answers'), answers: el.answers, date: el.date, syncUrl: el.syncUrl };
    el.syncUrl = false;
    mirrored.syncUrlAfter = el.hasAttribute('sync-url');
    return mirrored;
  });
  assert.deepEqual(read, {
    answersAttribute: 'need=work&location=outside',
    answers: { need: 'work', location: 'outside' },
    date: TODAY,
    syncUrl: '',
    syncUrlAfter: false,
  });
  assert.equal(await widget.currentQuestion(), 'citizenship');
  await page.evaluate(() => {
    document.querySelector('aifc-eligibility').answers = 'need=iin';
  });
  assert.equal(await widget.currentQuestion(), null);
  await page.evaluate(() => document.querySelector('aifc-eligibility').reset());
  assert.equal(await widget.currentQuestion(), 'need');
  assert.deepEqual((await state(page)).answers, {});
  await page.evaluate(() => {
    document.querySelector('aifc-eligibility').lang = 'kk';
  });
  await widget.locator('.aifc[lang="kk"]').waitFor();
  assert.equal((await state(page)).lang, 'kk');
});

test('properties a framework set before the element was defined are taken over', async (t) => {
  const html = `<!doctype html><html lang="en"><body>
<script>
  const el = document.createElement('aifc-eligibility');
  el.answers = { need: 'iin' };
  el.date = '${TODAY}';
  document.body.append(el);
</script>
<script type="module" src="/aifc-eligibility.js"></script></body></html>`;
  const { context, page } = await openPage(env, '/blank.html');
  t.after(() => context.close());
  await page.route('**/early.html', (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto(new URL('/early.html', env.origin).href);
  const widget = await new Widget(page).ready();
  assert.equal(await widget.currentQuestion(), null, 'the outcome of the answers set early');
  const s = await state(page);
  assert.deepEqual([s.status, s.outcome.services, s.answers], ['outcome', ['iin'], { need: 'iin' }]);
  assert.equal(await page.evaluate(() => Object.hasOwn(document.querySelector('aifc-eligibility'), 'answers')), false);
});

test('with a fixed date the office panel shows no clock-dependent status', async (t) => {
  const { context, widget } = await visit(env, demoUrl({ answers: 'need=iin' }));
  t.after(() => context.close());
  const block = widget.locator('[part="office"]');
  await widget.openDisclosures(block);
  assert.ok((await block.locator('a[href^="tel:"]').count()) > 0, 'the office panel shows its phones');
  assert.equal(await block.locator('[data-state]').count(), 0, 'no open/closed tag');
  assert.equal(await block.locator('.phone-hours .no-print').count(), 0, 'no "line open now"');
});

test('the testing contract: one name per control, one status region', async (t) => {
  const { context, page, widget } = await visit(env, demoUrl({ answers: 'need=work&location=outside' }));
  t.after(() => context.close());
  assert.equal(await widget.currentQuestion(), 'citizenship');
  const input = widget.locator('input.input-country');
  await input.fill('kaz');
  const combobox = page.getByRole('combobox');
  const listbox = page.getByRole('listbox');
  await listbox.waitFor();
  const comboName = await combobox.evaluate((el) => el.labels[0].textContent.trim());
  assert.equal(await page.getByLabel(comboName, { exact: true }).count(), 1, `"${comboName}" names one control`);
  assert.notEqual(await listbox.getAttribute('aria-label'), comboName, 'the list has its own name');
  assert.equal(await page.getByRole('option', { name: 'Kazakhstan' }).count(), 1);
  await page.evaluate(() => {
    document.querySelector('aifc-eligibility').answers = 'need=iin';
  });
  await widget.locator('[data-outcome]').waitFor();
  assert.equal(await page.getByRole('status').count(), 1, 'one status region on the outcome: the announcer');
});

test('answers set while another language’s texts are on their way are kept', async (t) => {
  const { context, page, widget } = await visit(env, demoUrl());
  t.after(() => context.close());
  // In one task: the Kazakh texts cannot have arrived when the answers are checked.
  await page.evaluate(() => {
    const el = document.querySelector('aifc-eligibility');
    el.lang = 'kk';
    el.answers = { need: 'iin' };
  });
  await widget.locator('.aifc[lang="kk"] [data-outcome]').waitFor();
  assert.deepEqual(
    (await events(page)).filter((e) => e.type === 'error').map((e) => e.detail.code),
    [],
    'nothing refused',
  );
  assert.deepEqual((await state(page)).outcome.services, ['iin']);
});
