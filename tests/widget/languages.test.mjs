// Languages: a whole journey in English, Russian and Kazakh, with every question, fee and date in
// the visitor's language; the language switch keeps the answers; screenshots of each language at
// phone and desktop widths; axe on each language's outcome. Expected outcomes are the stories'
// recorded ones (expectedOutcome(), tests/expected/stories.txt), words in each language included.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  setup,
  visit,
  demoUrl,
  expectedOutcome,
  assertOutcomeMatches,
  assertNoAxeViolations,
  screenshot,
  events,
  textOf,
  squash,
} from './helpers.mjs';
import * as story from './stories.mjs';

let env;
before(async () => {
  env = await setup();
});
after(() => env.teardown());

const JOURNEYS = {
  en: { answers: story.CIS_RESIDENCE_PERMIT, services: ['temporary-residence-permit'], continue: 'Continue' },
  ru: { answers: story.WORK_VISA_EXTENSION, services: ['work-visa-extension'], continue: 'Продолжить' },
  kk: { answers: story.A6_INVESTOR, services: ['investor-visa-a6-invitation'], continue: 'Жалғастыру' },
};

for (const [lang, journey] of Object.entries(JOURNEYS)) {
  test(`a whole journey in ${lang}: questions, outcome, fees and dates in ${lang}`, async (t) => {
    const { context, page, widget, problems } = await visit(env, demoUrl({ lang }));
    t.after(() => context.close());
    assert.equal(await widget.heading().innerText(), story.FIRST_QUESTION[lang], 'the first question in the visitor’s language');
    const labels = await widget.locator('.option-label').allInnerTexts();
    assert.deepEqual(labels, story.FIRST_OPTIONS[lang], 'its options too');
    assert.equal(await widget.locator('form.question button[type="submit"]').innerText(), journey.continue);
    assert.equal(await widget.locator('.aifc').getAttribute('lang'), lang);

    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await screenshot(page, `${lang}-question-${width}`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });

    const outcome = await widget.answerAll(journey.answers);
    assert.deepEqual(outcome.services, journey.services);
    const expected = expectedOutcome(journey.answers, lang);
    await assertOutcomeMatches(widget, expected, lang);
    if (expected.extensionWindow) {
      assert.ok((await textOf(widget.locator('[part="extension"]'))).includes(squash(expected.extensionWindow.message)));
    }
    await widget.openDisclosures(widget.locator('[part="office"]'));
    assert.ok(
      (await textOf(widget.locator('[part="office"]'))).includes(squash(story.OFFICE_ADDRESS[lang])),
      'the office address in the language',
    );
    await assertNoAxeViolations(page, `the ${lang} outcome`);
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await screenshot(page, `${lang}-outcome-${width}`);
    }
    assert.deepEqual(problems, []);
  });
}

/** Waits until the widget is drawn in `lang` (a switch first fetches that language's texts). */
const shownIn = (page, lang) =>
  page.waitForFunction(
    (l) => document.querySelector('aifc-eligibility').shadowRoot.querySelector('.aifc')?.getAttribute('lang') === l,
    lang,
  );

test('switching the language keeps the answers and the place in the journey', async (t) => {
  const { context, page, widget } = await visit(env, demoUrl({ lang: 'en' }));
  t.after(() => context.close());
  await widget.answer('work');
  await widget.answer('outside');
  await widget.pickCountry('IN');
  await widget.continue();
  await widget.locator('button[data-lang="ru"]').click();
  await shownIn(page, 'ru'); // once the engine's ru texts have arrived
  assert.equal(await widget.heading().innerText(), story.ROLE_QUESTION.ru, 'the same question, now in Russian');
  assert.equal(await page.locator('aifc-eligibility').getAttribute('lang'), 'ru');
  const focused = await page.evaluate(() => document.activeElement.shadowRoot?.activeElement?.dataset.lang);
  assert.equal(focused, 'ru', 'focus stays on the language switch');
  assert.equal((await events(page, 'question')).length, 4, 'a language change is not a new question');
  await widget.openDisclosures(widget.locator('.summary'));
  assert.deepEqual(
    await widget.locator('.summary-answer').allInnerTexts(),
    [...story.WORK_OUTSIDE_RU, 'Индия'],
    'the answers so far, in Russian, the country by its Russian name',
  );
  await widget.locator('button[data-lang="kk"]').click();
  await shownIn(page, 'kk'); // once the engine's kk texts have arrived
  assert.equal(await widget.heading().innerText(), story.ROLE_QUESTION.kk, 'and in Kazakh');
  const outcome = await widget.answerAll({
    role: 'employee',
    meetsQualifications: true,
    term: 'up-to-2-years',
    family: false,
    branch: false,
  });
  assert.deepEqual(outcome.services, ['work-visa-invitation']);
  await assertOutcomeMatches(widget, expectedOutcome(story.WORK_VISA_FROM_ABROAD, 'kk'), 'kk');
});

test('without a lang attribute the widget follows the page’s <html lang>', async (t) => {
  const { context, widget } = await visit(env, demoUrl({ pageLang: 'ru-RU' }));
  t.after(() => context.close());
  assert.equal(await widget.heading().innerText(), story.FIRST_QUESTION.ru);
});

test('an unsupported language falls back to English and says so with an error event', async (t) => {
  const { context, page, widget } = await visit(env, demoUrl({ lang: 'de' }));
  t.after(() => context.close());
  assert.equal(await widget.heading().innerText(), story.FIRST_QUESTION.en);
  const errors = await events(page, 'error');
  assert.deepEqual(
    errors.map((e) => e.detail.code),
    ['unsupported-language'],
  );
});
