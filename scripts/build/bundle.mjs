// The widget's steps of the build (scripts/build.mjs): esbuild, with one configuration (ESBUILD),
// makes every script and stylesheet dist/ ships.
//
// Each element is one pinned entry module: dist/aifc-eligibility.js (www/aifc-eligibility.js with
// www/src/widget/ and shared/, the words of its first screen `texts:widget` made from texts/<tag>/widget.ftl by
// scripts/texts.mjs, the engine's glue from pkg/, and the first part of its stylesheet as text the
// module adopts into each shadow root) and dist/aifc-team-planner.js (www/aifc-team-planner.js with
// www/src/planner/, `texts:planner`, papaparse), neither carrying the other's code. Both load the
// same later files (`build:assets`), each under a content-hashed name (aifc-eligibility.<hash>.wasm)
// with the SHA-384 integrity value it is fetched with (also in <out>/assets.json): so the one
// `integrity` on the page's script tag pins every byte the element runs. Later: the wasm (`wasm`)
// and the widget's later file (`later`: the rest of the stylesheet and the country names) once the
// first question is painted, and per language the engine's texts (`texts-<tag>`, read from
// <out>/pkg/, the package as copied into dist/) and the widget's other words (`words-<tag>`).
//
// AIFC_TEXTS_EXTRA adds a folder of languages (see scripts/texts.mjs):
// `node scripts/build/bundle.mjs <out>` bundles into another copy of dist/ (the pseudo-locale test).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { ROOT, languageDirs, laterWords, textsPlugin } from '../texts.mjs';
import { integrityOf, hashedName } from '../release.mjs';
import { firstQuestions } from './first-questions.mjs';
import { FIRST_WORDS } from '../../www/data/first-words.js';
import { ALIASES, REGIONS_KK } from '../../www/data/regions-kk.js';

/**
 * The one esbuild configuration: every file esbuild makes is these options with its entry, its
 * output and (for the elements) the plugins that provide the build's modules. Each shipped script
 * has its source map beside it (<file>.map, linked by its last line, read by devtools only: a
 * visitor's browser never fetches it).
 */
export const ESBUILD = {
  bundle: true,
  minify: true,
  target: 'es2022',
  format: 'esm',
  charset: 'utf8',
  logLevel: 'warning',
  sourcemap: 'linked',
};

/** A stylesheet, bundled and minified, as text (inlined in an entry: no map of its own). */
async function cssOf(file) {
  const { outputFiles } = await build({
    ...ESBUILD,
    sourcemap: false,
    entryPoints: [path.join(ROOT, 'www', file)],
    outfile: 'out.css',
    write: false,
  });
  return outputFiles[0].text.trim();
}

/** A virtual module: `import { ... } from 'build:<name>'` gets `contents()` (named aifc-<name>:<name> in the source maps). */
const virtual = (name, contents) => ({
  name: `aifc-${name}`,
  setup(b) {
    b.onResolve({ filter: new RegExp(`^build:${name}$`) }, () => ({ path: name, namespace: `aifc-${name}` }));
    b.onLoad({ filter: /.*/, namespace: `aifc-${name}` }, () => ({ contents: contents(), loader: 'js' }));
  },
});

/**
 * `build:urls`: each later file's URL as a literal `new URL("<file>", import.meta.url)`, the one
 * form that Vite (dev and build), webpack, Rollup, Parcel and esbuild's users' tools recognise: a
 * partner's bundler copies the file and rewrites the name, with no configuration; served as built,
 * the URL is the file beside the entry. The bytes are unchanged whatever the bundler names them, so
 * the integrity value still holds.
 */
function urlsPlugin(assets) {
  const urls = virtual(
    'urls',
    () =>
      `export const URLS = {\n${Object.entries(assets)
        .map(([key, a]) => `  ${JSON.stringify(key)}: new URL(${JSON.stringify(a.file)}, import.meta.url),`)
        .join('\n')}\n};`,
  );
  return {
    name: 'aifc-urls',
    setup(b) {
      urls.setup(b);
      // wasm-bindgen's default, `new URL('aifc_eligibility_bg.wasm', import.meta.url)`, names a
      // file that is not beside the entry (a partner's bundler would fail to find it): the widget
      // always passes its pinned wasm, and the default becomes that same file. (wasm-bindgen's
      // --omit-default-module-path would drop the default the package's own init() needs.)
      b.onLoad({ filter: /aifc_eligibility_bindgen\.js$/ }, (args) => {
        const glue = fs.readFileSync(args.path, 'utf8');
        const DEFAULT = "new URL('aifc_eligibility_bg.wasm', import.meta.url)";
        if (!glue.includes(DEFAULT))
          throw new Error(`${args.path}: no ${DEFAULT} to point at the widget's wasm; update scripts/build/bundle.mjs`);
        return { contents: glue.replace(DEFAULT, `new URL(${JSON.stringify(assets.wasm.file)}, import.meta.url)`), loader: 'js' };
      });
    },
  };
}

/** `build:assets`: the later files' names and integrity, the element's stylesheet, the first question and the second for each of its answers. */
const assetsPlugin = (assets, css, first = {}, second = {}) =>
  virtual('assets', () =>
    [
      `export const ASSETS = ${JSON.stringify(assets)};`,
      `export const CSS = ${JSON.stringify(css)};`,
      `export const FIRST = ${JSON.stringify(first)};`,
      `export const SECOND = ${JSON.stringify(second)};`,
    ].join('\n'),
  );

// V8's explicit compile hint (Chromium 136 on; others ignore the comment): the entry's functions
// are compiled on the thread that streams it instead of one by one on the main thread when the
// first screen first calls them (71 of them: 7-14 ms of the main thread unthrottled). 76 cold
// loads of each build on the phone profile: medians 912 ms without, 871 ms with (bench/RESULTS.md).
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Bundles both elements into `out` (a copy of www/ with pkg/ in it); returns the later files' table. */
export async function bundleElements(out) {
  // The files loaded after the entry: written under their hashed names (an older build's removed).
  for (const name of fs.readdirSync(out)) {
    if (/^aifc-eligibility\.[0-9a-f]{16}\./.test(name)) fs.rmSync(path.join(out, name));
  }
  const assets = {};
  const later = (key, bytes, ext) => {
    const file = hashedName(bytes, ext);
    fs.writeFileSync(path.join(out, file), bytes);
    assets[key] = { file, integrity: integrityOf(bytes) };
  };
  const pkg = path.join(out, 'pkg');
  later('wasm', fs.readFileSync(path.join(pkg, 'aifc_eligibility_bg.wasm')), 'wasm');
  // The engine's texts, one file per language (`texts-<tag>`), loaded for the visitor's language only.
  const engineLangs = [...languageDirs().keys()].filter((tag) => fs.existsSync(path.join(pkg, `aifc_eligibility_texts_${tag}.txt`)));
  for (const tag of engineLangs) later(`texts-${tag}`, fs.readFileSync(path.join(pkg, `aifc_eligibility_texts_${tag}.txt`)), 'txt');
  // The widget's words beyond the first screen's, one file per language of the widget.
  for (const [tag, json] of Object.entries(laterWords(FIRST_WORDS))) later(`words-${tag}`, Buffer.from(json), 'json');

  // A language the engine lacks has no first question: the widget asks in English.
  const first = {};
  const second = {};
  for (const tag of engineLangs) ({ first: first[tag], second: second[tag] } = await firstQuestions(pkg, tag));

  const stylesheet = await cssOf('aifc-eligibility.css');
  // What only the screens after the first need, fetched with the engine (www/src/shared/later.js).
  later(
    'later',
    Buffer.from(JSON.stringify({ css: await cssOf('aifc-eligibility-later.css'), regionsKk: REGIONS_KK, aliases: ALIASES })),
    'json',
  );

  const element = (entry, plugins, extra = {}) =>
    build({
      ...ESBUILD,
      ...extra,
      entryPoints: [path.join(ROOT, 'www', entry)],
      outfile: path.join(out, entry),
      allowOverwrite: true,
      plugins: [textsPlugin, ...plugins, urlsPlugin(assets)],
    });
  await element('aifc-eligibility.js', [assetsPlugin(assets, stylesheet, first, second)], { banner: { js: COMPILE_HINT } });
  await element('aifc-team-planner.js', [assetsPlugin(assets, await cssOf('aifc-team-planner.css'))]);
  // The same table for the tests, the benchmark and a host page's preload lines.
  fs.writeFileSync(path.join(out, 'assets.json'), `${JSON.stringify(assets, null, 2)}\n`);
  preloads(out, assets);
  return assets;
}

/**
 * The demo pages' preload lines (`<link rel="preload" as="fetch" crossorigin data-asset="wasm" href>`)
 * get the hashed name. No integrity attribute: Chromium ignores it on a fetch preload and warns
 * (crbug.com/981419); the widget's own fetch, with the integrity value, takes the preloaded
 * response and checks it.
 */
function preloads(out, assets) {
  for (const page of fs.readdirSync(out).filter((f) => f.endsWith('.html'))) {
    const file = path.join(out, page);
    const html = fs.readFileSync(file, 'utf8').replace(/(<link [^>]*data-asset="(\w+)"[^>]*>)/g, (link, _, key) => {
      if (!assets[key]) throw new Error(`${page}: no asset "${key}" to preload`);
      return link.replace(/href="[^"]*"/, `href="${assets[key].file}"`);
    });
    fs.writeFileSync(file, html);
  }
}

/** The package's glue as deployed in dist/pkg/: each file minified alone (they import each other), without its comments. */
export async function minifyGlue(from, to, files) {
  for (const file of files) {
    await build({
      ...ESBUILD,
      bundle: false,
      format: undefined,
      entryPoints: [path.join(from, file)],
      outfile: path.join(to, file),
      allowOverwrite: true,
    });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = process.argv[2];
  if (!out) throw new Error('usage: node scripts/build/bundle.mjs <out-dir>');
  const assets = await bundleElements(path.resolve(out));
  console.log(
    `[bundle] ${out}: the elements; later, pinned: ${Object.values(assets)
      .map((a) => a.file)
      .join(', ')}`,
  );
}
