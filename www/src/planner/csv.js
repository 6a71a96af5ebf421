// CSV in and out, in the browser: a pasted table or a chosen file read with papaparse (quoted
// fields, any separator, a byte-order mark, Excel's exports), the template and the plan written
// back as UTF-8 with a byte-order mark (so a spreadsheet opens it as UTF-8), handed to the browser
// as a Blob download: nothing is uploaded. Headers are the columns' names in the interface
// language; a file's header row may be in any of the languages, or use the facts' ids.

import Papa from 'papaparse';
import { fold } from '../format.js';
import { FACTS, LANGS, STRINGS, columnName, t } from './texts.js';
import { DATE_COLUMNS, dateCells, totalCell } from './dates.js';

export const NAME = 'name';
/** The most people planned at once: the engine's limit for one plan() call. */
export const MAX_PEOPLE = 5000;

const key = (text) => fold(String(text)).replace(/[^\p{L}\p{N}]+/gu, '');

/** What a header cell names: a fact, the name, a column the planner writes itself (skipped), or null. */
function headerMap() {
  const map = new Map([[key('name'), NAME], [key('label'), NAME]]);
  for (const fact of FACTS) map.set(key(fact), fact);
  for (const lang of LANGS) {
    map.set(key(t(lang, 'planner-col-name')), NAME);
    for (const fact of FACTS) map.set(key(columnName(lang, fact)), fact);
    for (const id of ['planner-col-number', 'planner-csv-state', 'planner-csv-services', 'planner-csv-total', 'planner-csv-ready', 'planner-csv-note', ...DATE_COLUMNS]) {
      if (!map.has(key(t(lang, id)))) map.set(key(t(lang, id)), '');
    }
  }
  return map;
}

/**
 * Reads a CSV text with a header row: `{people: [{name, answers}], ignored: [header...], problem}`.
 * `problem` is a message id when nothing can be taken (no known column, no row, too many rows).
 */
export function readCsv(text) {
  const parsed = Papa.parse(String(text).replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [header = [], ...rows] = parsed.data;
  const map = headerMap();
  const columns = header.map((cell) => map.get(key(cell)) ?? null);
  const ignored = header.filter((cell, i) => columns[i] === null && String(cell).trim() !== '');
  if (!columns.some((c) => c)) return { people: [], ignored, problem: 'planner-no-columns' };
  if (!rows.length) return { people: [], ignored, problem: 'planner-no-rows' };
  if (rows.length > MAX_PEOPLE) return { people: [], ignored, problem: 'planner-too-many' };
  const people = rows.map((row) => {
    const person = { name: '', answers: {} };
    columns.forEach((column, i) => {
      const value = String(row[i] ?? '').trim();
      if (!column || !value) return;
      if (column === NAME) person.name = value;
      else person.answers[column] = value;
    });
    return person;
  });
  return { people, ignored, problem: null };
}

/** Hands `text` to the browser as a UTF-8 CSV file with a byte-order mark (a Blob: no request). */
export function download(doc, name, rows) {
  const csv = Papa.unparse(rows, { escapeFormulae: true, newline: '\r\n' });
  const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The template: the header row in `lang` and two example rows (the engine's values). */
export function templateRows(lang) {
  const header = [t(lang, 'planner-col-name'), ...FACTS.map((fact) => columnName(lang, fact))];
  const example = { need: 'work', location: 'outside', citizenship: 'IN', role: 'employee', meetsQualifications: 'true', term: 'up-to-2-years', family: 'false', branch: 'false' };
  return [header, ['A. Example', ...FACTS.map((f) => example[f] ?? '')], ['B. Example', ...FACTS.map((f) => (f === 'need' ? 'iin' : ''))]];
}

/**
 * The plan as rows: the header in `lang`, then one row per person: the name, the answers as
 * given, the status, the services, the total (an exact decimal of tenge, for a spreadsheet to
 * add; empty where the guide gives no price), the ready-by date (YYYY-MM-DD), the next question
 * or the problem, then dates.js's columns (the window to apply in, what to ask the Centre).
 */
export function planRows(lang, people, results, describe) {
  const header = [t(lang, 'planner-col-name'), ...FACTS.map((fact) => columnName(lang, fact)),
    t(lang, 'planner-csv-state'), t(lang, 'planner-csv-services'), t(lang, 'planner-csv-total'), t(lang, 'planner-csv-ready'), t(lang, 'planner-csv-note'),
    ...DATE_COLUMNS.map((id) => t(lang, id))];
  const rows = people.map((person, i) => {
    const r = results[i];
    const outcome = r?.kind === 'outcome';
    return [describe.name(person, i), ...FACTS.map((f) => person.answers[f] ?? ''),
      r ? STRINGS[lang]['planner-state'][r.kind] : '',
      outcome ? r.steps.map((s) => s.title).join('; ') : '',
      outcome ? totalCell(r) : '',
      outcome ? r.readyBy ?? '' : '',
      r?.kind === 'question' ? r.question.text : r?.kind === 'error' ? describe.error(r) : outcome && r.noService ? r.noService.reason : '',
      ...dateCells(lang, r)];
  });
  return [header, ...rows];
}
