// The stay question (issue 25, item 7): "days in Kazakhstan" did not say per trip or in total.
// The engine compares one planned stay with the guide's 30 (CIS) or 90 (EAEU) calendar days
// («Елде 30 күнтізбелік күннен артық болуды жоспарлаған»: planning to stay more than 30 days), so
// the question and its error say one trip, counted from entry, in every language.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, visit, demoUrl, screenshot, textOf } from './helpers.mjs';

let env;
before(async () => {
  env = await setup();
});
after(() => env.teardown());

const ONE_TRIP = {
  en: { question: /on this trip, from entry to departure/, help: /not the days of several trips added together/, error: /this one stay/ },
  ru: { question: /в эту поездку, от въезда до выезда/, help: /а не сумму дней нескольких поездок/, error: /этого пребывания/ },
  kk: { question: /осы сапарында/, help: /бірнеше сапардың күндерін қоспаңыз/, error: /Осы сапардағы/ },
};

for (const [lang, words] of Object.entries(ONE_TRIP)) {
  test(`the stay question says one trip, not the total of several (${lang})`, async (t) => {
    const { context, page, widget } = await visit(env, demoUrl({ lang }), { width: 375 });
    t.after(() => context.close());
    await widget.answer('work');
    await widget.answer('inside');
    await widget.pickCountry('UZ');
    await widget.continue();
    assert.equal(await widget.currentQuestion(), 'stayDays');
    assert.match(await widget.heading().innerText(), words.question);
    assert.match(await textOf(widget.locator('form.question')), words.help);
    await widget.continue(); // nothing entered: the question's own error
    await widget.locator('.error-summary').waitFor();
    assert.match(await textOf(widget.locator('.error-summary')), words.error);
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await screenshot(page, `stay-question-${lang}-${width}`);
    }
  });
}
