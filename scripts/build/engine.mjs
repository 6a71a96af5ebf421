// The engine's steps of the build (scripts/build.mjs): the wasm (cargo), its bindings
// (wasm-bindgen), wasm-opt, the languages' texts beside it, and the package in pkg/: the guard
// (src/glue.js) in front of wasm-bindgen's glue, the browser and Node entries, the types and
// package.json. scripts/wasm-size.mjs builds the same wasm with its names kept.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../texts.mjs';
import { integrityOf } from '../release.mjs';

export const CRATE = 'aifc_eligibility';

/**
 * The shipped wasm must not carry the build machine's paths (panic locations name source files):
 * cargo's registry and the repository are renamed in them.
 */
export function rustflags() {
  const cargoHome = process.env.CARGO_HOME ?? path.join(os.homedir(), '.cargo');
  return `--remap-path-prefix=${cargoHome}/registry/src=crates --remap-path-prefix=${ROOT.replace(/\/$/, '')}=aifc-eligibility`;
}

/**
 * Builds the shipped wasm (release, wasm32) with each language's texts kept out of it
 * (`--features separate-texts`: a visitor downloads only their language's, loaded by
 * `loadLanguage`). `cargo rustc --crate-type cdylib` keeps Cargo.toml's rlib for native tests and
 * makes a smaller wasm than listing cdylib there. Returns the wasm's path, the folder where the
 * API crate's build script wrote one table per language (`<tag>.txt`) and their tags.
 */
export function cargoWasm() {
  const args = [
    'rustc',
    '--quiet',
    '--lib',
    '--crate-type',
    'cdylib',
    '--target',
    'wasm32-unknown-unknown',
    '--release',
    '--features',
    'separate-texts',
    '--message-format',
    'json-render-diagnostics',
  ];
  const run = spawnSync('cargo', args, {
    cwd: ROOT,
    env: { ...process.env, RUSTFLAGS: rustflags() },
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 28,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`cargo ${args.join(' ')} failed`);
  const messages = run.stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l));
  const script = messages.find((m) => m.reason === 'build-script-executed' && /aifc-eligibility-api/.test(m.package_id));
  const wasm = messages
    .find((m) => m.reason === 'compiler-artifact' && m.target?.name === CRATE)
    ?.filenames?.find((f) => f.endsWith('.wasm'));
  if (!script || !wasm) throw new Error('cargo reported no texts or no wasm');
  const tables = path.join(script.out_dir, 'texts');
  const tags = fs
    .readdirSync(tables)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort();
  if (tags.length === 0) throw new Error(`no language's texts in ${tables}`);
  return { wasm, tables, tags };
}

/** wasm-bindgen's glue for the browser (`--target web`) in `out`; `extra` adds flags (`--keep-debug`). */
export function bindgen(wasm, out, extra = []) {
  execFileSync('wasm-bindgen', ['--target', 'web', ...extra, '--out-dir', out, wasm], { stdio: 'inherit' });
}

/**
 * wasm-opt's flags: -Oz until it stops shrinking (--converge); the producers and target-features
 * sections are read by tools only, never by a browser.
 */
export const WASM_OPT = ['-Oz', '--converge', '--strip-producers', '--strip-target-features'];

export function wasmOpt(file, out = file, extra = []) {
  execFileSync(path.join(ROOT, 'node_modules/.bin/wasm-opt'), [...WASM_OPT, ...extra, file, '-o', out], { stdio: 'inherit' });
}

/** Each language's table (cargo's `<tag>.txt`) as the package's `aifc_eligibility_texts_<tag>.txt`. */
export function copyTexts(tables, pkg) {
  for (const name of fs.readdirSync(tables)) fs.copyFileSync(path.join(tables, name), path.join(pkg, `${CRATE}_texts_${name}`));
}

// ---------------------------------------------------------------------------------------------
// The guard in front of wasm-bindgen's glue (see src/glue.js)
// ---------------------------------------------------------------------------------------------
// wasm-bindgen's output is edited in three places, each checked (the build fails if the generated
// glue is not of the shape relied on), because wasm-bindgen has no flag for any of them:
// - its JavaScript snippets (src/bindings/*.js, written to pkg/snippets/) are inlined, so the
//   package is flat files a CDN and the widget's integrity list name one by one;
// - two functions are appended that only code inside its module can write: the guard drops a
//   broken instance (`wasm`, `wasmModule` are module-level `let`s it does not export);
// - the types of init and initSync are replaced by ones without the DOM library (wasm-bindgen names
//   RequestInfo, Response and WebAssembly.*, which a Node project's TypeScript does not have).

/** pkg/aifc_eligibility.js (wasm-bindgen's) becomes aifc_eligibility_bindgen.js, with its snippets inlined. */
function inlineSnippets(pkg) {
  let generated = fs.readFileSync(path.join(pkg, `${CRATE}.js`), 'utf8');
  // Each snippet once, in place of the lines importing it: `import { a } from` needs nothing more,
  // `import * as x from` becomes an object of the snippet's exports.
  const inlined = new Set();
  for (const [line, what, file] of [...generated.matchAll(/^import (.+?) from ['"](\.\/snippets\/[^'"]+)['"];?$/gm)]) {
    const source = fs.readFileSync(path.join(pkg, file), 'utf8');
    const names = [...source.matchAll(/^export function (\w+)\(/gm)].map((m) => m[1]);
    let replacement = inlined.has(file) ? '' : source.replace(/^export function /gm, 'function ');
    inlined.add(file);
    const star = what.match(/^\* as (\w+)$/);
    if (star) replacement += `const ${star[1]} = { ${names.join(', ')} };`;
    else if (!/^\{[\w\s,]+\}$/.test(what)) throw new Error(`cannot inline "${line}" into the glue`);
    generated = generated.replace(line, replacement);
  }
  // (The snippet's path stays as the name of the wasm import module, which is only a key.)
  if (/^import .* from ['"]\.\/snippets\//m.test(generated)) throw new Error('a snippet import is left in the glue');
  fs.rmSync(path.join(pkg, 'snippets'), { recursive: true, force: true });
  return generated;
}

/** `__aifcDrop` and `__aifcKeptTexts`, appended: see src/glue.js's restart(). */
function dropFunctions(generated) {
  // wasm-bindgen keeps the instance's exports in a module-level `wasm` and the compiled module in
  // `wasmModule`; initSync makes a new instance only when `wasm` is unset.
  for (const needed of ['let wasmModule, wasmInstance, wasm;', 'if (wasm !== undefined) return wasm;', 'wasmModule = module;']) {
    if (!generated.includes(needed))
      throw new Error(
        `the wasm-bindgen glue no longer contains ${JSON.stringify(needed)}; update scripts/build/engine.mjs and src/glue.js`,
      );
  }
  if (!generated.includes('function aifcKeptTexts('))
    throw new Error('src/bindings/answer.js is no longer inlined (aifcKeptTexts is missing)');
  return `${generated}
/** Added by scripts/build/engine.mjs: forgets the instance (so that initSync makes a fresh one) and
 * returns the compiled module to make it from. */
export function __aifcDrop() {
    wasm = undefined;
    return wasmModule;
}
/** Added by scripts/build/engine.mjs: the files of texts the engine took, \`[tag, texts]\` per language
 * (src/bindings/answer.js), for the guard to load into a fresh instance. */
export function __aifcKeptTexts() {
    return aifcKeptTexts();
}
`;
}

/** The browser entry (src/browser.js) with each language's texts named by a literal URL a bundler follows. */
function browserEntry(tags) {
  const browser = fs.readFileSync(path.join(ROOT, 'src/browser.js'), 'utf8');
  const EMPTY = 'const TEXTS = {};';
  if (!browser.includes(EMPTY)) throw new Error(`src/browser.js: no ${EMPTY} to fill`);
  return browser.replace(
    EMPTY,
    `const TEXTS = {\n${tags.map((t) => `  ${t}: new URL("${CRATE}_texts_${t}.txt", import.meta.url),`).join('\n')}\n};`,
  );
}

/**
 * One engine per page (src/glue.js): the guard's key names this build's wasm (its integrity
 * value, so the wasm must be optimised first), so copies of one build share an instance and
 * another build's keep theirs.
 */
function guardOfThisBuild(pkg) {
  const guard = fs.readFileSync(path.join(ROOT, 'src/glue.js'), 'utf8');
  const BUILD = 'const BUILD = "";';
  if (!guard.includes(BUILD)) throw new Error(`src/glue.js: no ${BUILD} to fill`);
  const wasm = integrityOf(fs.readFileSync(path.join(pkg, `${CRATE}_bg.wasm`)));
  // The guard's copy of a request (src/request.js) is inlined: one file fewer to load.
  const IMPORT = /^import \{[\w\s,]+\} from "\.\/request\.js";.*$/m;
  if (!IMPORT.test(guard)) throw new Error('src/glue.js no longer imports ./request.js; update scripts/build/engine.mjs');
  const copier = fs.readFileSync(path.join(ROOT, 'src/request.js'), 'utf8').replace(/^export /gm, '');
  return guard.replace(IMPORT, () => copier).replace(BUILD, `const BUILD = ${JSON.stringify(wasm)};`);
}

/** Every export of the engine must go through the guard. */
function checkGuarded(generated) {
  const engine = [...generated.matchAll(/^export function (\w+)\(/gm)]
    .map((m) => m[1])
    .filter((n) => n !== 'initSync' && !n.startsWith('__'));
  const guard = fs.readFileSync(path.join(ROOT, 'src/glue.js'), 'utf8');
  const missing = engine.filter((n) => !guard.includes(`= guarded("${n}");`));
  if (missing.length > 0) throw new Error(`src/glue.js does not guard ${missing.join(', ')}`);
  return engine.length;
}

const INIT_TYPES = `/**
 * What \`init\` takes: the wasm's URL (a string or a URL), a fetch Response or its promise, the
 * wasm's bytes, or a compiled WebAssembly.Module. Typed without the DOM library.
 */
export type InitInput = string | { readonly href: string } | ArrayBuffer | ArrayBufferView | object;
/** The engine instance (internal: call the package's functions). */
export type InitOutput = object;
export type SyncInitInput = ArrayBuffer | ArrayBufferView | object;
/** Instantiates the engine synchronously from the wasm's bytes or a compiled module. */
export function initSync(module: { module: SyncInitInput } | SyncInitInput): InitOutput;
/**
 * Loads and compiles the engine, once: later and concurrent calls share the first one's promise.
 * In Node (the package's \`node\` entry) \`init()\` without an argument reads the wasm and every
 * language's texts from the package. In a browser it fetches the wasm from beside the module, and
 * with \`{ lang }\` that language's texts too (\`await init({ lang: "ru" })\`); load another with
 * \`loadLanguage(lang)\`.
 */
export default function init(module_or_path?: { lang: LangTag | readonly LangTag[]; module_or_path?: InitInput | PromiseLike<InitInput> } | { module_or_path: InitInput | PromiseLike<InitInput> } | InitInput | PromiseLike<InitInput>): Promise<InitOutput>;
`;
const LOAD = 'export function loadLanguage(lang: Lang, texts: string): void;';
const LOAD_FETCHING = `${LOAD}
/**
 * Fetches one language's texts from beside the module (in Node: reads them from the package) and
 * loads them. Rejects with \`unsupported-language\` for a language the package has no texts for.
 */
export function loadLanguage(lang: LangTag): Promise<void>;`;

/** The package's types: init typed without the DOM library, and \`loadLanguage(lang)\` without texts. */
function types(declared) {
  const cut = declared.indexOf('export type InitInput');
  if (cut < 0) throw new Error('pkg/aifc_eligibility.d.ts: no InitInput declaration to replace; update scripts/build/engine.mjs');
  const typed = declared.slice(0, cut) + INIT_TYPES;
  if (!typed.includes(LOAD)) throw new Error(`pkg/aifc_eligibility.d.ts: no ${LOAD}; update scripts/build/engine.mjs`);
  return typed.replace(LOAD, LOAD_FETCHING);
}

/**
 * Makes pkg/ the package, once the wasm is optimised: aifc_eligibility_bindgen.js (wasm-bindgen's
 * glue), the guard in front of it (aifc_eligibility_guard.js, src/glue.js, keyed by the wasm's
 * integrity value; the widget bundles it), the browser entry in front of
 * that (aifc_eligibility.js, src/browser.js) and the Node entry (aifc_eligibility.node.js,
 * src/node.js: init() reads the wasm and the texts from disk). Returns the number of exports guarded.
 */
export function guardPackage(pkg, tags) {
  const generated = dropFunctions(inlineSnippets(pkg));
  fs.writeFileSync(path.join(pkg, `${CRATE}_bindgen.js`), generated);
  fs.writeFileSync(path.join(pkg, `${CRATE}_guard.js`), guardOfThisBuild(pkg));
  fs.writeFileSync(path.join(pkg, `${CRATE}.js`), browserEntry(tags));
  fs.copyFileSync(path.join(ROOT, 'src/node.js'), path.join(pkg, `${CRATE}.node.js`));
  const dts = path.join(pkg, `${CRATE}.d.ts`);
  fs.writeFileSync(dts, types(fs.readFileSync(dts, 'utf8')));
  return checkGuarded(generated);
}

/** pkg/package.json: the engine alone, as a page that calls it itself installs it (the npm package adds the widget). */
export function packageJson(pkg, tags) {
  const version = fs.readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8').match(/^version = "([^"]+)"/m)?.[1];
  if (!version) throw new Error('no version in Cargo.toml');
  const manifest = {
    name: 'aifc-eligibility',
    version,
    description:
      'The AIFC Expat Centre guide (2025) as a WebAssembly rules engine: which service applies, documents, fees, state duty and dates.',
    type: 'module',
    main: `${CRATE}.js`,
    module: `${CRATE}.js`,
    types: `${CRATE}.d.ts`,
    exports: {
      '.': { types: `./${CRATE}.d.ts`, node: `./${CRATE}.node.js`, default: `./${CRATE}.js` },
      './package.json': './package.json',
    },
    files: [
      `${CRATE}.js`,
      `${CRATE}.node.js`,
      `${CRATE}_guard.js`,
      `${CRATE}_bindgen.js`,
      `${CRATE}_bg.wasm`,
      ...tags.map((t) => `${CRATE}_texts_${t}.txt`),
      `${CRATE}.d.ts`,
      `${CRATE}_bg.wasm.d.ts`,
    ],
    sideEffects: false,
    license: 'MIT',
  };
  fs.writeFileSync(path.join(pkg, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
