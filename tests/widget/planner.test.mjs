// <aifc-team-planner> in Chromium: a 50-row CSV pasted in each language (every outcome kind of the
// flow, one row still asking, three with a cell no reading takes: held back, so the row asks that
// question), each row and the totals as the recorded paths of the flow give them (planner-expected.mjs,
// on the day they were recorded; never the package the planner runs); such a row fixed in place; the CSV export's bytes; print; no request after load but
// the switched-to languages' texts, no cookie, no storage; axe; screenshots at 375 and 1280 px.
// One page load for all of it: the suite stays short. Then the template and a row answered by
// hand (a widget story: planned as its recorded outcome on TODAY, tests/expected/stories.txt), and
// the buttons under the totals staying put when the visitor reaches them.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { setup, openPage, expectedOutcome, money, squash, assertNoAxeViolations, screenshot, TODAY, DIST } from './helpers.mjs';
import { RECORDED_DAY } from './recorded.mjs';
import { recordedKinds, expectedTeam } from './planner-expected.mjs';
import * as story from './stories.mjs';
import { loadWidgetTexts } from '../../scripts/texts.mjs';

const { strings: TEXTS } = loadWidgetTexts('', 'planner.ftl');
const FACTS = Object.keys(TEXTS.en['planner-columns']);
const LANGS = ['en', 'ru', 'kk'];

let env;
let team;
before(async () => {
  env = await setup();
  const valid = [...recordedKinds().values()];
  // 50 people: every outcome kind, again until 46; one still to be asked; three with a cell no
  // reading takes (`taken`: the answers the engine is given, the row then asks the held one).
  const people = Array.from({ length: 46 }, (_, i) => ({ name: `Person ${i + 1}, "Ltd"`, answers: valid[i % valid.length] }));
  people.push({ name: 'Asks', answers: { need: 'work', location: 'outside' } });
  people.push({ name: 'Refused need', answers: { need: 'ski' }, taken: {} });
  people.push({
    name: 'Refused country',
    answers: { need: 'work', location: 'outside', citizenship: 'XX' },
    taken: { need: 'work', location: 'outside' },
  });
  people.push({
    name: 'Refused date',
    answers: { need: 'extend', location: 'inside', visa: 'work', sameHost: 'true', visaExpires: '2026-02-31' },
    taken: { need: 'extend', location: 'inside', visa: 'work', sameHost: 'true' },
  });
  team = people;
});
after(() => env?.teardown());

/** The team as a CSV with the header row in `lang`, separated by `sep` (a Russian Excel writes `;`). */
function csvOf(lang, people, sep = ',') {
  const header = [TEXTS[lang]['planner-col-name'], ...FACTS.map((f) => TEXTS[lang]['planner-columns'][f])];
  return Papa.unparse([header, ...people.map((p) => [p.name, ...FACTS.map((f) => (f in p.answers ? String(p.answers[f]) : ''))])], {
    delimiter: sep,
  });
}

const planner = (page) => page.locator('aifc-team-planner');
/** What the page shows for each row and the totals, read by data-* hooks. */
async function shown(page) {
  return planner(page).evaluate((el) => {
    const root = el.shadowRoot;
    const rows = [...root.querySelectorAll('tr[data-row]')].map((tr) => ({
      kind: tr.dataset.state,
      services: [...tr.querySelectorAll('.row-services [data-service]')].map((li) => li.dataset.service),
      kzt: tr.querySelector('.row-total [data-kzt]')?.dataset.kzt ?? null,
      readyBy: tr.querySelector('.row-ready [data-date]')?.dataset.date ?? null,
      question: tr.querySelector('form[data-question]')?.dataset.question ?? null,
      code: tr.querySelector('.error-message')?.dataset.code ?? null,
    }));
    const totals = root.querySelector('.totals');
    return {
      rows,
      kzt: totals?.querySelector('.team-total [data-kzt]')?.dataset.kzt,
      totalText: totals?.querySelector('.team-total strong')?.textContent,
      counts: Object.fromEntries(
        [...root.querySelectorAll('[data-count]')].map((c) => [c.dataset.count, c.querySelector('dd').textContent]),
      ),
      // A service the guide gives no fee for says "ask the Centre" (data-ask), never an amount of 0.
      byService: [...root.querySelectorAll('.by-service tr[data-service]')].map((tr) => [
        tr.dataset.service,
        tr.querySelector('.num').textContent,
        tr.querySelector('[data-kzt]')?.dataset.kzt ?? tr.querySelector('[data-ask]')?.dataset.ask,
      ]),
      timeline: [...root.querySelectorAll('.timeline-list li')].map((li) => li.dataset.date),
    };
  });
}

/**
 * The row of a person whose answers are a widget story, planned on TODAY as the story's recorded
 * outcome gives it (expectedOutcome(): tests/expected/stories.txt), not as the package plans it.
 */
function storyRow(answers) {
  const o = expectedOutcome(answers);
  const served = !o.noService;
  // Nothing priced in the guide (an extension): "ask the Centre" in the row, no amount.
  const nothingPriced = o.quotes.length > 0 && o.quotes.every((q) => q.fees.length === 0 && !q.stateDuty);
  return {
    kind: 'outcome',
    services: served ? o.services : [],
    kzt: served && !nothingPriced ? o.total.kzt : null,
    readyBy: served ? o.readyBy : null,
    question: null,
    code: null,
  };
}

/**
 * Screenshots at a width, of the screen only (a full page of 50 cards is 45,000 px tall): the
 * start of the table, the rows still asking and refused, the totals and the timeline.
 */
async function shots(page, name, width) {
  await page.setViewportSize({ width, height: 900 });
  const at = async (locator, part) => {
    await locator.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    // Cards off screen are laid out when they come near (content-visibility): a frame or two.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await screenshot(page, `${name}-${part}`, { fullPage: false });
  };
  await at(planner(page).locator('#team-heading'), 'table');
  await at(planner(page).locator('tr[data-row]').nth(46), 'refused');
  await at(planner(page).locator('#totals-heading'), 'totals');
  await at(planner(page).locator('#timeline-heading'), 'timeline');
}

async function paste(page, text) {
  const root = planner(page);
  await root.locator('#paste').fill(text);
  await root.locator('[part~="read"]').click();
}

test('a 50-row CSV in each language: every row and the totals as the recorded paths give them; fix, export, print; nothing sent or stored', async (t) => {
  const { context, page, problems } = await openPage(env, `/team-test.html?date=${RECORDED_DAY}&lang=en`, { width: 1280 });
  t.after(() => context.close());
  await planner(page).locator('[part~="read"]').waitFor();
  await page.waitForLoadState('load');
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.evaluate(() => {
    window.plans = [];
    document.addEventListener('aifc-plan', (e) => window.plans.push(e.detail));
  });
  const texts = JSON.parse(fs.readFileSync(path.join(DIST, 'assets.json'), 'utf8'));

  for (const lang of LANGS) {
    if (lang !== 'en') {
      await planner(page).locator(`button[data-lang="${lang}"]`).click();
      await planner(page).locator(`[part~="container"][lang="${lang}"] [part~="read"]`).waitFor();
      await planner(page).locator('[part~="clear"]').click();
    }
    await paste(page, csvOf(lang, team, lang === 'ru' ? ';' : ','));
    await planner(page).locator('tr[data-row]').nth(49).waitFor();
    const want = expectedTeam(team);
    const got = await shown(page);
    assert.equal(got.rows.length, 50, `${lang}: a row per person`);
    assert.deepEqual(got.rows, want.rows, `${lang}: each row as its recorded path gives it`);
    assert.ok(
      want.rows.filter((r) => r.kind === 'question').length === 4 && want.rows.filter((r) => r.kind === 'outcome').length === 46,
      'the team mixes outcomes and questions',
    );
    assert.deepEqual(
      await planner(page)
        .locator('tr[data-row] .held-note')
        .evaluateAll((notes) => notes.map((n) => n.closest('form').dataset.question)),
      ['need', 'citizenship', 'visaExpires'],
      `${lang}: each cell no reading takes is explained where its question is asked`,
    );
    assert.equal(got.kzt, want.totals.kzt, `${lang}: the team total is the recorded paths' totals added`);
    assert.equal(squash(got.totalText), money(lang, want.totals.kzt), `${lang}: formatted with Intl`);
    assert.deepEqual(
      Object.values(got.counts).map((n) => Number(n)),
      want.totals.counts,
      `${lang}: the counts (people, planned, questions, errors)`,
    );
    assert.deepEqual(
      got.byService.toSorted((a, b) => a[0].localeCompare(b[0])),
      want.totals.byService,
      `${lang}: per service`,
    );
    // Every ready-by date, and each extension's last day to apply (while its window is open) and expiry.
    assert.deepEqual(got.timeline, want.timeline, `${lang}: the timeline lists every ready-by date, last day to apply and expiry`);
    assert.equal(
      await planner(page).locator('[data-kind="per-person"]').isVisible(),
      want.totals.perPerson,
      'the team wording of the per-person note, when a family applies',
    );
    for (const width of [375, 1280]) await shots(page, `planner-${lang}-${width}`, width);
  }
  assert.deepEqual(problems, [], 'no page error or console error');

  // Back in English: answer the need held back in place, and see the row resolve and the totals follow.
  await planner(page).locator('button[data-lang="en"]').click();
  await planner(page).locator('[part~="container"][lang="en"] [part~="read"]').waitFor();
  const bad = planner(page).locator('tr[data-row]').nth(47);
  assert.equal(await bad.getAttribute('data-state'), 'question');
  assert.match(await bad.locator('.answer-held').innerText(), /ski/);
  assert.match(await bad.locator('form[data-question="need"] .held-note').innerText(), /“\u2068ski\u2069” is not one of the answers/);
  const fixed = planner(page).locator('tr[data-row]').nth(47);
  await fixed.locator('form[data-question="need"] select').selectOption('iin');
  await fixed.locator('form[data-question="need"] button[type="submit"]').click();
  await planner(page).locator('tr[data-row]').nth(47).and(page.locator('[data-state="outcome"]')).waitFor();
  const after = team.map((p, i) => (i === 47 ? { name: p.name, answers: { need: 'iin' } } : p));
  const want = expectedTeam(after);
  const got = await shown(page);
  assert.deepEqual(got.rows, want.rows, 'the fixed row is planned');
  assert.equal(got.kzt, want.totals.kzt, 'and the totals follow');
  const [, planned, questions, errors] = want.totals.counts;

  const plans = await page.evaluate(() => window.plans);
  assert.deepEqual(plans.at(-1), { people: 50, planned, questions, errors }, 'aifc-plan: the counts');
  assert.doesNotMatch(JSON.stringify(plans), /Person|Refused|Asks/, 'no name in any event');

  // Export: a Blob download, UTF-8 with a byte-order mark, the interface language's headers, a row per person.
  const [download] = await Promise.all([page.waitForEvent('download'), planner(page).locator('[part~="export"]').click()]);
  assert.match(download.url(), /^blob:/, 'made in the browser');
  const bytes = fs.readFileSync(await download.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a UTF-8 byte-order mark');
  const rows = Papa.parse(bytes.toString('utf8').slice(1), { skipEmptyLines: true }).data;
  assert.equal(rows[0][0], TEXTS.en['planner-col-name']);
  assert.equal(rows[0][1], TEXTS.en['planner-columns'].need);
  assert.equal(rows.length, 51, 'the header and a row per person');
  assert.equal(rows[1][0], team[0].name, 'names with quotes and commas survive');
  const total = rows[0].indexOf(TEXTS.en['planner-csv-total']);
  assert.deepEqual(
    rows.slice(1).map((r) => r[total]),
    want.exported,
    'each total, exact (none where the guide gives no price)',
  );

  // Print: the table and totals on paper, no buttons, no adding area.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ media: 'print' });
  assert.ok(await planner(page).locator('.team-table').isVisible(), 'the table prints');
  assert.ok(await planner(page).locator('.totals').isVisible(), 'the totals print');
  assert.equal(await planner(page).locator('[part~="export"]').isVisible(), false, 'no buttons on paper');
  assert.equal(await planner(page).locator('[part~="adding"]').isVisible(), false, 'no adding area on paper');
  await screenshot(page, 'planner-en-print');
  await page.emulateMedia({ media: 'screen' });
  await assertNoAxeViolations(page, 'the planner with 50 people');

  // Nothing but the two languages' pinned texts and words after load; no cookie, no storage.
  assert.deepEqual(
    requests.toSorted(),
    ['texts-kk', 'texts-ru', 'words-kk', 'words-ru'].map((key) => `${env.origin}/${texts[key].file}`).toSorted(),
    "no request after load but the switched-to languages' texts and words",
  );
  assert.deepEqual(await context.cookies(), [], 'no cookie');
  const stored = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
  }));
  assert.deepEqual(stored, { local: 0, session: 0, databases: 0 }, 'nothing stored');
});

test('the template downloads in the interface language and reads back; a row is added and answered by hand', async (t) => {
  const { context, page } = await openPage(env, `/team-test.html?date=${TODAY}&lang=kk`, { width: 375 });
  t.after(() => context.close());
  await planner(page).locator('[part~="template"]').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), planner(page).locator('[part~="template"]').click()]);
  const text = fs.readFileSync(await download.path(), 'utf8');
  assert.equal(text[0], '\uFEFF');
  assert.ok(
    text.slice(1).startsWith(`"${TEXTS.kk['planner-col-name']}";"${TEXTS.kk['planner-columns'].need}"`),
    'Kazakh headers, separated by ";" as a Kazakh spreadsheet expects',
  );
  // The examples in Kazakh words, as HR would write them (the planner reads them back), not the engine's codes.
  assert.doesNotMatch(
    text,
    /\btrue\b|\bfalse\b|\boutside\b|up-to-2-years|[,;"]IN[,;"]|[,;"]iin[,;"\r\n]/,
    'no engine code in the template',
  );
  assert.match(text, /Үндістан/);
  assert.match(text, /Иә/);
  await paste(page, text);
  await planner(page).locator('tr[data-row]').nth(1).waitFor();
  assert.deepEqual(
    await planner(page)
      .locator('tr[data-row]')
      .evaluateAll((trs) => trs.map((tr) => tr.dataset.state)),
    ['outcome', 'outcome'],
  );

  await planner(page).locator('[part~="add-person"]').click();
  const row = planner(page).locator('tr[data-row]').nth(2);
  await row.locator('.input-name').fill('Д. Ахметов');
  // Whatever the engine asks next, answered in the row (a work visa from inside, with family).
  const asked = [];
  for (let i = 0; i < 12; i += 1) {
    const form = planner(page).locator('tr[data-row]').nth(2).locator('form[data-question]');
    if (!(await form.count())) break;
    const fact = await form.getAttribute('data-question');
    asked.push(fact);
    const control = form.locator('select, input').first();
    if ((await control.evaluate((el) => el.localName)) === 'select') await control.selectOption(String(story.WORK_VISA_INSIDE[fact]));
    else await control.fill(String(story.WORK_VISA_INSIDE[fact]));
    await form.locator('button[type="submit"]').click();
  }
  assert.deepEqual(asked.toSorted(), Object.keys(story.WORK_VISA_INSIDE).toSorted(), 'every question of the story asked in the row');
  await planner(page).locator('tr[data-row]').nth(2).and(page.locator('[data-state="outcome"]')).waitFor();
  assert.deepEqual(
    (await shown(page)).rows[2],
    storyRow(story.WORK_VISA_INSIDE),
    'the row answered by hand is planned as its story is recorded',
  );
  assert.ok(
    await planner(page).locator('[data-kind="per-person"]').isVisible(),
    'family applying: the team wording of the per-person note',
  );
  await screenshot(page, 'planner-kk-375-by-hand');
  await assertNoAxeViolations(page, 'the planner on a phone, in Kazakh');
});

test('the buttons under the totals stay where the visitor reaches them, after a language switch too', async (t) => {
  const { context, page } = await openPage(env, `/team-test.html?date=${TODAY}&lang=en`, { width: 1280 });
  t.after(() => context.close());
  await planner(page).locator('[part~="read"]').waitFor();
  await paste(page, csvOf('en', team));
  await planner(page).locator('tr[data-row]').nth(49).waitFor();
  // A switch draws every part again; then the visitor jumps to the end (End, or Tab to Clear).
  await planner(page).locator('button[data-lang="ru"]').click();
  await planner(page).locator('[part~="container"][lang="ru"] [part~="clear"]').waitFor();
  const drift = await planner(page).evaluate(async (el) => {
    const clear = el.shadowRoot.querySelector('[part~="clear"]');
    clear.scrollIntoView({ block: 'center' });
    const at = () => Math.round(clear.getBoundingClientRect().top);
    const before = at();
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (let i = 0; i < 5; i += 1) await frame();
    return { before, after: at() };
  });
  assert.equal(drift.after, drift.before, `Clear moved from ${drift.before} to ${drift.after} px after it was scrolled to`);
});
