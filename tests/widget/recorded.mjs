// The recorded answers, for the widget tests' expected values: what each service's sheet in
// tests/expected/ says (written by the native tests from the catalog, reviewed, byte-compared on
// every run). The widget tests compare what the widget shows with these, not with the package the
// widget itself runs, so a fault of the built package (the wasm, its glue, the answer's transport)
// cannot agree with itself. This is the only reader of the recorded files in tests/widget/ (recorded(); standardTotal() adds from it;
// recordedPaths(), pathOf() and nextQuestion() read tests/expected/paths.txt, the flow's every path;
// recordedOutcome() reads tests/expected/stories.txt, the outcome of each story of stories.json on TODAY).

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

let storyList = null;

/** Words recorded in each language (`{en, ru, kk}`), until inLanguage() picks one. */
class Words {}

/**
 * Every story of tests/widget/stories.json as tests/expected/stories.txt records it on TODAY
 * (format in tests/rules/stories.rs), words in all three languages: `{ name, answers: [[fact,
 * value]], id, services, total: {kzt, complete}, readyBy, confirm, quotes, noService, extensionWindow }`.
 */
function recordedStories() {
  if (storyList) return storyList;
  storyList = [];
  let story = null;
  let quote = null;
  let step = null;
  const words = () => new Words();
  const documentOf = (rest) => {
    const [, by, id, conditions] = /^(\w+) (\S+)(?: \[(.*)\])?$/.exec(rest);
    return { id, by, conditions: conditions ? conditions.split(', ') : [] };
  };
  for (const line of fs.readFileSync(path.join(EXPECTED, 'stories.txt'), 'utf8').split('\n')) {
    const depth = /^ */.exec(line)[0].length;
    const text = line.trim();
    if (!text) continue;
    const said = /^(why|section|reason|instead|message|title) (en|ru|kk): (.*)$/.exec(text);
    const note = /^note \[([\w-]+)\] en: (.*)$/.exec(text);
    if (depth === 0) {
      const [name, query] = text.split(': ');
      story = { name, answers: [...new URLSearchParams(query)], quotes: [], noService: null, extensionWindow: null, confirm: null };
      storyList.push(story);
    } else if (depth === 2 && text.startsWith('outcome ')) {
      const [, id, services, kzt, incomplete, ready] = /^outcome (\S+) \[(.*)\]; total ([\d.]+)( incomplete)?.*, ready (\S+)$/.exec(text);
      Object.assign(story, {
        id,
        services: services ? services.split(', ') : [],
        total: { kzt, complete: !incomplete },
        readyBy: ready === '-' ? null : ready,
      });
    } else if (depth === 2 && text.startsWith('confirm ')) {
      story.confirm = text.slice('confirm '.length);
    } else if (depth === 2 && text.startsWith('no service')) {
      const ids = /\[(.*)\]/.exec(text)[1];
      story.noService = { alternatives: ids ? ids.split(', ').map((id) => ({ id })) : [], reason: words(), instead: words() };
      quote = null;
    } else if (depth === 2 && text.startsWith('window ')) {
      const [, earliest, latest, expires, status] = /^window (\S+)\.\.(\S+), expires (\S+), (\w+)$/.exec(text);
      story.extensionWindow = { earliest, latest, expires, status, message: words() };
      quote = null;
    } else if (depth === 2) {
      // "work-visa (3-to-5-years): standard 720000, walk-in 940000; duty 30 MCI of 2026 = 129750"
      const [, service, variant, fees, mci, year, duty] =
        /^([\w-]+)(?: \(([\w-]+)\))?: (no fee|[^;]+)(?:; duty ([\d.]+) MCI of (\d{4}) = ([\d.]+))?$/.exec(text);
      quote = {
        service,
        variant: variant ?? null,
        fees:
          fees === 'no fee'
            ? []
            : fees
                .split(', ')
                .map((f) => f.split(' '))
                .map(([tier, kzt]) => ({ tier, kzt })),
        stateDuty: mci ? { mci, mciYear: Number(year), kzt: duty } : null,
        readyBy: null,
        documents: [],
        nextSteps: [],
        notes: [],
        why: words(),
        section: { label: words() },
      };
      story.quotes.push(quote);
      step = null;
    } else if (text.startsWith('ready: ')) {
      // "ready: applied A, taken T, earliest E, latest L[, with delay W (30 days)][, same day]"
      const r = /^ready: applied (\S+), taken (\S+), earliest (\S+), latest (\S+)(?:, with delay (\S+) \((\d+) days\))?(, same day)?$/.exec(
        text,
      );
      quote.readyBy = {
        applied: r[1],
        taken: r[2],
        earliest: r[3],
        latest: r[4],
        withDelay: r[5] ?? null,
        delayDays: r[6] ? Number(r[6]) : null,
        sameDay: Boolean(r[7]),
      };
    } else if (text.startsWith('then ')) {
      step = { place: text.slice('then '.length), title: words(), documents: [], notes: [] };
      quote.nextSteps.push(step);
    } else if (text.startsWith('document ')) {
      (depth === 6 ? step : quote).documents.push(documentOf(text.slice('document '.length)));
    } else if (note) {
      (depth === 6 ? step : quote).notes.push({ kind: note[1], text: note[2] });
    } else if (said) {
      const [, what, lang, value] = said;
      const owner =
        { why: quote?.why, section: quote?.section.label, title: step?.title }[what] ??
        story.noService?.[what] ??
        story.extensionWindow?.[what];
      if (!owner) throw new Error(`stories.txt: "${text}" outside its place`);
      owner[lang] = value;
    } else {
      throw new Error(`stories.txt: a line not understood: ${line}`);
    }
  }
  return storyList;
}

/** Every `{lang: words}` inside `value` replaced by its words in `lang`. */
function inLanguage(value, lang) {
  if (Array.isArray(value)) return value.map((v) => inLanguage(v, lang));
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Words) return value[lang];
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inLanguage(v, lang)]));
}

/**
 * The recorded outcome of the story with exactly these answers (`{fact: value}`) on TODAY, its words
 * in `lang`, shaped as the answer's outcome is for what the widget tests read: `{ id, services,
 * total, readyBy, quotes: [{service, variant, fees, stateDuty, readyBy, documents: [{id, by,
 * conditions}], nextSteps, notes, why, section: {label}}], noService, extensionWindow }`.
 */
export function recordedOutcome(answers, lang = 'en') {
  const want = Object.entries(answers).map(([k, v]) => `${k}=${v}`);
  const story = recordedStories().find((s) => s.answers.length === want.length && s.answers.every(([k, v]) => want.includes(`${k}=${v}`)));
  if (!story) throw new Error(`no recorded story answers ${want.join('&')}: add it to tests/widget/stories.json and record`);
  return inLanguage(story, lang);
}
