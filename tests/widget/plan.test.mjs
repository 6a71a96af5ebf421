// What a person sees, measured: the choices are drawn and their focus shows; every control is
// big enough to hit; the first screen after the last answer carries the plan (steps, total,
// ready-by date) for every kind of outcome, in every language; no outcome is a wall; a checklist
// prints on at most two A4 pages; the country field finds what people type. With SCREENSHOTS=all,
// screenshots of every outcome kind, light and dark, go to test-results/screenshots/ for a person.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, visit, demoUrl, screenshot, screenshotPass, assertNoAxeViolations, asQuery } from './helpers.mjs';
import { outcomeKinds } from './outcomes.mjs';
import * as story from './stories.mjs';

let env;
let kinds;
before(async () => {
  env = await setup();
  ({ kinds } = await outcomeKinds());
});
after(() => env.teardown());

const LANGS = ['en', 'ru', 'kk'];
/** The tallest an outcome may be at 375 px with its disclosures closed. */
const MAX_HEIGHT = 2500;

/** A screenshot of an element's box (and `pad` px around it), as PNG bytes. */
async function shot(page, locator, pad = 0) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  return page.screenshot({ clip: { x: box.x - pad, y: box.y - pad, width: box.width + 2 * pad, height: box.height + 2 * pad } });
}

/** Makes one element invisible (or visible again) from the test, to compare screenshots. */
function hide(locator, hidden) {
  return locator.evaluate((el, h) => {
    el.style.visibility = h ? 'hidden' : '';
  }, hidden);
}

for (const colorScheme of ['light', 'dark']) {
  for (const width of [375, 1280]) {
    test(`radios and checkboxes are drawn, checked and focused where the visitor looks (${width} px, ${colorScheme})`, async (t) => {
      const { context, page, widget } = await visit(env, demoUrl(), { width, colorScheme });
      t.after(() => context.close());
      const radio = widget.locator('input[type="radio"]').first();
      const empty = await shot(page, radio);
      await hide(radio, true);
      assert.notDeepEqual(await shot(page, radio), empty, 'the radio leaves ink inside its box');
      await hide(radio, false);
      // Focus by keyboard shows around the control; choosing draws the dot.
      await widget.heading().focus();
      const unfocused = await shot(page, radio, 10);
      await page.keyboard.press('Tab');
      assert.ok(await radio.evaluate((el) => el.getRootNode().activeElement === el), 'Tab reaches the first radio');
      assert.notDeepEqual(await shot(page, radio, 10), unfocused, 'keyboard focus is visible around the radio');
      await page.keyboard.press('Space');
      assert.ok(await radio.isChecked());
      assert.notDeepEqual(await shot(page, radio), empty, 'the chosen radio looks chosen');

      await widget.answerAll(story.IIN);
      await widget.openDisclosures(widget.locator('section.service'));
      const box = widget.locator('.checklist input[type="checkbox"]').first();
      const unticked = await shot(page, box);
      await hide(box, true);
      assert.notDeepEqual(await shot(page, box), unticked, 'the checkbox leaves ink inside its box');
      await hide(box, false);
      await box.check();
      assert.notDeepEqual(await shot(page, box), unticked, 'the ticked box looks ticked');
    });
  }
}

test('every control and link is at least 44 by 44 px to hit, on a question and on an outcome (375 px)', async (t) => {
  const { context, widget } = await visit(env, demoUrl({ answers: 'need=work' }), { width: 375, height: 812 });
  t.after(() => context.close());
  /** Each visible control's target: a radio or checkbox with its label, else its own box. */
  const targets = () =>
    widget.locator('.aifc').evaluate((root) => {
      const out = [];
      for (const el of root.querySelectorAll('button, a[href], input, summary, select')) {
        if (!el.checkVisibility() || el.closest('.vh')) continue;
        let box = el.getBoundingClientRect();
        if (el.type === 'radio' || el.type === 'checkbox') {
          const label = el.parentElement.querySelector(`label[for="${el.id}"]`).getBoundingClientRect();
          box = { width: label.right - box.left, height: Math.max(box.height, label.height) };
        }
        out.push({
          what: `${el.localName}.${el.className} ${el.textContent.trim().slice(0, 30)}`,
          width: Math.round(box.width),
          height: Math.round(box.height),
        });
      }
      return out;
    });
  const small = (list) => list.filter((c) => c.width < 44 || c.height < 44);
  assert.deepEqual(small(await targets()), [], 'on the question');
  await widget.answerAll({
    location: 'outside',
    citizenship: 'US',
    role: 'employee',
    meetsQualifications: false,
    term: 'up-to-2-years',
    family: true,
    branch: false,
  });
  await widget.openDisclosures();
  assert.deepEqual(small(await targets()), [], 'on the outcome, every disclosure open');
});

test('the first screen after the last answer shows the steps, the total and the ready-by date, for every outcome kind, in every language; no outcome is taller than 2,500 px', async (t) => {
  assert.ok(kinds.size >= 20, `the flow's outcome kinds are found (${kinds.size})`);
  const heights = [];
  for (const lang of LANGS) {
    const { context, page } = await visit(env, demoUrl({ lang }), { width: 375, height: 812 });
    t.after(() => context.close());
    for (const [id, answers] of kinds) {
      await page.goto(new URL(demoUrl({ lang, answers: asQuery(answers) }), env.origin).href);
      const outcome = page.locator(`aifc-eligibility [data-outcome="${id}"]`);
      await outcome.waitFor();
      const where = `${id} (${lang})`;
      // The result heading at the top of the screen: what is below it within 812 px is the first screen.
      const heading = outcome.locator('.result-title');
      await heading.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      const top = (await heading.boundingBox()).y;
      const onFirstScreen = async (locator, what) => {
        assert.ok((await locator.count()) > 0, `${where}: ${what} is shown`);
        for (const box of await locator.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()))) {
          assert.ok(
            box.height > 0 && box.bottom <= top + 812,
            `${where}: ${what} is on the first screen (bottom ${Math.round(box.bottom - top)} px)`,
          );
        }
      };
      if (await outcome.locator('[part="no-service"]').count()) {
        await onFirstScreen(outcome.locator('.lead'), 'the reason');
      } else {
        await onFirstScreen(outcome.locator('.glance-step'), 'each step');
        await onFirstScreen(outcome.locator('.glance-total dd'), 'the total to pay');
        await onFirstScreen(outcome.locator('.glance-ready dd'), 'the ready-by date');
        await onFirstScreen(outcome.locator('.glance-documents dd'), 'the number of documents');
      }
      // Nothing that may not wrap spills out of its box into its neighbour's (a date in the timeline).
      const spills = await outcome.evaluate((root) =>
        [...root.querySelectorAll('*')]
          .filter((el) => getComputedStyle(el).whiteSpace === 'nowrap' && getComputedStyle(el).display !== 'inline')
          // (not text hidden for screen readers only: a 1 px box by design)
          .filter((el) => el.clientWidth > 1 && el.scrollWidth > el.clientWidth + 1)
          .map((el) => `${el.className}: ${el.textContent}`),
      );
      assert.deepEqual(spills, [], `${where}: text wider than its box`);
      const height = Math.round((await outcome.boundingBox()).height);
      heights.push({ id, lang, height });
      assert.ok(height <= MAX_HEIGHT, `${where}: ${height} px tall with its disclosures closed (at most ${MAX_HEIGHT})`);
      await screenshot(page, `outcome-${id}-${lang}-375`);
    }
  }
  const tallest = heights.toSorted((a, b) => b.height - a.height).slice(0, 5);
  console.log(`tallest outcomes at 375 px: ${tallest.map((h) => `${h.id} ${h.lang} ${h.height}`).join(', ')}`);
});

screenshotPass('every outcome kind at 1280 px, in three languages, for a person to look at', async (t) => {
  for (const lang of LANGS) {
    const { context, page } = await visit(env, demoUrl({ lang }), { width: 1280, height: 900 });
    t.after(() => context.close());
    for (const [id, answers] of kinds) {
      await page.goto(new URL(demoUrl({ lang, answers: asQuery(answers) }), env.origin).href);
      await page.locator(`aifc-eligibility [data-outcome="${id}"]`).waitFor();
      await screenshot(page, `outcome-${id}-${lang}-1280`);
    }
  }
});

screenshotPass(
  'dark mode in three languages at 375 and 1280 px: a question with a choice focused, and an outcome, for a person to look at',
  async (t) => {
    for (const lang of LANGS) {
      for (const width of [375, 1280]) {
        const { context, page, widget } = await visit(env, demoUrl({ lang }), { width, colorScheme: 'dark' });
        t.after(() => context.close());
        await widget.heading().focus();
        await page.keyboard.press('Tab');
        await page.keyboard.press('Space');
        await screenshot(page, `${lang}-question-dark-${width}`);
        await page.goto(new URL(demoUrl({ lang, answers: asQuery(story.WORK_VISA_FROM_ABROAD) }), env.origin).href);
        await widget.ready();
        await screenshot(page, `${lang}-outcome-dark-${width}`);
      }
    }
  },
);

test('a one-service checklist prints on at most two A4 pages, in the visitor’s language, dated, with the link back', async (t) => {
  // An invitation with its embassy step, and the service with the longest list (work visa, family).
  for (const [lang, answers] of LANGS.flatMap((l) => [
    [l, story.WORK_VISA_FROM_ABROAD],
    [l, story.WORK_VISA_INSIDE],
  ])) {
    const { context, page, widget } = await visit(env, demoUrl({ lang, answers: asQuery(answers) }));
    t.after(() => context.close());
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, `${lang}-print-${answers === story.WORK_VISA_INSIDE ? 'work-visa' : 'invitation'}`);
    const footer = widget.locator('.print-footer');
    assert.ok(await footer.isVisible(), `${lang}: the date and the link print`);
    assert.match(await footer.innerText(), /2026/);
    assert.ok((await footer.innerText()).replace(/\s/g, '').includes('aifc.need=work'), `${lang}: the link back to this result`);
    const boxes = widget.locator('.checklist input[type="checkbox"]');
    assert.ok(await boxes.first().isVisible(), `${lang}: the checklist's boxes print (its disclosure opens on paper)`);
    assert.equal(
      await widget.locator('[part="office"] [data-state]').evaluateAll((els) => els.filter((e) => e.checkVisibility()).length),
      0,
      `${lang}: no live office status on paper`,
    );
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.ok(pages >= 1 && pages <= 2, `${lang}: ${pages} A4 pages`);
  }
});

test('the country field finds countries by the names people type, in Kazakh and English', async (t) => {
  for (const [lang, typed] of [
    ['kk', { Өзбекстан: 'UZ', Ресей: 'RU', Қытай: 'CN', АҚШ: 'US' }],
    ['en', { UK: 'GB', USA: 'US', UAE: 'AE', Turkey: 'TR' }],
  ]) {
    const { context, widget } = await visit(env, demoUrl({ lang, answers: 'need=work&location=outside' }));
    t.after(() => context.close());
    for (const [text, code] of Object.entries(typed)) {
      await widget.locator('input.input-country').fill(text);
      const first = widget.locator('[role="option"]').first();
      assert.equal(await first.getAttribute('data-code'), code, `${lang}: "${text}" finds ${code} first`);
    }
  }
});

test('axe finds nothing on the question types and outcome kinds, in every language, and in dark mode', async (t) => {
  // One of each kind of control (a choice, a text field with a list, a date in three fields) and
  // two outcomes that hold every part of a result (stages, costs, checklist, timeline, links; a
  // window with no service). The other outcome kinds are checked by the journeys' axe runs.
  const screens = [
    ['a choice', 'need=work'],
    ['the country field', 'need=work&location=outside'],
    ['a date', 'need=extend&visa=work&sameHost=true'],
    ...['work-visa', 'extension-closed'].map((id) => [`the ${id} outcome`, asQuery(kinds.get(id))]),
  ];
  // Dark mode changes colours, not structure or words: it is checked in one language (the
  // colours are the same in every language), the words and structure in all three.
  for (const lang of LANGS) {
    for (const colorScheme of lang === 'en' ? ['light', 'dark'] : ['light']) {
      const { context, page } = await visit(env, demoUrl({ lang }), { colorScheme });
      t.after(() => context.close());
      for (const [what, answers] of screens) {
        await page.goto(new URL(demoUrl({ lang, answers }), env.origin).href);
        await page.locator('aifc-eligibility [data-focus="heading"]').waitFor();
        await assertNoAxeViolations(page, `${what} (${lang}, ${colorScheme})`);
      }
    }
  }
});
