// <aifc-team-planner> in Chromium: an HR officer's employee whose work visa expires in nine days
// (an urgent extension), pasted beside a work visa from abroad. The planner must carry the dates
// the single widget shows for that person (the last and first day to apply, the expiry) in the
// row, the dates picture, the CSV and print, say "ask the Centre" where the guide gives no fee
// (never a total of 0), and say under the team's total what it leaves out. Screenshots at 375
// and 1280 px in English and Kazakh.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import Papa from 'papaparse';
import { setup, openPage, money, squash, seenText, assertNoAxeViolations, screenshot, TODAY } from './helpers.mjs';
import * as story from './stories.mjs';
import { loadWidgetTexts } from '../../scripts/texts.mjs';

const { strings: TEXTS } = loadWidgetTexts('', 'planner.ftl');
const FACTS = Object.keys(TEXTS.en['planner-columns']);

/** Expires on Friday 3 April 2026, nine days after TODAY (25 March 2026). */
const URGENT = { need: 'extend', visa: 'work', sameHost: true, visaExpires: '2026-04-03', family: false, branch: false };
// The guide's window: apply no earlier than the 30th and no later than the 5th working day before
// the expiry. Counted back from 3 April 2026 in Kazakhstan's working days: the 5th is Friday 27
// March; the 30th is Monday 16 February (9 March, 24 and 25 March are days off: 8 March and
// Nauryz on a weekend, carried over; 23 March is Nauryz).
const WINDOW = { earliest: '2026-02-16', latest: '2026-03-27', expires: '2026-04-03' };
const TEAM = [
  { name: 'Aigerim Urgent', answers: URGENT },
  { name: 'Ravi Works', answers: story.WORK_VISA_FROM_ABROAD },
];

let env;
before(async () => {
  env = await setup();
});
after(() => env?.teardown());

const planner = (page) => page.locator('aifc-team-planner');

function csvOf(lang, people) {
  const header = [TEXTS[lang]['planner-col-name'], ...FACTS.map((f) => TEXTS[lang]['planner-columns'][f])];
  return Papa.unparse([header, ...people.map((p) => [p.name, ...FACTS.map((f) => (f in p.answers ? String(p.answers[f]) : ''))])]);
}

async function pasteTeam(page, lang) {
  await planner(page).locator('#paste').fill(csvOf(lang, TEAM));
  await planner(page).locator('[part~="read"]').click();
  await planner(page).locator('tr[data-row]').nth(1).waitFor();
}

/** What the page shows of the urgent person, the totals and the dates, by data-* hooks. */
function seen(page) {
  return planner(page).evaluate((el) => {
    const root = el.shadowRoot;
    const row = root.querySelector('tr[data-row]');
    const when = (name) => row.querySelector(`.row-dates [data-when="${name}"] [data-date]`)?.dataset.date ?? null;
    return {
      state: row.dataset.state,
      dates: { earliest: when('apply-from'), latest: when('apply-by'), expires: when('expires') },
      rowKzt: row.querySelector('.row-total [data-kzt]')?.dataset.kzt ?? null,
      rowAsk: row.querySelector('.row-total[data-ask="fee"]')?.textContent ?? null,
      zeroes: [...root.querySelectorAll('[data-kzt="0"]')].map((e) => e.textContent),
      teamKzt: root.querySelector('.team-total [data-kzt]')?.dataset.kzt ?? null,
      leftOut: root.querySelector('[data-left-out="unpriced"]')?.textContent ?? null,
      byServiceAsk: [...root.querySelectorAll('.by-service tr[data-service]')]
        .filter((tr) => tr.querySelector('[data-ask="fee"]'))
        .map((tr) => tr.dataset.service),
      timeline: [...root.querySelectorAll('.timeline-list li')].map((li) => [li.dataset.date, li.dataset.kinds, li.textContent]),
      picture: [...root.querySelectorAll('.timeline-picture g[data-date]')].map((g) => [g.dataset.date, g.dataset.kinds]),
      heading: root.querySelector('#timeline-heading')?.textContent,
    };
  });
}

test('an urgent extension in the team: its window and expiry in the row, the dates, the CSV and print; "ask the Centre", never 0', async (t) => {
  // Ravi's work visa invitation, written out (not asked of the package the planner runs): the
  // recorded standard fee 360,000 KZT and 0.5 MCI of 2026, 2,162.50; taken on 26 March (25 March
  // is a Nauryz holiday), ready 5 working days later.
  const work = { total: { kzt: '362162.50' }, readyBy: '2026-04-02' };

  const { context, page, problems } = await openPage(env, `/team-test.html?date=${TODAY}&lang=en`, { width: 1280 });
  t.after(() => context.close());
  await planner(page).locator('[part~="read"]').waitFor();
  await pasteTeam(page, 'en');
  const got = await seen(page);

  // The row: the window and the expiry, as the single widget gives them.
  assert.equal(got.state, 'outcome');
  assert.deepEqual(got.dates, WINDOW, 'the last and first day to apply and the expiry in the row');
  // Closed (one person at a glance): the last day to apply and the expiry; opened: the first day too.
  const row = planner(page).locator('tr[data-row]').first();
  const closedText = squash(await row.innerText());
  assert.match(closedText, /Last day to apply\s*27 March 2026/);
  assert.match(closedText, /The visa expires on\s*3 April 2026/);
  await row.locator('button[data-expand]').click();
  const rowText = squash(await row.innerText());
  assert.match(rowText, /Last day to apply\s*27 March 2026/);
  assert.match(rowText, /First day to apply\s*16 February 2026/);
  assert.match(rowText, /The visa expires on\s*3 April 2026/);
  // The answer itself in words too, not as the engine's ISO date.
  assert.equal(
    squash(await row.locator('li[data-fact="visaExpires"] .answer-value').innerText()),
    '3 April 2026',
    'the expiry answered, as a date of the interface language',
  );
  // No fee in the guide: "ask the Centre", never a total of 0.
  assert.equal(got.rowKzt, null, 'no amount for the extension');
  assert.match(got.rowAsk, /Ask the Centre for the amount/);
  assert.deepEqual(got.zeroes, [], 'no amount of 0 anywhere');
  assert.doesNotMatch(
    squash(await planner(page).innerText()),
    new RegExp(`(^|[^\\d.,])${money('en', '0').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\d.,])`),
    'no "₸0" on the page',
  );

  // The totals: the work visa's money alone, and what it leaves out, said.
  assert.equal(got.teamKzt, work.total.kzt, "the team total is the priced person's");
  assert.equal(got.leftOut, '1 person’s fees to confirm with the Centre, not included.');
  assert.deepEqual(got.byServiceAsk, ['work-visa-extension'], 'the extension\'s line says "ask the Centre"');

  // The dates: the work visa's ready-by, the extension's last day to apply and expiry, with the names.
  assert.equal(got.heading, 'Dates: ready by, last day to apply, visa expiry');
  const listed = Object.fromEntries(got.timeline.map(([date, kinds, text]) => [date, { kinds, text }]));
  assert.equal(listed[WINDOW.latest]?.kinds, 'apply-by');
  assert.match(listed[WINDOW.latest].text, /last day to apply: Aigerim Urgent/);
  assert.equal(listed[WINDOW.expires]?.kinds, 'expires');
  assert.match(listed[WINDOW.expires].text, /visa expires: Aigerim Urgent/);
  assert.match(listed[work.readyBy]?.text ?? '', /ready by: Ravi Works/);
  assert.deepEqual(
    got.picture.map(([date]) => date),
    Object.keys(listed).sort(),
    'the picture marks every listed date',
  );

  // The CSV: the window's days in their own columns, the expiry as answered, no total of 0.
  const [download] = await Promise.all([page.waitForEvent('download'), planner(page).locator('[part~="export"]').click()]);
  const rows = Papa.parse(fs.readFileSync(await download.path(), 'utf8').slice(1), { skipEmptyLines: true }).data;
  const col = (id) => rows[0].indexOf(TEXTS.en[id]);
  const [, urgent, works] = rows;
  assert.equal(urgent[col('planner-csv-apply-from')], WINDOW.earliest);
  assert.equal(urgent[col('planner-csv-apply-by')], WINDOW.latest);
  assert.equal(urgent[rows[0].indexOf(TEXTS.en['planner-columns'].visaExpires)], WINDOW.expires);
  assert.equal(urgent[col('planner-csv-total')], '', 'no total of 0 for the extension');
  assert.equal(urgent[col('planner-csv-ask')], 'Ask the Centre for the fee of: C3 work visa extension');
  assert.equal(works[col('planner-csv-total')], work.total.kzt);
  assert.equal(works[col('planner-csv-apply-by')], '');
  // Read back, the planner's own columns are skipped: the same two people, nothing ignored.
  await planner(page).locator('[part~="clear"]').click();
  await planner(page)
    .locator('#paste')
    .fill(rows.map((r) => Papa.unparse([r])).join('\n'));
  await planner(page).locator('[part~="read"]').click();
  await planner(page).locator('tr[data-row]').nth(1).waitFor();
  assert.equal(await planner(page).locator('.planner-status').innerText(), '2 people added.');
  assert.deepEqual((await seen(page)).dates, WINDOW);

  // Print: the row's dates and the dates list on paper.
  await page.emulateMedia({ media: 'print' });
  assert.ok(
    await planner(page).locator('tr[data-row] .row-dates [data-when="apply-by"]').first().isVisible(),
    'the last day to apply prints',
  );
  assert.ok(await planner(page).locator('tr[data-row] .row-dates [data-when="expires"]').first().isVisible(), 'the expiry prints');
  assert.ok(
    await planner(page).locator('tr[data-row] .row-dates [data-when="apply-from"]').first().isVisible(),
    'the first day to apply prints',
  );
  assert.ok(await planner(page).locator(`.timeline-list li[data-date="${WINDOW.latest}"]`).isVisible(), 'the dates list prints');
  assert.ok(await planner(page).locator('[data-left-out="unpriced"]').isVisible(), 'what the total leaves out prints');
  await screenshot(page, 'planner-dates-en-print');
  await page.emulateMedia({ media: 'screen' });
  await assertNoAxeViolations(page, 'the planner with an urgent extension');
  assert.deepEqual(problems, [], 'no page error or console error');
});

test('the urgent extension in Kazakh and English at 375 and 1280 px: the dates in the row, screenshots', async (t) => {
  for (const lang of ['kk', 'en']) {
    for (const width of [375, 1280]) {
      const { context, page } = await openPage(env, `/team-test.html?date=${TODAY}&lang=${lang}`, { width });
      t.after(() => context.close());
      await planner(page).locator('[part~="read"]').waitFor();
      await pasteTeam(page, lang);
      const got = await seen(page);
      assert.deepEqual(got.dates, WINDOW, `${lang} ${width}: the window in the row`);
      // The row closed shows the last day to apply, the expiry and "ask the Centre"; opened, the first day to apply too.
      const closedText = squash(await planner(page).locator('tr[data-row]').first().innerText());
      for (const id of ['planner-apply-by', 'planner-expires', 'planner-ask-fee']) {
        assert.ok(closedText.includes(TEXTS[lang][id]), `${lang} ${width}: the closed row says «${TEXTS[lang][id]}»`);
      }
      await planner(page)
        .locator('#team-heading')
        .evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await screenshot(page, `planner-dates-${lang}-${width}-closed`, { fullPage: false });
      await planner(page).locator('tr[data-row] button[data-expand]').first().click();
      // At 375 px the opened card is taller than the screen: its plan is read where a person scrolls to it.
      const rowText = await seenText(planner(page).locator('tr[data-row] .row-plan').first());
      for (const id of ['planner-apply-by', 'planner-apply-from', 'planner-expires', 'planner-ask-fee']) {
        assert.ok(rowText.includes(TEXTS[lang][id]), `${lang} ${width}: the row says «${TEXTS[lang][id]}»`);
      }
      // The last day to apply is on screen without scrolling sideways.
      const box = await planner(page).locator('tr[data-row] [data-when="apply-by"] dd').first().boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= width, `${lang} ${width}: the last day to apply fits`);
      await planner(page)
        .locator('tr[data-row]')
        .first()
        .evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await screenshot(page, `planner-dates-${lang}-${width}-row`, { fullPage: false });
      await planner(page)
        .locator('#totals-heading')
        .evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await screenshot(page, `planner-dates-${lang}-${width}-totals`, { fullPage: false });
      await context.close();
    }
  }
});
