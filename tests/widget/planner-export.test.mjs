// The team planner's CSV export as a spreadsheet opens it (issue 30 item 2, issue 26 item 3):
// hostile names exported in English (`,`) and Russian (`;`), each file opened as a spreadsheet
// would with both separators (papaparse with each delimiter, and a naive split that ignores the
// quotes): no cell starts with a formula character unprefixed, every field is quoted. The Russian
// file read as Russian Excel reads it (`;`, a decimal comma in the amount columns), then read back
// in: the same people. A Windows-1251 file (what Excel writes as CSV on Russian Windows) is read
// with its Cyrillic names.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import Papa from 'papaparse';
import { setup, openPage, money, squash, screenshot, TODAY } from './helpers.mjs';
import { standardTotal } from './recorded.mjs';
import { loadWidgetTexts } from '../../scripts/texts.mjs';

const { strings: TEXTS } = loadWidgetTexts('', 'planner.ftl');
const FACTS = Object.keys(TEXTS.en['planner-columns']);
/** What a spreadsheet takes for the start of a formula (OWASP), after any spaces. */
const FORMULA = /^[ \u00a0]*[=+\-@\t\r\n\0]/;
const PLANNED = {
  need: 'work',
  location: 'outside',
  citizenship: 'IN',
  role: 'employee',
  meetsQualifications: 'true',
  term: 'up-to-2-years',
  family: 'false',
  branch: 'false',
};
/** A cancellation from inside: 22,162.50 tenge (half an MCI in its duty), so the decimal mark shows. */
const TIYN = { need: 'cancel', location: 'inside', branch: 'false' };
const HOSTILE = [
  '=1+1',
  'Alice;=1+1;x',
  '-2+3',
  '+7 700 000',
  '@SUM(A1)',
  '\t=1+1',
  '=HYPERLINK("https://example.org","x")',
  'Line one\n=1+1',
  'Ok, =1+1',
  ' =1+1',
  'Bob "the" Builder',
  'Ада Лавлейс',
];

let env;
before(async () => {
  env = await setup();
});
after(() => env?.teardown());

const planner = (page) => page.locator('aifc-team-planner');

/** The team as a CSV in English with the engine's values (papaparse quotes what needs it). */
function teamCsv(people) {
  const header = [TEXTS.en['planner-col-name'], ...FACTS.map((f) => TEXTS.en['planner-columns'][f])];
  return Papa.unparse([header, ...people.map((p) => [p.name, ...FACTS.map((f) => p.answers[f] ?? '')])]);
}

async function paste(page, text, rows) {
  await planner(page).locator('#paste').fill(text);
  await planner(page).locator('[part~="read"]').click();
  await planner(page)
    .locator('tr[data-row]')
    .nth(rows - 1)
    .waitFor();
}

async function exported(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), planner(page).locator('[part~="export"]').click()]);
  const bytes = fs.readFileSync(await download.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a UTF-8 byte-order mark');
  return bytes.toString('utf8').slice(1);
}

/** Every field quoted: each line of the file is quoted fields joined by `sep` (quotes doubled inside). */
function assertAllQuoted(text, sep, where) {
  const field = '"(?:[^"]|"")*"';
  const file = new RegExp(`^(?:${field}(?:${sep}${field})*\\r\\n)+$`);
  assert.match(text, file, `${where}: every field quoted, separated by ${sep}`);
}

/** Opened with `,` and with `;`, by papaparse and by a split that ignores quotes: no formula cell. */
function assertNoFormula(text, where) {
  for (const delimiter of [',', ';']) {
    const cells = Papa.parse(text, { delimiter }).data.flat();
    const live = cells.filter((c) => FORMULA.test(c));
    assert.deepEqual(live, [], `${where}, opened with "${delimiter}": no cell starts like a formula`);
    const naive = text
      .split(/\r\n|\r|\n/)
      .flatMap((line) => line.split(delimiter))
      .map((c) => c.replace(/^[\s"]+/, ''));
    assert.deepEqual(
      naive.filter((c) => /^[=+\-@]/.test(c)),
      [],
      `${where}, split on "${delimiter}" ignoring quotes: no formula`,
    );
  }
}

test('hostile names export as text with both separators; the Russian file opens in Russian Excel and reads back', async (t) => {
  const { context, page } = await openPage(env, `/team-test.html?date=${TODAY}&lang=en`, { width: 1280 });
  t.after(() => context.close());
  await planner(page).locator('[part~="read"]').waitFor();
  const people = HOSTILE.map((name, i) => ({ name, answers: [PLANNED, TIYN, { need: 'work' }][i % 3] }));
  await paste(page, teamCsv(people), people.length);
  assert.equal(
    await planner(page).locator('[data-hint="spreadsheet"]').innerText(),
    TEXTS.en['planner-template-hint'],
    'the page says how the files are written',
  );

  const en = await exported(page);
  assertAllQuoted(en, ',', 'English');
  assertNoFormula(en, 'English');
  const enRows = Papa.parse(en, { delimiter: ',', skipEmptyLines: true }).data;
  // Names are read trimmed; each is there, a quote before each place a formula could start.
  const unquote = (c) => c.replace(/'(?=[ \u00a0]*[=+\-@\t\r\n])/g, '');
  assert.deepEqual(
    enRows.slice(1).map((r) => unquote(r[0])),
    HOSTILE.map((n) => n.trim()),
    'each name is there, behind a quote where it starts like a formula',
  );
  assert.equal(enRows[2][0], "Alice;'=1+1;x", 'a formula after a separator inside a cell is quoted too');
  // Each person's total at the standard tier, from the recorded sheets (not asked of the package):
  // a work visa invitation, a cancellation with its exit visa (0.5 MCI: tiyn), a person still asked.
  const totalOf = new Map([
    [PLANNED, standardTotal('work-visa-invitation', 'up-to-2-years')],
    [TIYN, standardTotal('visa-cancellation-exit-visa')],
  ]);
  const plan = {
    people: people.map((p) =>
      totalOf.has(p.answers) ? { kind: 'outcome', total: { kzt: totalOf.get(p.answers) } } : { kind: 'question' },
    ),
  };
  const enTotal = enRows[0].indexOf(TEXTS.en['planner-csv-total']);
  assert.equal(enRows[1][enTotal], plan.people[0].total.kzt, 'English: the exact total with a decimal point');

  await planner(page).locator('button[data-lang="ru"]').click();
  await planner(page).locator('[part~="container"][lang="ru"] [part~="export"]').waitFor();
  assert.equal(await planner(page).locator('[data-hint="spreadsheet"]').innerText(), TEXTS.ru['planner-template-hint']);
  const ru = await exported(page);
  assertAllQuoted(ru, ';', 'Russian');
  assertNoFormula(ru, 'Russian');

  // As Russian Excel reads it: `;` between the columns, every row as wide as the header.
  const rows = Papa.parse(ru, { delimiter: ';', skipEmptyLines: true }).data;
  const header = rows[0];
  assert.equal(header[0], TEXTS.ru['planner-col-name']);
  assert.ok(
    rows.every((r) => r.length === header.length),
    'one column per field, in every row',
  );
  const exact = header.indexOf(TEXTS.ru['planner-csv-total']);
  const shown = header.indexOf(TEXTS.ru['planner-csv-amount']);
  assert.ok(exact > 0 && shown > 0, 'an amount as people read it and the exact amount');
  plan.people.forEach((p, i) => {
    if (p.kind !== 'outcome') return;
    assert.equal(rows[i + 1][exact], p.total.kzt.replace('.', ','), 'the exact total, with a decimal comma and no grouping');
    assert.equal(squash(rows[i + 1][shown]), money('ru', p.total.kzt), 'the amount as a Russian reader writes it');
  });
  assert.ok(
    plan.people.some((p) => p.kind === 'outcome' && p.total.kzt.includes('.')),
    'a total with tiyn among them (the decimal mark is seen)',
  );

  // Read back: the same people, hostile names and all.
  await planner(page).locator('[part~="clear"]').click();
  await paste(page, ru, people.length);
  const back = await planner(page).evaluate((el) =>
    [...el.shadowRoot.querySelectorAll('tr[data-row]')].map((tr) => ({
      name: tr.querySelector('.input-name').value,
      state: tr.dataset.state,
    })),
  );
  // An <input> shows a name without its line breaks; the rest is the name as it was.
  assert.deepEqual(
    back.map((r) => r.name),
    HOSTILE.map((n) => n.trim().replace(/\n/g, '')),
    'the same names',
  );
  assert.deepEqual(
    back.map((r) => r.state),
    plan.people.map((p) => p.kind),
    'the same answers, planned the same',
  );
  const again = await exported(page);
  assert.equal(again, ru, 'exported again, the same file');
});

/** Windows-1251 bytes of a text of ASCII and Russian letters (А-я, Ё, ё), as Excel writes them. */
function windows1251(text) {
  return Buffer.from(
    [...text].map((c) => {
      const u = c.codePointAt(0);
      if (u < 0x80) return u;
      if (u >= 0x410 && u <= 0x44f) return u - 0x410 + 0xc0;
      if (u === 0x401) return 0xa8;
      if (u === 0x451) return 0xb8;
      throw new Error(`not in the test's Windows-1251: ${c}`);
    }),
  );
}

test('a Windows-1251 CSV from Russian Excel is read with its Cyrillic names, and the page says how it was read', async (t) => {
  const { context, page, problems } = await openPage(env, `/team-test.html?date=${TODAY}&lang=ru`, { width: 375 });
  t.after(() => context.close());
  t.after(() => assert.deepEqual(problems, [], 'no page error'));
  await planner(page).locator('[part~="read"]').waitFor();
  const names = ['Иванов Пётр', 'Ёлкина Анна', 'Сергеев Олег'];
  const header = [TEXTS.ru['planner-col-name'], TEXTS.ru['planner-columns'].need];
  const text = [header.join(';'), ...names.map((n) => `${n};iin`)].join('\r\n');
  assert.ok(/\p{Script=Cyrillic}/u.test(TEXTS.ru['planner-columns'].need), 'the header is Cyrillic too');
  await planner(page)
    .locator('#file')
    .setInputFiles({ name: 'team.csv', mimeType: 'text/csv', buffer: windows1251(text) });
  await planner(page).locator('tr[data-row]').nth(2).waitFor();
  const read = await planner(page)
    .locator('.input-name')
    .evaluateAll((inputs) => inputs.map((i) => i.value));
  assert.deepEqual(read, names, 'the names as written, not replacement characters');
  assert.deepEqual(
    await planner(page)
      .locator('tr[data-row]')
      .evaluateAll((trs) => trs.map((tr) => tr.dataset.state)),
    ['outcome', 'outcome', 'outcome'],
    'the Cyrillic header read: every row planned',
  );
  const said = await planner(page).locator('.planner-status').innerText();
  await screenshot(page, 'planner-ru-375-windows-1251');
  assert.ok(said.includes(TEXTS.ru['planner-read-1251']), `the page says the file was read as Windows-1251: ${said}`);

  // A UTF-8 file is read as UTF-8, without that note.
  await planner(page).locator('[part~="clear"]').click();
  await planner(page)
    .locator('#file')
    .setInputFiles({ name: 'team.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${text}`, 'utf8') });
  await planner(page).locator('tr[data-row]').nth(2).waitFor();
  assert.deepEqual(
    await planner(page)
      .locator('.input-name')
      .evaluateAll((inputs) => inputs.map((i) => i.value)),
    names,
  );
  assert.ok(!(await planner(page).locator('.planner-status').innerText()).includes(TEXTS.ru['planner-read-1251']), 'no note for UTF-8');
});
