// The build, in order: the engine's package in pkg/ and the deployable site in dist/ (the demo
// pages, the two elements bundled, pkg/), then what partners install and CDNs serve. Run by scripts/build.sh after scripts/setup.sh.
//   1. wasm       cargo builds the engine for wasm32, each language's texts kept out of it
//   2. bindings   wasm-bindgen's glue
//   3. wasm-opt   the wasm optimised for size
//   4. texts      each language's engine texts beside the wasm; the guard in front of the glue,
//                 the two entries and the types; pkg/package.json
//   5. bundle     dist/: the demo pages, the two elements bundled by esbuild (one configuration),
//                 the files they load later under content-hashed names, the package's glue minified
//   6. integrity  dist/integrity.json: the SHA-384 of every shipped file
//   7. package    the npm package (target/npm/) and the versioned folder for CDNs (dist/<version>/)
//   8. compress   .br and .gz beside every text and wasm file of dist/
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './texts.mjs';
import { CRATE, bindgen, cargoWasm, copyTexts, guardPackage, packageJson, wasmOpt } from './build/engine.mjs';
import { bundleElements, minifyGlue } from './build/bundle.mjs';
import { compress, packageAndRelease, writeIntegrity } from './build/ship.mjs';

const pkg = path.join(ROOT, 'pkg');
const dist = path.join(ROOT, 'dist');
const started = Date.now();
const log = (step, what) => console.log(`[build] ${step}: ${what} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

// 1. wasm
fs.rmSync(pkg, { recursive: true, force: true });
fs.mkdirSync(pkg);
const { wasm, tables, tags } = cargoWasm();
log('wasm', `${wasm.slice(ROOT.length)}; texts in ${tags.join(', ')}`);

// 2. bindings
bindgen(wasm, pkg);
log('bindings', `wasm-bindgen's glue in pkg/`);

// 3. wasm-opt
const wasmFile = path.join(pkg, `${CRATE}_bg.wasm`);
wasmOpt(wasmFile);
log('wasm-opt', `${fs.statSync(wasmFile).size} bytes of wasm`);

// 4. texts: each language's file beside the wasm, loaded by `loadLanguage` (the widget's texts
// are checked and made into data by the bundle's `texts:` modules, scripts/texts.mjs); with them
// and the final wasm, the package: the guard in front of the glue (keyed by the wasm's integrity
// value), the entries that name each language's file, the types, package.json.
copyTexts(tables, pkg);
const exports = guardPackage(pkg, tags);
const meta = packageJson(pkg, tags);
log('texts', `pkg/${CRATE}_texts_<tag>.txt; pkg/${CRATE}.js: the guard in front of ${exports} exports; pkg/package.json (${meta.version})`);

// 5. bundle. dist/ is what a site deploys: the demo pages (www/demo/), the elements' entries and
// the files they load later, and pkg/ (the package, for pages that call the engine themselves).
// The elements' sources (www/src/, www/data/) are not shipped.
fs.rmSync(dist, { recursive: true, force: true });
fs.cpSync(path.join(ROOT, 'www', 'demo'), dist, { recursive: true });
fs.cpSync(pkg, path.join(dist, 'pkg'), { recursive: true });
const assets = await bundleElements(dist);
// The package's glue as deployed: the same code without its comments (with its source map).
await minifyGlue(pkg, path.join(dist, 'pkg'), [`${CRATE}.js`, `${CRATE}_guard.js`, `${CRATE}_bindgen.js`]);
log(
  'bundle',
  `aifc-eligibility.js and aifc-team-planner.js; later, pinned: ${Object.values(assets)
    .map((a) => a.file)
    .join(', ')}`,
);

// 6. integrity
log('integrity', `dist/integrity.json: ${await writeIntegrity()} files hashed (SHA-384)`);

// 7. package
const { packed, folder, released, files } = await packageAndRelease(meta);
log(
  'package',
  `target/npm/${packed.filename} (${packed.entryCount} files, ${packed.size} bytes); dist/${folder}/ (${files} files, ${released ? `released ${meta.version}: the same bytes as releases/${meta.version}/integrity.json` : 'a development build: CHANGELOG.md lists unreleased changes'})`,
);

// 8. compress
const { count, raw, br } = compress(dist);
log('compress', `${count} files: ${raw} bytes, ${br} brotli (.br and .gz beside each)`);
