// The recorded answers, for the widget tests' expected values: what each service's sheet in
// tests/expected/ says (written by the native tests from the catalog, reviewed, byte-compared on
// every run). The widget tests compare what the widget shows with these, not with the package the
// widget itself runs, so a fault of the built package (the wasm, its glue, the answer's transport)
// cannot agree with itself. This is the only reader of the recorded files in tests/widget/ (recorded(); standardTotal() adds from it;
// recordedPaths(), pathOf() and nextQuestion() read tests/expected/paths.txt, the flow's every path).

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const EXPECTED = fileURLToPath(new URL('../expected/', import.meta.url));
const sheets = new Map();

/**
 * The recorded sheet of `service` (tests/expected/<service>.txt):
 * `{ service, section, title: {en, ru, kk}, fees: {<variant or ''>: [{tier, kzt}]},
 *    stateDuty: {mci, kzt: {<year>: kzt}} | null, documents: [{id, when, en, kk}] }`
 * (`when`: the sheet's bracket, such as "for employees; if-any", or null).
 */
export function recorded(service) {
  if (!sheets.has(service)) sheets.set(service, parse(fs.readFileSync(path.join(EXPECTED, `${service}.txt`), 'utf8')));
  return sheets.get(service);
}

function parse(text) {
  const lines = text.split('\n');
  const sheet = { service: lines[0], section: lines[1], title: {}, fees: {}, stateDuty: null, documents: [] };
  let block = 'title';
  for (const line of lines.slice(2)) {
    const top = /^([a-z][a-z ,']*?)(?: \(\d+\))?:(.*)$/.exec(line);
    if (top) {
      block = top[1];
      if (block === 'state duty' && top[2].trim() !== 'none') {
        // "0.5 MCI; 2025: 0.5 x 3932 = 1966 KZT; 2026: 0.5 x 4325 = 2162.50 KZT"
        const [mci, ...years] = top[2].trim().split('; ');
        sheet.stateDuty = {
          mci: mci.replace(' MCI', ''),
          kzt: Object.fromEntries(years.map((y) => /^(\d{4}): .* = ([\d.]+) KZT$/.exec(y)).map((m) => [m[1], m[2]])),
        };
      }
      continue;
    }
    if (block === 'title') {
      const m = /^ {2}(en|ru|kk): (.*)$/.exec(line);
      if (m) sheet.title[m[1]] = m[2];
    } else if (block === 'fees' && line.trim() !== 'none listed') {
      // "  up-to-2-years: standard 360000, walk-in 470000" or "  standard 10000, walk-in 20000"
      const m = /^ {2}(?:([\w-]+): )?((?:[\w-]+ [\d.]+(?:, )?)+)$/.exec(line);
      if (m)
        sheet.fees[m[1] ?? ''] = m[2]
          .split(', ')
          .map((f) => f.split(' '))
          .map(([tier, kzt]) => ({ tier, kzt }));
    } else if (block === 'documents') {
      // "   3. general-power-of-attorney  [for a representative office or branch; if-any]"
      const item = /^ +\d+\. (\S+)(?: {2}\[(.*)\])?$/.exec(line);
      const said = /^ {6}(en|kk): (.*)$/.exec(line);
      if (item) sheet.documents.push({ id: item[1], when: item[2] ?? null });
      else if (said && sheet.documents.length) sheet.documents.at(-1)[said[1]] = said[2];
    }
  }
  return sheet;
}

/**
 * A service's total for one applicant at the standard tier, as a string of KZT: the recorded
 * standard fee of `variant`'s row and the recorded state duty of `year` (2026, TODAY's), added in
 * cents ("362162.50", "10000").
 */
export function standardTotal(service, variant = '', year = '2026') {
  const sheet = recorded(service);
  const cents = (kzt) => Math.round(Number(kzt) * 100);
  const sum = cents(sheet.fees[variant].find((f) => f.tier === 'standard').kzt) + cents(sheet.stateDuty?.kzt[year] ?? '0');
  return sum % 100 ? (sum / 100).toFixed(2) : String(sum / 100);
}

/**
 * The day tests/expected/paths.txt was recorded on (`TODAY` of tests/rules/common.rs): its ready-by
 * dates and extension windows hold on this day, so a page compared with them is opened on it.
 */
export const RECORDED_DAY = '2026-11-24';

let pathList = null;

/**
 * Every recorded path of the question flow (tests/expected/paths.txt, format in tests/rules/paths.rs):
 * `{ answers: [[fact, value]] (in the order asked), outcome, confirm, noService, quotes: [{service, fee, duty}]
 *    (fee/duty null when none), window: {latest, expires, status} | null, total, complete, readyBy | null,
 *    perPerson }` (`perPerson`: a family applying with services, plan.rs's rule).
 */
export function recordedPaths() {
  pathList ??= fs
    .readFileSync(path.join(EXPECTED, 'paths.txt'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [query, rest] = line.split(' -> ');
      const answers = query.split('&').map((pair) => pair.split('='));
      const parts = rest.split('; ');
      const quotes = parts
        .map((p) => /^([\w-]+)(?: \([\w-]+\))?: (no fee|[\d.]+)(?: \+ duty ([\d.]+))?/.exec(p))
        .filter(Boolean)
        .map(([, service, fee, duty]) => ({ service, fee: fee === 'no fee' ? null : fee, duty: duty ?? null }));
      const win = parts.map((p) => /^window \S+\.\.(\S+), expires (\S+), (\w+)$/.exec(p)).find(Boolean);
      const [, total, incomplete, ready] = /^total ([\d.]+)( incomplete)?(?: provisional)?, ready (\S+)$/.exec(parts.at(-1));
      const noService = parts.some((p) => p.startsWith('no service'));
      return {
        answers,
        outcome: parts[0].split(' ')[0],
        confirm: parts.some((p) => p.startsWith('confirm ')),
        noService,
        quotes,
        window: win ? { latest: win[1], expires: win[2], status: win[3] } : null,
        total,
        complete: !incomplete,
        readyBy: ready === '-' ? null : ready,
        perPerson: answers.some(([k, v]) => k === 'family' && v === 'true') && quotes.length > 0,
      };
    });
  return pathList;
}

/** The recorded path of exactly these answers (`{fact: value}`, values as the line writes them), or undefined. */
export function pathOf(answers) {
  const want = Object.entries(answers).map(([k, v]) => `${k}=${v}`);
  return recordedPaths().find((p) => p.answers.length === want.length && p.answers.every(([k, v]) => want.includes(`${k}=${v}`)));
}

/**
 * The question the flow asks next after `answers`, read from the recorded paths: in every path
 * that agrees with the answers so far, the first fact they do not give (one, or this throws).
 */
export function nextQuestion(answers) {
  const asked = new Set();
  for (const p of recordedPaths()) {
    const missing = p.answers.find(([k]) => !(k in answers));
    const before = p.answers.slice(0, p.answers.indexOf(missing));
    if (missing && before.every(([k, v]) => String(answers[k]) === v)) asked.add(missing[0]);
  }
  if (asked.size !== 1) throw new Error(`recorded paths give ${[...asked]} after ${JSON.stringify(answers)}`);
  return [...asked][0];
}

/** Amounts of KZT added exactly (in cents), written as the engine writes them ("10000", "2162.50"). */
export function addKzt(list) {
  const sum = list.reduce((s, kzt) => s + Math.round(Number(kzt) * 100), 0);
  return sum % 100 ? (sum / 100).toFixed(2) : String(sum / 100);
}
