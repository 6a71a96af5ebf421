// <aifc-team-planner> with 30 people (issue 26 item 5, many people at a glance): a planned
// person's row closed to a line of answers and a line of plan at 1280 px, opened with "Details"
// and kept open when the plan is drawn again; the filters (everyone, planned, answers needed, to
// check) with their counts from plan(); the page's height measured; the print at most one page
// per 15 people (page.pdf()'s page count); screenshots at 375 and 1280 px and of the print.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { setup, openPage, assertNoAxeViolations, TODAY, SCREENSHOTS, ALL_SCREENSHOTS, screenshot } from './helpers.mjs';
import { outcomeKinds } from './outcomes.mjs';
import { loadWidgetTexts } from '../../scripts/texts.mjs';

const { strings: TEXTS } = loadWidgetTexts('', 'planner.ftl');
const FACTS = Object.keys(TEXTS.en['planner-columns']);

let env;
let team;
before(async () => {
  env = await setup({ root: process.env.PLANNER_GLANCE_DIST });
  const valid = [...(await outcomeKinds()).kinds.values()];
  // 30 people: 26 planned (every outcome kind, then again), 2 still asking, 2 with a cell the
  // planner cannot read (held back and asked in the row: they ask too).
  team = Array.from({ length: 26 }, (_, i) => ({ name: `Employee ${i + 1}`, answers: valid[i % valid.length] }));
  // Two of them the Centre must confirm first (short CIS/EAEU stays: issue 25), for the "To check" filter.
  team[24] = {
    name: 'Employee 25',
    answers: { need: 'work', location: 'outside', citizenship: 'UZ', stayDays: 20, role: 'expert', branch: 'false' },
  };
  team[25] = {
    name: 'Employee 26',
    answers: { need: 'work', location: 'outside', citizenship: 'KG', stayDays: 60, role: 'expert', branch: 'false' },
  };
  team.push({ name: 'Asks 1', answers: { need: 'work', location: 'outside' } }, { name: 'Asks 2', answers: { need: 'invest' } });
  team.push(
    { name: 'Refused 1', answers: { need: 'ski' } },
    { name: 'Refused 2', answers: { need: 'work', location: 'outside', citizenship: 'XX' } },
  );
});
after(() => env?.teardown());

const planner = (page) => page.locator('aifc-team-planner');
const csvOf = (lang, people) =>
  Papa.unparse([
    [TEXTS[lang]['planner-col-name'], ...FACTS.map((f) => TEXTS[lang]['planner-columns'][f])],
    ...people.map((p) => [p.name, ...FACTS.map((f) => (f in p.answers ? String(p.answers[f]) : ''))]),
  ]);

async function pasteTeam(page, lang) {
  await planner(page).locator('#paste').fill(csvOf(lang, team));
  await planner(page).locator('[part~="read"]').click();
  await planner(page).locator('tr[data-row]').nth(29).waitFor();
}

/** The page's height, and each shown row's state and height. */
const measure = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('aifc-team-planner').shadowRoot;
    return {
      page: document.scrollingElement.scrollHeight,
      rows: [...root.querySelectorAll('tr[data-row]')]
        .filter((tr) => tr.getClientRects().length)
        .map((tr) => ({
          state: tr.dataset.state,
          open: tr.hasAttribute('data-open'),
          height: Math.round(tr.getBoundingClientRect().height),
        })),
    };
  });

/** Pages of a PDF made by Chromium: its page objects. */
const pages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

test('30 people at 1280 px: a planned row is a line, opened by "Details"; filters; print at most a page per 15 people', async (t) => {
  // The team: 26 people planned (2 of them to confirm with the Centre: short stays), 2 still asked
  // a question, 2 refused; written out here, not asked of the package the planner runs.
  const want = { toConfirm: 2 };
  const { context, page, problems } = await openPage(env, `/team-test.html?date=${TODAY}&lang=en`, { width: 1280 });
  t.after(() => context.close());
  await planner(page).locator('[part~="read"]').waitFor();
  await pasteTeam(page, 'en');
  const m = await measure(page);
  console.log(
    `# 30 people at 1280 px: page ${m.page} px; planned rows ${Math.min(...m.rows.filter((r) => r.state === 'outcome').map((r) => r.height))}-${Math.max(...m.rows.filter((r) => r.state === 'outcome').map((r) => r.height))} px`,
  );
  await planner(page)
    .locator('#team-heading')
    .evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await screenshot(page, 'planner-glance-en-1280', { fullPage: false });
  const planned = m.rows.filter((r) => r.state === 'outcome');
  assert.equal(planned.length, 26);
  assert.ok(
    planned.every((r) => !r.open),
    'planned rows start closed',
  );
  // A closed row is a line: its answers, and its plan (an extension's three dates may take a second line).
  const lines = (selector) =>
    planner(page)
      .locator(`tr[data-state="outcome"] ${selector}`)
      .evaluateAll((els) =>
        els.map((el) => ({
          extension: !!el.closest('tr').querySelector('.row-dates'),
          lines: Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el.closest('td')).lineHeight)),
        })),
      );
  const answers = await lines('.answers');
  assert.ok(
    answers.every((a) => a.lines === 1),
    `a closed row's answers on one line: ${answers.map((a) => a.lines)}`,
  );
  const plans = await lines('.row-plan');
  // (Where the titles cannot shrink further, or an extension's three dates, a second or third line.)
  assert.ok(plans.filter((p) => p.lines === 1).length >= 20, `most closed rows' plans on one line: ${plans.map((p) => p.lines)}`);
  assert.ok(
    plans.every((p) => p.lines <= (p.extension ? 3 : 2)),
    `a closed row's plan in two lines at most (an extension's in three): ${plans.map((p) => p.lines)}`,
  );
  assert.ok(
    planned.every((r) => r.height <= 100),
    `each planned row at most 100 px: ${planned.map((r) => r.height)}`,
  );
  // Before: 8,737 px for these 30 people (each row 200-400 px: every answer on its own line).
  // (5,335 px when this was built; 5,564 with the reading notes and the spreadsheet dialect's line of the same day.)
  assert.ok(m.page <= 5800, `30 people at 1280 px in at most 5,800 px: ${m.page}`);

  // Details opens a row (its answers with their names and remove buttons), and it stays open when the plan is drawn again.
  const first = () => planner(page).locator('tr[data-row]').first();
  const closed = (await first().boundingBox()).height;
  await first().locator('button[data-expand]').click();
  assert.equal(await first().getAttribute('data-open'), '');
  assert.equal(await first().locator('button[data-expand]').getAttribute('aria-expanded'), 'true');
  assert.ok(await first().locator('.answer-fact').first().isVisible(), 'the answers with their names');
  assert.ok((await first().boundingBox()).height > closed, 'the opened row is taller');
  const asking = planner(page).locator('tr[data-row]').nth(26);
  const asked = await asking.locator('form[data-question]').getAttribute('data-question');
  await asking.locator('form[data-question] select').selectOption({ index: 1 });
  await asking.locator('form[data-question] button[type="submit"]').click();
  await page.waitForFunction(
    (q) =>
      document.querySelector('aifc-team-planner').shadowRoot.querySelectorAll('tr[data-row]')[26]?.querySelector('form[data-question]')
        ?.dataset.question !== q,
    asked,
  );
  assert.equal(await first().getAttribute('data-open'), '', 'still open after the plan is drawn again');
  await first().locator('button[data-expand]').click();
  assert.equal(await first().getAttribute('data-open'), null);

  // Filters, with plan()'s counts.
  const filter = (id) => planner(page).locator(`.filters [data-show="${id}"]`);
  assert.equal(await filter('all').innerText(), 'Everyone (30)');
  assert.equal(await filter('outcome').innerText(), 'Planned (26)');
  assert.equal(await filter('question').innerText(), 'Answers needed (4)');
  // To check: the planned people the Centre must confirm first (short CIS/EAEU stays), as plan() counts them.
  assert.equal(want.toConfirm, 2, 'two people to confirm');
  assert.equal(await filter('check').innerText(), `To check (${want.toConfirm})`);
  // The counts say the same: none refused, two to confirm.
  assert.deepEqual(
    await planner(page)
      .locator('.counts [data-count]')
      .evaluateAll((els) => els.map((el) => [el.dataset.count, el.querySelector('dd').textContent])),
    [
      ['people', '30'],
      ['planned', '26'],
      ['questions', '4'],
      ['errors', '0'],
      ['to-confirm', '2'],
    ],
  );
  for (const [id, state, n] of [
    ['question', 'question', 4],
    ['check', 'outcome', want.toConfirm],
    ['outcome', 'outcome', 26],
  ]) {
    await filter(id).click();
    assert.equal(await filter(id).getAttribute('aria-pressed'), 'true');
    const shown = (await measure(page)).rows;
    assert.equal(shown.length, n, `${id}: ${n} rows shown`);
    assert.ok(
      shown.every((r) => r.state === state),
      `${id}: only ${state} rows`,
    );
  }
  await filter('all').click();
  assert.equal((await measure(page)).rows.length, 30);

  // Print: at most one page per 15 people.
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const n = pages(pdf);
  console.log(`# 30 people printed on ${n} A4 pages`);
  await screenshot(page, 'planner-glance-en-print');
  if (ALL_SCREENSHOTS) fs.writeFileSync(path.join(SCREENSHOTS, 'planner-glance-en-print.pdf'), pdf);
  assert.ok(n >= 1 && n <= 2, `30 people on at most 2 pages: ${n}`);
  await page.emulateMedia({ media: 'screen' });
  await assertNoAxeViolations(page, 'the planner with 30 people, compact');
  assert.deepEqual(problems, [], 'no page error or console error');
});

test('30 people at 375 px in Russian and Kazakh: closed cards, screenshots', async (t) => {
  for (const lang of ['ru', 'kk']) {
    const { context, page } = await openPage(env, `/team-test.html?date=${TODAY}&lang=${lang}`, { width: 375 });
    t.after(() => context.close());
    await planner(page).locator('[part~="read"]').waitFor();
    await pasteTeam(page, lang);
    const m = await measure(page);
    console.log(`# 30 people at 375 px (${lang}): page ${m.page} px`);
    assert.equal(
      await planner(page).locator('.filters [data-show="outcome"]').innerText(),
      `${TEXTS[lang]['planner-filter-planned']} (26)`,
    );
    await planner(page)
      .locator('#team-heading')
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, `planner-glance-${lang}-375`, { fullPage: false });
    await context.close();
  }
});
