// The team benchmark on its own (also a step of scripts/bench.sh's peers): 1,000 people planned
// by our `plan` in one call, against json-rules-engine routing the same 1,000 answer sets, in one
// cross-origin-isolated Chromium page. Needs pkg/ and dist/ (scripts/build.sh). Prints the
// figures and the ratio; `BENCH_TEAM_ROUNDS` (default 30) sets the rounds.
//
//   node bench/team.mjs

import path from 'node:path';
import { launchChromium } from '../tests/support/chromium.mjs';
import { buildPeers, servePeers } from './peers/serve.mjs';
import { completeAnswerSets, runChromiumPlanVsRules } from './peers/team.mjs';
import { fmt, roundStats, stats } from './stats.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const DIST = path.join(ROOT, 'dist');
const TODAY = '2026-11-24';
const FREE = {
  country: ['KZ', 'RU', 'KG', 'UZ', 'MD', 'FR'],
  number: [1, 30, 31, 90, 91, 3660],
  date: ['2026-11-20', '2026-11-25', '2026-12-31', '2027-03-01'],
};
const PEOPLE = 1_000;

/** Runs the comparison; {result, problems}. Shared with bench/peers.mjs. */
export async function teamVsRules({ pkg, browser, origin, rounds = 30 }) {
  const all = await completeAnswerSets(pkg, { date: TODAY, free: FREE });
  // Every `step`-th set, so the 1,000 span the whole walk (every outcome kind).
  const step = all.length / PEOPLE;
  const sets = Array.from({ length: PEOPLE }, (_, i) => all[Math.floor(i * step)]);
  const r = await runChromiumPlanVsRules(browser, origin, { rounds, sets, date: TODAY, limitMs: 60_000 });
  const problems = [];
  if (r.mismatches) problems.push(`plan and the rules disagree on ${r.mismatches} of ${PEOPLE} people`);
  if (!r.isolated) problems.push('the team page was not cross-origin isolated (timer resolution 100 µs)');
  if (r.planned !== PEOPLE) problems.push(`plan planned ${r.planned} of ${PEOPLE}`);
  const ours = roundStats(stats(r.planMs), 2);
  const rules = roundStats(stats(r.rulesMs), 2);
  return {
    result: {
      people: PEOPLE,
      walked: all.length,
      outcomes: r.outcomes,
      teamKzt: r.kzt,
      rounds: r.planMs.length,
      ours,
      rules,
      ratio: Math.round((1000 * ours.median) / rules.median) / 1000,
    },
    problems,
  };
}

export function teamLine(t) {
  const ms = (s) => `${fmt(s.median, 1)} ms (${fmt(s.p10, 1)}–${fmt(s.p90, 1)})`;
  return `plan() of ${t.people} people (${t.outcomes} outcome kinds, team total ${t.teamKzt} KZT), one Chromium page, n=${t.rounds}: ours ${ms(t.ours)} · json-rules-engine routing the same ${t.people} ${ms(t.rules)} · ours / peer ${fmt(t.ratio, 2)}×`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const cleanups = [];
  try {
    // The package's Node entry: init() reads the wasm and every language's texts from pkg/.
    const pkg = await import(path.join(ROOT, 'pkg', 'aifc_eligibility.node.js'));
    await pkg.default();
    const peerDir = path.join(ROOT, 'target', 'bench-peers');
    await buildPeers(DIST, peerDir);
    const { origin } = await servePeers({ dist: DIST, peers: peerDir, cleanups, cacheDir: path.join(ROOT, 'target', 'bench-brotli') });
    const browser = await launchChromium();
    cleanups.push(() => browser.close());
    const rounds = Number.parseInt(process.env.BENCH_TEAM_ROUNDS ?? '30', 10) || 30;
    const { result, problems } = await teamVsRules({ pkg, browser, origin, rounds });
    console.log(teamLine(result));
    console.log(JSON.stringify(result));
    if (problems.length) {
      console.error(problems.join('\n'));
      process.exitCode = 1;
    }
  } finally {
    for (const fn of cleanups.reverse()) await fn();
  }
}
