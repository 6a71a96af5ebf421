// The shipping steps of the build (scripts/build.mjs), from pkg/ and dist/ once both are built:
// integrity values, the npm package, the versioned folder for CDNs, and precompressed copies.
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { integrityOf, writeVersioned } from '../release.mjs';

const root = new URL('../../', import.meta.url);
const pkg = new URL('pkg/', root);
const dist = new URL('dist/', root);

/**
 * dist/integrity.json: the SHA-384 Subresource Integrity value of every shipped file, for the embed
 * snippet's `integrity` attribute (the entries', aifc-eligibility.js and aifc-team-planner.js) and
 * a host page's preload line (the wasm's, under its hashed name); see docs/WIDGET.md and
 * SECURITY.md. The entry carries the same values for the files it loads later (scripts/build/bundle.mjs).
 */
export async function writeIntegrity() {
  const hashed = (await readdir(dist)).filter((f) => /^aifc-eligibility\.[0-9a-f]{16}\.\w+$/.test(f)).sort();
  const shipped = [
    'aifc-eligibility.js',
    'aifc-team-planner.js',
    ...hashed,
    'pkg/aifc_eligibility.js',
    'pkg/aifc_eligibility_guard.js',
    'pkg/aifc_eligibility_bindgen.js',
    'pkg/aifc_eligibility_bg.wasm',
  ];
  const hashes = {};
  for (const file of shipped) hashes[file] = integrityOf(await readFile(new URL(file, dist)));
  await writeFile(new URL('integrity.json', dist), JSON.stringify(hashes, null, 2) + '\n');
  return shipped.length;
}

/*
 * What a partner installs and what a CDN serves:
 *
 * 1. The npm package, target/npm/aifc-eligibility-<version>.tgz (`npm pack`): the engine
 *    (`aifc-eligibility`: the guard, the glue, the wasm, each language's texts, types that need no
 *    DOM library, and `aifc_eligibility.node.js` for the `node` condition, whose `init()` reads
 *    them from disk), the widget (`aifc-eligibility/widget`: the pinned entry and the files it
 *    loads, with the element's types; `aifc-eligibility/react` its JSX types), the team planner
 *    (`aifc-eligibility/team-planner`, the same later files, and papaparse, which it carries, as a
 *    bundled dependency), README.md, LICENSE, CHANGELOG.md and the documents README links to
 *    (docs/WIDGET.md, docs/API.md, SECURITY.md, ARCHITECTURE.md, bench/RESULTS.md). `npm publish
 *    --dry-run` on it is clean (tests/js/publish.test.mjs).
 * 2. Versioned, immutable files for CDNs (scripts/release.mjs): dist/<version>/ for a released
 *    version, written once (the build refuses other bytes than releases/<version>/integrity.json),
 *    or dist/dev/ for a development build; integrity.json names the version, the guide edition and
 *    each file's SHA-384. A redeploy adds a folder and never changes one a partner pinned.
 */
export async function packageAndRelease(meta) {
  const { version } = meta;
  const out = new URL('target/npm/', root);
  const stage = new URL('package/', out);

  const edition = (await readFile(new URL('content/guide-2025/edition.toml', root), 'utf8')).match(/^edition = "([^"]+)"/m)?.[1];
  if (!edition) throw new Error('scripts/build/ship.mjs: no edition in content/guide-2025/edition.toml');
  const assets = JSON.parse(await readFile(new URL('assets.json', dist), 'utf8'));
  /** The elements as shipped: the widget's entry, the team planner's, and every file they load later (dist/assets.json). */
  const widgetFiles = ['aifc-eligibility.js', 'aifc-team-planner.js', ...Object.values(assets).map((a) => a.file)];
  // Each entry's source map beside it (for devtools; no page fetches it).
  widgetFiles.push('aifc-eligibility.js.map', 'aifc-team-planner.js.map');

  // The npm package
  await rm(out, { recursive: true, force: true });
  await mkdir(new URL('widget/', stage), { recursive: true });
  const engineFiles = (await readdir(pkg)).filter((f) =>
    /^aifc_eligibility(\.node\.js|\.js|_guard\.js|_bindgen\.js|_bg\.wasm|_texts_.+\.txt|\.d\.ts|_bg\.wasm\.d\.ts)$/.test(f),
  );
  for (const f of engineFiles) await cp(new URL(f, pkg), new URL(f, stage));
  for (const f of widgetFiles) await cp(new URL(f, dist), new URL(`widget/${f}`, stage));
  for (const f of ['aifc-eligibility.d.ts', 'aifc-team-planner.d.ts', 'aifc-eligibility-react.d.ts'])
    await cp(new URL(`www/${f}`, root), new URL(`widget/${f}`, stage));
  // README's links reach these (the widget's and the engine's references, the security model, how it
  // is built, the benchmark's figures), so they are in the package too: npm's page and a partner's
  // node_modules show README as written.
  const docs = ['docs/WIDGET.md', 'docs/API.md', 'SECURITY.md', 'ARCHITECTURE.md', 'bench/RESULTS.md'];
  for (const dir of ['docs/', 'bench/']) await mkdir(new URL(dir, stage), { recursive: true });
  for (const f of ['README.md', 'LICENSE', 'CHANGELOG.md', ...docs]) await cp(new URL(f, root), new URL(f, stage));
  const author = (await readFile(new URL('LICENSE', root), 'utf8')).match(/^Copyright \(c\) \d{4} (.+)$/m)?.[1];
  if (!author) throw new Error('scripts/build/ship.mjs: no copyright holder in LICENSE');

  // papaparse is bundled into the team planner's entry (widget/aifc-team-planner.js) by esbuild, so
  // a partner's tree would never name it and an audit of their dependencies (npm audit, npm ls, an
  // SBOM) would not see it. It is declared as a bundled dependency, at the version the build used,
  // with its manifest, licence and code in node_modules/papaparse/ (what npm pack takes for a
  // bundled dependency; nothing is fetched at install). The root package-lock keeps it a dev
  // dependency of the repository: nothing installs it at run time.
  const PAPAPARSE = new URL('node_modules/papaparse/', root);
  const papaparse = JSON.parse(await readFile(new URL('package.json', PAPAPARSE), 'utf8'));
  const bundled = new URL('node_modules/papaparse/', stage);
  await mkdir(bundled, { recursive: true });
  for (const f of ['package.json', 'LICENSE', 'README.md', 'papaparse.js', 'papaparse.min.js'])
    await cp(new URL(f, PAPAPARSE), new URL(f, bundled));

  const manifest = {
    name: 'aifc-eligibility',
    version,
    description: `${meta.description} With <aifc-eligibility>, the embeddable widget (guide edition ${edition}).`,
    keywords: ['aifc', 'astana', 'kazakhstan', 'visa', 'work permit', 'webassembly', 'web component'],
    license: 'MIT',
    author,
    // No repository, homepage or bugs: the project has no public address for them yet, and an
    // invented one would send partners (and npm's provenance check) elsewhere. Add them with a real one.
    type: 'module',
    main: './aifc_eligibility.js',
    types: './aifc_eligibility.d.ts',
    exports: {
      '.': {
        types: './aifc_eligibility.d.ts',
        node: './aifc_eligibility.node.js',
        default: './aifc_eligibility.js',
      },
      // Each language's texts, for a bundler's import (`aifc-eligibility/texts/ru.txt`).
      './texts/*.txt': './aifc_eligibility_texts_*.txt',
      './widget': { types: './widget/aifc-eligibility.d.ts', default: './widget/aifc-eligibility.js' },
      './team-planner': { types: './widget/aifc-team-planner.d.ts', default: './widget/aifc-team-planner.js' },
      './react': { types: './widget/aifc-eligibility-react.d.ts' },
      './package.json': './package.json',
    },
    files: [...engineFiles, 'widget/', 'CHANGELOG.md', ...docs],
    // The widget defines its element when imported; the engine has no side effects.
    sideEffects: ['./widget/aifc-eligibility.js', './widget/aifc-team-planner.js'],
    // Inlined in widget/aifc-team-planner.js; declared so that audits of a partner's tree see it.
    dependencies: { papaparse: papaparse.version },
    bundleDependencies: ['papaparse'],
    engines: { node: '>=20' },
    aifc: { guideEdition: edition },
  };
  await writeFile(new URL('package.json', stage), `${JSON.stringify(manifest, null, 2)}\n`);
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', out.pathname, stage.pathname], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  )[0];

  // Versioned files for CDNs (scripts/release.mjs: a released version's folder is written once)
  const changelog = await readFile(new URL('CHANGELOG.md', root), 'utf8');
  const { folder, released } = await writeVersioned({
    dist,
    releases: new URL('releases/', root),
    changelog,
    version,
    guideEdition: edition,
    files: widgetFiles,
  });
  return { packed, folder, released, files: widgetFiles.length };
}

/**
 * <file>.br and <file>.gz beside every file of dist/ a browser downloads as text or wasm, so a
 * static server (scripts/serve.sh, a CDN) sends them with Content-Encoding and spends no CPU
 * compressing. Brotli at its highest quality, gzip at level 9: done once, at build time.
 */
export function compress(dir = path.join(root.pathname, 'dist')) {
  const COMPRESSIBLE = /\.(js|mjs|css|wasm|html|json|svg|txt)$/;
  let raw = 0;
  let br = 0;
  let count = 0;
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const file = path.join(d, name);
      if (statSync(file).isDirectory()) {
        walk(file);
        continue;
      }
      if (!COMPRESSIBLE.test(name)) continue;
      const bytes = readFileSync(file);
      const brotli = brotliCompressSync(bytes, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
      });
      writeFileSync(`${file}.br`, brotli);
      writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
      raw += bytes.length;
      br += brotli.length;
      count += 1;
    }
  };
  walk(dir);
  return { count, raw, br };
}
