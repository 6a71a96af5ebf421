// The outcome's first screen as a visitor meets it (issue 25, items 4, 5 and 7): what a screen
// reader is told gives what a sighted visitor sees at once (service, total, ready-by date, an
// extension's last day to apply); an answer that is "ask the Centre" shows how, at once (phone as
// a tel: link, hours, e-mail, address); Print and Copy link show keyboard focus in light and dark;
// radios are drawn in the dark scheme in dark mode.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, visit, demoUrl, screenshot, squash, money, longDate, textOf } from './helpers.mjs';
import * as story from './stories.mjs';
import { recorded } from './recorded.mjs';

let env;
before(async () => {
  env = await setup();
});
after(() => env.teardown());

/** What the live region says once the outcome is drawn (it is filled a moment after the screen). */
async function announcement(page, widget) {
  const live = widget.locator('.aifc > [aria-live="polite"]');
  await page.waitForFunction((el) => el.textContent.length > 0, await live.elementHandle());
  return squash(await live.textContent());
}

test('the announcement gives the service, the total and the ready-by date (English)', async (t) => {
  const { context, page, widget } = await visit(env, demoUrl({ lang: 'en' }));
  t.after(() => context.close());
  await widget.answerAll(story.IIN);
  // Applied on TODAY, 25 March 2026, a Nauryz holiday: taken on the 26th, ready one working day
  // later (the guide: 1 working day); the standard fee, no state duty.
  assert.equal(
    await announcement(page, widget),
    `Result: ${squash(recorded('iin').title.en)}. Total to pay: ${money('en', '10000')}. Ready by: ${longDate('en', '2026-03-27')}.`,
  );
});

test('the announcement in Russian: a work visa’s total and date, as the first screen shows them', async (t) => {
  const { context, page, widget } = await visit(env, demoUrl({ lang: 'ru' }));
  t.after(() => context.close());
  await widget.answerAll(story.WORK_VISA_FROM_ABROAD);
  const said = await announcement(page, widget);
  assert.ok(said.startsWith(`Результат: ${squash(recorded('work-visa-invitation').title.ru)}.`), said);
  // The standard fee of the up-to-2-years row and 0.5 MCI of 2026 (4,325 KZT); taken on 26 March
  // (25 March is a holiday), ready 5 working days later.
  assert.ok(said.includes(`: ${money('ru', '362162.50')}.`), `the total: ${said}`);
  assert.ok(said.includes(`: ${longDate('ru', '2026-04-02')}`), `the ready-by date: ${said}`);
  // What the first screen shows is what is said.
  assert.ok(said.includes(squash(await widget.locator('.glance-total .total').innerText())));
  const dates = await widget.locator('.glance-ready .date').allInnerTexts();
  assert.equal(dates.length, 2, 'the ready-by date, and the latest if the state body delays');
  for (const date of dates) assert.ok(said.includes(squash(date)), `${date} in: ${said}`);
});

test('the announcement in Kazakh for an extension: ask the Centre for the amount and the time, and the last day to apply', async (t) => {
  const { context, page, widget } = await visit(env, demoUrl({ lang: 'kk' }));
  t.after(() => context.close());
  await widget.answerAll(story.WORK_VISA_EXTENSION);
  const said = await announcement(page, widget);
  assert.ok(said.startsWith(`Нәтиже: ${squash(recorded('work-visa-extension').title.kk)}.`), said);
  assert.ok(said.includes(squash(await widget.locator('.glance-total dd').innerText())), `ask for the amount: ${said}`);
  assert.ok(said.includes(squash(await widget.locator('.glance-apply-by dt').innerText())), `apply by: ${said}`);
  // The visa expires on Thursday 30 April 2026: the last day to apply is 5 working days before.
  assert.ok(said.includes(longDate('kk', '2026-04-23')), `the last day to apply: ${said}`);
});

for (const lang of ['en', 'ru', 'kk']) {
  test(`“ask the Centre” (${lang}): the first screen shows how, the phone as a tel: link, hours, e-mail and address`, async (t) => {
    const { context, page, widget, problems } = await visit(env, demoUrl({ lang }), { width: 375, height: 812 });
    t.after(() => context.close());
    await widget.answerAll(story.WORK_VISA_EXTENSION);
    const office = { ...story.OFFICE, hours: story.OFFICE.hours[lang], address: story.OFFICE_ADDRESS[lang] };
    // In the result panel, on the same screen as the result's heading: the main line as a tel:
    // link with its hours, the e-mail, the address and the opening hours, as written in stories.mjs.
    const contact = widget.locator('[part="result"] .glance-contact');
    const tel = contact.locator('a[href^="tel:"]');
    assert.deepEqual([await tel.getAttribute('href'), await tel.innerText()], [office.phones[0].tel, office.phones[0].number]);
    assert.equal(await contact.locator('a[href^="mailto:"]').getAttribute('href'), `mailto:${office.email}`);
    const text = await textOf(contact);
    for (const part of [office.address, office.hours, office.phones[0].hours])
      assert.ok(text.includes(squash(part)), `${part} in: ${text}`);
    const top = (await widget.heading().boundingBox()).y;
    const phone = await tel.boundingBox();
    assert.ok(
      phone.y + phone.height - top < 812,
      `the phone is within one 812 px screen of the heading (${Math.round(phone.y + phone.height - top)} px)`,
    );
    // Every line of the Centre is still in the contacts section.
    await widget.openDisclosures(widget.locator('[part="office"]'));
    const lines = await widget.locator('[part="office"] a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(
      lines,
      office.phones.map((p) => p.tel),
    );
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
      await screenshot(page, `ask-centre-${lang}-${width}`);
      // And the screen a visitor sees, the result's heading at the top.
      await widget.heading().evaluate((el) => el.scrollIntoView());
      await screenshot(page, `ask-centre-${lang}-${width}-screen`, { fullPage: false });
    }
    assert.deepEqual(problems, []);
  });
}

test('a priced plan with its date has no “ask the Centre” in its panel', async (t) => {
  const { context, widget } = await visit(env, demoUrl());
  t.after(() => context.close());
  await widget.answerAll(story.IIN);
  assert.equal(await widget.locator('.glance-contact').count(), 0);
  assert.equal(await widget.locator('[part="office"] details').count(), 1);
});

/** The share of pixels that differ between two screenshots of the same box (PNG bytes), read in the page. */
function changed(page, a, b) {
  return page.evaluate(
    async ([x, y]) => {
      const read = async (b64) => {
        const bmp = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
        const canvas = new OffscreenCanvas(bmp.width, bmp.height);
        const ctx = canvas.getContext('2d');
        ctx.drawImage(bmp, 0, 0);
        return ctx.getImageData(0, 0, bmp.width, bmp.height).data;
      };
      const [p, q] = [await read(x), await read(y)];
      let n = 0;
      for (let i = 0; i < p.length; i += 4)
        if (Math.abs(p[i] - q[i]) + Math.abs(p[i + 1] - q[i + 1]) + Math.abs(p[i + 2] - q[i + 2]) > 48) n += 1;
      return n / (p.length / 4);
    },
    [a.toString('base64'), b.toString('base64')],
  );
}

/** A screenshot of an element's box and `pad` px around it. */
async function shot(page, locator, pad) {
  const box = await locator.boundingBox();
  return page.screenshot({ clip: { x: box.x - pad, y: box.y - pad, width: box.width + 2 * pad, height: box.height + 2 * pad } });
}

for (const colorScheme of ['light', 'dark']) {
  for (const width of [375, 1280]) {
    test(`Print and Copy link show keyboard focus (${colorScheme}, ${width} px)`, async (t) => {
      const { context, page, widget } = await visit(env, demoUrl(), { width, colorScheme });
      t.after(() => context.close());
      await widget.answerAll(story.IIN);
      for (const name of ['print', 'copy-link']) {
        const button = widget.locator(`[part~="${name}"]`);
        await button.scrollIntoViewIfNeeded();
        await widget.heading().focus();
        const unfocused = await shot(page, button, 8);
        // By keyboard: from the heading, Tab to the button.
        for (let i = 0; i < 10 && !(await button.evaluate((el) => el.getRootNode().activeElement === el)); i += 1)
          await page.keyboard.press('Tab');
        assert.ok(await button.evaluate((el) => el.matches(':focus-visible')), `${name} has keyboard focus`);
        const share = await changed(page, unfocused, await shot(page, button, 8));
        assert.ok(share > 0.3, `${name}: focus changes ${Math.round(share * 100)}% of its box and 8 px around it (at least 30%)`);
        const style = await button.evaluate((el) => {
          const s = getComputedStyle(el);
          return { outline: s.outlineStyle, shadow: s.boxShadow };
        });
        assert.equal(style.outline, 'solid', `${name}: an outline around it`);
        assert.match(style.shadow, /0px 0px 0px 3px/, `${name}: a ring of the text colour inside the outline`);
        if (name === 'copy-link') await screenshot(page, `focus-copy-link-${colorScheme}-${width}`);
      }
    });
  }
}

/** The mean and the centre luminance (0-255) of a screenshot's pixels, read in the page. */
function luminance(page, png) {
  return page.evaluate(async (b64) => {
    const bmp = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
    const canvas = new OffscreenCanvas(bmp.width, bmp.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(bmp, 0, 0);
    const d = ctx.getImageData(0, 0, bmp.width, bmp.height).data;
    const lum = (i) => 0.2126 * d[i] + 0.7152 * d[i + 1] + 0.0722 * d[i + 2];
    let sum = 0;
    for (let i = 0; i < d.length; i += 4) sum += lum(i);
    return { mean: sum / (d.length / 4), centre: lum(((bmp.height >> 1) * bmp.width + (bmp.width >> 1)) * 4) };
  }, png.toString('base64'));
}

for (const width of [375, 1280]) {
  test(`dark mode: radios drawn in the dark scheme, the chosen one the brightest (${width} px)`, async (t) => {
    const { context, page, widget } = await visit(env, demoUrl({ lang: 'kk' }), { width, colorScheme: 'dark' });
    t.after(() => context.close());
    const radios = widget.locator('input[type="radio"]');
    assert.equal(await radios.first().evaluate((el) => getComputedStyle(el).colorScheme), 'dark');
    const unchosen = await luminance(page, await radios.nth(1).screenshot());
    assert.ok(unchosen.centre < 100, `an unchosen radio is no bright disc on the dark page (centre ${Math.round(unchosen.centre)} of 255)`);
    await radios.first().check();
    const chosen = await luminance(page, await radios.first().screenshot());
    assert.ok(
      chosen.mean > unchosen.mean + 25,
      `the chosen radio stands out (mean ${Math.round(chosen.mean)} against ${Math.round(unchosen.mean)})`,
    );
    await screenshot(page, `dark-radios-kk-${width}`);
  });
}
