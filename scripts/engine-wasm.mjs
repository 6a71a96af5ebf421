// Builds the shipped wasm (release, wasm32) with each language's texts kept out of it
// (`--features separate-texts`), and copies those texts, one file per language as the API crate's
// build script wrote them (`<tag> U+001E <key> U+001E <table>`), to <dest> as
// aifc_eligibility_texts_<tag>.txt. Prints the path of the wasm.
//   node scripts/engine-wasm.mjs <dest> [--target-dir <dir>]
// Run by scripts/build.sh (dest pkg/); the pseudo-locale test runs it with its own target dir.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './texts.mjs';

const [dest, ...rest] = process.argv.slice(2);
if (!dest) throw new Error('usage: node scripts/engine-wasm.mjs <dest> [--target-dir <dir>]');
const args = ['rustc', '--quiet', '--lib', '--crate-type', 'cdylib', '--target', 'wasm32-unknown-unknown', '--release',
  '--features', 'separate-texts', '--message-format', 'json-render-diagnostics', ...rest];
const run = spawnSync('cargo', args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 28, encoding: 'utf8' });
if (run.status !== 0) process.exit(run.status ?? 1);
const messages = run.stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
const script = messages.find((m) => m.reason === 'build-script-executed' && /aifc-eligibility-api/.test(m.package_id));
const wasm = messages.find((m) => m.reason === 'compiler-artifact' && m.target?.name === 'aifc_eligibility')?.filenames?.find((f) => f.endsWith('.wasm'));
if (!script || !wasm) throw new Error('scripts/engine-wasm.mjs: cargo reported no texts or no wasm');
fs.mkdirSync(dest, { recursive: true });
const tables = path.join(script.out_dir, 'texts');
for (const name of fs.readdirSync(tables)) {
  fs.copyFileSync(path.join(tables, name), path.join(dest, `aifc_eligibility_texts_${name}`));
}
console.log(wasm);
