// The team planner's API for a host page, like the widget's (issue 27, item 6; docs/WIDGET.md):
// `state` (where it is, with the counts of its last `aifc-plan`, a copy), `reset()` (an empty team,
// as Clear), and `aifc-error` `unsupported-language` for a `lang` it does not have (at load and
// when changed), the planner then showing the page's language or English.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, TODAY } from './helpers.mjs';
import { loadWidgetTexts } from '../../scripts/texts.mjs';

const { strings: TEXTS } = loadWidgetTexts('', 'planner.ftl');

let env;
before(async () => {
  env = await setup();
});
after(() => env.teardown());

const state = (page) => page.evaluate(() => document.querySelector('aifc-team-planner').state);
const errors = (page) => page.evaluate(() => window.plannerErrors);

async function open(query) {
  const opened = await openPage(env, '/blank.html');
  await opened.page.addInitScript(() => {
    window.plannerErrors = [];
    document.addEventListener('aifc-error', (e) => window.plannerErrors.push(e.detail.code));
  });
  await opened.page.goto(new URL(`/team-test.html?${query}`, env.origin).href);
  await opened.page.locator('aifc-team-planner [part~="add-person"]').waitFor();
  return opened;
}

test("state says where the planner is, with its last plan's counts; reset() empties the team", async (t) => {
  const { context, page } = await open(`date=${TODAY}&lang=en`);
  t.after(() => context.close());
  assert.deepEqual(await state(page), { status: 'ready', lang: 'en', people: 0, planned: 0, questions: 0, errors: 0 });
  const planner = page.locator('aifc-team-planner');
  const header = [TEXTS.en['planner-col-name'], TEXTS.en['planner-columns'].need].join(',');
  await planner.locator('#paste').fill(`${header}\nA,iin\nB,\n`);
  await planner.locator('[part~="read"]').click();
  await planner.locator('tr[data-row]').nth(1).waitFor();
  await page.waitForFunction(() => {
    const s = document.querySelector('aifc-team-planner').state;
    return s.planned + s.questions === 2;
  });
  const s = await state(page);
  assert.deepEqual(s, { status: 'ready', lang: 'en', people: 2, planned: 1, questions: 1, errors: 0 }, 'A planned, B asked what they need');
  s.people = 99; // a copy: changing it changes nothing
  assert.equal((await state(page)).people, 2);
  await page.evaluate(() => document.querySelector('aifc-team-planner').reset());
  assert.equal(await planner.locator('tr[data-row]').count(), 0, 'the team is gone');
  assert.equal((await state(page)).people, 0);
  assert.deepEqual(await errors(page), []);
});

test('a lang the planner does not have sends unsupported-language, at load and when changed', async (t) => {
  const { context, page } = await open(`date=${TODAY}&lang=zz`);
  t.after(() => context.close());
  assert.deepEqual(await errors(page), ['unsupported-language']);
  assert.equal((await state(page)).lang, 'en', 'English, the page being English');
  await page.evaluate(() => {
    document.querySelector('aifc-team-planner').lang = 'ru-KZ';
  });
  await page.waitForFunction(() => document.querySelector('aifc-team-planner').state.lang === 'ru');
  await page.evaluate(() => {
    document.querySelector('aifc-team-planner').lang = 'fr';
  });
  await page.waitForFunction(() => window.plannerErrors.length === 2);
  assert.deepEqual(await errors(page), ['unsupported-language', 'unsupported-language']);
});

test('the planner has no public member docs/WIDGET.md does not list', async (t) => {
  const { context, page } = await open(`date=${TODAY}&lang=en`);
  t.after(() => context.close());
  const members = await page.evaluate(() =>
    Object.getOwnPropertyNames(customElements.get('aifc-team-planner').prototype)
      .filter((n) => !['constructor', 'connectedCallback', 'disconnectedCallback', 'attributeChangedCallback'].includes(n))
      .sort(),
  );
  assert.deepEqual(members, ['lang', 'reset', 'state']);
});
