// The team planner's words in Kazakh and Russian as an HR officer reads them on a phone (375 px):
// a planned row says it is planned, not «Дайын» / «Готово» ("ready, done", beside a date weeks
// away), on screen and in the exported CSV; the counter and the column headers the December
// language review corrected (N-K1, N-R1, N-K20, N-R12, N-R14). The expected words are the
// review's, written here, not read from the texts under test.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import Papa from 'papaparse';
import { setup, openPage, screenshot, TODAY } from './helpers.mjs';
import * as story from './stories.mjs';
import { loadWidgetTexts } from '../../scripts/texts.mjs';

const { strings: TEXTS } = loadWidgetTexts('', 'planner.ftl');
const FACTS = Object.keys(TEXTS.en['planner-columns']);

const WORDS = {
  kk: { planned: 'Жоспарланды', done: 'Дайын', people: 'Адам саны', sameHost: 'Қабылдаушы тарап бірдей ме' },
  ru: { planned: 'Запланировано', done: 'Готово', people: 'Число людей', visaExpires: 'Окончание срока действия визы' },
};

let env;
before(async () => {
  env = await setup();
});
after(() => env?.teardown());

const planner = (page) => page.locator('aifc-team-planner');

/** Two people in a CSV with the header row in `lang`: one planned, one the planner still asks about. */
function csvOf(lang) {
  const people = [
    { name: 'А. Серікова', answers: story.WORK_VISA_INSIDE },
    { name: 'Б. Иванов', answers: { need: 'work', location: 'outside' } },
  ];
  const header = [TEXTS[lang]['planner-col-name'], ...FACTS.map((f) => TEXTS[lang]['planner-columns'][f])];
  return Papa.unparse([header, ...people.map((p) => [p.name, ...FACTS.map((f) => (f in p.answers ? String(p.answers[f]) : ''))])]);
}

for (const lang of ['kk', 'ru']) {
  test(`${lang}: a planned row reads as planned on a phone and in the CSV, with the reviewed labels`, async (t) => {
    const words = WORDS[lang];
    const { context, page } = await openPage(env, `/team-test.html?date=${TODAY}&lang=${lang}`, { width: 375 });
    t.after(() => context.close());
    const root = planner(page);
    await root.locator('[part~="read"]').waitFor();
    await root.locator('#paste').fill(csvOf(lang));
    await root.locator('[part~="read"]').click();
    const planned = root.locator('tr[data-row][data-state="outcome"]');
    await planned.waitFor();
    await root.locator('tr[data-row][data-state="question"]').waitFor();

    assert.equal((await planned.locator('.tag.state').textContent()).trim(), words.planned, 'the status of a planned row');
    assert.equal(await root.locator('[data-count="people"] dt').textContent(), words.people, 'the people counter');
    const tags = await root.locator('.tag.state').allTextContents();
    assert.ok(!tags.some((s) => s.trim() === words.done), `no row reads «${words.done}»`);

    // The screen as the officer sees it at the planned row and at the totals, and the whole page.
    for (const [part, at] of [
      ['row', planned.locator('.tag.state')],
      ['totals', root.locator('#totals-heading')],
    ]) {
      await at.evaluate((el, block) => el.scrollIntoView({ block }), part === 'row' ? 'center' : 'start');
      await screenshot(page, `planner-words-${lang}-375-${part}`, { fullPage: false });
    }
    await screenshot(page, `planner-words-${lang}-375`);

    const [download] = await Promise.all([page.waitForEvent('download'), root.locator('[part~="export"]').click()]);
    const rows = Papa.parse(fs.readFileSync(await download.path(), 'utf8').slice(1), { skipEmptyLines: true }).data;
    const [header, first] = rows;
    const status = header.indexOf(TEXTS[lang]['planner-csv-state']);
    assert.ok(status > 0, 'the CSV has a status column');
    assert.equal(first[status], words.planned, "the planned row's status in the CSV");
    if (words.sameHost) assert.ok(header.includes(words.sameHost), `the CSV header «${words.sameHost}»`);
    if (words.visaExpires) assert.ok(header.includes(words.visaExpires), `the CSV header «${words.visaExpires}»`);
  });
}
