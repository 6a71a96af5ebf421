// Accessibility: axe-core (WCAG 2.1 A and AA) on every screen of a journey, its error states, in
// dark mode; a journey by keyboard alone (Tab, Space, Enter and typing); focus on each new
// question's heading; the outcome announced; 320 px wide without sideways scrolling.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, visit, demoUrl, events, assertNoAxeViolations, money, longDate, squash } from './helpers.mjs';
import * as story from './stories.mjs';
import { recorded } from './recorded.mjs';

let env;
before(async () => {
  env = await setup();
});
after(() => env.teardown());

/** The element that has the focus, looking inside shadow roots. */
function focused(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return (
      el && {
        tag: el.localName,
        type: el.type ?? null,
        value: el.value ?? null,
        checked: el.checked ?? null,
        focus: el.dataset.focus ?? null,
        change: el.dataset.change ?? null,
        text: el.textContent.trim(),
        disclosure: el.localName === 'summary' ? el.parentElement.dataset.disclosure : null,
      }
    );
  });
}

/** Presses Tab until the focused element matches (a keyboard user tabbing along). */
async function tabTo(page, matches, what) {
  for (let i = 0; i < 60; i += 1) {
    await page.keyboard.press('Tab');
    const el = await focused(page);
    if (el && matches(el)) return el;
  }
  throw new Error(`Tab never reached ${what}`);
}

test('axe finds no WCAG 2.1 AA violation on any screen of a journey, nor on its error states', async (t) => {
  const { context, page, widget } = await visit(env, demoUrl());
  t.after(() => context.close());
  const seen = [];
  await widget.answerAll(story.CIS_RESIDENCE_PERMIT, {
    onScreen: async () => {
      const fact = await widget.currentQuestion();
      seen.push(fact ?? 'outcome');
      await assertNoAxeViolations(page, `the ${fact ?? 'outcome'} screen`);
      if (fact === 'need') {
        await widget.continue(); // nothing chosen: the error state
        assert.ok(await widget.locator('.error-message').isVisible());
        await assertNoAxeViolations(page, 'a question with its error');
      }
      if (fact === 'citizenship') {
        await widget.locator('input.input-country').fill('a');
        assert.ok(await widget.locator('[role="listbox"]').isVisible());
        await assertNoAxeViolations(page, 'the country list, open');
        await widget.locator('input.input-country').fill('');
      }
      if (fact === 'stayDays') {
        await widget.locator('input.input-number').fill('99999');
        await assertNoAxeViolations(page, 'the number with its error');
      }
    },
  });
  await assertNoAxeViolations(page, 'the outcome');
  assert.deepEqual(seen, ['need', 'location', 'citizenship', 'stayDays', 'role', 'meetsQualifications', 'family', 'branch', 'outcome']);
});

test('axe: the no-service outcome, the extension outcome, and dark mode', async () => {
  for (const [answers, colorScheme] of [
    [story.SINGLE_ENTRY_INSIDE, 'light'],
    [story.WORK_VISA_EXTENSION, 'light'],
    [story.QUALIFICATION_EXEMPTION_FIRST, 'dark'],
  ]) {
    const { context, page, widget } = await visit(env, demoUrl(), { colorScheme });
    if (colorScheme === 'dark') await assertNoAxeViolations(page, 'the first question in dark mode');
    await widget.answerAll(answers);
    await assertNoAxeViolations(page, `the outcome of ${answers.need} (${colorScheme})`);
    await context.close();
  }
});

test('a whole journey by keyboard alone: Tab, Space, Enter and typing', async (t) => {
  const { context, page } = await visit(env, demoUrl());
  t.after(() => context.close());
  const answers = {};
  // The questions in the order the flow asks them, as written in stories.mjs, then the outcome.
  const headings = [
    story.QUESTIONS.location.en,
    story.QUESTIONS.citizenship.en,
    ...Object.values(story.CIS_WORK_QUESTIONS_EN),
    'What to apply for',
  ];
  /** Focus is on the heading of the next screen: the next question, or the outcome. */
  const expectHeading = async (after, text) => {
    const el = await focused(page);
    assert.equal(el.focus, 'heading', `focus is on the heading after ${after}`);
    assert.equal(el.text, text ?? headings.shift());
  };
  // A radio question: Tab to its first option, Space to choose it, Enter to continue.
  const chooseFirst = async (fact) => {
    const radio = await tabTo(page, (el) => el.type === 'radio', 'a radio button');
    await page.keyboard.press('Space');
    assert.equal((await focused(page)).checked, true);
    answers[fact] = radio.value;
    await page.keyboard.press('Enter');
    await expectHeading(fact);
  };
  const typeIn = async (fact, text, value) => {
    await tabTo(page, (el) => el.tag === 'input' && el.type === 'text', 'a text field');
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
    answers[fact] = value;
    await expectHeading(fact);
  };
  await chooseFirst('need');
  await chooseFirst('location');
  await typeIn('citizenship', 'Uzbekistan', 'UZ');
  await typeIn('stayDays', '120', '120');
  await chooseFirst('role');
  await chooseFirst('meetsQualifications');
  await chooseFirst('family');
  await chooseFirst('branch');
  assert.deepEqual(answers, {
    need: 'work',
    location: 'inside',
    citizenship: 'UZ',
    stayDays: '120',
    role: 'employee',
    meetsQualifications: 'true',
    family: 'true',
    branch: 'true',
  });
  const [outcome] = await events(page, 'outcome');
  assert.deepEqual(outcome.detail.services, ['temporary-residence-permit']);

  // Open the checklist with Enter, then tick a document with Space.
  await tabTo(page, (el) => el.disclosure === 'documents', 'the documents disclosure');
  await page.keyboard.press('Enter');
  await tabTo(page, (el) => el.type === 'checkbox', 'a document checkbox');
  await page.keyboard.press('Space');
  assert.equal((await focused(page)).checked, true);

  // Open the answers, and change one with Enter: the question comes back with the answer chosen.
  await tabTo(page, (el) => el.disclosure === 'answers', 'the answers disclosure');
  await page.keyboard.press('Enter');
  await tabTo(page, (el) => el.change === 'location', 'the Change button of the location');
  await page.keyboard.press('Enter');
  await expectHeading('Change', story.QUESTIONS.location.en);
  const checked = await tabTo(page, (el) => el.type === 'radio', 'the chosen radio');
  assert.deepEqual([checked.value, checked.checked], ['inside', true], 'Tab lands on the chosen answer');
  await page.keyboard.press('Enter');
  assert.equal((await focused(page)).text, 'What to apply for', 'back on the outcome, the later answers kept');
  assert.equal((await events(page, 'outcome')).length, 2);

  // Start again.
  await tabTo(page, (el) => el.text === 'Start again', 'Start again');
  await page.keyboard.press('Enter');
  for (const key of Object.keys(answers)) delete answers[key];
  await expectHeading('Start again', story.FIRST_QUESTION.en);
});

test('the country list by keyboard: Down and Up to move, Enter to choose, Escape to close', async (t) => {
  const { context, page, widget } = await visit(env, demoUrl({ answers: 'need=work&location=inside' }));
  t.after(() => context.close());
  const input = widget.locator('input.input-country');
  await input.focus();
  await page.keyboard.type('stan');
  assert.equal(await input.getAttribute('aria-expanded'), 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  const active = await input.getAttribute('aria-activedescendant');
  const first = widget.locator('[role="option"]').first();
  assert.equal(active, await first.getAttribute('id'), 'the active option is announced');
  assert.equal(await first.getAttribute('aria-selected'), 'true');
  const name = await first.innerText();
  await page.keyboard.press('Enter');
  assert.equal(await input.inputValue(), name);
  assert.equal(await input.getAttribute('aria-expanded'), 'false');
  await page.keyboard.type('x');
  await page.keyboard.press('Escape');
  assert.equal(await input.getAttribute('aria-expanded'), 'false');
  await input.fill('Kazakhstan');
  await page.keyboard.press('Enter');
  const outcome = (await events(page, 'outcome')).at(-1);
  assert.equal(outcome.detail.noService, true, 'a citizen of Kazakhstan needs none of these services');
});

test('the outcome is announced in a live region, and focus moves to its heading', async (t) => {
  const { context, page, widget } = await visit(env, demoUrl());
  t.after(() => context.close());
  await widget.answerAll(story.QUALIFICATION_EXEMPTION_FIRST);
  const live = widget.locator('.aifc > [aria-live="polite"]');
  await page.waitForFunction((el) => el.textContent.length > 0, await live.elementHandle());
  // What the first screen gives at once: the services, the total, the ready-by date (with the
  // latest if the state body delays). Written out from the guide: the exemption (60,000 KZT, 30
  // working days from 26 March, the first working day after Nauryz: 12 May, 9 May's holiday moved
  // to Monday the 11th), then the invitation (360,000 KZT and 0.5 MCI of 2026, 2,162.50 KZT; 5
  // working days: 19 May; the state's possible 30 days more: 18 June).
  const titles = ['qualification-exemption', 'work-visa-invitation'].map((s) => recorded(s).title.en);
  assert.equal(
    squash(await live.innerText()),
    `Result: ${titles.join('; ')}. Total to pay: ${money('en', '422162.50')}. Ready by: ${longDate('en', '2026-05-19')}, up to ${longDate('en', '2026-06-18')} if the state body delays.`,
  );
  assert.equal((await focused(page)).text, 'What to apply for');
});

test('320 px wide: no sideways scrolling on a question, the country list, or an outcome', async (t) => {
  const { context, page, widget } = await visit(env, demoUrl(), { width: 320, height: 640 });
  t.after(() => context.close());
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.equal(await overflow(), 0, 'first question');
  await widget.answer('work');
  await widget.answer('outside');
  await widget.locator('input.input-country').fill('a');
  assert.equal(await overflow(), 0, 'the country list');
  await widget.pickCountry('IN');
  await widget.continue();
  await widget.answerAll({ role: 'employee', meetsQualifications: true, term: 'up-to-2-years', family: false, branch: false });
  assert.equal(await overflow(), 0, 'the outcome');
  const button = await widget.locator('.outcome-actions .button').first().boundingBox();
  assert.ok(button.height >= 44, 'buttons stay large enough to tap');
});

test('reduced motion turns transitions off', async (t) => {
  const { context, widget } = await visit(env, demoUrl(), { reducedMotion: 'reduce' });
  t.after(() => context.close());
  const duration = await widget.locator('form.question .button').evaluate((el) => getComputedStyle(el).transitionDuration);
  assert.equal(duration, '0s');
  const { context: moving, widget: normal } = await visit(env, demoUrl(), { reducedMotion: 'no-preference' });
  t.after(() => moving.close());
  assert.notEqual(await normal.locator('form.question .button').evaluate((el) => getComputedStyle(el).transitionDuration), '0s');
});
