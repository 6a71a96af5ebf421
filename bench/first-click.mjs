// The first click beside SurveyJS's, quickly: `node bench/first-click.mjs [<dist of another build>]`
// after scripts/build.sh. Only the page loads of bench/peers.mjs on the phone profile (Slow 4G,
// CPU 4x, 375 px, a fresh context each): the first question painted, the click on "next" made a
// frame after it (the answer chosen first, as a visitor does) to the next question painted, and
// the second click once everything has loaded. With a second dist (a copy of dist/ kept from
// another commit) the two builds are loaded in the same rounds, alternating with SurveyJS:
// ours, SurveyJS, the other build, ours, ... so the machine's load falls on all three alike.
// Prints medians with p10-p90 and min-max. BENCH_ROUNDS (default 15) rounds; BENCH_PEER=0 leaves
// SurveyJS out.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../tests/support/chromium.mjs';
import { buildPeers, servePeers } from './peers/serve.mjs';
import { oneLoad } from './peers/loads.mjs';
import { fmt, stats } from './stats.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIST = path.join(ROOT, 'dist');
const other = process.argv[2] ? path.resolve(process.argv[2]) : null;
const rounds = Math.max(3, Number.parseInt(process.env.BENCH_ROUNDS ?? '', 10) || 15);

const cleanups = [];
const peerDir = path.join(ROOT, 'target', 'bench-peers');
const cacheDir = path.join(ROOT, 'target', 'bench-brotli');
try {
  await buildPeers(DIST, peerDir);
  const servers = { ours: await servePeers({ dist: DIST, peers: peerDir, cleanups, cacheDir }) };
  if (other) servers.other = await servePeers({ dist: other, peers: peerDir, cleanups, cacheDir: `${cacheDir}-other` });
  const browser = await launchChromium();
  cleanups.push(() => browser.close());
  // BENCH_PEER=0: the two builds alone (a quicker A/B of our own pages).
  const pages = [['ours', 'ours'], ...(process.env.BENCH_PEER === '0' ? [] : [['peer', 'ours']]), ...(other ? [['other', 'other']] : [])];
  const order = pages;
  const samples = Object.fromEntries(order.map(([name]) => [name, { first: [], next: [], second: [] }]));
  for (let i = 0; i < rounds; i += 1) {
    // Each round starts with a different page, so no page always follows the same one.
    const turn = [...order.slice(i % order.length), ...order.slice(0, i % order.length)];
    for (const [name, server] of turn) {
      const r = await oneLoad(browser, servers[server].origin, name === 'peer' ? 'peer' : 'ours', true);
      for (const m of ['first', 'next', 'second']) samples[name][m].push(r[m]);
      // The same questions on every page (SurveyJS adds " *" to a required question's title).
      const texts = [r.firstText, r.nextText, r.thirdText].map((x) => x.replace(/\s*\*$/, '')).join(' / ');
      if ((samples.texts ??= texts) !== texts) throw new Error(`${name} asks "${texts}", the first page "${samples.texts}"`);
    }
    process.stderr.write(`round ${i + 1}/${rounds}\n`);
  }
  const ms = (xs) => {
    const s = stats(xs);
    return `${fmt(s.median, 0)} ms (${fmt(s.p10, 0)}-${fmt(s.p90, 0)}; ${fmt(s.min, 0)}-${fmt(s.max, 0)})`;
  };
  const label = { ours: 'ours (dist/)', other: `ours (${path.relative(ROOT, other ?? '') || other})`, peer: 'SurveyJS' };
  console.log(
    `phone profile (Slow 4G, CPU 4x, 375 px), ${rounds} cold loads each, interleaved; medians (p10-p90; min-max); questions: ${samples.texts}`,
  );
  console.log(
    `| page | first question painted | first click, a frame after the paint → next question | second click, all loaded → third question |`,
  );
  console.log('|---|---:|---:|---:|');
  for (const [name] of order) {
    const s = samples[name];
    console.log(`| ${label[name]} | ${ms(s.first)} | ${ms(s.next)} | ${ms(s.second)} |`);
  }
} finally {
  while (cleanups.length)
    await cleanups
      .pop()()
      .catch(() => {});
}
