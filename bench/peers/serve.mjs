// The peers' side of the benchmark: builds the peer bundles with esbuild and serves them beside
// our demo from one local server (127.0.0.1 only), every text and wasm file brotli-encoded at
// quality 11 (`Content-Encoding: br`), since the comparison is of what a phone downloads: ours as
// the build compressed them (dist/'s .br files, what scripts/serve.sh sends), the peers' here.
//
//   /ours/...   dist/ (our demo page, widget, stylesheet and engine), as scripts/build.sh made it
//   /peer/...   target/bench-peers/: the SurveyJS page (index.html, survey.js, survey.css, and the
//               demo's site.css, so both pages have the same host page around the form),
//               rules.js (json-rules-engine with our routing rules, for the Chromium timings) and
//               the floor (floor.html: our page with floor.js, a widget that costs nothing)
//   /__api.html a blank cross-origin-isolated page for the call timings (5 µs timer resolution)

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { build } from 'esbuild';
import { MIME } from '../../tests/support/mime.mjs';
import { serve } from '../../tests/support/serve.mjs';

const HERE = path.dirname(new URL(import.meta.url).pathname);

/** esbuild's bundles of the peers, minified, one file each. */
export async function buildPeers(dist, out) {
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  const bundles = [
    ['survey-page.mjs', 'survey.js'],
    ['survey.css', 'survey.css'],
    ['rules-browser.mjs', 'rules.js'],
  ];
  for (const [entry, file] of bundles) {
    await build({
      entryPoints: [path.join(HERE, entry)],
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      platform: 'browser',
      outfile: path.join(out, file),
      logLevel: 'warning',
      legalComments: 'none',
    });
  }
  // The peer page is our demo page with the SurveyJS form where the widget was: the same host
  // page (header, heading, introduction, footer, site.css), so the comparison is of the forms.
  const ours = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const replaced = [
    [/^\s*<!-- No preload of the engine[^>]*-->\n/m, ''],
    [
      /^\s*<script type="module" src="aifc-eligibility.js"><\/script>\n/m,
      '  <link rel="stylesheet" href="survey.css">\n  <script type="module" src="survey.js"></script>\n',
    ],
    [/<aifc-eligibility[^>]*><\/aifc-eligibility>/, '<div id="survey"></div>'],
  ];
  let html = ours;
  for (const [pattern, by] of replaced) {
    if (!pattern.test(html)) throw new Error(`dist/index.html no longer has ${pattern}: update bench/peers/serve.mjs`);
    html = html.replace(pattern, by);
  }
  fs.writeFileSync(path.join(out, 'index.html'), html);
  fs.copyFileSync(path.join(dist, 'site.css'), path.join(out, 'site.css'));
  fs.copyFileSync(path.join(dist, 'site.js'), path.join(out, 'site.js')); // the page's words in the widget's language
  // The floor: our page with a widget that costs nothing (floor.js) where the entry was.
  const entry = /(<script type="module" src=")aifc-eligibility\.js("><\/script>)/;
  if (!entry.test(ours)) throw new Error('dist/index.html no longer loads aifc-eligibility.js: update bench/peers/serve.mjs');
  fs.writeFileSync(path.join(out, 'floor.html'), ours.replace(entry, '$1floor.js$2'));
  fs.copyFileSync(path.join(HERE, 'floor.js'), path.join(out, 'floor.js'));
}

const ISOLATED = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };
const BLANK =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>bench</title></head><body></body></html>';

/** Brotli -q 11, text mode for text files: the bytes a phone downloads. */
export function brotli(body, text) {
  return zlib.brotliCompressSync(body, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_MODE]: text ? zlib.constants.BROTLI_MODE_TEXT : zlib.constants.BROTLI_MODE_GENERIC,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
}

/**
 * brotli() through a cache under target/ keyed by the content's SHA-256: quality 11 of SurveyJS's
 * 1.4 MB bundle takes seconds on a loaded machine, and the files rarely change between runs.
 */
function cachedBrotli(body, text, cacheDir, used) {
  const key = crypto
    .createHash('sha256')
    .update(body)
    .update(text ? 'text' : 'generic')
    .digest('hex');
  const file = path.join(cacheDir, `${key}.br`);
  used.add(file);
  if (fs.existsSync(file)) return fs.readFileSync(file);
  const out = brotli(body, text);
  fs.mkdirSync(cacheDir, { recursive: true });
  fs.writeFileSync(file, out);
  return out;
}

/** Every file under dir, relative paths. */
function filesUnder(dir) {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath ?? d.path, d.name)));
}

/**
 * Starts the server (tests/support/serve.mjs, sending each file's .br beside it when the browser
 * takes brotli): dist/ as the build compressed it, and the peers' files, each compressed here once
 * (through the cache) before it listens, so that no measured request waits for brotli. Returns
 * {origin, log, sent}: `sent(path)` is the bytes the server last sent for a path.
 */
export async function servePeers({ dist, peers, cleanups, cacheDir }) {
  const used = new Set();
  fs.mkdirSync(cacheDir, { recursive: true });
  for (const rel of filesUnder(peers).filter((f) => !/\.(br|gz)$/.test(f))) {
    const ext = path.extname(rel);
    const type = MIME[ext] ?? 'application/octet-stream';
    const text = /^text\/|json|svg/.test(type);
    if (!text && ext !== '.wasm') continue;
    const file = path.join(peers, rel);
    fs.writeFileSync(`${file}.br`, cachedBrotli(fs.readFileSync(file), text, cacheDir, used));
  }
  // The cache keeps only this run's files.
  for (const f of fs.readdirSync(cacheDir)) if (!used.has(path.join(cacheDir, f))) fs.rmSync(path.join(cacheDir, f));
  const log = [];
  const server = await serve(null, {
    mounts: { '/ours': dist, '/peer': peers },
    pages: { '/__api.html': BLANK },
    precompressed: true,
    log,
    headers: (pathname) =>
      pathname === '/__api.html' ? ISOLATED : { 'cross-origin-resource-policy': 'same-origin', 'cache-control': 'no-cache' },
  });
  cleanups.push(server.close);
  const sent = (pathname) => log.findLast((r) => r.path === pathname && r.status === 200)?.bytes ?? null;
  return { origin: server.origin, log, sent };
}
