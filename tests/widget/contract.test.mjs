// The testing contract of docs/WIDGET.md as a partner's Playwright test uses it (issue 27, item 6):
// a question is a `form` named "Question n" and its question (`getByRole('form', { name })`, which
// matches a part of the name; `getByLabel(question, { exact: true })` still finds the one control), in every language
// and before the engine as after; the widget's language switch has a name that says whose it is,
// so a host page's own "Language" field is the one `getByLabel` finds; `reset()` forgets the
// prefill, so the same prefill set again applies again.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, visit, openPage, demoUrl, Widget, TODAY } from './helpers.mjs';
import { loadWidgetTexts } from '../../scripts/texts.mjs';

const { strings: WIDGET } = loadWidgetTexts('', 'widget.ftl');

let env;
before(async () => {
  env = await setup();
});
after(() => env.teardown());

for (const lang of ['en', 'ru', 'kk']) {
  test(`a question is a form named by its question (${lang})`, async (t) => {
    const { context, page, widget } = await visit(env, demoUrl({ lang }));
    t.after(() => context.close());
    for (const answers of [null, 'need=work&location=outside']) {
      // options; a country field (its label in the heading)
      if (answers)
        await page.evaluate((a) => {
          document.querySelector('aifc-eligibility').answers = a;
        }, answers);
      const fact = await widget.currentQuestion();
      await widget.locator(`form[data-question="${fact}"]`).waitFor();
      const text = (await widget.heading().textContent()).trim();
      const form = page.getByRole('form', { name: text });
      assert.equal(await form.count(), 1, `getByRole('form', { name: "${text}" }) finds the question`);
      assert.equal(await form.getAttribute('data-question'), fact);
      const caption = (await widget.locator('.progress .caption').textContent()).trim();
      assert.equal(
        await page.getByRole('form', { name: `${caption} ${text}`, exact: true }).count(),
        1,
        'named "Question n" and the question',
      );
      // ...so the question's text still labels one control alone.
      assert.equal(await page.getByLabel(text, { exact: true }).count(), fact === 'citizenship' ? 1 : 0);
      assert.equal(await form.getByRole('button', { name: WIDGET[lang].continue, exact: true }).count(), 1, 'its Continue is inside it');
    }
  });
}

test('the first question, drawn before the engine, is a named form too', async (t) => {
  const { context, page } = await openPage(env, '/blank.html');
  t.after(() => context.close());
  await page.route('**/*.wasm', () => {}); // held: the engine never arrives
  await page.goto(new URL(demoUrl(), env.origin).href);
  const heading = page.locator('aifc-eligibility [data-focus="heading"]');
  await heading.waitFor();
  assert.equal(await page.locator('aifc-eligibility .aifc').getAttribute('data-engine'), 'loading');
  assert.equal(await page.getByRole('form', { name: (await heading.textContent()).trim() }).count(), 1);
});

for (const lang of ['en', 'ru', 'kk']) {
  test(`the language switch says whose it is; the host page's own "${WIDGET.en.language.split(' ')[0]}" field is the one getByLabel finds (${lang})`, async (t) => {
    const host = { en: 'Language', ru: 'Язык', kk: 'Тіл' }[lang];
    const html = `<!doctype html><html lang="${lang}"><body>
<label for="site-lang">${host}</label><select id="site-lang"><option>${host}</option></select>
<aifc-eligibility date="${TODAY}"></aifc-eligibility>
<script type="module" src="/aifc-eligibility.js"></script></body></html>`;
    const { context, page } = await openPage(env, '/blank.html');
    t.after(() => context.close());
    await page.route('**/host.html', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
    await page.goto(new URL('/host.html', env.origin).href);
    await new Widget(page).ready();
    assert.equal(await page.getByLabel(host, { exact: true }).count(), 1, 'one control is named as the host page named its own');
    assert.equal(await page.getByLabel(host, { exact: true }).evaluate((el) => el.id), 'site-lang');
    const nav = page.getByRole('navigation', { name: WIDGET[lang].language, exact: true });
    assert.equal(await nav.count(), 1, `the widget's switch: "${WIDGET[lang].language}"`);
    assert.notEqual(WIDGET[lang].language, host);
  });
}

test('reset() forgets the prefill: the same prefill set again applies again', async (t) => {
  const { context, page, widget } = await visit(env, demoUrl());
  t.after(() => context.close());
  const set = () =>
    page.evaluate(() => {
      document.querySelector('aifc-eligibility').answers = { need: 'iin' };
    });
  await set();
  await widget.locator('[data-outcome]').waitFor();
  await page.evaluate(() => document.querySelector('aifc-eligibility').reset());
  assert.equal(await widget.currentQuestion(), 'need');
  assert.deepEqual(await page.evaluate(() => document.querySelector('aifc-eligibility').answers), {}, 'the prefill is gone');
  await set();
  await widget.locator('[data-outcome]').waitFor({ timeout: 5000 });
  assert.deepEqual(await page.evaluate(() => document.querySelector('aifc-eligibility').state.outcome.services), ['iin']);
});

test('the element has no public member docs/WIDGET.md does not list', async (t) => {
  const { context, page } = await visit(env, demoUrl());
  t.after(() => context.close());
  const members = await page.evaluate(() =>
    Object.getOwnPropertyNames(customElements.get('aifc-eligibility').prototype)
      .filter((n) => !['constructor', 'connectedCallback', 'disconnectedCallback', 'attributeChangedCallback'].includes(n))
      .sort(),
  );
  assert.deepEqual(members, ['answers', 'date', 'reset', 'state', 'syncUrl'], '"Properties and methods" (lang is HTMLElement\'s own)');
});
