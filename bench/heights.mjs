// Outcome heights: how tall the result is at 375 px (a phone), with its disclosures closed, per
// visitor journey and language, and how far down the result's heading the total and the ready-by
// date are (both must be on the first screen, 812 px). Used by bench/run.mjs.

const JOURNEYS = {
  'work visa from abroad':
    'need=work&location=outside&citizenship=IN&role=employee&meetsQualifications=true&term=up-to-2-years&family=false&branch=false',
  'work visa inside, family':
    'need=work&location=inside&citizenship=GB&role=employee&meetsQualifications=true&term=3-to-5-years&family=true&branch=false',
  'exemption, then work visa, family':
    'need=work&location=outside&citizenship=US&role=employee&meetsQualifications=false&term=up-to-2-years&family=true&branch=false',
  'temporary residence permit':
    'need=work&location=inside&citizenship=UZ&stayDays=120&role=employee&meetsQualifications=true&family=false&branch=false',
  'work visa extension': 'need=extend&visa=work&sameHost=true&visaExpires=2026-12-30&family=false&branch=false',
  IIN: 'need=iin',
};

/** [{journey, lang, height, total, ready}] in px, at 375 x 812. */
export async function measureHeights(browser, origin, today) {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
  const page = await context.newPage();
  const rows = [];
  for (const [journey, answers] of Object.entries(JOURNEYS)) {
    for (const lang of ['en', 'ru', 'kk']) {
      // The demo page reads the answers and the language from its URL (sync-url); "today" is fixed after.
      const params = new URLSearchParams([...new URLSearchParams(answers)].map(([k, v]) => [`aifc.${k}`, v]));
      params.set('aifc.lang', lang);
      await page.goto(`${origin}/index.html?${params}`);
      await page.locator('aifc-eligibility').evaluate((el, date) => el.setAttribute('date', date), today);
      const outcome = page.locator('aifc-eligibility [part="outcome"]');
      await outcome.waitFor();
      const m = await outcome.evaluate((el) => {
        const top = el.querySelector('.result-title').getBoundingClientRect().top;
        const below = (sel) => {
          const found = el.querySelector(sel);
          return found ? Math.round(found.getBoundingClientRect().bottom - top) : null;
        };
        return {
          height: Math.round(el.getBoundingClientRect().height),
          total: below('.glance-total dd'),
          ready: below('.glance-ready dd'),
        };
      });
      rows.push({ journey, lang, ...m });
    }
  }
  await context.close();
  return rows;
}

/** A markdown table: one row per journey, heights per language. */
export function heightsTable(rows) {
  const journeys = [...new Set(rows.map((r) => r.journey))];
  const cell = (j, lang) => {
    const r = rows.find((x) => x.journey === j && x.lang === lang);
    return `${r.height.toLocaleString('en-US')} px (total at ${r.total ?? '–'}, ready at ${r.ready ?? '–'})`;
  };
  return [
    '| outcome at 375 px, disclosures closed | en | ru | kk |',
    '|---|---|---|---|',
    ...journeys.map((j) => `| ${j} | ${cell(j, 'en')} | ${cell(j, 'ru')} | ${cell(j, 'kk')} |`),
  ].join('\n');
}
