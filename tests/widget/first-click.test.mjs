// The first click does not wait for the engine (issue 25, item 8). The entry carries, in every
// language, the engine's second question for each answer of the first that leads to a question of
// options (scripts/build/bundle.mjs, www/src/widget/first.js): a visitor who answers at once sees it at once,
// while the wasm, the texts and the later files are held back here. Then what they can do on it
// before the engine: Back, Change, Start again, a language switch, the browser's Back with
// `sync-url`, and an answer, which waits for the engine and goes on. When the engine arrives, the
// screen stays as the visitor left it, and the host hears of both questions.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, demoUrl, screenshot, events, hold, Widget } from './helpers.mjs';
import { loadWidgetTexts } from '../../scripts/texts.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.teardown();
});

/** Everything the entry loads later: the wasm, the engine's texts, the widget's later words and files. */
const LATER = /\.(wasm|txt|json)$/;
/** Short: without the entry's second question the click waits for the held engine for ever. */
const SOON = { timeout: 5000 };
const { strings } = loadWidgetTexts('');

for (const [lang, width] of [
  ['en', 1280],
  ['ru', 375],
  ['kk', 375],
  ['en', 375],
]) {
  test(`${lang}, ${width} px: the first click shows the second question before the engine has arrived, and it stays when it does`, async (t) => {
    const { context, page, problems } = await openPage(env, 'about:blank', { width });
    t.after(() => context.close());
    const release = await hold(page, LATER);
    await page.goto(new URL(demoUrl({ lang }), env.origin).href);
    const widget = new Widget(page);
    await widget.locator('form.question[data-question="need"]').waitFor();
    const firstHeading = await widget.heading().innerText();
    await widget.answer('work');
    const form = widget.locator('form.question[data-question="location"]');
    await form.waitFor(SOON);
    assert.equal(await widget.locator('.aifc').getAttribute('data-engine'), 'loading', 'drawn before the engine');
    assert.equal(await widget.locator('.aifc').getAttribute('lang'), lang);
    assert.equal(
      await widget.locator('[data-focus="heading"]').evaluate((el) => el.getRootNode().activeElement === el),
      true,
      'the heading has the focus, as after any answer',
    );
    // The answers so far, with their Change button, in the entry's words of the language.
    const row = widget.locator('.summary-row[data-fact="need"]');
    await widget.locator('.disclosure-answers > summary').click();
    assert.equal(await row.locator('dt').innerText(), firstHeading);
    const change = row.locator('[data-change="need"]');
    assert.equal(await change.evaluate((b) => b.firstChild.textContent), strings[lang].change);
    assert.equal(await change.locator('.vh').evaluate((el) => el.getBoundingClientRect().width), 1, 'the rest is for screen readers only');
    assert.match(
      await widget.locator('.disclosure-answers > summary').innerText(),
      new RegExp(`^${strings[lang]['your-answers']} \\(1\\)$`),
    );
    assert.equal(await widget.locator('button.back').innerText(), strings[lang].back);
    assert.equal(
      await widget.locator('.disclosure-summary').evaluate((el) => getComputedStyle(el).minHeight),
      '44px',
      "the answers are styled by the entry's stylesheet",
    );
    assert.deepEqual(await page.evaluate(() => document.querySelector('aifc-eligibility').state.answers), { need: 'work' });
    await screenshot(page, `second-question-before-engine-${lang}-${width}`);
    assert.deepEqual(await events(page, 'question'), [], 'the host hears of the questions once the engine has confirmed them');

    // The engine arrives: the same form stays (the visitor's choice and focus with it).
    await form.locator('input[value="outside"]').check();
    await form.evaluate((el) => {
      el.dataset.drawnEarly = 'yes';
    });
    release();
    await widget.locator('.aifc[data-engine="ready"]').waitFor({ state: 'attached' });
    assert.equal(await widget.locator('form.question[data-drawn-early="yes"]').count(), 1, 'the screen was not drawn again');
    assert.equal(await form.locator('input[value="outside"]').isChecked(), true);
    assert.deepEqual(
      (await events(page, 'question')).map((e) => e.detail.id),
      ['need', 'location'],
    );
    await widget.continue();
    await widget.locator('form.question[data-question="citizenship"]').waitFor();
    assert.deepEqual(problems, []);
  });
}

test('before the engine: Back, Change, Start again and a language switch move between the first two questions', async (t) => {
  const { context, page, problems } = await openPage(env, 'about:blank', { width: 375 });
  t.after(() => context.close());
  const release = await hold(page, LATER);
  await page.goto(new URL(demoUrl({ lang: 'en' }), env.origin).href);
  const widget = new Widget(page);
  await widget.locator('form.question[data-question="need"]').waitFor();
  await widget.answer('extend');
  await widget.locator('form.question[data-question="visa"]').waitFor(SOON);

  await widget.locator('button[data-lang="kk"]').click();
  await widget.locator('.aifc[lang="kk"] form.question[data-question="visa"]').waitFor(SOON);
  assert.match(await widget.heading().innerText(), /[әғқңөұүһі]/i, 'the second question in Kazakh');
  await screenshot(page, 'second-question-before-engine-kk-switched-375');

  await widget.locator('button.back').click();
  const first = widget.locator('.aifc[lang="kk"] form.question[data-question="need"]');
  await first.waitFor(SOON);
  assert.equal(await first.locator('input[value="extend"]').isChecked(), true, 'the answer taken back is offered again');
  await widget.answer('business-multi');
  await widget.locator('form.question[data-question="category"]').waitFor(SOON);

  await widget.locator('.disclosure-answers > summary').click();
  await widget.locator('[data-change="need"]').click();
  await first.waitFor(SOON);
  assert.equal(await first.locator('input[value="business-multi"]').isChecked(), true, 'Change offers the answer given');
  await widget.answer('cancel');
  await widget.locator('form.question[data-question="location"]').waitFor(SOON);
  assert.equal(await widget.locator('.summary-row').count(), 1);

  await widget.locator('.restart button').click();
  await first.waitFor(SOON);
  assert.deepEqual(await page.evaluate(() => document.querySelector('aifc-eligibility').state.answers), {});

  // A choice that leads to neither a question of options (a country, here) waits for the engine.
  await widget.answer('residence-permit');
  await widget.locator('form.question[data-question="need"][data-busy="true"] .busy').waitFor();
  assert.equal(await widget.locator('.aifc').getAttribute('data-engine'), 'loading');
  release();
  await widget.locator('.aifc[lang="kk"] form.question[data-question="citizenship"]').waitFor();
  assert.deepEqual(problems, []);
});

test('an answer to the second question before the engine waits for it, says so, and goes on', async (t) => {
  const { context, page } = await openPage(env, 'about:blank', { width: 375 });
  t.after(() => context.close());
  const release = await hold(page, '**/*.wasm');
  await page.goto(new URL(demoUrl({ lang: 'ru' }), env.origin).href);
  const widget = new Widget(page);
  await widget.locator('form.question[data-question="need"]').waitFor();
  await widget.answer('invest');
  await widget.answer('outside');
  await widget.locator('form.question[data-question="location"][data-busy="true"] .busy').filter({ hasText: strings.ru.loading }).waitFor();
  await screenshot(page, 'second-question-busy-ru-375');
  release();
  await widget.locator('form.question[data-question="citizenship"]').waitFor();
  assert.deepEqual(await page.evaluate(() => document.querySelector('aifc-eligibility').state.answers), {
    need: 'invest',
    location: 'outside',
  });
});

test("sync-url: the first click is a history entry before the engine too; the browser's Back returns to the first question", async (t) => {
  const { context, page } = await openPage(env, 'about:blank', { width: 1280 });
  t.after(() => context.close());
  const release = await hold(page, LATER);
  await page.goto(new URL('/index.html', env.origin).href);
  const widget = new Widget(page);
  await widget.locator('form.question[data-question="need"]').waitFor();
  await widget.answer('work');
  await widget.locator('form.question[data-question="location"]').waitFor(SOON);
  assert.match(page.url(), /need=work/);
  await page.goBack();
  await widget.locator('form.question[data-question="need"]').waitFor(SOON);
  assert.equal(await widget.locator('input[value="work"]').isChecked(), true, 'the answer taken back is offered again');
  assert.deepEqual(await page.evaluate(() => document.querySelector('aifc-eligibility').state.answers), {});
  await page.goForward();
  await widget.locator('form.question[data-question="location"]').waitFor(SOON);
  release();
  await widget.locator('.aifc[data-engine="ready"]').waitFor({ state: 'attached' });
  assert.equal(await widget.currentQuestion(), 'location');
  assert.deepEqual(await page.evaluate(() => document.querySelector('aifc-eligibility').state.answers), { need: 'work' });
});
