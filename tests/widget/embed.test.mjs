// The partner page (www/demo/embed.html): a strict CSP with Trusted Types, hostile global CSS, and two
// instances in Russian and Kazakh. Both complete a journey on their own, with no CSP or Trusted
// Types violation and no console error, and look as they do on the Centre's page.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, Widget, events, screenshot } from './helpers.mjs';
import * as story from './stories.mjs';

let env;
before(async () => {
  env = await setup();
});
after(() => env.teardown());

/** Opens the partner page, recording every CSP / Trusted Types violation. */
async function openPartnerPage(options) {
  const opened = await openPage(env, 'about:blank', options);
  await opened.page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
    });
  });
  await opened.page.goto(`${env.origin}/embed.html`);
  const ru = await new Widget(opened.page, '#checker-ru').ready();
  const kk = await new Widget(opened.page, '#checker-kk').ready();
  return { ...opened, ru, kk, violations: () => opened.page.evaluate(() => window.__violations) };
}

test('two instances under a strict CSP with Trusted Types each complete a journey, independently', async (t) => {
  const { context, page, ru, kk, problems, violations } = await openPartnerPage({ permissions: ['clipboard-read', 'clipboard-write'] });
  t.after(() => context.close());
  assert.equal(await ru.heading().innerText(), story.FIRST_QUESTION.ru);
  assert.equal(await kk.heading().innerText(), story.FIRST_QUESTION.kk);

  // Answering one instance leaves the other where it was.
  await ru.answer('cancel');
  assert.equal(await ru.currentQuestion(), 'location');
  assert.equal(await kk.currentQuestion(), 'need');
  assert.equal(await kk.locator('input[type="radio"]:checked').count(), 0);

  const ruOutcome = await ru.answerAll({ location: 'outside', branch: true });
  assert.deepEqual(ruOutcome.services, ['visa-cancellation']);
  // The partner page fixes no date: a visa expiring in 40 days has its window ahead or open, so
  // the calendar file is offered whatever day the test runs.
  const expires = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
  const kkOutcome = await kk.answerAll({ ...story.WORK_VISA_EXTENSION, visaExpires: expires });
  assert.deepEqual(kkOutcome.services, ['work-visa-extension']);
  assert.deepEqual(
    (await events(page, 'outcome', 'checker-ru')).map((e) => e.detail.services),
    [['visa-cancellation']],
  );
  assert.deepEqual(
    (await events(page, 'outcome', 'checker-kk')).map((e) => e.detail.services),
    [['work-visa-extension']],
  );
  assert.equal(await ru.locator('.aifc').getAttribute('lang'), 'ru', 'the Russian one is still in Russian');

  // The buttons that make things (a calendar file, a copied link) work under the policy too.
  const [download] = await Promise.all([page.waitForEvent('download'), kk.locator('[part~="calendar"]').click()]);
  assert.equal(download.suggestedFilename(), `визаны-ұзарту-${expires}.ics`, "named in the widget's language (calendar-file)");
  await ru.locator('[part~="copy-link"]').click();
  await ru.locator('.copy-status').filter({ hasText: 'Ссылка скопирована.' }).waitFor();
  // Switching one instance's language leaves the other alone.
  await ru.locator('button[data-lang="en"]').click();
  assert.equal(await kk.locator('.aifc').getAttribute('lang'), 'kk');

  assert.deepEqual(await violations(), [], 'no CSP or Trusted Types violation');
  assert.deepEqual(problems, [], 'no console error or warning');
});

test('hostile global CSS does not reach inside: buttons show, the widget keeps its sizes and colours', async (t) => {
  const { context, page, ru, kk } = await openPartnerPage();
  t.after(() => context.close());
  const style = (widget, selector) =>
    widget
      .locator(selector)
      .first()
      .evaluate((el) => {
        const s = getComputedStyle(el);
        return { display: s.display, fontSize: s.fontSize, color: s.color, textTransform: s.textTransform };
      });
  const button = await style(ru, 'form.question button[type="submit"]');
  assert.notEqual(button.display, 'none', 'the Continue button shows');
  const box = await ru.locator('form.question button[type="submit"]').boundingBox();
  assert.ok(box.height >= 44 && box.height < 80, `the button keeps its size (${box.height}px)`);
  const label = await style(kk, '.option-label');
  assert.equal(label.fontSize, '17px', 'text keeps the widget’s size, not the page’s 40px');
  assert.notEqual(label.color, 'rgb(255, 0, 0)', 'nor its red');
  assert.equal(label.textTransform, 'none');
  const host = await page.locator('#checker-ru').evaluate((el) => getComputedStyle(el).fontSize);
  assert.equal(host, '17px', 'the host element itself holds');
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await screenshot(page, `embed-hostile-${width}`);
  }
});
