// Theming: a host page changes the widget's look only through the documented custom properties
// and ::part names.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, visit, demoUrl } from './helpers.mjs';

let env;
before(async () => {
  env = await setup();
});
after(() => env.teardown());

test('custom properties and ::part names restyle the widget', async (t) => {
  // Reduced motion: the button's colour transition would otherwise be caught half-way.
  const { context, page, widget } = await visit(env, demoUrl(), { reducedMotion: 'reduce' });
  t.after(() => context.close());
  const button = widget.locator('form.question button[type="submit"]');
  const before = await button.evaluate((el) => getComputedStyle(el).backgroundColor);
  await page.addStyleTag({
    content: `aifc-eligibility { --aifc-accent: rgb(0, 112, 60); --aifc-radius: 0px; --aifc-font: Georgia, serif; }
      aifc-eligibility::part(heading) { letter-spacing: 2px; }`,
  });
  const after = await button.evaluate((el) => {
    const s = getComputedStyle(el);
    return { background: s.backgroundColor, radius: s.borderRadius, font: s.fontFamily };
  });
  assert.notEqual(before, after.background);
  assert.deepEqual(after, { background: 'rgb(0, 112, 60)', radius: '0px', font: 'Georgia, serif' });
  assert.equal(await widget.heading().evaluate((el) => getComputedStyle(el).letterSpacing), '2px');
});
