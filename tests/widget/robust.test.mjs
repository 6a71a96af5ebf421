// The widget against hostile links and careless host pages: a link with 30,000 parameters, a
// second widget on the same sync-url prefix, attributes changed while the element is detached, a
// shared link that must not carry the page's own parameters or #fragment, and an engine fault
// (a page that broke Date.now) reported as `internal`, with a failure screen whose Start again works.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, visit, events, Widget, demoUrl } from './helpers.mjs';

let env;
before(async () => {
  env = await setup();
});
after(() => env.teardown());

test('a link with 30,000 parameters shows the first question, with one error event, in time linear in the link', async (t) => {
  // The widget's own parameters are what it must read and clean out of the URL.
  const params = [
    ...Array.from({ length: 100 }, (_, i) => `p${i}=${i}`),
    ...Array.from({ length: 29_900 }, (_, i) => `aifc.unknown${i}=x`),
  ];
  const { context, page } = await visit(env, demoUrl());
  t.after(() => context.close());
  // A widget with sync-url starts on the page's URL: first a plain one, then the 30,000
  // parameters. Timed in the page, from the element's insertion to its first question: loading
  // the page and the engine is the same for any URL (and a navigation to a 350 KB URL is slowed
  // by the test driver's own network tracing, not by the widget). The budget is for what the
  // parameters add, so that a busy machine slowing every step alike does not fail the test.
  const { plain, long } = await page.evaluate(async (query) => {
    const firstQuestion = async (id) => {
      document.querySelector('aifc-eligibility').remove();
      const started = performance.now();
      const el = document.createElement('aifc-eligibility');
      el.id = id;
      el.setAttribute('sync-url', '');
      document.body.append(el);
      while (!el.shadowRoot.querySelector('form.question')) await new Promise((resolve) => requestAnimationFrame(resolve));
      return performance.now() - started;
    };
    const plain = await firstQuestion('plain');
    history.replaceState(null, '', `${location.pathname}?${query}`);
    return { plain, long: await firstQuestion('linked') };
  }, params.join('&'));
  console.log(`a link with 30,000 parameters: first question after ${Math.round(long)} ms (${Math.round(plain)} ms without them)`);
  // Not a budget (a busy machine measured 2.7 s here, a quiet one a few hundred ms; the figure is
  // printed above): the ceiling catches what this test was written for, cleaning the URL in time
  // quadratic in its parameters, which took 43 s.
  assert.ok(
    long - plain < 12_000,
    `30,000 parameters added ${Math.round(long - plain)} ms before the first question (${Math.round(long)} ms against ${Math.round(plain)} ms without them): quadratic again? (it was 43 s when cleaning the URL was quadratic)`,
  );
  assert.equal(await new Widget(page, '#linked').currentQuestion(), 'need');
  const errors = await events(page, 'error', 'linked');
  assert.deepEqual(
    errors.map((e) => e.detail.code),
    ['too-large'],
    'one error event for the whole link, not one per parameter',
  );
  const url = new URL(page.url());
  assert.equal(url.searchParams.get('p99'), '99', 'the page’s own parameters stay');
  assert.equal(url.searchParams.get('aifc.unknown0'), null, 'the refused answers are cleaned out of the URL');
});

test('a second widget on the same sync-url prefix is refused with an error event and does not write the URL', async (t) => {
  const { context, page, widget } = await visit(env, '/index.html');
  t.after(() => context.close());
  await page.evaluate(() => {
    const second = document.createElement('aifc-eligibility');
    second.id = 'second';
    second.setAttribute('sync-url', '');
    document.querySelector('aifc-eligibility').after(second);
  });
  const second = await new Widget(page, '#second').ready();
  const [error] = await events(page, 'error', 'second');
  assert.equal(error?.detail.code, 'duplicate-sync-url');
  await second.answer('iin');
  assert.equal(new URL(page.url()).searchParams.get('aifc.need'), null, 'the second widget did not write its answers into the first one’s');
  await widget.answer('work');
  assert.equal(new URL(page.url()).searchParams.get('aifc.need'), 'work', 'the first widget still syncs');
});

test('attributes changed while the element is detached are applied', async (t) => {
  const { context, page, widget } = await visit(env, demoUrl());
  t.after(() => context.close());
  await page.evaluate(() => {
    const el = document.querySelector('aifc-eligibility');
    const parent = el.parentNode;
    // A detached element's events do not reach the document: listen on the element itself.
    el.addEventListener('aifc-outcome', (e) => {
      window.__whileDetached = e.detail.services;
    });
    el.remove();
    el.setAttribute('answers', 'need=iin');
    el.setAttribute('lang', 'ru');
    parent.append(el);
  });
  await widget.locator('.aifc[lang="ru"]').waitFor();
  assert.equal(await widget.currentQuestion(), null, 'the answers given while detached lead to the outcome');
  assert.deepEqual(await page.evaluate(() => window.__whileDetached), ['iin'], 'the outcome was reached while detached');
});

test('Copy link carries only the widget’s parameters on the page’s path', async (t) => {
  const { context, page, widget } = await visit(env, '/index.html?token=secret&aifc.need=iin#session=abc', {
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  t.after(() => context.close());
  await widget.locator('[part~="copy-link"]').click();
  await widget.locator('.copy-status').filter({ hasText: 'Link copied.' }).waitFor();
  const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  assert.equal(link.pathname, '/index.html');
  assert.deepEqual([...link.searchParams.keys()].sort(), ['aifc.lang', 'aifc.need']);
  assert.equal(link.hash, '', 'no #fragment');
});

test('an engine fault is reported as internal; the failure screen’s Start again works', async (t) => {
  const { context, page, widget } = await visit(env, demoUrl());
  t.after(() => context.close());
  // The page breaks the clock the engine reads for "today": the next screen cannot be drawn.
  await page.evaluate(() => {
    window.__now = Date.now;
    Date.now = () => {
      throw new Error('broken clock');
    };
    document.querySelector('aifc-eligibility').setAttribute('lang', 'ru');
  });
  await widget.locator('.failure').waitFor();
  const codes = (await events(page, 'error')).map((e) => e.detail.code);
  assert.deepEqual(codes, ['internal'], 'the engine’s fault, never the visitor’s invalid-answer');
  await page.evaluate(() => {
    Date.now = window.__now;
  });
  await widget.locator('.failure button').click();
  assert.equal(await widget.currentQuestion(), 'need', 'Start again brings the first question back');
});
