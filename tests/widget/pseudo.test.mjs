// Adding a language is adding a folder of texts: the widget built with one more, the pseudo-locale
// en-XA of scripts/pseudo-locale.mjs (through AIFC_TEXTS_EXTRA, into a copy of dist/), lists it
// in its language switch and shows every word of its own in it, on every kind of screen: each
// question type, an outcome with its disclosures open, no service, an extension's window, and
// every outcome kind the flow has at 375 px. The engine is the shipped wasm, with the pseudo-locale's
// texts a file it loads at run time as it loads ru's (scripts/pseudo-locale.mjs, pseudoEngineTexts:
// en-XA is English to the engine, so the file takes English's place), so its answers are in the
// pseudo-locale as well: no English sentence of either is left on any screen.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setup, visit, demoUrl, events, screenshot, asQuery, DIST, ROOT } from './helpers.mjs';
import { loadWidgetTexts } from '../../scripts/texts.mjs';
import { PSEUDO_TAG, accent, pseudoEngineTexts, writePseudoLocale } from '../../scripts/pseudo-locale.mjs';
import * as story from './stories.mjs';
import { outcomeKinds } from './outcomes.mjs';

let env;
let work;
before(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'aifc-pseudo-'));
  const texts = path.join(work, 'texts');
  writePseudoLocale(texts);
  const root = path.join(work, 'dist');
  fs.cpSync(DIST, root, { recursive: true });
  // The engine's texts in en-XA beside the package's others: the same wasm, no second build.
  const english = fs.readFileSync(path.join(root, 'pkg', 'aifc_eligibility_texts_en.txt'), 'utf8');
  fs.writeFileSync(path.join(root, 'pkg', `aifc_eligibility_texts_${PSEUDO_TAG}.txt`), pseudoEngineTexts(english));
  // The widget bundled with the same folder: its texts, and the engine's en-XA texts under their hashed name.
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build', 'bundle.mjs'), root], {
    env: { ...process.env, AIFC_TEXTS_EXTRA: texts },
    stdio: 'inherit',
  });
  env = await setup({ root });
});
after(async () => {
  await env?.teardown();
  fs.rmSync(work, { recursive: true, force: true });
});

/** The engine's English texts (texts/en/*.ftl but the interface's, widget.ftl and planner.ftl), one per message. */
function engineTexts() {
  const dir = path.join(ROOT, 'texts', 'en');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.ftl') && f !== 'widget.ftl' && f !== 'planner.ftl')
    .flatMap((f) => fs.readFileSync(path.join(dir, f), 'utf8').split('\n'))
    .map((line) => /^[a-z0-9_]+ = (.*)$/.exec(line)?.[1])
    .filter(Boolean)
    .map((text) => text.replace(/\{ \$(\w+) \}/g, '{$1}'));
}

/**
 * English's words that must not be on a pseudo-locale screen: the fixed parts of every message
 * of the widget and of the engine, of three words or more (shorter ones are names: "eGov.kz").
 */
function englishWords() {
  const { strings } = loadWidgetTexts('');
  const texts = Object.entries(strings.en)
    .filter(([id]) => id !== 'month-name')
    .flatMap(([, v]) => (typeof v === 'string' ? [v] : Object.values(v)));
  return [
    ...new Set(
      [...texts, ...engineTexts()]
        .flatMap((text) => text.split(/\{\w+\}/))
        .map((s) => s.trim().replace(/[.:(]$/, ''))
        .filter((s) => s.split(/\s+/).length >= 3),
    ),
  ];
}

test(`${PSEUDO_TAG} is run by the shipped engine: the same wasm, its texts a file loaded at run time`, () => {
  const assets = (root) => JSON.parse(fs.readFileSync(path.join(root, 'assets.json'), 'utf8'));
  const shipped = assets(DIST);
  const pseudo = assets(path.join(work, 'dist'));
  assert.deepEqual(pseudo.wasm, shipped.wasm, 'the wasm under the same hashed name, with the same integrity');
  assert.ok(pseudo[`texts-${PSEUDO_TAG}`], `the engine's ${PSEUDO_TAG} texts are a later file of their own`);
  assert.equal(pseudo['texts-en'].file, shipped['texts-en'].file, "English's texts are unchanged");
});

const STORIES = {
  'radio, country and number questions; services': story.CIS_RESIDENCE_PERMIT,
  'a date question; an extension': story.WORK_VISA_EXTENSION,
  'no service': story.SINGLE_ENTRY_INSIDE,
};

for (const [name, answers] of Object.entries(STORIES)) {
  test(`${PSEUDO_TAG} on every screen: ${name}`, async (t) => {
    const { context, page, widget, problems } = await visit(env, demoUrl({ lang: PSEUDO_TAG }));
    t.after(() => context.close());
    const english = englishWords();
    const screens = [];
    const check = async () => {
      await widget.ready();
      const text = await widget.locator('.aifc').innerText();
      screens.push(text);
      for (const words of english) assert.ok(!text.includes(words), `"${words}" is in English on a screen:\n${text}`);
      assert.match(text, /\[Çöñţîñûé ~~\]|\[Ŵĥåţ ţö åþþļý ƒöŕ|\[Ţĥé Çéñţŕé ĥåš ñö/, 'its own words are the pseudo-locale’s');
    };
    assert.equal(await widget.locator('.aifc').getAttribute('lang'), PSEUDO_TAG);
    assert.equal(
      await widget.locator(`button[data-lang="${PSEUDO_TAG}"]`).innerText(),
      '[Éñĝļîšĥ ~~]',
      'in the language switch, by its own name',
    );
    assert.equal(await widget.locator(`button[data-lang="${PSEUDO_TAG}"]`).getAttribute('aria-current'), 'true');
    // An empty answer shows the error summary and the question's message.
    await widget.continue();
    await widget.locator('.error-summary:not([hidden])').waitFor();
    await check();
    await widget.answerAll(answers, { onScreen: check });
    await widget.openDisclosures();
    await check();
    assert.equal(screens.length, Object.keys(answers).length + 3, 'every question and the outcome were checked');
    assert.deepEqual(
      (await events(page, 'error')).map((e) => e.detail.code),
      [],
      'no error',
    );
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(wide <= width, `nothing is wider than the ${width} px screen (${wide} px): long words break`);
      await screenshot(page, `pseudo-${PSEUDO_TAG}-${name.split(/[;,:]/)[0].replace(/\W+/g, '-')}-${width}`);
    }
    // The engine answered in the pseudo-locale: the outcome shows some of its texts accented.
    const engineShown = engineTexts()
      .map((text) => accent(text.split(/\{\w+\}/)[0].trim()))
      .filter((start) => start.split(/\s+/).length >= 3 && screens.at(-1).includes(start));
    assert.ok(engineShown.length >= 3, `the engine's texts in ${PSEUDO_TAG} on the outcome: ${engineShown.join(' | ')}`);
    assert.deepEqual(problems, []);
  });
}

test(`${PSEUDO_TAG}: every outcome kind of the flow, at 375 px, with nothing in English and nothing wider than the screen`, async (t) => {
  const { kinds } = await outcomeKinds();
  assert.ok(kinds.size >= 20, `the flow's outcome kinds are found (${kinds.size})`);
  const english = englishWords();
  const { context, page } = await visit(env, demoUrl({ lang: PSEUDO_TAG }), { width: 375, height: 812 });
  t.after(() => context.close());
  for (const [id, answers] of kinds) {
    await page.goto(new URL(demoUrl({ lang: PSEUDO_TAG, answers: asQuery(answers) }), env.origin).href);
    const outcome = page.locator(`aifc-eligibility [data-outcome="${id}"]`);
    await outcome.waitFor();
    const text = await outcome.innerText();
    for (const words of english) assert.ok(!text.includes(words), `${id}: "${words}" is in English:\n${text}`);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= 375, `${id}: ${wide} px wide on a 375 px screen`);
  }
});
