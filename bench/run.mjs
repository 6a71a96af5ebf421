// The benchmark of aifc-eligibility: `node bench/run.mjs` after scripts/build.sh (scripts/bench.sh
// does both). Prints one table and writes the same figures to target/bench.json, and as the
// latest run into bench/RESULTS.md (its marked section: bench/results.mjs).
//
//   1. bytes of each shipped file in dist/: raw, gzip -9, brotli -q 11 (Node's zlib)
//   2. navigation -> first question in headless Chromium, over fresh page loads (no cache)
//   3. evaluate / quote per-call latency: native Rust (examples/bench-native.rs), Node, Chromium
//   4. the walk of every path of the flow to its outcome: native, Node, Chromium
//   5. wasm memory after 10 calls and after 100,000 mixed calls (Node)
//   6. network requests the demo page makes after load while a visitor answers (must be none but
//      the pinned texts of the language the journey switches to)
//   7. outcome heights at 375 px per journey and language (bench/heights.mjs)
//   8. peers beside us, interleaved (bench/peers.mjs): json-rules-engine with our routing, a
//      SurveyJS page with our first three questions; bytes, first question on a phone profile and
//      unthrottled, click to the next question, evaluate vs the rules; printed as ours / peer
//
// These machines are noisy: every timing is a median with its p10-p90 and min-max. Compare runs
// by the ratios computed within one run, not by absolute figures.
//
// Environment: BENCH_LOADS (page loads, default 25), BENCH_BATCHES and BENCH_BATCH_SIZE (default
// 100 x 100 calls per measure), BENCH_WALKS (default 10 native, 5 in JS), BENCH_MEMORY_CALLS
// (default 100000); BENCH_PEER_LOADS, BENCH_PEER_BATCHES, BENCH_PEER_BATCH_SIZE (bench/peers.mjs);
// BENCH_PEERS=0 skips the peers.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium } from '../tests/support/chromium.mjs';
import { loadLanguages } from '../tests/support/languages.mjs';
import { measureHeights, heightsTable } from './heights.mjs';
import { bytes, fmt, round, roundStats, stats } from './stats.mjs';
import { peersTable, runPeers } from './peers.mjs';
import { serve } from '../tests/support/serve.mjs';
import { writeLatestRun } from './results.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIST = path.join(ROOT, 'dist');
const OUT = path.join(ROOT, 'target', 'bench.json');
const RESULTS = path.join(ROOT, 'bench', 'RESULTS.md');

const envInt = (name, fallback, min = 1) => {
  const n = Number.parseInt(process.env[name] ?? '', 10);
  return Number.isFinite(n) && n >= min ? n : fallback;
};
const LOADS = envInt('BENCH_LOADS', 25, 20);
const BATCHES = envInt('BENCH_BATCHES', 100);
const BATCH_SIZE = envInt('BENCH_BATCH_SIZE', 100);
const JS_WALKS = envInt('BENCH_WALKS', 5);
const NATIVE_WALKS = envInt('BENCH_WALKS', 10);
const MEMORY_CALLS = envInt('BENCH_MEMORY_CALLS', 100_000, 1000);
/** The whole run must finish well inside this, or it is stopped and fails. */
const DEADLINE_MS = 9 * 60_000;
const PEERS = process.env.BENCH_PEERS !== '0';

/** What the widget loads: its entry and the files the entry names (content-hashed, in integrity.json). */
const SHIPPED = fs.existsSync(path.join(DIST, 'integrity.json'))
  ? Object.keys(JSON.parse(fs.readFileSync(path.join(DIST, 'integrity.json'), 'utf8')))
      .filter((file) => file.startsWith('aifc-eligibility.'))
      .map((file) => ({ file, mode: file.endsWith('.wasm') ? 'generic' : 'text' }))
  : [];

/** The requests every runtime times: the same answers as examples/bench-native.rs. */
const TODAY = '2026-11-24';
const REQUESTS = {
  // A work visa from abroad with family and a branch (qualification exemption + invitation).
  work: {
    answers: {
      need: 'work',
      location: 'outside',
      citizenship: 'IN',
      role: 'employee',
      meetsQualifications: false,
      term: 'up-to-2-years',
      family: true,
      branch: true,
    },
    lang: 'ru',
    date: TODAY,
  },
  // A temporary residence permit: a CIS employee inside Kazakhstan, with family and a branch.
  trp: {
    answers: {
      need: 'work',
      location: 'inside',
      citizenship: 'KG',
      stayDays: 200,
      role: 'employee',
      meetsQualifications: false,
      family: true,
      branch: true,
    },
    lang: 'ru',
    date: TODAY,
  },
  quote: { service: 'work-visa', variant: '3-to-5-years', lang: 'kk', date: TODAY },
};
/** The walk's values for free inputs: tests/flow.rs's `values_of`. */
const FREE_VALUES = {
  country: ['KZ', 'RU', 'UZ', 'MD', 'TM', 'FR'],
  number: [1, 30, 31, 90, 91, 3660],
  date: ['2026-03-31', '2026-11-25', '2026-12-31', '2027-03-01'],
};

// ---------------------------------------------------------------------------------------------
// Statistics and formatting
// ---------------------------------------------------------------------------------------------

// stats(), round(), roundStats(), fmt() and bytes() are in bench/stats.mjs.

// ---------------------------------------------------------------------------------------------
// Cleanup: the browser and the server go away on failure, on a signal and on the deadline
// ---------------------------------------------------------------------------------------------

const cleanups = [];
async function cleanup() {
  while (cleanups.length) {
    const fn = cleanups.pop();
    try {
      await fn();
    } catch {
      // best effort: the next resource still gets closed
    }
  }
}
let failing = false;
function fail(message) {
  if (failing) return;
  failing = true;
  console.error(`bench: ${message}`);
  cleanup().finally(() => process.exit(1));
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => fail(`stopped by ${signal}`));
setTimeout(() => fail(`still running after ${DEADLINE_MS / 1000} s: stopped`), DEADLINE_MS).unref();

function step(message) {
  process.stderr.write(`[bench] ${message}\n`);
}

// ---------------------------------------------------------------------------------------------
// 1. Sizes
// ---------------------------------------------------------------------------------------------

function sizes() {
  const files = SHIPPED.map(({ file, mode }) => {
    const full = path.join(DIST, file);
    if (!fs.existsSync(full)) throw new Error(`dist/${file} is missing: run scripts/build.sh first`);
    const body = fs.readFileSync(full);
    const gzip = zlib.gzipSync(body, { level: 9 }).length;
    const brotli = zlib.brotliCompressSync(body, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_MODE]: mode === 'text' ? zlib.constants.BROTLI_MODE_TEXT : zlib.constants.BROTLI_MODE_GENERIC,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }).length;
    return { file: `dist/${file}`, raw: body.length, gzip, brotli };
  });
  const total = { file: 'total' };
  for (const k of ['raw', 'gzip', 'brotli']) total[k] = files.reduce((s, f) => s + f[k], 0);
  return { files, total };
}

// ---------------------------------------------------------------------------------------------
// 3-4 (Node and Chromium): the same function runs in both; it must be self-contained, since
// Playwright ships it to the page as source text.
// ---------------------------------------------------------------------------------------------

function measureApi(api, cfg) {
  const { batches, size, walks, requests, free } = cfg;
  const now = () => performance.now();
  let sink = 0;
  /** Per-call microseconds of each batch, after one warm-up batch. */
  const time = (fn) => {
    for (let i = 0; i < size; i += 1) sink += fn() ? 1 : 0;
    const out = [];
    for (let b = 0; b < batches; b += 1) {
      const t0 = now();
      for (let i = 0; i < size; i += 1) sink += fn() ? 1 : 0;
      out.push(((now() - t0) * 1000) / size);
    }
    return out;
  };
  for (const name of ['work', 'trp']) {
    const ev = api.evaluate(requests[name]);
    if (ev.kind !== 'outcome') throw new Error(`the ${name} answers stop at question ${ev.question?.id}`);
  }
  const evaluateWork = time(() => api.evaluate(requests.work));
  const evaluateTrp = time(() => api.evaluate(requests.trp));
  const quote = time(() => api.quote(requests.quote));

  /** Depth-first over the flow: every option of each question, the free values for inputs. */
  const walkAll = () => {
    let paths = 0;
    let calls = 0;
    let deepest = 0;
    const services = new Set();
    const stack = [[]];
    while (stack.length) {
      const pairs = stack.pop();
      calls += 1;
      const ev = api.evaluate({ answers: Object.fromEntries(pairs), date: requests.work.date });
      if (ev.kind === 'outcome') {
        paths += 1;
        deepest = Math.max(deepest, pairs.length);
        for (const s of ev.outcome.services) services.add(s);
        continue;
      }
      if (pairs.length >= 20) throw new Error(`a path that does not end: ${JSON.stringify(pairs)}`);
      const q = ev.question;
      const values = q.options ? q.options.map((o) => o.value) : free[q.input?.kind];
      if (!values) throw new Error(`question ${q.id} has neither options nor a known input`);
      for (const v of values) stack.push([...pairs, [q.id, v]]);
    }
    return { paths, calls, deepest, services: services.size };
  };
  const walkMs = [];
  let shape;
  for (let i = 0; i < walks; i += 1) {
    const t0 = now();
    shape = walkAll();
    walkMs.push(now() - t0);
  }
  return { evaluateWork, evaluateTrp, quote, walk: { ...shape, ms: walkMs }, sink };
}

const apiConfig = (walks) => ({ batches: BATCHES, size: BATCH_SIZE, walks, requests: REQUESTS, free: FREE_VALUES });

function summarise(raw) {
  return {
    evaluateWork: roundStats(stats(raw.evaluateWork)),
    evaluateTrp: roundStats(stats(raw.evaluateTrp)),
    quote: roundStats(stats(raw.quote)),
    walk: {
      paths: raw.walk.paths,
      calls: raw.walk.calls,
      deepest: raw.walk.deepest,
      services: raw.walk.services,
      ms: roundStats(stats(raw.walk.ms)),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// 3-4 native: examples/bench-native.rs prints one JSON object
// ---------------------------------------------------------------------------------------------

function runNative() {
  return new Promise((resolve, reject) => {
    const child = spawn('cargo', ['run', '--release', '--quiet', '--example', 'bench-native'], {
      cwd: ROOT,
      env: { ...process.env, BENCH_BATCHES: String(BATCHES), BENCH_BATCH_SIZE: String(BATCH_SIZE), BENCH_WALKS: String(NATIVE_WALKS) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    cleanups.push(() => child.exitCode === null && child.kill('SIGTERM'));
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`bench-native exited with ${code}`));
      const line = out.trim().split('\n').at(-1) ?? '';
      try {
        resolve(JSON.parse(line));
      } catch (err) {
        reject(new Error(`bench-native printed no JSON object (${err.message}): ${line.slice(0, 200)}`));
      }
    });
  });
}

// ---------------------------------------------------------------------------------------------
// 3-5 Node
// ---------------------------------------------------------------------------------------------

const PKG_JS = pathToFileURL(path.join(DIST, 'pkg', 'aifc_eligibility.js')).href;
const WASM_BYTES = () => fs.readFileSync(path.join(DIST, 'pkg', 'aifc_eligibility_bg.wasm'));

/** A fresh instance of the package: a query string makes Node load the module (and wasm) anew. */
async function freshPackage(tag) {
  const pkg = await import(`${PKG_JS}?${tag}`);
  const exports = await pkg.default({ module_or_path: WASM_BYTES() });
  await loadLanguages(pkg, pathToFileURL(path.join(DIST, 'pkg') + path.sep));
  return { pkg, exports };
}

async function runNode() {
  const { pkg } = await freshPackage('latency');
  return summarise(measureApi(pkg, apiConfig(JS_WALKS)));
}

/** wasm memory after 10 calls and after MEMORY_CALLS mixed calls (errors included), on its own instance. */
async function runMemory() {
  const { pkg, exports } = await freshPackage('memory');
  if (!(exports?.memory instanceof WebAssembly.Memory)) throw new Error('init() returned no wasm memory');
  const bad = { answers: { need: 'teleport' }, date: TODAY };
  const calls = [
    () => pkg.evaluate(REQUESTS.work),
    () => pkg.evaluate(REQUESTS.trp),
    () => pkg.quote(REQUESTS.quote),
    () => pkg.evaluate({ answers: {}, lang: 'kk', date: TODAY }),
    () => pkg.quote({ service: 'temporary-residence-permit', variant: 'expert', lang: 'en', date: TODAY }),
    () =>
      pkg.evaluate({
        answers: { need: 'extend', location: 'inside', visa: 'work', sameHost: true, visaExpires: '2026-12-31' },
        date: TODAY,
      }),
    // Errors are calls too: they must not leak either.
    () => {
      try {
        pkg.evaluate(bad);
      } catch (err) {
        errors[err.code] = (errors[err.code] ?? 0) + 1;
      }
    },
    () => {
      try {
        pkg.quote({ service: 'work-visa', date: TODAY });
      } catch (err) {
        errors[err.code] = (errors[err.code] ?? 0) + 1;
      }
    },
  ];
  const errors = {};
  const checkpoints = new Set([10, 1000, 10_000, Math.floor(MEMORY_CALLS / 2), MEMORY_CALLS]);
  const byteLength = {};
  const t0 = performance.now();
  for (let i = 1; i <= MEMORY_CALLS; i += 1) {
    calls[i % calls.length]();
    if (checkpoints.has(i)) byteLength[i] = exports.memory.buffer.byteLength;
  }
  const seconds = (performance.now() - t0) / 1000;
  const after10 = byteLength[10];
  const afterAll = byteLength[MEMORY_CALLS];
  const half = byteLength[Math.floor(MEMORY_CALLS / 2)];
  return {
    calls: MEMORY_CALLS,
    mix: 'evaluate (outcomes, first question, an extension) and quote, 1 in 4 of them an error',
    errors,
    after10,
    afterAll,
    ratio: round(afterAll / after10, 3),
    checkpoints: byteLength,
    // Bounded means: nothing more after the first half of the calls (the allocator has its pages).
    grewInSecondHalf: afterAll - half,
    seconds: round(seconds, 2),
  };
}

// ---------------------------------------------------------------------------------------------
// The static server for dist/ (and one blank, cross-origin-isolated page for the API timings)
// ---------------------------------------------------------------------------------------------

/** Cross-origin isolation gives performance.now() 5 us resolution instead of 100 us. */
const ISOLATED = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };
const BLANK =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>bench</title></head><body></body></html>';

/**
 * Serves dist/ as a plain static server does (as python3 -m http.server would): Last-Modified and
 * 304 on If-Modified-Since, no Cache-Control, no compression. Under /no-store/ the same files come
 * with `Cache-Control: no-store`, as some hosts send, for the stricter request count.
 * Same-origin resources of the isolated page need no CORP header; this keeps it explicit.
 */
async function serveDist() {
  /** Every request that reached the server: what "network request" means in the journey check. */
  const log = [];
  const server = await serve(DIST, {
    cache: 'revalidate',
    log,
    pages: { '/__bench.html': BLANK },
    headers: (pathname) => (pathname === '/__bench.html' ? ISOLATED : { 'cross-origin-resource-policy': 'same-origin' }),
  });
  cleanups.push(server.close);
  return { origin: server.origin, log };
}

// ---------------------------------------------------------------------------------------------
// 2. Navigation -> first question
// ---------------------------------------------------------------------------------------------

/**
 * Runs in the page before its scripts: records performance.now() at the first `question` event
 * (fired once the engine has arrived and agrees with the first question drawn before it), when a
 * radio input is first present and enabled in the widget's shadow root, and when it is first
 * visible too (the widget shows its frame once its stylesheet has loaded).
 */
function loadProbe() {
  const b = { question: null, radio: null, radioVisible: null, requests: 0 };
  window.__bench = b;
  document.addEventListener(
    'aifc-question',
    (e) => {
      if (b.question === null && e instanceof CustomEvent) b.question = performance.now();
    },
    true,
  );
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function attachShadow(init) {
    const root = attach.call(this, init);
    if (this.localName !== 'aifc-eligibility') return root;
    const check = () => {
      const radio = root.querySelector('input[type="radio"]:not(:disabled)');
      if (!radio) return;
      const t = performance.now();
      if (b.radio === null) b.radio = t;
      if (b.radioVisible === null && radio.checkVisibility({ visibilityProperty: true })) {
        b.radioVisible = t;
      }
      if (b.radioVisible !== null) observer.disconnect();
    };
    const observer = new MutationObserver(check);
    observer.observe(root, { subtree: true, childList: true, attributes: true });
    // A stylesheet arriving changes visibility without a mutation: look again on each frame.
    const poll = () => {
      check();
      if (b.radioVisible === null) requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
    return root;
  };
}

async function measureLoads(browser, origin) {
  const samples = { question: [], radio: [], radioVisible: [], domContentLoaded: [], wasmResponseEnd: [] };
  const requestCounts = [];
  let requestUrls = [];
  for (let i = 0; i < LOADS; i += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (err) => errors.push(err.message));
      const urls = [];
      context.on('request', (r) => urls.push(new URL(r.url()).pathname));
      await page.addInitScript(loadProbe);
      await page.goto(`${origin}/index.html`);
      await page
        .waitForFunction(() => window.__bench.question !== null && window.__bench.radioVisible !== null, null, { timeout: 20_000 })
        .catch((err) => {
          throw new Error(`load ${i + 1}: no first question (${errors.join('; ') || err.message})`);
        });
      const r = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'));
        return { ...window.__bench, domContentLoaded: nav?.domContentLoadedEventEnd ?? null, wasmResponseEnd: wasm?.responseEnd ?? null };
      });
      if (errors.length) throw new Error(`load ${i + 1}: page error: ${errors.join('; ')}`);
      for (const k of Object.keys(samples)) if (r[k] !== null) samples[k].push(r[k]);
      requestCounts.push(urls.length);
      requestUrls = urls;
    } finally {
      await context.close();
    }
  }
  return {
    loads: LOADS,
    ms: Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, roundStats(stats(v), 1)])),
    requestsPerLoad: stats(requestCounts),
    requestsOfLastLoad: requestUrls,
  };
}

// ---------------------------------------------------------------------------------------------
// 3-4 Chromium
// ---------------------------------------------------------------------------------------------

async function runChromiumApi(browser, origin) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/__bench.html`);
    const result = await page.evaluate(
      async ([source, cfg]) => {
        const pkg = await import('/pkg/aifc_eligibility.js');
        await pkg.default({ module_or_path: '/pkg/aifc_eligibility_bg.wasm' });
        for (const lang of ['en', 'ru', 'kk'])
          pkg.loadLanguage(lang, await (await fetch(`/pkg/aifc_eligibility_texts_${lang}.txt`)).text());
        // eslint-disable-next-line no-new-func
        const measure = new Function(`return (${source})`)();
        return { isolated: self.crossOriginIsolated, ...measure(pkg, cfg) };
      },
      [measureApi.toString(), apiConfig(JS_WALKS)],
    );
    return { crossOriginIsolated: result.isolated, ...summarise(result) };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// 6. Requests after load while a visitor answers
// ---------------------------------------------------------------------------------------------

async function measureJourneyRequests(browser, { origin, log }, base = '') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (err) => errors.push(err.message));
    // Two counts: requests that reached the server (the network), and every request Chromium
    // reports, those its HTTP cache answered included.
    let ready = false;
    let fromLog = 0;
    const seen = [];
    context.on('request', (r) => {
      if (ready) seen.push(`${r.method()} ${new URL(r.url()).pathname}`);
    });
    await page.addInitScript(() => {
      window.__events = [];
      for (const type of ['question', 'outcome', 'error']) {
        document.addEventListener(`aifc-${type}`, (e) => {
          if (e instanceof CustomEvent) window.__events.push({ type, detail: e.detail });
        });
      }
    });
    await page.goto(`${origin}${base}/index.html`);
    await page.waitForLoadState('load');
    const host = page.locator('aifc-eligibility');
    await host.locator('form.question input[type="radio"]').first().waitFor({ state: 'visible', timeout: 20_000 });
    // The first question is drawn before the engine, which is fetched once it is painted: loaded once it has arrived.
    await host.locator('.aifc[data-engine="ready"]').waitFor({ state: 'attached', timeout: 20_000 });
    ready = true;
    fromLog = log.length;

    const eventCount = () => page.evaluate(() => window.__events.length);
    const nextScreen = async (before) => {
      await page.waitForFunction((n) => window.__events.length > n, before, { timeout: 10_000 });
    };
    const answer = async (value) => {
      const before = await eventCount();
      const form = host.locator('form.question');
      if (await form.locator('input.input-country').count()) {
        await form.locator('input.input-country').fill(String(value));
        await host.locator(`[role="option"][data-code="${value}"]`).click();
      } else if (await form.locator('input.input-number, input.input-date').count()) {
        await form.locator('input.input').fill(String(value));
      } else {
        await form.locator(`input[type="radio"][value="${value}"]`).check();
      }
      await form.locator('button[type="submit"]').click();
      await nextScreen(before);
    };
    // A visitor: work, from abroad, a French citizen (the country picker), through to the outcome.
    const journey = [
      ['need', 'work'],
      ['location', 'outside'],
      ['citizenship', 'FR'],
      ['role', 'employee'],
      ['meetsQualifications', 'true'],
      ['term', 'up-to-2-years'],
      ['family', 'true'],
      ['branch', 'false'],
    ];
    const asked = [];
    for (const [fact, value] of journey) {
      const current = await host
        .locator('form.question')
        .getAttribute('data-question')
        .catch(() => null);
      if (current !== fact) throw new Error(`the widget asks ${current}, the journey expected ${fact}`);
      asked.push(fact);
      await answer(value);
    }
    const events = await page.evaluate(() => window.__events);
    if (events.at(-1)?.type !== 'outcome') throw new Error(`the journey ended without an outcome: ${JSON.stringify(events.at(-1))}`);
    // Then: another language, and a journey given through the `answers` attribute.
    let before = await eventCount();
    await host.locator('button[data-lang="ru"]').first().click();
    await page.waitForFunction(
      () => document.querySelector('aifc-eligibility').shadowRoot.querySelector('.aifc')?.getAttribute('lang') === 'ru',
    );
    before = await eventCount();
    await page.evaluate(() =>
      document
        .querySelector('aifc-eligibility')
        .setAttribute(
          'answers',
          'need=work&location=inside&citizenship=KG&stayDays=200&role=employee&meetsQualifications=false&family=true&branch=true',
        ),
    );
    await nextScreen(before);
    await page.waitForTimeout(500); // anything lazy (an image, a font, a prefetch) would show by now
    if (errors.length) throw new Error(`page error during the journey: ${errors.join('; ')}`);
    const final = await page.evaluate(() => window.__events.at(-1));
    // The widget keeps the answers in the page's query string (sync-url): a Referer carries them.
    const after = log.slice(fromLog).map((r) => ({ request: `${r.method} ${r.path}`, answersInReferer: /[?&]aifc\./.test(r.referer) }));
    // The requests a switch to a language not loaded yet makes: its pinned texts and words, nothing added.
    const assets = JSON.parse(fs.readFileSync(path.join(DIST, 'assets.json'), 'utf8'));
    const switchTo = ['texts-ru', 'words-ru'].map((key) => `GET ${base}/${assets[key].file}`);
    return {
      unexpected: after.filter((a) => !switchTo.includes(a.request)).map((a) => a.request),
      steps: asked.length + 2,
      answered: asked,
      outcome: final?.type === 'outcome' ? final.detail.services : null,
      requestsAfterLoad: after.length,
      withAnswersInReferer: after.filter((a) => a.answersInReferer).length,
      requests: [...new Set(after.map((a) => a.request))],
      browserRequestsAfterLoad: seen.length,
      browserRequests: [...new Set(seen)],
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// The machine
// ---------------------------------------------------------------------------------------------

function machine(chromiumVersion) {
  let cpu = 'unknown';
  try {
    cpu =
      fs
        .readFileSync('/proc/cpuinfo', 'utf8')
        .match(/^model name\s*:\s*(.+)$/m)?.[1]
        ?.trim() ?? cpu;
  } catch {
    cpu = os.cpus()[0]?.model ?? cpu;
  }
  return {
    date: new Date().toISOString(),
    nproc: os.availableParallelism(),
    arch: os.machine(),
    cpu,
    node: process.version,
    chromium: chromiumVersion,
    load: os.loadavg().map((x) => round(x, 2)),
  };
}

// ---------------------------------------------------------------------------------------------
// The table
// ---------------------------------------------------------------------------------------------

function table(r) {
  const rows = [];
  const timing = (label, st, digits, unit, note = '') =>
    rows.push([
      label,
      `${fmt(st.median, digits)} ${unit}`,
      `${fmt(st.p10, digits)} – ${fmt(st.p90, digits)}`,
      `${fmt(st.min, digits)} – ${fmt(st.max, digits)}`,
      String(st.n),
      note,
    ]);
  const value = (label, v, note = '') => rows.push([label, v, '', '', '', note]);

  for (const f of [...r.sizes.files, r.sizes.total]) {
    value(`size ${f.file.replace(/^dist\//, '')}`, `${bytes(f.raw)} B`, `gzip -9 ${bytes(f.gzip)} B · brotli 11 ${bytes(f.brotli)} B`);
  }
  const l = r.load.ms;
  timing(
    'load → first question event (engine ready)',
    l.question,
    1,
    'ms',
    `fresh context each; ${fmt(r.load.requestsPerLoad.median, 0)} requests per load`,
  );
  timing('load → first radio enabled', l.radio, 1, 'ms', 'in the shadow root');
  timing('load → first radio visible', l.radioVisible, 1, 'ms', 'stylesheet applied');
  timing('load → DOMContentLoaded', l.domContentLoaded, 1, 'ms');
  timing('load → wasm response end', l.wasmResponseEnd, 1, 'ms');
  const runtimes = [
    ['native', r.native],
    ['Node', r.node],
    ['Chromium', r.chromium],
  ];
  for (const [key, label] of [
    ['evaluateWork', 'evaluate work visa abroad'],
    ['evaluateTrp', 'evaluate TRP'],
    ['quote', 'quote work-visa kk'],
  ]) {
    for (const [rt, data] of runtimes) {
      const note = rt === 'native' ? '' : `${fmt(data[key].median / r.native[key].median, 1)}× native`;
      timing(`${label}, ${rt}`, data[key], 2, 'µs/call', `${BATCHES}×${BATCH_SIZE} calls${note ? `; ${note}` : ''}`);
    }
  }
  for (const [rt, data] of runtimes) {
    const w = data.walk;
    const note = `${w.paths} paths, ${w.calls} evaluate calls${rt === 'native' ? '' : `; ${fmt(w.ms.median / r.native.walk.ms.median, 1)}× native`}`;
    timing(`walk every path, ${rt}`, w.ms, 1, 'ms', note);
  }
  const m = r.memory;
  value('wasm memory after 10 calls (Node)', `${bytes(m.after10)} B`);
  value(
    `wasm memory after ${bytes(m.calls)} calls (Node)`,
    `${bytes(m.afterAll)} B`,
    `ratio ${fmt(m.ratio, 2)}; +${bytes(m.grewInSecondHalf)} B in the second half`,
  );
  const j = r.journey;
  const requests = (x) =>
    x.requestsAfterLoad
      ? `: ${x.requests.join(', ')}${x.withAnswersInReferer ? `, ${x.withAnswersInReferer} with the answers in the Referer` : ''}`
      : '';
  value(
    'network requests after load while answering',
    String(j.requestsAfterLoad),
    `${j.steps} steps (${j.answered.length} answers, a language switch, an answers attribute)${requests(j)}; ${j.browserRequestsAfterLoad} incl. HTTP cache hits; allowed: the switched-to language's texts and words only`,
  );
  const ns = r.journeyNoStore;
  value('… the same, every file Cache-Control: no-store', String(ns.requestsAfterLoad), `not a failure (hosting choice)${requests(ns)}`);

  const head = ['measure', 'median', 'p10 – p90', 'min – max', 'n', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => (i >= 1 && i <= 4 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
  return [
    line(head),
    `|${widths.map((w, i) => (i >= 1 && i <= 4 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const started = performance.now();
  step('sizes');
  const sizeResult = sizes();

  step(`native (cargo run --release --example bench-native, ${BATCHES}×${BATCH_SIZE} calls each)`);
  const native = await runNative();
  for (const k of ['evaluateWork', 'evaluateTrp', 'quote']) native[k] = roundStats(native[k]);
  native.walk.ms = roundStats(native.walk.ms);

  step('Node: latency and walk');
  const node = await runNode();
  step(`Node: memory over ${MEMORY_CALLS.toLocaleString('en-US')} calls`);
  const memory = await runMemory();

  const served = await serveDist();
  const { origin } = served;
  step(`Chromium: ${LOADS} page loads`);
  const browser = await launchChromium({
    // Signals close the browser through cleanup(), after the work in flight stops.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  cleanups.push(() => browser.close());
  const load = await measureLoads(browser, origin);
  step('Chromium: latency and walk');
  const chromiumApi = await runChromiumApi(browser, origin);
  step('Chromium: requests while answering');
  const journey = await measureJourneyRequests(browser, served);
  const journeyNoStore = await measureJourneyRequests(browser, served, '/no-store');
  step('Chromium: outcome heights at 375 px');
  const heights = await measureHeights(browser, origin, TODAY);
  let peers = null;
  if (PEERS) {
    const { pkg } = await freshPackage('peers');
    // The page loads end a minute before the run's deadline, with what they have.
    const deadline = started + DEADLINE_MS - 60_000;
    peers = await runPeers({
      root: ROOT,
      dist: DIST,
      pkg,
      browser,
      cleanups,
      step,
      request: REQUESTS.work,
      date: TODAY,
      free: FREE_VALUES,
      deadline,
    });
  }
  const chromiumVersion = browser.version();
  await cleanup();

  const result = {
    machine: machine(chromiumVersion),
    note: 'Machines are noisy: compare runs by the ratios computed within one run (JS/native, memory after/before), not by absolute times.',
    units: {
      sizes: 'bytes',
      load: 'ms from navigation start',
      calls: 'µs per call (per-batch means)',
      walk: 'ms per walk of every path',
      memory: 'bytes',
    },
    config: {
      loads: LOADS,
      batches: BATCHES,
      batchSize: BATCH_SIZE,
      jsWalks: JS_WALKS,
      nativeWalks: NATIVE_WALKS,
      today: TODAY,
      requests: REQUESTS,
    },
    sizes: sizeResult,
    load,
    native,
    node,
    chromium: chromiumApi,
    ratios: {},
    memory,
    journey,
    journeyNoStore,
    heights,
    peers: peers?.result ?? null,
    seconds: 0,
  };
  for (const rt of ['node', 'chromium']) {
    result.ratios[rt] = Object.fromEntries(
      ['evaluateWork', 'evaluateTrp', 'quote'].map((k) => [k, round(result[rt][k].median / native[k].median, 2)]),
    );
    result.ratios[rt].walk = round(result[rt].walk.ms.median / native.walk.ms.median, 2);
  }
  result.seconds = round((performance.now() - started) / 1000, 1);

  // The checks: any failure still prints and writes what was measured, then exits non-zero.
  const problems = [];
  if (journey.unexpected.length !== 0)
    problems.push(`the demo page made requests after load beyond the switched-to language's texts: ${journey.unexpected.join(', ')}`);
  if (journey.withAnswersInReferer !== 0)
    problems.push(`${journey.withAnswersInReferer} requests after load carried the answers in the Referer`);
  if (journeyNoStore.unexpected.length !== 0) {
    // Reported in the table, not a failure: it depends on the host's cache headers.
    console.error(
      `bench: note: with Cache-Control: no-store the demo page made ${journeyNoStore.requestsAfterLoad} requests while answering (${journeyNoStore.requests.join(', ')}), ${journeyNoStore.withAnswersInReferer} with the answers in the Referer`,
    );
  }
  if (Object.values(memory.errors).reduce((a, b) => a + b, 0) !== Math.floor(memory.calls / 4)) {
    problems.push(`the memory run's invalid calls did not all throw: ${JSON.stringify(memory.errors)}`);
  }
  if (memory.grewInSecondHalf > 0) problems.push(`wasm memory still grew in the second half of the calls (+${memory.grewInSecondHalf} B)`);
  for (const rt of ['node', 'chromium']) {
    if (result[rt].walk.paths !== native.walk.paths) {
      problems.push(`the ${rt} walk found ${result[rt].walk.paths} paths, the native one ${native.walk.paths}`);
    }
  }
  if (!chromiumApi.crossOriginIsolated) problems.push('the Chromium API page was not cross-origin isolated (timer resolution 100 µs)');
  if (peers) {
    problems.push(...peers.problems);
    for (const n of peers.notes) console.error(`bench: note: ${n}`);
  }
  result.problems = problems;

  const m = result.machine;
  const report = [
    `aifc-eligibility bench ${m.date} · nproc ${m.nproc} · ${m.arch} · ${m.cpu} · Node ${m.node} · Chromium ${m.chromium} · load average ${m.load.join(' ')}`,
    '',
    table(result),
    '',
    heightsTable(heights),
    ...(peers ? ['', peersTable(peers.result, result.machine)] : []),
    '',
    'Timings are medians with p10 – p90 and min – max (calls: per-call time of each batch; load: one sample per fresh page load).',
    'These machines are noisy: compare runs by ratios computed within one run (× native, memory ratio), not by absolute figures.',
    ...(problems.length ? ['', ...problems.map((p) => `FAIL: ${p}`)] : []),
  ].join('\n');
  console.log(report);
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, `${JSON.stringify(result, null, 2)}\n`);
  // The same figures into bench/RESULTS.md (its marked section), which the README links to.
  writeLatestRun(
    RESULTS,
    `${report}\n\nWritten by \`${['node bench/run.mjs', ...process.argv.slice(2)].join(' ')}\` in ${result.seconds} s${PEERS ? '' : ' (BENCH_PEERS=0: without the peers)'}.`,
  );
  console.log(`Written to ${path.relative(process.cwd(), OUT) || OUT} in ${result.seconds} s.`);
  if (problems.length) {
    for (const p of problems) console.error(`bench: FAIL: ${p}`);
    process.exitCode = 1;
  }
}

main().then(
  () => cleanup().then(() => process.exit(process.exitCode ?? 0)),
  (err) => fail(err?.stack ?? String(err)),
);
