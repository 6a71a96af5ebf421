// Peers measured beside us in the same run (issue 14, item 5), called by bench/run.mjs:
//
//   - json-rules-engine with our flow's routing as rules (bench/peers/rules.mjs), checked on every
//     path of the flow to route like our `evaluate`, then timed against `evaluate` for a full
//     outcome, interleaved batch by batch, in Node and in one Chromium page;
//   - SurveyJS (survey-core + survey-js-ui, no framework) asking our first three questions on our
//     demo's host page (bench/peers/survey-page.mjs), against our demo page: bytes requested
//     before the first question (brotli -q 11, as served), navigation to the first question
//     painted on a phone profile and unthrottled, and a click on "next" to the next question
//     painted; page loads interleaved ours, SurveyJS, the floor, ours, SurveyJS, the floor;
//   - the floor: our demo page with a widget that costs nothing (bench/peers/floor.js), its first
//     question painted, so that ours can be read as the page's cost plus the widget's.
//
// Every ratio is ours / peer: below 1 means ours is smaller or faster.
//
// Environment: BENCH_PEER_LOADS (rounds of the four loads, default 10), BENCH_PEER_BATCHES and
// BENCH_PEER_BATCH_SIZE (default 40 x 50 calls of each, interleaved).

import fs from 'node:fs';
import path from 'node:path';
import { buildPeers, servePeers } from './peers/serve.mjs';
import { PHONE, measurePeerLoads } from './peers/loads.mjs';
import { checkRouting, runChromiumVsRules, runNodeVsRules } from './peers/api.mjs';
import { teamLine, teamVsRules } from './team.mjs';
import { bytes, fmt, round, roundStats, stats } from './stats.mjs';

const envInt = (name, fallback, min = 1) => {
  const n = Number.parseInt(process.env[name] ?? '', 10);
  return Number.isFinite(n) && n >= min ? n : fallback;
};
export const PEER_CONFIG = {
  loads: envInt('BENCH_PEER_LOADS', 10, 3),
  batches: envInt('BENCH_PEER_BATCHES', 40),
  batchSize: envInt('BENCH_PEER_BATCH_SIZE', 50),
  /** The page loads stop after this (with at least 3 rounds); the call timings after their own. */
  loadBudgetMs: 180_000,
  callLimitMs: 20_000,
};
/**
 * The routing check's countries: Kazakhstan; EAEU members RU and KG; CIS-only members UZ and MD
 * (unsettled); France: each group the graph tells apart, two of each CIS group. Its dates are the
 * walk's, with an expired visa added if they have none (expired, too late, open, not yet open on
 * the run's date), so that every rule fires.
 */
const CHECK_COUNTRIES = ['KZ', 'RU', 'KG', 'UZ', 'MD', 'FR'];
const EXPIRED = '2026-11-20';
/** The document and the host page's stylesheet: the same host page around every form and the floor. */
const HOST_FILES = /\/(index\.html|floor\.html|site\.css)$/;

const PACKAGE_VERSIONS = ['json-rules-engine', 'survey-core', 'survey-js-ui'];

function versions(root) {
  return Object.fromEntries(
    PACKAGE_VERSIONS.map((name) => [
      name,
      JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version,
    ]),
  );
}

/** The files a page requested before its first question, checked against what the server sent. */
function shipped(files, served, problems, key) {
  let total = 0;
  let host = 0;
  for (const f of files) {
    const want = served(f.path);
    if (want !== f.bytes) problems.push(`${key}: the browser reports ${f.bytes} B for ${f.path}, the server sent ${want}`);
    total += f.bytes;
    if (HOST_FILES.test(f.path)) host += f.bytes;
  }
  return { files: files.map((f) => ({ file: f.path, brotli: f.bytes, raw: f.raw })), total, host, form: total - host };
}

const summary = (xs) => roundStats(stats(xs), 1);

/**
 * Runs every peer measure. `pkg` is our package loaded in Node; `browser` the launched Chromium;
 * `deadline` (a performance.now() time) ends the page loads early, after at least 3 rounds.
 * Returns {result, problems, notes}: problems fail the run, notes do not.
 */
export async function runPeers({ root, dist, pkg, browser, cleanups, step, request, date, free, deadline = Infinity }) {
  const problems = [];
  const peerDir = path.join(root, 'target', 'bench-peers');
  step('peers: esbuild bundles (SurveyJS page, json-rules-engine) and brotli -q 11 of every file');
  await buildPeers(dist, peerDir);
  const { origin, sent: served } = await servePeers({
    dist,
    peers: peerDir,
    cleanups,
    cacheDir: path.join(root, 'target', 'bench-brotli'),
  });

  step('peers: the rules route every path of the flow like evaluate (Node)');
  if (!(EXPIRED < date)) throw new Error(`the routing check's expired date ${EXPIRED} is not before ${date}`);
  const dates = free.date.some((d) => d < date) ? free.date : [EXPIRED, ...free.date];
  const routing = await checkRouting(pkg, { date, free: { ...free, country: CHECK_COUNTRIES, date: dates } });
  if (routing.mismatchCount) {
    problems.push(
      `json-rules-engine routed ${routing.mismatchCount} answer sets unlike evaluate, e.g. ${JSON.stringify(routing.mismatches[0])}`,
    );
  }
  if (routing.unusedRules.length) problems.push(`rules that never fired on the walk: ${routing.unusedRules.join(', ')}`);

  const callCfg = { batches: PEER_CONFIG.batches, size: PEER_CONFIG.batchSize, request, limitMs: PEER_CONFIG.callLimitMs };
  const api = {};
  step(`peers: evaluate vs json-rules-engine, Node (${PEER_CONFIG.batches}×${PEER_CONFIG.batchSize} calls each, interleaved)`);
  api.node = await runNodeVsRules(pkg, callCfg);
  step('peers: evaluate vs json-rules-engine, Chromium (same page)');
  api.chromium = await runChromiumVsRules(browser, origin, callCfg);
  if (!api.chromium.isolated) problems.push("the peers' Chromium API page was not cross-origin isolated (timer resolution 100 µs)");
  const calls = {};
  for (const [rt, r] of Object.entries(api)) {
    if (r.routed.rules.length !== 1 || r.routed.rules[0] !== r.routed.ours) {
      problems.push(`${rt}: the timed facts route to ${r.routed.ours} in evaluate, to [${r.routed.rules.join(', ')}] in the rules`);
    }
    const ours = roundStats(stats(r.ours), 2);
    const rules = roundStats(stats(r.rules), 2);
    calls[rt] = { routedTo: r.routed.ours, ours, rules, ratio: round(ours.median / rules.median, 3) };
  }

  step('peers: plan() of 1,000 people vs json-rules-engine routing the same 1,000, Chromium (same page)');
  const team = await teamVsRules({ pkg, browser, origin });
  problems.push(...team.problems);

  step(`peers: ${PEER_CONFIG.loads} rounds of 4 page loads (phone and unthrottled; ours, SurveyJS)`);
  const loads = await measurePeerLoads(browser, origin, { loads: PEER_CONFIG.loads, budgetMs: PEER_CONFIG.loadBudgetMs, deadline, step });
  const notes = [];
  if (loads.stoppedEarly) notes.push(`page loads stopped after ${loads.rounds} of ${loads.asked} rounds (time budget): fewer samples`);
  const pages = {};
  for (const kind of ['ours', 'peer']) {
    pages[kind] = {
      firstQuestion: loads.texts[kind].first,
      nextQuestion: loads.texts[kind].next,
      thirdQuestion: loads.texts[kind].third,
      ...Object.fromEntries(
        ['phone', 'fast'].map((p) => [
          p,
          Object.fromEntries(['first', 'next', 'second'].map((m) => [m, summary(loads.samples[`${kind}.${p}`][m])])),
        ]),
      ),
      bytes: shipped(loads.files[`${kind}.phone`], served, problems, kind),
    };
    const fast = shipped(loads.files[`${kind}.fast`], served, problems, kind);
    if (fast.total !== pages[kind].bytes.total)
      problems.push(`${kind}: ${pages[kind].bytes.total} B before the first question on the phone profile, ${fast.total} B unthrottled`);
  }
  const floor = {
    firstQuestion: loads.texts.floor.first,
    ...Object.fromEntries(['phone', 'fast'].map((p) => [p, { first: summary(loads.samples[`floor.${p}`].first) }])),
    bytes: shipped(loads.files['floor.phone'], served, problems, 'floor'),
  };
  if (floor.firstQuestion !== pages.ours.firstQuestion)
    problems.push(`the floor draws "${floor.firstQuestion}", ours "${pages.ours.firstQuestion}"`);
  // The same questions on both pages: SurveyJS adds " *" to a required question's title.
  for (const which of ['firstQuestion', 'nextQuestion', 'thirdQuestion']) {
    if (pages.peer[which].replace(/\s*\*$/, '') !== pages.ours[which]) {
      problems.push(`the pages ask different questions: ours "${pages.ours[which]}", SurveyJS "${pages.peer[which]}"`);
    }
  }
  const ratio = (a, b) => round(a / b, 3);
  const o = pages.ours;
  const p = pages.peer;
  const result = {
    versions: versions(root),
    note: 'Ratios are ours / peer (below 1: ours smaller or faster). Bytes are what the browser fetched before the first question was painted, brotli -q 11 as served.',
    profile: {
      phone: { ...PHONE.network, cpuSlowdown: PHONE.cpu, viewport: PHONE.viewport },
      cache: 'cold (a fresh browser context per load)',
    },
    config: { ...PEER_CONFIG, roundsDone: loads.rounds },
    rules: routing,
    calls,
    team: team.result,
    pages,
    floor,
    /** Ours minus the floor, medians in ms: what our widget adds to the page. */
    aboveFloor: {
      phone: round(pages.ours.phone.first.median - floor.phone.first.median, 1),
      fast: round(pages.ours.fast.first.median - floor.fast.first.median, 1),
    },
    ratios: {
      bytes: ratio(o.bytes.total, p.bytes.total),
      bytesWithoutHostPage: ratio(o.bytes.form, p.bytes.form),
      firstQuestionPhone: ratio(o.phone.first.median, p.phone.first.median),
      firstQuestionFast: ratio(o.fast.first.median, p.fast.first.median),
      nextQuestionPhone: ratio(o.phone.next.median, p.phone.next.median),
      nextQuestionFast: ratio(o.fast.next.median, p.fast.next.median),
      secondClickPhone: ratio(o.phone.second.median, p.phone.second.median),
      secondClickFast: ratio(o.fast.second.median, p.fast.second.median),
      evaluateVsRulesNode: calls.node.ratio,
      evaluateVsRulesChromium: calls.chromium.ratio,
      teamVsRulesChromium: team.result.ratio,
    },
  };
  return { result, problems, notes };
}

/** The floor beside ours: what any widget on this page costs, and what ours adds. */
function floorLine(r) {
  if (!r.floor) return 'The floor was not measured.';
  const ms = (st) => `${fmt(st.median, 0)} ms (${fmt(st.p10, 0)}–${fmt(st.p90, 0)})`;
  return `The floor (our page with a widget that costs nothing, bench/peers/floor.js: ${bytes(r.floor.bytes.form)} B besides the host page): first question painted ${ms(r.floor.phone.first)} on the phone profile, ${ms(r.floor.fast.first)} unthrottled. Ours is ${fmt(r.aboveFloor.phone, 0)} ms above it on the phone profile, ${fmt(r.aboveFloor.fast, 0)} ms unthrottled.`;
}

/** A markdown table: ours, the peer, and ours / peer; `machine` is run.mjs's machine(). */
export function peersTable(r, m) {
  const v = r.versions;
  const o = r.pages.ours;
  const p = r.pages.peer;
  const ms = (st) => `${fmt(st.median, 0)} ms (${fmt(st.p10, 0)}–${fmt(st.p90, 0)})`;
  const us = (st) => `${fmt(st.median, 1)} µs (${fmt(st.p10, 1)}–${fmt(st.p90, 1)})`;
  const x = (k) => `${fmt(r.ratios[k], 2)}×`;
  const n = r.config.roundsDone;
  const rows = [
    [
      `bytes before the first question, brotli -q 11 (${o.bytes.files.length} and ${p.bytes.files.length} files)`,
      `${bytes(o.bytes.total)} B`,
      `${bytes(p.bytes.total)} B`,
      x('bytes'),
    ],
    [
      '… of which the form alone (no document, no site.css)',
      `${bytes(o.bytes.form)} B`,
      `${bytes(p.bytes.form)} B`,
      x('bytesWithoutHostPage'),
    ],
    [`first question painted, phone (Slow 4G, CPU 4×), cold, n=${n}`, ms(o.phone.first), ms(p.phone.first), x('firstQuestionPhone')],
    [`first question painted, unthrottled, cold, n=${n}`, ms(o.fast.first), ms(p.fast.first), x('firstQuestionFast')],
    [
      `first click, the frame after the first paint → next question painted, CPU 4×, n=${n}`,
      ms(o.phone.next),
      ms(p.phone.next),
      x('nextQuestionPhone'),
    ],
    [
      `first click, the frame after the first paint → next question painted, unthrottled, n=${n}`,
      ms(o.fast.next),
      ms(p.fast.next),
      x('nextQuestionFast'),
    ],
    [`second click, all loaded → third question painted, CPU 4×, n=${n}`, ms(o.phone.second), ms(p.phone.second), x('secondClickPhone')],
    [`second click, all loaded → third question painted, unthrottled, n=${n}`, ms(o.fast.second), ms(p.fast.second), x('secondClickFast')],
    ['evaluate (full outcome) vs routing-only rules, Node', us(r.calls.node.ours), us(r.calls.node.rules), x('evaluateVsRulesNode')],
    ['… the same, one Chromium page', us(r.calls.chromium.ours), us(r.calls.chromium.rules), x('evaluateVsRulesChromium')],
  ];
  const head = ['peers: measure', 'ours', `SurveyJS ${v['survey-js-ui']} / json-rules-engine ${v['json-rules-engine']}`, 'ours / peer'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
  const rr = r.rules;
  return [
    `Peers beside us, same run: ${m.date} · nproc ${m.nproc} · ${m.cpu} · load average ${m.load.join(' ')} · Node ${m.node} · Chromium ${m.chromium}`,
    line(head),
    `|${widths.map((w, i) => (i ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`,
    ...rows.map(line),
    '',
    `json-rules-engine: ${rr.rules} rules (bench/peers/rules.mjs). On every path of our flow they routed ${bytes(rr.outcomes)} complete answer sets to the same outcome ids as evaluate (${rr.outcomeIds} ids) and fired no rule on ${bytes(rr.questions)} partial ones; ${rr.mismatchCount} mismatches.`,
    floorLine(r),
    teamLine(r.team),
    `Timed facts: ${r.calls.node.routedTo} (work visa from abroad, full answers). Medians with p10–p90; first question and next question are medians of ${n} cold loads each, interleaved.`,
  ].join('\n');
}
