// Two builds of the package side by side in one Chromium page: `evaluate` of the work-visa outcome
// in build A, in build B and json-rules-engine's routing of the same facts, batch after batch
// interleaved, so that the machine's load falls on all three alike. For a change to the engine or
// its boundary, the per-batch ratio B / A is the figure to trust on a shared machine; absolute
// times and the ratios to the rules move with the load (issue 14, item 4, was measured this way).
//
//   node bench/ab.mjs <pkg A> <pkg B>
//
// Each argument is a built package folder (pkg/ after scripts/build.sh, or a copy of it kept from
// another commit). Both must give the same answer to the timed request. Environment: AB_BATCHES
// (default 60) and AB_BATCH_SIZE (default 50 calls of each per batch).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../tests/support/chromium.mjs';
import { buildPeers, servePeers } from './peers/serve.mjs';
import { round } from './stats.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const [a, b] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: node bench/ab.mjs <pkg A> <pkg B> (two built package folders)');
  process.exit(2);
}
const envInt = (name, fallback) => {
  const n = Number.parseInt(process.env[name] ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};
const cfg = { batches: envInt('AB_BATCHES', 60), size: envInt('AB_BATCH_SIZE', 50) };
const REQUEST = {
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
  date: '2026-11-24',
};

// The server's folder: the two builds as a/ and b/, beside the peers' bundles it also serves.
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'aifc-ab-'));
const cleanups = [() => fs.rmSync(work, { recursive: true, force: true })];
try {
  for (const [name, from] of [
    ['a', a],
    ['b', b],
  ]) {
    if (!fs.existsSync(path.join(from, 'aifc_eligibility_bg.wasm'))) throw new Error(`${from} is not a built package folder`);
    fs.cpSync(from, path.join(work, 'builds', name), { recursive: true });
  }
  await buildPeers(path.join(ROOT, 'dist'), path.join(work, 'peers'));
  const { origin } = await servePeers({
    dist: path.join(work, 'builds'),
    peers: path.join(work, 'peers'),
    cleanups,
    cacheDir: path.join(work, 'brotli'),
  });
  const browser = await launchChromium();
  cleanups.push(() => browser.close());
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${origin}/__api.html`);
  const r = await page.evaluate(
    async ({ request, batches, size }) => {
      const load = async (name) => {
        const pkg = await import(`/ours/${name}/aifc_eligibility.js`);
        await pkg.default({ module_or_path: `/ours/${name}/aifc_eligibility_bg.wasm` });
        for (const lang of ['en', 'ru', 'kk'])
          pkg.loadLanguage(lang, await (await fetch(`/ours/${name}/aifc_eligibility_texts_${lang}.txt`)).text());
        return pkg;
      };
      const A = await load('a');
      const B = await load('b');
      if (JSON.stringify(A.evaluate(request)) !== JSON.stringify(B.evaluate(request)))
        throw new Error('A and B answer the request differently');
      const peer = await import('/peer/rules.js');
      const rules = peer.routingEngine(peer.Engine);
      const out = { a: [], b: [], rules: [] };
      let sink = 0;
      for (let i = 0; i < size * 4; i += 1) sink += A.evaluate(request).kind.length + B.evaluate(request).kind.length;
      for (let k = 0; k < batches; k += 1) {
        let t = performance.now();
        for (let i = 0; i < size; i += 1) sink += A.evaluate(request).kind.length;
        out.a.push(((performance.now() - t) * 1000) / size);
        t = performance.now();
        for (let i = 0; i < size; i += 1) sink += B.evaluate(request).kind.length;
        out.b.push(((performance.now() - t) * 1000) / size);
        t = performance.now();
        for (let i = 0; i < size; i += 1) sink += (await rules.run(request.answers)).events.length;
        out.rules.push(((performance.now() - t) * 1000) / size);
      }
      return { ...out, isolated: self.crossOriginIsolated, sink };
    },
    { request: REQUEST, ...cfg },
  );
  const median = (xs) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
  const [ma, mb, mr] = [median(r.a), median(r.b), median(r.rules)];
  console.log(
    `evaluate (work visa from abroad, ru) in one Chromium page, ${cfg.batches} batches of ${cfg.size} calls each, interleaved; load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}${r.isolated ? '' : ' (not cross-origin isolated: timer resolution 100 µs)'}`,
  );
  console.log(`  A ${round(ma, 1)} µs · B ${round(mb, 1)} µs · json-rules-engine ${round(mr, 1)} µs per call (medians of the batches)`);
  console.log(
    `  B / A ${round(median(r.b.map((x, i) => x / r.a[i])), 3)} (median of the batches' ratios) · rules / A ${round(mr / ma, 2)}× · rules / B ${round(mr / mb, 2)}×`,
  );
} finally {
  for (const c of cleanups.reverse()) {
    try {
      await c();
    } catch {
      // best effort: the next resource still goes
    }
  }
}
