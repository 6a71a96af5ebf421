// The one integrity value on the script tag pins every file the widget loads. The entry names each
// later file (content-hashed: the wasm, the languages' texts) with its integrity value; here a copy
// of dist/ with one byte of one later file changed is served for each of them in turn, and the
// browser must refuse it: the widget shows its failure screen and fires `error` (load-failed), and
// Chromium reports the integrity mismatch. And on the build as it is, a visitor's whole journey
// (first question, every language, an outcome) requests nothing but the host page's own files,
// the entry, and the later files the entry pins.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DIST, launchBrowser, serveDist, openPage, events, demoUrl, screenshot, Widget } from './helpers.mjs';

const integrity = JSON.parse(fs.readFileSync(path.join(DIST, 'integrity.json'), 'utf8'));
/** The files the entry loads after itself: content-hashed names, each with its integrity value. */
const LATER = Object.keys(integrity).filter((f) => /^aifc-eligibility\.[0-9a-f]{16}\.\w+$/.test(f));
const entry = fs.readFileSync(path.join(DIST, 'aifc-eligibility.js'), 'utf8');
/** The entry's table of later files (dist/assets.json): `wasm`, `later`, `texts-<lang>`, `words-<lang>`. */
const assets = JSON.parse(fs.readFileSync(path.join(DIST, 'assets.json'), 'utf8'));
/** A file's key in that table. */
const keyOf = (file) => Object.entries(assets).find(([, a]) => a.file === file)?.[0];
/** The language whose engine texts or widget words a file is, or null. */
const langOf = (file) => /^(?:texts|words)-(.+)$/.exec(keyOf(file) ?? '')?.[1] ?? null;
let browser;
let work;
before(async () => {
  browser = await launchBrowser();
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'aifc-integrity-'));
});
after(async () => {
  await browser?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

test("the entry pins the wasm, its later file and each language's texts and words", () => {
  assert.ok(
    LATER.some((f) => f.endsWith('.wasm')),
    `later files: ${LATER.join(', ')}`,
  );
  assert.ok(LATER.includes(assets.later?.file), 'the later file (the rest of the stylesheet, the country names)');
  for (const kind of ['texts', 'words']) {
    assert.deepEqual(
      ['en', 'ru', 'kk'].filter((l) => !LATER.includes(assets[`${kind}-${l}`]?.file)),
      [],
      `${kind} of en, ru and kk`,
    );
  }
  assert.deepEqual(
    Object.values(assets)
      .map((a) => a.file)
      .sort(),
    [...LATER].sort(),
    'assets.json lists the same files',
  );
  for (const file of LATER) assert.ok(entry.includes(integrity[file]), `${file}: the entry carries its integrity value`);
});

for (const file of LATER) {
  test(`one byte changed in ${file}: the browser refuses it and the widget says so`, async (t) => {
    // A copy of dist/ with that one byte changed (and no precompressed copies of it to send instead).
    const root = path.join(work, file);
    fs.cpSync(DIST, root, { recursive: true });
    const target = path.join(root, file);
    const bytes = fs.readFileSync(target);
    const at = Math.floor(bytes.length / 2);
    bytes[at] ^= 0x01;
    fs.writeFileSync(target, bytes);
    for (const ext of ['.br', '.gz']) fs.rmSync(target + ext, { force: true });
    const server = await serveDist(root);
    t.after(() => server.close());
    // The language whose first question needs the file (its texts or words), else English.
    const lang = langOf(file) ?? 'en';
    const { context, page, problems } = await openPage({ browser, origin: server.origin }, demoUrl({ lang }));
    t.after(() => context.close());
    const widget = new Widget(page);
    await widget.locator('.failure').waitFor({ timeout: 15_000 });
    assert.equal(await widget.locator('form.question').count(), 0, 'no question is shown');
    const heading = await widget.locator('.failure h2').textContent();
    assert.ok(heading.length > 10, `the failure screen says the checker could not start: «${heading}»`);
    const codes = (await events(page, 'error')).map((e) => e.detail.code);
    assert.deepEqual(codes, ['load-failed'], 'one error event, load-failed');
    assert.ok(
      problems.some((p) => /integrity/i.test(p) && p.includes(file)),
      `Chromium refused ${file} for its integrity:\n${problems.join('\n')}`,
    );
    await screenshot(page, `integrity-refused-${keyOf(file)}-${lang}`);
  });
}

test('a language switch to tampered texts is refused: the widget stays in its language, says so, and works on', async (t) => {
  const root = path.join(work, 'switch');
  fs.cpSync(DIST, root, { recursive: true });
  const target = path.join(root, assets['texts-ru'].file);
  const bytes = fs.readFileSync(target);
  bytes[Math.floor(bytes.length / 3)] ^= 0x01;
  fs.writeFileSync(target, bytes);
  for (const ext of ['.br', '.gz']) fs.rmSync(target + ext, { force: true });
  const server = await serveDist(root);
  t.after(() => server.close());
  const { context, page, problems } = await openPage({ browser, origin: server.origin }, demoUrl({ lang: 'en' }));
  t.after(() => context.close());
  const widget = await new Widget(page).ready();
  await widget.answer('work');
  await widget.continue();
  const asked = await widget.currentQuestion();
  await widget.locator('[data-lang="ru"]').click();
  await page.waitForFunction(() => window.__aifcEvents.some((e) => e.type === 'error'));
  assert.deepEqual(
    (await events(page, 'error')).map((e) => e.detail.code),
    ['load-failed'],
  );
  assert.equal(await widget.locator('.aifc').getAttribute('lang'), 'en', 'still in English');
  assert.equal(await widget.currentQuestion(), asked, 'on the same question');
  assert.ok(
    problems.some((p) => /integrity/i.test(p)),
    problems.join('\n'),
  );
  await widget.answer('outside');
  await widget.continue();
  assert.notEqual(await widget.currentQuestion(), asked, 'and it works on');
});

test('a whole journey in every language requests only the entry and the files it pins', async (t) => {
  const server = await serveDist(DIST);
  t.after(() => server.close());
  const { context, page, problems } = await openPage({ browser, origin: server.origin }, demoUrl({ lang: 'en' }));
  t.after(() => context.close());
  const requested = [];
  context.on('request', (r) => requested.push(new URL(r.url()).pathname.slice(1)));
  const widget = await new Widget(page).ready();
  for (const lang of ['ru', 'kk', 'en']) {
    await page.evaluate((l) => document.querySelector('aifc-eligibility').setAttribute('lang', l), lang);
    await page.waitForFunction(
      (l) => document.querySelector('aifc-eligibility').shadowRoot.querySelector('.aifc')?.getAttribute('lang') === l,
      lang,
    );
  }
  await page.evaluate(() =>
    document
      .querySelector('aifc-eligibility')
      .setAttribute(
        'answers',
        'need=work&location=outside&citizenship=IN&role=employee&meetsQualifications=false&term=up-to-2-years&family=true&branch=true',
      ),
  );
  await page.waitForFunction(() => window.__aifcEvents.some((e) => e.type === 'outcome'));
  assert.equal(await widget.currentQuestion(), null, 'the journey reached an outcome');
  // The requests made before the listener was on: the page's own record of them.
  const early = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname.slice(1)));
  const all = new Set([...early, ...requested]);
  const host = new Set(['test.html', 'site.css', 'site.js']);
  const pinned = new Set(['aifc-eligibility.js', ...LATER]);
  const unpinned = [...all].filter((f) => !host.has(f) && !pinned.has(f));
  assert.deepEqual(unpinned, [], `the widget requested files the build did not pin: ${unpinned.join(', ')}`);
  assert.ok(all.has('aifc-eligibility.js') && LATER.some((f) => f.endsWith('.wasm') && all.has(f)), `requested: ${[...all].join(', ')}`);
  assert.deepEqual(problems, []);
});
