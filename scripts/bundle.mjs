// Bundles the widget for dist/ into one pinned entry module, dist/aifc-eligibility.js (esbuild):
// the widget (www/aifc-eligibility.js with www/src/widget/ and shared/, and the words of its first screen,
// `texts:widget`, made from texts/<tag>/widget.ftl by scripts/texts.mjs), the engine's glue (pkg/:
// the guard and wasm-bindgen's glue), the first part of its stylesheet (www/aifc-eligibility.css
// with its css/ parts, as text the module adopts into each shadow root), and the table of the files
// it loads later (`build:assets`): each under a content-hashed name (aifc-eligibility.<hash>.wasm)
// with the SHA-384 integrity value it is fetched with (also written to <out-dir>/assets.json). So
// the one `integrity` on the page's script tag pins every byte the widget runs. Later: the wasm
// (`wasm`) and the widget's later file (`later`: the rest of the stylesheet and the country names)
// once the first question is painted, and per language the engine's texts (`texts-<tag>`, read with
// the wasm from <out-dir>/pkg/, the package as copied into dist/) and the widget's other words
// (`words-<tag>`).
// AIFC_TEXTS_EXTRA adds a folder of languages (see scripts/texts.mjs). Run by scripts/build.sh;
// `node scripts/bundle.mjs <out-dir>` writes elsewhere (a test's build with one more language).

import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { ROOT, languageDirs, laterWords, textsPlugin } from './texts.mjs';
import { integrityOf, hashedName } from './assets.mjs';
import { FIRST_WORDS } from '../www/data/first-words.js';
import { ALIASES, REGIONS_KK } from '../www/data/regions-kk.js';

const out = path.resolve(process.argv[2] ?? path.join(ROOT, 'dist'));
const ENTRY = 'aifc-eligibility.js';

// The files loaded after the entry: written under their hashed names (an older build's removed).
for (const name of fs.readdirSync(out)) {
  if (/^aifc-eligibility\.[0-9a-f]{16}\./.test(name)) fs.rmSync(path.join(out, name));
}
const assets = {};
function later(key, bytes, ext) {
  const file = hashedName(bytes, ext);
  fs.writeFileSync(path.join(out, file), bytes);
  assets[key] = { file, integrity: integrityOf(bytes) };
}
later('wasm', fs.readFileSync(path.join(out, 'pkg', 'aifc_eligibility_bg.wasm')), 'wasm');
// The engine's texts, one file per language (`texts-<tag>`), loaded for the visitor's language only.
for (const tag of languageDirs().keys()) {
  const file = path.join(out, 'pkg', `aifc_eligibility_texts_${tag}.txt`);
  if (fs.existsSync(file)) later(`texts-${tag}`, fs.readFileSync(file), 'txt');
}
// The widget's words beyond the first screen's, one file per language of the widget.
for (const [tag, json] of Object.entries(laterWords(FIRST_WORDS))) later(`words-${tag}`, Buffer.from(json), 'json');

// The first question in each language, as the engine answers it with no answers given, and the
// second for each of its answers: the widget draws them before the engine is loaded
// (www/src/widget/first.js), so a visitor reads and answers while the wasm and the language's texts
// arrive. Computed here by the engine being shipped (the package's Node entry reads the same wasm
// and texts from <out-dir>/pkg/).
const engine = await import(pathToFileURL(path.join(out, 'pkg', 'aifc_eligibility.node.js')).href);
await engine.default();
const first = {};
const second = {};
for (const tag of languageDirs().keys()) {
  if (!assets[`texts-${tag}`]) continue; // a language the engine lacks: the widget asks in English
  const ev = engine.evaluate({ answers: {}, lang: tag });
  if (ev.kind !== 'question' || ev.path.length !== 0) throw new Error(`the engine's first screen in ${tag} is not a question`);
  first[tag] = ev;
  // The second question for each answer of the first, where it is a question of options (an
  // outcome or a country or date field needs the engine): the widget draws it on the first click
  // while the engine is still on its way, so that click does not wait for the wasm.
  second[tag] = {};
  for (const { value } of ev.question.options ?? []) {
    const next = engine.evaluate({ answers: { [ev.question.id]: value }, lang: tag });
    if (next.kind === 'question' && next.question.options) second[tag][String(value)] = next;
  }
}

const options = { bundle: true, minify: true, target: 'es2022', logLevel: 'warning', write: false, charset: 'utf8' };
// engine-share (issue 27): each shipped entry has a source map beside it (<entry>.map, linked by
// its last line, read by devtools only: a visitor's browser never fetches it).
const SOURCEMAP = { sourcemap: 'linked' };
const cssOf = async (file) => (await build({ ...options, entryPoints: [path.join(ROOT, 'www', file)], outfile: 'out.css' })).outputFiles[0].text.trim();
const stylesheet = await cssOf('aifc-eligibility.css');
// What only the screens after the first need, fetched with the engine (www/src/shared/later.js).
later('later', Buffer.from(JSON.stringify({ css: await cssOf('aifc-eligibility-later.css'), regionsKk: REGIONS_KK, aliases: ALIASES })), 'json');

/** `import { ASSETS, CSS, FIRST, SECOND } from 'build:assets'`: the later files' names and integrity, the stylesheet, the first question and the second for each of its answers. */
const assetsWith = (stylesheet, firstQuestion = {}, secondQuestions = {}) => ({
  name: 'aifc-assets',
  setup(b) {
    b.onResolve({ filter: /^build:assets$/ }, () => ({ path: 'assets', namespace: 'aifc-assets' }));
    b.onLoad({ filter: /.*/, namespace: 'aifc-assets' }, () => ({
      contents: `export const ASSETS = ${JSON.stringify(assets)};\nexport const CSS = ${JSON.stringify(stylesheet)};\nexport const FIRST = ${JSON.stringify(firstQuestion)};\nexport const SECOND = ${JSON.stringify(secondQuestions)};`,
      loader: 'js',
    }));
  },
});
const assetsPlugin = assetsWith(stylesheet, first, second);

/**
 * `import { URLS } from 'build:urls'`: each later file's URL as a literal
 * `new URL("<file>", import.meta.url)`, the one form that Vite (dev and build), webpack, Rollup,
 * Parcel and esbuild's users' tools recognise: a partner's bundler copies the file and rewrites
 * the name, with no configuration; served as built, the URL is the file beside the entry. The
 * bytes are unchanged whatever the bundler names them, so the integrity value still holds.
 */
const urlsPlugin = {
  name: 'aifc-urls',
  setup(b) {
    b.onResolve({ filter: /^build:urls$/ }, () => ({ path: 'urls', namespace: 'aifc-urls' }));
    b.onLoad({ filter: /.*/, namespace: 'aifc-urls' }, () => ({
      contents: `export const URLS = {\n${Object.entries(assets).map(([key, a]) => `  ${JSON.stringify(key)}: new URL(${JSON.stringify(a.file)}, import.meta.url),`).join('\n')}\n};`,
      loader: 'js',
    }));
    // wasm-bindgen's default, `new URL('aifc_eligibility_bg.wasm', import.meta.url)`, names a file
    // that is not beside the entry (a bundler would fail to find it): the widget always passes its
    // pinned wasm, and the default becomes that same file.
    b.onLoad({ filter: /aifc_eligibility_bindgen\.js$/ }, (args) => {
      const glue = fs.readFileSync(args.path, 'utf8');
      const DEFAULT = "new URL('aifc_eligibility_bg.wasm', import.meta.url)";
      if (!glue.includes(DEFAULT)) throw new Error(`${args.path}: no ${DEFAULT} to point at the widget's wasm; update scripts/bundle.mjs`);
      return { contents: glue.replace(DEFAULT, `new URL(${JSON.stringify(assets.wasm.file)}, import.meta.url)`), loader: 'js' };
    });
  },
};

// V8's explicit compile hint (Chromium 136 on; others ignore the comment): the entry's functions
// are compiled on the thread that streams it instead of one by one on the main thread when the
// first screen first calls them (71 of them: 7-14 ms of the main thread unthrottled). 76 cold
// loads of each build on the phone profile: medians 912 ms without, 871 ms with (README).
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
await build({
  ...options,
  write: true,
  entryPoints: [path.join(ROOT, 'www', ENTRY)],
  outfile: path.join(out, ENTRY),
  format: 'esm',
  allowOverwrite: true,
  banner: { js: COMPILE_HINT },
  ...SOURCEMAP,
  plugins: [textsPlugin, assetsPlugin, urlsPlugin],
});
fs.rmSync(path.join(out, 'aifc-eligibility.css'), { force: true }); // an older build's

// The second element, <aifc-team-planner>: its own entry (www/aifc-team-planner.js with
// www/src/planner/, its texts `texts:planner`, papaparse) and stylesheet, the same later files
// (the one engine and its texts, pinned the same way), so neither entry carries the other's code.
const PLANNER = 'aifc-team-planner.js';
const plannerCss = await cssOf('aifc-team-planner.css');
await build({
  ...options,
  write: true,
  entryPoints: [path.join(ROOT, 'www', PLANNER)],
  outfile: path.join(out, PLANNER),
  format: 'esm',
  allowOverwrite: true,
  ...SOURCEMAP,
  plugins: [textsPlugin, assetsWith(plannerCss), urlsPlugin],
});
fs.rmSync(path.join(out, 'aifc-team-planner.css'), { force: true });
// The same table for the tests, the benchmark and a host page's preload lines.
fs.writeFileSync(path.join(out, 'assets.json'), `${JSON.stringify(assets, null, 2)}\n`);

// The demo pages' preload lines (`<link rel="preload" as="fetch" crossorigin data-asset="wasm" href>`):
// the hashed name. No integrity attribute: Chromium ignores it on a fetch preload and warns
// (crbug.com/981419); the widget's own fetch, with the integrity value, takes the preloaded
// response and checks it.
for (const page of fs.readdirSync(out).filter((f) => f.endsWith('.html'))) {
  const file = path.join(out, page);
  const html = fs.readFileSync(file, 'utf8').replace(/(<link [^>]*data-asset="(\w+)"[^>]*>)/g, (link, _, key) => {
    if (!assets[key]) throw new Error(`${page}: no asset "${key}" to preload`);
    return link.replace(/href="[^"]*"/, `href="${assets[key].file}"`);
  });
  fs.writeFileSync(file, html);
}
console.log(`[build] ${ENTRY} and ${PLANNER}: the elements, the engine's glue and the stylesheet; later, pinned: ${Object.values(assets).map((a) => a.file).join(', ')}`);
