// The rules the widget's source and pages keep, checked on the files themselves: no HTML strings
// (Trusted Types), no inline styles (CSP style-src 'self'), one pinned entry module, pages
// without inline scripts or styles, a same-origin favicon (allowed by the strict policy).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './helpers.mjs';
import { loadWidgetTexts, readLanguages } from '../../scripts/texts.mjs';

const WWW = path.join(ROOT, 'www');
const read = (file) => fs.readFileSync(path.join(WWW, file), 'utf8');
/** The source without its comments, so that a comment naming a sink does not count. */
const code = (text) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

/** The elements' sources: the entries (the widget's, the team planner's) and every module under www/src/. */
function sources() {
  const files = ['aifc-eligibility.js', 'aifc-eligibility.css', 'aifc-team-planner.js', 'aifc-team-planner.css'];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(path.join(WWW, dir), { withFileTypes: true })) {
      const rel = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(rel);
      else files.push(rel);
    }
  };
  walk('src');
  return files;
}

test('the widget builds its DOM without HTML strings or style writes', () => {
  const forbidden = {
    innerHTML: /\.innerHTML\b/,
    outerHTML: /\.outerHTML\b/,
    insertAdjacentHTML: /insertAdjacentHTML/,
    'document.write': /document\.write/,
    'eval / new Function': /\beval\(|new Function\(/,
    'element.style': /\.style\b(?!sheet)/,
    'a style attribute': /['"]style['"]/,
    setHTMLUnsafe: /setHTMLUnsafe|parseHTMLUnsafe/,
    'DOMParser / createContextualFragment': /DOMParser|createContextualFragment/,
    'storage or cookies': /localStorage|sessionStorage|indexedDB|document\.cookie/,
  };
  const scripts = sources().filter((f) => f.endsWith('.js'));
  assert.ok(scripts.length > 10, `the modules are found (${scripts.length})`);
  for (const file of scripts) {
    const source = code(read(file));
    for (const [name, pattern] of Object.entries(forbidden)) assert.doesNotMatch(source, pattern, `${file}: no ${name}`);
  }
});

test('each source file holds one responsibility: none is over about 400 lines', () => {
  for (const file of sources()) {
    const lines = read(file).split('\n').length;
    assert.ok(lines <= 420, `${file} has ${lines} lines`);
  }
  for (const lang of readLanguages(path.join(ROOT, 'texts'))) {
    for (const file of ['widget.ftl', 'planner.ftl']) {
      const lines = fs.readFileSync(path.join(ROOT, 'texts', lang, file), 'utf8').split('\n').length;
      assert.ok(lines <= 420, `texts/${lang}/${file} has ${lines} lines`);
    }
  }
});

test('the build ships one entry module, the files it loads later under hashed names, and pins them', () => {
  const DIST = path.join(ROOT, 'dist');
  // (each beside its precompressed copies, .br and .gz, which a server sends in its place)
  const shipped = fs.readdirSync(DIST).filter((f) => f.startsWith('aifc-eligibility'));
  // (and the entry's source map, aifc-eligibility.js.map, which only devtools read: tests/js/shipped.test.mjs)
  const files = shipped.filter((f) => !/\.(br|gz)$/.test(f) && f !== 'aifc-eligibility.js.map');
  const later = files.filter((f) => f !== 'aifc-eligibility.js');
  assert.ok(files.includes('aifc-eligibility.js'), 'the entry keeps its name');
  assert.ok(
    later.some((f) => f.endsWith('.wasm')),
    'the wasm is shipped beside it',
  );
  for (const file of later) assert.match(file, /^aifc-eligibility\.[0-9a-f]{16}\.\w+$/, `${file}: a content-hashed name`);
  assert.deepEqual(shipped.filter((f) => /\.(br|gz)$/.test(f)).toSorted(), files.flatMap((f) => [`${f}.br`, `${f}.gz`]).toSorted());
  assert.ok(!fs.existsSync(path.join(DIST, 'src')), 'the sources are not shipped');
  assert.ok(!fs.existsSync(path.join(DIST, 'aifc-eligibility.css')), 'no separate stylesheet: it is in the entry');
  const bundle = fs.readFileSync(path.join(DIST, 'aifc-eligibility.js'), 'utf8');
  assert.ok(bundle.startsWith('//# allFunctionsCalledOnLoad\n'), "the entry opens with V8's compile hint, on its first line");
  assert.doesNotMatch(bundle, /^\s*import\s.*from\s/m, 'no static import left in the bundle');
  assert.doesNotMatch(bundle, /\bimport\(/, 'no dynamic import: the glue is in the bundle');
  // Every later file is named in the entry with the integrity value of its bytes.
  const integrity = JSON.parse(fs.readFileSync(path.join(DIST, 'integrity.json'), 'utf8'));
  for (const file of later) {
    assert.ok(bundle.includes(JSON.stringify(file)), `${file} is named in the entry`);
    assert.ok(bundle.includes(JSON.stringify(integrity[file])), `${file}'s integrity value is in the entry`);
  }
  // The team planner: a second entry, loading the same later files pinned the same way, carrying
  // papaparse, which the widget's entry does not.
  const planner = fs.readFileSync(path.join(DIST, 'aifc-team-planner.js'), 'utf8');
  for (const file of later)
    assert.ok(planner.includes(JSON.stringify(integrity[file])), `${file}'s integrity value is in the planner's entry`);
  assert.doesNotMatch(planner, /^\s*import\s.*from\s/m, 'no static import left in the planner');
  assert.match(planner, /escapeFormulae/, 'the planner carries papaparse');
  assert.doesNotMatch(bundle, /escapeFormulae|Papa/, 'the widget does not');
  assert.ok(!fs.existsSync(path.join(DIST, 'aifc-team-planner.css')), "the planner's stylesheet is in its entry");
  // Each later file's URL a literal the bundlers rewrite (`build:urls`), fetched with its integrity value.
  assert.match(
    read('src/shared/engine.js'),
    /const url = URLS\[key\];\n\s*try \{\n\s*return await fetch\(url, \{ integrity \}\)/,
    'fetched with its integrity value',
  );
  assert.match(
    read('aifc-eligibility.js'),
    /if \(globalThis\.customElements\) defineElement\(\);/,
    'defined only where there is a DOM (a server render imports it too)',
  );
  // Each later file by a literal URL beside the entry (what bundlers copy and rewrite; issue 27).
  for (const file of later)
    assert.ok(bundle.includes(`new URL(${JSON.stringify(file)},import.meta.url)`), `${file} by a literal new URL(…, import.meta.url)`);
  assert.match(
    read('src/widget/frame.js'),
    /adoptedStyleSheets = allStyles\(\)/,
    "the stylesheets are adopted: the module's, then the later file's",
  );
  assert.doesNotMatch(bundle, /@import|url\(\s*['"]?https?:/, 'no @import or external resource in the bundled stylesheet');
  const { css } = JSON.parse(
    fs.readFileSync(path.join(DIST, JSON.parse(fs.readFileSync(path.join(DIST, 'assets.json'), 'utf8')).later.file), 'utf8'),
  );
  assert.match(css, /\.panel\{/, "the later file carries the outcome's stylesheet");
  assert.doesNotMatch(css, /@import|url\(\s*['"]?https?:/, 'no @import or external resource in the later stylesheet');
});

test('the pages have no inline script or style, no Referer, a favicon that leaks nothing, and load nothing from elsewhere', () => {
  for (const page of fs.readdirSync(path.join(WWW, 'demo')).filter((f) => f.endsWith('.html'))) {
    const html = read(path.join('demo', page));
    // A favicon that makes no request (data:), or a same-origin one where a strict policy refuses data:.
    const strict = /http-equiv="Content-Security-Policy"/.test(html);
    const icon = strict ? /<link rel="icon" href="favicon\.svg" type="image\/svg\+xml">/ : /<link rel="icon" href="data:,">/;
    assert.match(html, icon, `${page}: favicon`);
    assert.match(html, /<meta name="referrer" content="no-referrer">/, `${page}: answers in the URL never leave in a Referer`);
    assert.doesNotMatch(html, /<style\b/, `${page}: no <style>`);
    assert.doesNotMatch(html, /\sstyle=/, `${page}: no style attribute`);
    assert.doesNotMatch(html, /\son[a-z]+=/i, `${page}: no inline handler`);
    for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      assert.match(attributes, /\ssrc="/, `${page}: scripts have a src`);
      assert.equal(body.trim(), '', `${page}: and no inline code`);
    }
    assert.doesNotMatch(html, /(src|href)="(https?:)?\/\//, `${page}: nothing from another origin`);
  }
});

test('every language has every message of texts/en/widget.ftl and planner.ftl, and the elements use each and name none that is missing', () => {
  // The build's own check (the same messages, attributes and variables as English), which fails
  // the build; here so that its failure names every problem at once.
  const { langs, strings } = loadWidgetTexts('');
  const planner = loadWidgetTexts('', 'planner.ftl');
  assert.deepEqual(langs, readLanguages(path.join(ROOT, 'texts')), 'the languages of texts/languages.txt, in its order');
  assert.deepEqual(planner.langs, langs, 'the planner has the same languages');
  assert.ok(langs.length >= 3, 'English, Russian and Kazakh at least');
  const ids = [...Object.keys(strings.en), ...Object.keys(planner.strings.en)];
  const source = sources()
    .filter((f) => f.endsWith('.js'))
    .map((f) => code(read(f)))
    .join('\n');
  for (const id of ids) assert.ok(source.includes(`'${id}'`) || source.includes(`.${id}`), `${id} is used by the widget`);
  for (const [, id] of source.matchAll(/\b(?:t|tNodes|plural)\((?:ctx\.)?lang, '([\w-]+)'/g))
    assert.ok(ids.includes(id), `${id} is a message`);
  for (const lang of langs) {
    assert.match(strings[lang]['intl-locale'], /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, `${lang}: intl-locale is a locale`);
    assert.doesNotThrow(() => new Intl.PluralRules(strings[lang]['intl-locale']), `${lang}: Intl takes its locale`);
  }
});
