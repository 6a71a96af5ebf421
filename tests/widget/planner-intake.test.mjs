// <aifc-team-planner> takes the spreadsheet an HR officer already keeps (issue 26): 24 people in
// en/ru/kk words, with country names and codes, yes/no words, local dates, an Excel date serial,
// terms in words and an ambiguous 03/04/2027. Every row is planned or asks a question, none is
// refused, and each row is what the guide plans for what its cells mean (planner-intake-meant.mjs). A cell
// no reading takes explains itself in the interface language beside the question's choices, and
// no engine code is shown. The keyboard: after an answer the focus is on the row's next question,
// which is named, and a date is typed as day, month, year. Screenshots at 375 and 1280 px.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import Papa from 'papaparse';
import { setup, openPage, assertNoAxeViolations, TODAY, screenshot } from './helpers.mjs';
import { loadWidgetTexts } from '../../scripts/texts.mjs';
import { FIRST_QUESTION } from './stories.mjs';
import { ROWS_MEANT, GARCIA_ANSWERED } from './planner-intake-meant.mjs';

const { strings: TEXTS } = loadWidgetTexts('', 'planner.ftl');
const { strings: WIDGET } = loadWidgetTexts('');

// The sheet: its header row as the officer wrote it in Russian (the planner reads any language's
// column names), then each person: the cells as written, and what they mean (the engine's values).
const COLUMNS = [
  'name',
  'need',
  'location',
  'citizenship',
  'stayDays',
  'role',
  'term',
  'investmentResident',
  'category',
  'family',
  'branch',
  'meetsQualifications',
  'sameHost',
  'visa',
  'visaExpires',
  'applicantType',
];
const SHEET = [
  [
    {
      name: 'A. Sharma',
      need: 'Work',
      location: 'Outside Kazakhstan',
      citizenship: 'India',
      role: 'Employee',
      meetsQualifications: 'yes',
      term: '2 years',
      family: 'no',
      branch: 'no',
    },
    {
      need: 'work',
      location: 'outside',
      citizenship: 'IN',
      role: 'employee',
      meetsQualifications: true,
      term: 'up-to-2-years',
      family: false,
      branch: false,
    },
  ],
  [
    {
      name: 'I. Petrov',
      need: 'Работа',
      location: 'В Казахстане',
      citizenship: 'Russia',
      stayDays: '120 дней',
      role: 'Работник',
      meetsQualifications: 'да',
      family: 'нет',
      branch: 'нет',
    },
    {
      need: 'work',
      location: 'inside',
      citizenship: 'RU',
      stayDays: 120,
      role: 'employee',
      meetsQualifications: true,
      family: false,
      branch: false,
    },
  ],
  [
    {
      name: 'Ә. Сейітқали',
      need: 'АХҚО-да жұмыс',
      location: 'Қазақстаннан тыс жерде',
      citizenship: 'Үндістан',
      role: 'Қызметкер',
      meetsQualifications: 'иә',
      term: '3-тен 5 жылға дейін',
      family: 'жоқ',
      branch: 'жоқ',
    },
    {
      need: 'work',
      location: 'outside',
      citizenship: 'IN',
      role: 'employee',
      meetsQualifications: true,
      term: '3-to-5-years',
      family: false,
      branch: false,
    },
  ],
  [
    {
      name: 'J. Smith',
      need: 'work',
      location: 'abroad',
      citizenship: 'США',
      role: 'expert',
      term: 'от 3 до 5 лет',
      family: 'N',
      branch: '0',
    },
    { need: 'work', location: 'outside', citizenship: 'US', role: 'expert', term: '3-to-5-years', family: false, branch: false },
  ],
  [
    {
      name: 'M. Yilmaz',
      need: 'Work in the AIFC (work visa or temporary residence permit)',
      location: 'Kazakhstan',
      citizenship: 'TUR',
      role: 'Employee',
      meetsQualifications: 'TRUE',
      term: '24 months',
      family: 'yes',
      branch: 'No',
    },
    {
      need: 'work',
      location: 'inside',
      citizenship: 'TR',
      role: 'employee',
      meetsQualifications: true,
      term: 'up-to-2-years',
      family: true,
      branch: false,
    },
  ],
  [
    {
      name: 'Chen Wei',
      need: 'Инвестиции (инвесторская виза)',
      location: 'За пределами Казахстана',
      citizenship: 'Қытай',
      investmentResident: 'Да',
      term: 'до 2 лет',
      family: 'Нет',
      branch: 'Нет',
    },
    {
      need: 'invest',
      location: 'outside',
      citizenship: 'CN',
      investmentResident: true,
      term: 'up-to-2-years',
      family: false,
      branch: false,
    },
  ],
  [
    {
      name: 'O. Ivanova',
      need: 'Продлить визу или разрешение на временное проживание',
      visa: 'Рабочая виза (C3)',
      sameHost: 'да',
      visaExpires: '18.12.2026',
      family: 'нет',
      branch: 'нет',
    },
    { need: 'extend', visa: 'work', sameHost: true, visaExpires: '2026-12-18', family: false, branch: false },
  ],
  [
    { name: 'P. Novak', need: 'extend', visa: 'C3', sameHost: 'y', visaExpires: '46203', family: 'n', branch: 'n' },
    { need: 'extend', visa: 'work', sameHost: true, visaExpires: '2026-06-30', family: false, branch: false },
  ],
  // Day first or month first: both are dates, so the row asks which (the meaning has no date yet).
  [
    {
      name: 'L. Garcia',
      need: 'Extend a visa or a temporary residence permit',
      visa: 'Work visa (C3)',
      sameHost: 'Yes',
      visaExpires: '03/04/2027',
      family: 'No',
      branch: 'No',
    },
    { need: 'extend', visa: 'work', sameHost: true, family: false, branch: false },
  ],
  [{ name: 'Д. Ахметов', need: 'ИИН' }, { need: 'iin' }],
  [
    { name: 'S. Lee', need: 'Tax Residency Certificate', applicantType: 'Individual', investmentResident: 'нет' },
    { need: 'tax-residency', applicantType: 'individual', investmentResident: false },
  ],
  [
    { name: 'ТОО «Альфа»', need: 'ЭЦП', applicantType: 'Юридическое лицо' },
    { need: 'digital-signature', applicantType: 'legal-entity' },
  ],
  [
    { name: 'K. Müller', need: 'Repeated business trips', category: 'B2', location: 'outside', citizenship: 'Germany', branch: 'no' },
    { need: 'business-multi', category: 'B2', location: 'outside', citizenship: 'DE', branch: false },
  ],
  [
    { name: 'N. Tan', need: 'A single business trip', location: 'Outside Kazakhstan', citizenship: 'SGP', branch: 'Нет' },
    { need: 'business-visit', location: 'outside', citizenship: 'SG', branch: false },
  ],
  [
    {
      name: 'Р. Каримов',
      need: 'Работа в МФЦА',
      location: 'в казахстане',
      citizenship: 'Узбекистан',
      stayDays: '120',
      role: 'Работник',
      meetsQualifications: 'Да',
      family: 'Нет',
      branch: 'Нет',
    },
    {
      need: 'work',
      location: 'inside',
      citizenship: 'UZ',
      stayDays: 120,
      role: 'employee',
      meetsQualifications: true,
      family: false,
      branch: false,
    },
  ],
  [
    { name: 'A. Dubois', need: 'Cancel a visa', location: 'outside', branch: 'yes' },
    { need: 'cancel', location: 'outside', branch: true },
  ],
  [
    {
      name: 'G. Rossi',
      need: 'work',
      location: 'outside',
      citizenship: 'ITA',
      role: 'employee',
      meetsQualifications: '1',
      term: '1 year',
      family: '0',
      branch: 'false',
    },
    {
      need: 'work',
      location: 'outside',
      citizenship: 'IT',
      role: 'employee',
      meetsQualifications: true,
      term: 'up-to-2-years',
      family: false,
      branch: false,
    },
  ],
  [
    {
      name: 'H. Kim',
      need: 'work',
      location: 'Outside Kazakhstan',
      citizenship: 'South Korea',
      role: 'Employee',
      meetsQualifications: 'no',
      term: '2 years',
      family: 'no',
      branch: 'no',
    },
    {
      need: 'work',
      location: 'outside',
      citizenship: 'KR',
      role: 'employee',
      meetsQualifications: false,
      term: 'up-to-2-years',
      family: false,
      branch: false,
    },
  ],
  [
    {
      name: 'У. Әлиев',
      need: 'АХҚО-да жұмыс (жұмыс визасы немесе уақытша тұруға рұқсат)',
      location: 'Қазақстанда',
      citizenship: 'Түркия',
      role: 'Сарапшы',
      term: '2 жыл',
      family: 'иә',
      branch: 'жоқ',
    },
    { need: 'work', location: 'inside', citizenship: 'TR', role: 'expert', term: 'up-to-2-years', family: true, branch: false },
  ],
  [
    {
      name: 'E. Brown',
      need: 'Work',
      location: 'Outside Kazakhstan',
      citizenship: 'UK',
      role: 'employee',
      meetsQualifications: 'Yes',
      term: '3 years',
      family: 'No',
      branch: 'Yes',
    },
    {
      need: 'work',
      location: 'outside',
      citizenship: 'GB',
      role: 'employee',
      meetsQualifications: true,
      term: '3-to-5-years',
      family: false,
      branch: true,
    },
  ],
  [{ name: 'F. Ahmed', need: 'work' }, { need: 'work' }],
  [
    {
      name: 'Т. Смагулов',
      need: 'Визаны немесе уақытша тұруға рұқсатты ұзарту',
      visa: 'РВП',
      sameHost: 'Иә',
      visaExpires: '8.1.27',
      role: 'Қызметкер',
      family: 'жоқ',
      branch: 'жоқ',
    },
    { need: 'extend', visa: 'trp', sameHost: true, visaExpires: '2027-01-08', role: 'employee', family: false, branch: false },
  ],
  [
    {
      name: 'V. Horvat',
      need: 'Invest',
      location: 'KZ',
      citizenship: 'HRV',
      investmentResident: 'false',
      term: 'Up to 2 years',
      family: 'false',
      branch: 'false',
    },
    {
      need: 'invest',
      location: 'inside',
      citizenship: 'HR',
      investmentResident: false,
      term: 'up-to-2-years',
      family: false,
      branch: false,
    },
  ],
  [
    { name: 'Б. Омаров', need: 'Уведомление о прибытии или смене адреса', location: 'В Казахстане', citizenship: 'Кыргызстан' },
    { need: 'arrival-notification', location: 'inside', citizenship: 'KG' },
  ],
];
const GARCIA = SHEET.findIndex(([cells]) => cells.name === 'L. Garcia');

/** The sheet as the officer pastes it: the header row in Russian, separated by `sep`. */
function sheetText(sep = '\t') {
  const header = COLUMNS.map((c) => (c === 'name' ? TEXTS.ru['planner-col-name'] : TEXTS.ru['planner-columns'][c]));
  return Papa.unparse([header, ...SHEET.map(([cells]) => COLUMNS.map((c) => cells[c] ?? ''))], { delimiter: sep });
}

let env;
before(async () => {
  env = await setup();
});
after(() => env?.teardown());

const planner = (page) => page.locator('aifc-team-planner');

async function paste(page, text) {
  await planner(page).locator('#paste').fill(text);
  await planner(page).locator('[part~="read"]').click();
}

/** Each row as the page shows it (by the data-* hooks). */
function rowsShown(page) {
  return planner(page).evaluate((el) =>
    [...el.shadowRoot.querySelectorAll('tr[data-row]')].map((tr) => ({
      kind: tr.dataset.state,
      services: [...tr.querySelectorAll('.row-services [data-service]')].map((li) => li.dataset.service),
      kzt: tr.querySelector('.row-total [data-kzt]')?.dataset.kzt ?? null,
      question: tr.querySelector('form[data-question]')?.dataset.question ?? null,
    })),
  );
}

async function shot(page, name, width) {
  await page.setViewportSize({ width, height: 900 });
  await planner(page)
    .locator(`tr[data-row]`)
    .nth(GARCIA)
    .evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await screenshot(page, name, { fullPage: false });
}

for (const lang of ['en', 'ru']) {
  test(`${lang}: an HR spreadsheet of ${SHEET.length} people in three languages: every row planned or asking, none refused`, async (t) => {
    const { context, page, problems } = await openPage(env, `/team-test.html?date=${TODAY}&lang=${lang}`, { width: 1280 });
    t.after(() => context.close());
    await planner(page).locator('[part~="read"]').waitFor();
    await paste(page, sheetText(lang === 'ru' ? ';' : '\t'));
    await planner(page)
      .locator('tr[data-row]')
      .nth(SHEET.length - 1)
      .waitFor();

    const shown = await rowsShown(page);
    assert.deepEqual(
      shown.filter((r) => r.kind === 'error'),
      [],
      'no row refused',
    );
    assert.deepEqual(shown, ROWS_MEANT, 'each row as the guide and the recorded sheets plan what its cells mean');
    assert.ok(shown.filter((r) => r.kind === 'outcome').length >= 20, 'most of the team planned at once');
    assert.equal(await planner(page).locator('.answer-held').count(), 1, 'one cell held back: the ambiguous date');

    // 03/04/2027: both readings offered in the row, as dates of the interface language.
    const garcia = planner(page).locator('tr[data-row]').nth(GARCIA);
    const note = garcia.locator('form[data-question="visaExpires"] .held-note');
    const readings = await note.locator('button[data-reading]').evaluateAll((bs) => bs.map((b) => [b.dataset.reading, b.textContent]));
    assert.deepEqual(
      readings.map(([value]) => value),
      ['2027-04-03', '2027-03-04'],
      'day first, then month first',
    );
    const long = (iso) =>
      new Intl.DateTimeFormat(WIDGET[lang]['intl-locale'], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
    assert.deepEqual(
      readings.map(([, text]) => text.replace(/\s+/g, ' ')),
      ['2027-04-03', '2027-03-04'].map((d) => long(d).replace(/\s+/g, ' ')),
    );
    assert.ok((await note.innerText()).includes('03/04/2027'), 'the note quotes what was written');
    for (const width of [375, 1280]) await shot(page, `planner-intake-${lang}-${width}`, width);
    await page.setViewportSize({ width: 1280, height: 900 });

    // Choosing a reading plans the row, and the focus is on its result.
    await note.locator('button[data-reading="2027-04-03"]').click();
    await planner(page).locator('tr[data-row]').nth(GARCIA).and(page.locator('[data-state="outcome"]')).waitFor();
    assert.deepEqual((await rowsShown(page))[GARCIA], GARCIA_ANSWERED, 'the reading chosen is the answer');
    assert.equal(
      await planner(page).evaluate((el) => el.shadowRoot.activeElement?.closest('tr')?.dataset.row),
      await planner(page).locator('tr[data-row]').nth(GARCIA).getAttribute('data-row'),
    );
    assert.deepEqual(problems, [], 'no page error or console error');
  });
}

test('ru, kk: a cell no reading takes says what was written, why, and what to choose, beside the choices; no engine code shown', async (t) => {
  const { context, page } = await openPage(env, `/team-test.html?date=${TODAY}&lang=ru`, { width: 1280 });
  t.after(() => context.close());
  await planner(page).locator('[part~="read"]').waitFor();
  const rows = [
    ['Лыжник', { need: 'ski' }],
    ['Нарния', { need: 'work', location: 'outside', citizenship: 'Narnia' }],
    ['31 февраля', { need: 'extend', visa: 'work', sameHost: 'true', visaExpires: '31.02.2027', family: 'false', branch: 'false' }],
    ['Долгий', { need: 'work', location: 'inside', citizenship: 'UZ', stayDays: '99999' }],
    [
      'Коды',
      {
        need: 'work',
        location: 'outside',
        citizenship: 'IN',
        role: 'employee',
        meetsQualifications: 'true',
        term: 'up-to-2-years',
        family: 'true',
      },
    ],
  ];
  const header = [
    'name',
    'need',
    'location',
    'citizenship',
    'stayDays',
    'role',
    'meetsQualifications',
    'term',
    'family',
    'branch',
    'sameHost',
    'visa',
    'visaExpires',
  ];
  await paste(page, Papa.unparse([header, ...rows.map(([name, cells]) => [name, ...header.slice(1).map((c) => cells[c] ?? '')])]));
  await planner(page)
    .locator('tr[data-row]')
    .nth(rows.length - 1)
    .waitFor();
  const row = (i) => planner(page).locator('tr[data-row]').nth(i);
  assert.deepEqual(
    await planner(page)
      .locator('tr[data-row]')
      .evaluateAll((trs) => trs.map((tr) => tr.dataset.state)),
    ['question', 'question', 'question', 'question', 'question'],
    'each row asks; none is refused',
  );

  const ru = TEXTS.ru['planner-held'];
  const fill = (text, vars) => text.replace(/\{(\w+)\}/g, (_, k) => vars[k]);
  // What was written is isolated for bidirectional text (FSI … PDI) inside the sentence.
  const noteOf = async (i) => (await row(i).locator('.held-note').innerText()).replace(/\u2068|\u2069/g, '');
  // What was written and why, then what to do, with the choices in the same form.
  assert.equal(await noteOf(0), `${fill(ru.unknown, { given: 'ski' })} ${TEXTS.ru['planner-held-choose']}`);
  assert.ok((await row(0).locator('form[data-question="need"] select option').count()) > 10, 'the needs to choose from, there');
  assert.equal(await noteOf(1), `${fill(ru.unknown, { given: 'Narnia' })} ${TEXTS.ru['planner-held-choose']}`);
  assert.ok(await row(1).locator('form[data-question="citizenship"] select option[value="IN"]').count(), 'the countries, there');
  const date = await noteOf(2);
  assert.ok(date.startsWith(fill(ru['not-a-date'], { given: '31.02.2027' })), date);
  assert.match(date, /2024/, 'the dates the planner takes');
  assert.deepEqual(
    await row(2)
      .locator('[data-date-part]')
      .evaluateAll((ins) => ins.map((i) => i.dataset.datePart)),
    ['day', 'month', 'year'],
  );
  const stay = await noteOf(3);
  assert.ok(stay.startsWith(fill(ru.refused, { given: '99999', read: new Intl.NumberFormat('ru').format(99999) })), stay);
  assert.match(stay, /3\s660/, 'the numbers it takes');
  // The note describes the question's field: a screen reader says it with the question.
  const described = await row(0)
    .locator('form[data-question] select')
    .evaluate((s) => {
      const ids = (s.getAttribute('aria-describedby') ?? '').split(' ');
      return ids.map((id) => s.getRootNode().getElementById(id)?.textContent).join(' ');
    });
  assert.match(described, /ski/);
  // The engine's codes a sheet may hold are shown in the interface language's words.
  const codes = await row(4).locator('.answers').innerText();
  assert.doesNotMatch(codes, /\btrue\b|\bIN\b|\bwork\b|\boutside\b|up-to-2-years/, codes);
  assert.match(codes, /Индия/);
  assert.match(codes, /Да/);
  await assertNoAxeViolations(page, 'the planner with cells held back');

  // Answering there takes the answer, and the focus moves on to the row's next question.
  await row(0).locator('form[data-question="need"] select').selectOption('iin');
  await row(0).locator('form[data-question="need"] button[type="submit"]').click();
  await row(0).and(page.locator('[data-state="outcome"]')).waitFor();
  await row(1).locator('form[data-question="citizenship"] select').selectOption('IN');
  await row(1).locator('form[data-question="citizenship"] button[type="submit"]').click();
  await row(1).locator('form[data-question="role"]').waitFor();
  assert.equal(await row(1).locator('.held-note').count(), 0, 'the note goes with the answer');
  assert.equal(await planner(page).evaluate((el) => el.shadowRoot.activeElement?.closest('form')?.dataset.question), 'role');

  // In Kazakh, the same notes in Kazakh.
  await planner(page).locator('button[data-lang="kk"]').click();
  await planner(page).locator('[part~="container"][lang="kk"] [part~="read"]').waitFor();
  assert.ok((await noteOf(2)).startsWith(fill(TEXTS.kk['planner-held']['not-a-date'], { given: '31.02.2027' })));
  assert.match(await row(2).locator('.answer-held').innerText(), new RegExp(TEXTS.kk['planner-held-tag'].unread));
  await page.setViewportSize({ width: 375, height: 900 });
  await row(2).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await screenshot(page, 'planner-intake-kk-375-held', { fullPage: false });
});

test("the keyboard: after each answer the focus is on the row's next question, which is said; a date is typed as day, month, year", async (t) => {
  const { context, page } = await openPage(env, `/team-test.html?date=${TODAY}&lang=en`, { width: 1280 });
  t.after(() => context.close());
  await planner(page).locator('[part~="add-person"]').click();
  await page.keyboard.type('R. Ortiz');
  const focused = () =>
    planner(page).evaluate((el) => {
      const a = el.shadowRoot.activeElement;
      const form = a?.closest('form[data-question]');
      const group = a?.closest('[role="group"]');
      const named = group ? el.shadowRoot.getElementById(group.getAttribute('aria-labelledby'))?.textContent : a?.labels?.[0]?.textContent;
      return {
        fact: form?.dataset.question ?? null,
        tag: a?.localName,
        part: a?.dataset.datePart ?? null,
        named: named ?? null,
        cell: a?.className,
      };
    });
  const live = () => planner(page).evaluate((el) => el.shadowRoot.querySelector('[data-live]').textContent);
  const story = { need: 'extend', visa: 'work', sameHost: 'true', family: 'false', branch: 'false' };
  // The questions of a work visa's extension, in the order the flow asks them, each with its
  // options' values in their order (written out here, not asked of the package the planner runs).
  const flow = [
    {
      id: 'need',
      text: FIRST_QUESTION.en,
      options: [
        'work',
        'invest',
        'business-visit',
        'business-multi',
        'residence-permit',
        'extend',
        'cancel',
        'arrival-notification',
        'iin',
        'tax-residency',
        'digital-signature',
        'fingerprinting',
        'qualification-exemption',
      ],
    },
    {
      id: 'visa',
      text: 'Which visa or permit is to be extended?',
      options: ['work', 'investor', 'business-single', 'business-multi', 'trp'],
    },
    { id: 'sameHost', text: 'Is the host party the same as for the current visa?', options: ['true', 'false'] },
    { id: 'visaExpires', text: 'When does the current visa expire?', input: { kind: 'date' } },
    { id: 'family', text: 'Are family members applying together with the foreign national?', options: ['true', 'false'] },
    { id: 'branch', text: 'Is the host party a representative office or a branch?', options: ['true', 'false'] },
  ];
  const answers = {};
  // The name field, then Tab to the row's question.
  await page.keyboard.press('Tab');
  for (let step = 0; step < 8; step += 1) {
    const now = await focused();
    if (step === flow.length) break;
    const asked = { question: flow[step] };
    assert.equal(now.fact, asked.question.id, `the focus is on the question asked (${asked.question.id})`);
    assert.equal(now.named, asked.question.text, 'named by the question');
    if (step > 0)
      await page.waitForFunction(
        () => document.querySelector('aifc-team-planner').shadowRoot.querySelector('[data-live]').textContent !== '',
      );
    if (step > 0) assert.equal(await live(), `R. Ortiz: ${TEXTS.en['planner-state'].question}`);
    if (asked.question.input?.kind === 'date') {
      assert.equal(now.part, 'day', 'a date starts with the day');
      assert.equal(await planner(page).locator('input[type="date"]').count(), 0, 'no date picker');
      await page.keyboard.type('30');
      await page.keyboard.press('Tab');
      assert.equal((await focused()).part, 'month');
      await page.keyboard.type('4');
      await page.keyboard.press('Tab');
      assert.equal((await focused()).part, 'year');
      await page.keyboard.type('2026');
      await page.keyboard.press('Enter');
      answers.visaExpires = '2026-04-30';
    } else {
      const value = story[asked.question.id];
      const index = asked.question.options.indexOf(value);
      for (let i = 0; i <= index; i += 1) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      answers[asked.question.id] = value;
    }
    await planner(page)
      .locator('tr[data-row]')
      .first()
      .locator(`form[data-question="${asked.question.id}"]`)
      .waitFor({ state: 'detached' });
  }
  await planner(page).locator('tr[data-row][data-state="outcome"]').waitFor();
  assert.equal((await focused()).cell, 'row-result', "planned: the focus on the row's result");
  await page.waitForFunction(() => document.querySelector('aifc-team-planner').shadowRoot.querySelector('[data-live]').textContent !== '');
  assert.equal(await live(), `R. Ortiz: ${TEXTS.en['planner-state'].outcome}`);
});
