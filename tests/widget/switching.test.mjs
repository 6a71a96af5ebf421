// A language switch as a visitor lives it (issue 25, items 3 and 7): Back and Forward after a switch
// stay in the language the visitor uses now (a shared link still opens in its own); the switch says
// it is busy while the other language's texts arrive; the demo pages around the widget follow its
// language (title, introduction, the disclaimer).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, visit, openPage, demoUrl, screenshot, Widget } from './helpers.mjs';
import * as story from './stories.mjs';

let env;
before(async () => {
  env = await setup();
});
after(() => env.teardown());

/** Waits until the widget is drawn in `lang` (a switch first fetches that language's texts). */
const shownIn = (page, lang) =>
  page.waitForFunction(
    (l) => document.querySelector('aifc-eligibility').shadowRoot.querySelector('.aifc')?.getAttribute('lang') === l,
    lang,
  );

/** The question the flow asks after `answers` (need=work, then location=outside), in `lang`, as written in stories.mjs. */
function question(answers, lang) {
  const id = ['need', 'location', 'citizenship'][Object.keys(answers).length];
  return { id, text: story.QUESTIONS[id][lang] };
}

/** The question on screen: its id and its heading. */
async function onScreen(widget) {
  return { id: await widget.currentQuestion(), text: await widget.heading().innerText() };
}

test('Back after a switch to Kazakh: the previous questions come back in Kazakh (the widget’s Back, the browser’s Back and Forward)', async (t) => {
  // The demo page keeps the answers in its URL (sync-url): each answer is a history entry.
  const { context, page, widget, problems } = await visit(env, '/index.html');
  t.after(() => context.close());
  await widget.answer('work');
  await widget.answer('outside');
  assert.equal(await widget.currentQuestion(), 'citizenship');
  await widget.locator('button[data-lang="kk"]').click();
  await shownIn(page, 'kk');
  assert.deepEqual(await onScreen(widget), question({ need: 'work', location: 'outside' }, 'kk'));

  await widget.locator('button.back').click(); // the widget's Back is the browser's with sync-url
  await widget.locator('form.question[data-question="location"]').waitFor();
  assert.deepEqual(await onScreen(widget), question({ need: 'work' }, 'kk'), 'the second question, in Kazakh');
  assert.equal(await widget.locator('.aifc').getAttribute('lang'), 'kk');
  assert.equal(new URL(page.url()).searchParams.get('aifc.lang'), 'kk', 'the entry now says Kazakh too');

  await page.goBack();
  await widget.locator('form.question[data-question="need"]').waitFor();
  assert.deepEqual(await onScreen(widget), question({}, 'kk'), 'the first question, in Kazakh');

  await page.goForward();
  await page.goForward();
  await widget.locator('form.question[data-question="citizenship"]').waitFor();
  assert.deepEqual(await onScreen(widget), question({ need: 'work', location: 'outside' }, 'kk'), 'Forward, in Kazakh');
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await screenshot(page, `back-after-switch-kk-${width}`);
  }
  assert.deepEqual(problems, []);
});

test('Back after a switch to Russian, then to English again: each step back in the language now used', async (t) => {
  const { context, page, widget } = await visit(env, '/index.html');
  t.after(() => context.close());
  await widget.answer('work');
  await widget.locator('button[data-lang="ru"]').click();
  await shownIn(page, 'ru');
  await widget.answer('inside');
  await widget.locator('button[data-lang="en"]').click();
  await shownIn(page, 'en');
  await page.goBack();
  await widget.locator('form.question[data-question="location"]').waitFor();
  assert.deepEqual(await onScreen(widget), question({ need: 'work' }, 'en'), 'answered in Russian, shown in English now');
  await page.goBack();
  await widget.locator('form.question[data-question="need"]').waitFor();
  assert.deepEqual(await onScreen(widget), question({}, 'en'));
});

test('a shared link still opens in its own language', async (t) => {
  const { context, widget } = await visit(env, '/index.html?aifc.need=work&aifc.lang=ru');
  t.after(() => context.close());
  assert.deepEqual(await onScreen(widget), question({ need: 'work' }, 'ru'));
});

test('a switch says it is busy while the other language’s texts arrive', async (t) => {
  const { context, page, widget } = await visit(env, demoUrl({ lang: 'en' }));
  t.after(() => context.close());
  await widget.answer('work');
  // Hold back the later files (the Kazakh engine texts and words) as a slow line would.
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  await page.route(/aifc-eligibility\.[0-9a-f]+\.(txt|json)$/, async (route) => {
    await held;
    await route.continue();
  });
  await widget.locator('button[data-lang="kk"]').click();
  const button = widget.locator('button[data-lang="kk"]');
  await widget.locator('button[data-lang="kk"] .lang-busy').waitFor();
  assert.equal(await button.getAttribute('aria-busy'), 'true');
  assert.match(await button.innerText(), /Жүктелуде…/, 'the button says “Loading…” in Kazakh');
  assert.equal(await widget.locator('.main').getAttribute('aria-busy'), 'true', 'the screen is marked busy');
  const screen = widget.locator('.main > :not(.topbar)'); // the question below the language switch
  await page.waitForFunction((el) => getComputedStyle(el).opacity < 0.75, await screen.elementHandle());
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 700 });
    await screenshot(page, `switch-busy-kk-${width}`);
  }
  release();
  await shownIn(page, 'kk');
  assert.equal(await button.getAttribute('aria-busy'), null);
  assert.equal(await widget.locator('.lang-busy').count(), 0);
  assert.equal(await widget.locator('.main').getAttribute('aria-busy'), null);
  assert.equal(await screen.evaluate((el) => getComputedStyle(el).opacity), '1');
});

/** The demo page's own words, as a visitor reads them. */
function pageWords(page) {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    title: document.title,
    h1: document.querySelector('h1').textContent.trim(),
    intro: document.querySelector('.intro').textContent.trim(),
    footer: document.querySelector('.site-footer').textContent.replace(/\s+/g, ' ').trim(),
  }));
}

test('the demo page follows the widget’s language: title, introduction and the disclaimer', async (t) => {
  const { context, page, widget } = await visit(env, '/index.html');
  t.after(() => context.close());
  assert.equal((await pageWords(page)).h1, 'Check which service you need');
  await widget.locator('button[data-lang="kk"]').click();
  await shownIn(page, 'kk');
  const kk = await pageWords(page);
  assert.equal(kk.lang, 'kk');
  assert.equal(kk.h1, 'Қандай қызмет қажет екенін тексеріңіз');
  assert.match(kk.title, /АХҚО Экспат орталығы/);
  assert.match(kk.footer, /Нұсқаулық пен Орталықтың шешімі осы құралдан басым/);
  assert.doesNotMatch(`${kk.title} ${kk.h1} ${kk.intro} ${kk.footer}`, /[A-Za-z]{4,}/, 'no English word left on the page (AIFC aside)');
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await screenshot(page, `demo-page-kk-${width}`);
  }
  // A shared link in Russian: the page is Russian from the start.
  const ru = await openPage(env, '/index.html?aifc.need=work&aifc.lang=ru');
  t.after(() => ru.context.close());
  await new Widget(ru.page).ready();
  await ru.page.waitForFunction(() => document.documentElement.lang === 'ru');
  const words = await pageWords(ru.page);
  assert.equal(words.h1, 'Узнайте, какая услуга вам нужна');
  assert.match(words.footer, /Руководство и решение Центра имеют приоритет над этим инструментом/);
  await screenshot(ru.page, 'demo-page-ru-1280');
});

test('the team page follows the planner’s language', async (t) => {
  const { context, page, problems } = await openPage(env, '/team.html');
  t.after(() => context.close());
  const planner = page.locator('aifc-team-planner');
  await planner.locator('button[data-lang="ru"]').waitFor();
  await planner.locator('button[data-lang="ru"]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'ru');
  const ru = await pageWords(page);
  assert.equal(ru.h1, 'Спланируйте оформление для команды');
  assert.match(ru.title, /Экспат-центр МФЦА/);
  assert.match(ru.footer, /Руководство и решение Центра имеют приоритет/);
  await screenshot(page, 'team-page-ru-1280');
  assert.deepEqual(problems, []);
});
