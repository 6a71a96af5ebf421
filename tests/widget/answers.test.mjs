// Answers: prefilled by the `answers` attribute, kept in the page's query string with `sync-url`
// (Back and Forward walk the questions, a shared link reopens the same screen), changed from the
// summary (answers that no longer apply are dropped), taken back with Back, cleared by Start again.
// Bad answers are dropped with an `error` event and never reach the page as HTML.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, visit, demoUrl, events, asQuery } from './helpers.mjs';
import * as story from './stories.mjs';

let env;
before(async () => {
  env = await setup();
});
after(() => env.teardown());

/** The widget's answers in the page's URL (`aifc.` parameters), as a plain object. */
function answersInUrl(page) {
  const params = new URL(page.url()).searchParams;
  return Object.fromEntries([...params].filter(([k]) => k.startsWith('aifc.') && k !== 'aifc.lang').map(([k, v]) => [k.slice(5), v]));
}

const inUrl = (answers) => new URLSearchParams(Object.entries(answers).map(([k, v]) => [`aifc.${k}`, String(v)])).toString();

test('prefilled answers open the widget at the next question', async (t) => {
  const { context, page, widget } = await visit(env, demoUrl({ answers: 'need=work&location=outside' }));
  t.after(() => context.close());
  assert.equal(await widget.currentQuestion(), 'citizenship');
  assert.deepEqual(await widget.locator('.summary-row').evaluateAll((rows) => rows.map((r) => r.dataset.fact)), ['need', 'location']);
  assert.equal(await widget.locator('.progress .caption').innerText(), 'Question 3');
  const [question] = await events(page, 'question');
  assert.deepEqual(question.detail, { id: 'citizenship', progress: { answered: 2, remaining: question.detail.progress.remaining } });
  assert.ok(question.detail.progress.remaining >= 1);
  assert.deepEqual(await events(page, 'error'), []);
});

test('bad prefilled answers are dropped with one error event, never injected as HTML', async (t) => {
  const hostile = 'need=work&location=<img src=x onerror="document.title=1">&colour=blue';
  const { context, page, widget } = await visit(env, demoUrl({ answers: hostile }));
  t.after(() => context.close());
  assert.equal(await widget.currentQuestion(), 'location', 'the good answer is kept, the bad one asked again');
  const errors = (await events(page, 'error')).map((e) => e.detail);
  assert.deepEqual(
    errors.map((e) => e.code),
    ['invalid-answer'],
    'one event for the attribute, not one per answer',
  );
  assert.ok(errors[0].message.includes('location') && errors[0].message.includes('and 1 more refused'), errors[0].message);
  assert.equal(await widget.locator('img').count(), 0, 'no element was made from the answer');
  assert.ok(!(await widget.locator('.aifc').innerText()).includes('<img'), 'not even as text');
  assert.notEqual(await page.title(), '1');
});

test('an invalid date attribute is reported and today is used instead', async (t) => {
  const { context, page, widget } = await visit(env, demoUrl({ date: '2026-02-30', answers: asQuery(story.IIN) }));
  t.after(() => context.close());
  const [error] = await events(page, 'error');
  assert.equal(error.detail.code, 'invalid-date');
  assert.equal(await widget.currentQuestion(), null, 'the outcome is still shown');
});

test('the date attribute fixes "today" for the dates shown', async (t) => {
  const { context, widget } = await visit(env, demoUrl({ date: '2026-06-01', answers: asQuery(story.IIN) }));
  t.after(() => context.close());
  await widget.openDisclosures();
  const dates = await widget.locator('.fact-ready .date').evaluateAll((els) => els.map((e) => e.dataset.date));
  // Applied on Monday 1 June 2026; the IIN takes one working day (the guide): ready on Tuesday the 2nd.
  assert.deepEqual(dates, ['2026-06-01', '2026-06-02']);
});

test('sync-url: each answer is a history entry; Back and Forward walk the questions; reload keeps the screen', async (t) => {
  const { context, page, widget } = await visit(env, '/index.html');
  t.after(() => context.close());
  await widget.answer('work');
  assert.deepEqual(answersInUrl(page), { need: 'work' });
  await widget.answer('outside');
  assert.deepEqual(answersInUrl(page), { need: 'work', location: 'outside' });
  assert.equal(await widget.currentQuestion(), 'citizenship');

  await page.goBack();
  assert.equal(await widget.currentQuestion(), 'location');
  assert.deepEqual(answersInUrl(page), { need: 'work' });
  assert.ok(await widget.locator('input[value="outside"]').isChecked(), 'the answer taken back is offered again');
  await page.goForward();
  assert.equal(await widget.currentQuestion(), 'citizenship');

  await page.reload();
  await widget.ready();
  assert.equal(await widget.currentQuestion(), 'citizenship');
  assert.equal(await widget.locator('.summary-row').count(), 2);

  // The widget's Back is the browser's Back: Forward then returns to where the visitor was.
  await widget.locator('button.back').click();
  assert.equal(await widget.currentQuestion(), 'location');
  assert.deepEqual(answersInUrl(page), { need: 'work' });
  await page.goForward();
  assert.equal(await widget.currentQuestion(), 'citizenship', 'Forward undoes the widget’s Back');
});

test('sync-url: the language travels in the link and survives a reload; the host hears of a switch', async (t) => {
  const { context, page, widget } = await visit(env, '/index.html');
  t.after(() => context.close());
  await widget.answer('work');
  await widget.locator('button[data-lang="kk"]').click();
  // (the switch first fetches the Kazakh texts of the engine)
  await page.waitForFunction(() => window.__aifcEvents.some((e) => e.type === 'language'));
  assert.equal(new URL(page.url()).searchParams.get('aifc.lang'), 'kk');
  assert.deepEqual(
    (await events(page, 'language')).map((e) => e.detail),
    [{ lang: 'kk' }],
  );
  await page.reload();
  await widget.ready();
  assert.equal(await widget.locator('.aifc').getAttribute('lang'), 'kk', 'the reloaded page keeps Kazakh');
  assert.equal(await widget.currentQuestion(), 'location');
});

test('sync-url: a shared link reopens the same screen, and the outcome', async (t) => {
  const { context, widget } = await visit(env, `/index.html?${inUrl({ need: 'work', location: 'inside' })}`);
  t.after(() => context.close());
  assert.equal(await widget.currentQuestion(), 'citizenship');
  const { context: second, page, widget: outcome } = await visit(env, `/index.html?${inUrl(story.CANCELLATION_INSIDE)}`);
  t.after(() => second.close());
  assert.equal(await outcome.currentQuestion(), null);
  const [event] = await events(page, 'outcome');
  assert.deepEqual(event.detail.services, ['visa-cancellation-exit-visa']);
});

test('Back takes back the last answer and offers it again; Start again clears everything', async (t) => {
  const { context, page, widget } = await visit(env, `/index.html?keep=1&${inUrl({ need: 'work', location: 'inside' })}`);
  t.after(() => context.close());
  await widget.locator('button.back').click();
  assert.equal(await widget.currentQuestion(), 'location');
  assert.ok(await widget.locator('input[value="inside"]').isChecked());
  assert.deepEqual(answersInUrl(page), { need: 'work' });
  await widget.locator('.restart button').click();
  assert.equal(await widget.currentQuestion(), 'need');
  assert.equal(await widget.locator('input[type="radio"]:checked').count(), 0, 'nothing chosen after Start again');
  assert.deepEqual(answersInUrl(page), {});
  assert.equal(new URL(page.url()).searchParams.get('keep'), '1', 'the page’s own parameters stay');
});

test('Change: answers that still apply are kept, the others dropped, in the summary and the URL', async (t) => {
  const { context, page, widget } = await visit(env, `/index.html?${inUrl(story.WORK_VISA_INSIDE)}`);
  t.after(() => context.close());
  assert.deepEqual((await events(page, 'outcome')).at(-1).detail.services, ['work-visa']);

  // Inside -> outside: every later answer still applies, so the new outcome comes at once.
  await widget.openDisclosures(widget.locator('.summary'));
  await widget.locator('[data-change="location"]').click();
  assert.equal(await widget.currentQuestion(), 'location');
  assert.ok(await widget.locator('input[value="inside"]').isChecked(), 'the current answer is chosen');
  await widget.answer('outside');
  assert.equal(await widget.currentQuestion(), null);
  assert.deepEqual((await events(page, 'outcome')).at(-1).detail.services, ['work-visa-invitation']);
  assert.deepEqual(
    answersInUrl(page),
    Object.fromEntries(Object.entries({ ...story.WORK_VISA_INSIDE, location: 'outside' }).map(([k, v]) => [k, String(v)])),
  );

  // Work -> IIN: none of the other answers applies any more.
  await widget.openDisclosures(widget.locator('.summary'));
  await widget.locator('[data-change="need"]').click();
  await widget.answer('iin');
  assert.deepEqual((await events(page, 'outcome')).at(-1).detail.services, ['iin']);
  assert.deepEqual(answersInUrl(page), { need: 'iin' });
  assert.equal(await widget.locator('.summary-row').count(), 1);

  // Back from a Change screen returns to the outcome unchanged.
  await widget.openDisclosures(widget.locator('.summary'));
  await widget.locator('[data-change="need"]').click();
  await widget.locator('button.back').click();
  assert.equal(await widget.currentQuestion(), null);
  assert.deepEqual(answersInUrl(page), { need: 'iin' });
});

test('events: question with its progress, outcome with its services, all bubbling out of the shadow root', async (t) => {
  const { context, page, widget } = await visit(env, demoUrl());
  t.after(() => context.close());
  await widget.answerAll(story.CANCELLATION_INSIDE);
  const sent = (await events(page)).map((e) => [e.type, e.detail]);
  // `remaining`: the most questions still to come on any path from here (12 from the first).
  assert.deepEqual(sent, [
    ['question', { id: 'need', progress: { answered: 0, remaining: 12 } }],
    ['question', { id: 'location', progress: { answered: 1, remaining: 2 } }],
    ['question', { id: 'branch', progress: { answered: 2, remaining: 1 } }],
    ['outcome', { services: ['visa-cancellation-exit-visa'], noService: false }],
  ]);
});
