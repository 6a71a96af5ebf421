// CSV in and out, in the browser: a pasted table or a chosen file read with papaparse (quoted
// fields, any separator, a byte-order mark, Excel's exports, a Windows-1251 file), the template
// and the plan written back as UTF-8 with a byte-order mark (so a spreadsheet opens it as UTF-8),
// in the spreadsheet dialect of the interface language (`;` and a decimal comma for Russian and
// Kazakh), every field quoted and kept text (no formula), handed to the browser as a Blob
// download: nothing is uploaded. Headers are the columns' names in the interface
// language; a file's header row may be in any of the languages, or use the facts' ids.

import Papa from 'papaparse';
import { fold, formatsFor } from '../shared/format.js';
import { answerText } from './vocabulary.js';
import { FACTS, LANGS, STRINGS, columnName, t } from './texts.js';
import { DATE_COLUMNS, dateCells, nothingPriced, totalCell } from './dates.js';

export const NAME = 'name';
/** The most people planned at once: the engine's limit for one plan() call. */
export const MAX_PEOPLE = 5000;

const key = (text) => fold(String(text)).replace(/[^\p{L}\p{N}]+/gu, '');

/** What a header cell names: a fact, the name, a column the planner writes itself (skipped), or null. */
function headerMap() {
  const map = new Map([
    [key('name'), NAME],
    [key('label'), NAME],
  ]);
  for (const fact of FACTS) map.set(key(fact), fact);
  for (const lang of LANGS) {
    map.set(key(t(lang, 'planner-col-name')), NAME);
    for (const fact of FACTS) map.set(key(columnName(lang, fact)), fact);
    for (const id of [
      'planner-col-number',
      'planner-csv-state',
      'planner-csv-services',
      'planner-csv-amount',
      'planner-csv-total',
      'planner-csv-ready',
      'planner-csv-note',
      ...DATE_COLUMNS,
    ]) {
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
      const value = uncell(String(row[i] ?? '')).trim();
      if (!column || !value) return;
      if (column === NAME) person.name = value;
      else person.answers[column] = value;
    });
    return person;
  });
  return { people, ignored, problem: null };
}

/**
 * The separator and decimal mark a spreadsheet expects in the interface language's locale: a
 * Russian or Kazakh Excel splits a CSV on `;` and reads `1234,5` as a number; an English one `,`
 * and `1234.5`. The template and the export are written so, and the page says which.
 */
export const SPREADSHEET = {
  en: { separator: ',', decimal: '.' },
  ru: { separator: ';', decimal: ',' },
  kk: { separator: ';', decimal: ',' },
};
export const spreadsheetOf = (lang) => SPREADSHEET[lang] ?? SPREADSHEET.en;

/** What a spreadsheet may take for the start of a formula (OWASP's list, ASVS's NUL). */
const TRIGGER = /^[ \u00a0]*[=+\-@\t\r\n\0]/;
/**
 * Inside a cell, a trigger after a separator, a quote or a line break (spaces between allowed):
 * there a spreadsheet that splits the file on the other separator, or ignores the quotes, starts
 * a new cell (OWASP: the separator and quotes must be taken care of too, not only the first character).
 */
const INNER = /([,;"\t\r\n])(?=[ \u00a0]*[=+\-@\t\r\n\0])/g;

/**
 * One cell as text a spreadsheet keeps as text: a `'` before a formula's first character, at the
 * cell's start and after each separator, quote or line break inside it (so the file stays text
 * opened with `,` or `;`), then quoted, its quotes doubled (RFC 4180). Every field is quoted.
 */
export function cell(value) {
  let text = String(value ?? '').replace(INNER, "$1'");
  if (TRIGGER.test(text)) text = `'${text}`;
  return `"${text.replaceAll('"', '""')}"`;
}

/** Undoes cell()'s `'`s where it puts them (a file the planner wrote reads back as it was). */
export function uncell(text) {
  return String(text)
    .replace(/^'(?=[ \u00a0]*[=+\-@\t\r\n\0])/, '')
    .replace(/([,;"\t\r\n])'(?=[ \u00a0]*[=+\-@\t\r\n\0])/g, '$1');
}

/** Rows as CSV text in `lang`'s spreadsheet dialect: every field quoted and kept text, CRLF lines. */
export function toCsv(rows, lang) {
  const { separator } = spreadsheetOf(lang);
  return rows.map((row) => row.map(cell).join(separator)).join('\r\n');
}

/** Hands `rows` to the browser as a UTF-8 CSV file with a byte-order mark (a Blob: no request). */
export function download(doc, name, rows, lang) {
  const url = URL.createObjectURL(new Blob(['\uFEFF', toCsv(rows, lang), '\r\n'], { type: 'text/csv;charset=utf-8' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * A chosen file's bytes as text: UTF-8 (a byte-order mark or not), else Windows-1251, what Excel
 * writes as "CSV" on Russian and Kazakh Windows (every Cyrillic letter would otherwise be a
 * replacement character). `encoding` says which, for the page to tell the visitor.
 */
export function decodeFile(bytes) {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1251').decode(bytes), encoding: 'windows-1251' };
  }
}

/**
 * The template: the header row in `lang` and two example rows, their answers in `lang`'s words
 * as the planner shows them (what HR writes; read back by read.js), never the engine's codes.
 */
export function templateRows(lang) {
  const header = [t(lang, 'planner-col-name'), ...FACTS.map((fact) => columnName(lang, fact))];
  const example = {
    need: 'work',
    location: 'outside',
    citizenship: 'IN',
    role: 'employee',
    meetsQualifications: 'true',
    term: 'up-to-2-years',
    family: 'false',
    branch: 'false',
  };
  const say = (fact, value) => answerText(lang, formatsFor(lang), fact, value);
  return [
    header,
    ['A. Example', ...FACTS.map((f) => (f in example ? say(f, example[f]) : ''))],
    ['B. Example', ...FACTS.map((f) => (f === 'need' ? say(f, 'iin') : ''))],
  ];
}

/** An exact decimal of tenge with `lang`'s spreadsheet's decimal mark, no grouping: a number to that spreadsheet. */
export const exactAmount = (lang, kzt) => String(kzt).replace('.', spreadsheetOf(lang).decimal);

/**
 * The plan as rows: the header in `lang`, then one row per person: the name, the answers as
 * given, the status, the services, the total as people read it (`describe.money`: Intl, with the
 * currency), the same total exact for a spreadsheet to add (the spreadsheet's decimal mark, no
 * grouping: `exactAmount`; both empty where the guide gives no price), the ready-by date
 * (YYYY-MM-DD), the next question or the problem, then dates.js's columns (the window to apply
 * in, what to ask the Centre).
 */
export function planRows(lang, people, results, describe) {
  const header = [
    t(lang, 'planner-col-name'),
    ...FACTS.map((fact) => columnName(lang, fact)),
    t(lang, 'planner-csv-state'),
    t(lang, 'planner-csv-services'),
    t(lang, 'planner-csv-amount'),
    t(lang, 'planner-csv-total'),
    t(lang, 'planner-csv-ready'),
    t(lang, 'planner-csv-note'),
    ...DATE_COLUMNS.map((id) => t(lang, id)),
  ];
  const rows = people.map((person, i) => {
    const r = results[i];
    const outcome = r?.kind === 'outcome';
    return [
      describe.name(person, i),
      ...FACTS.map((f) => person.answers[f] ?? person.held?.[f]?.given ?? ''),
      r ? STRINGS[lang]['planner-state'][r.kind] : '',
      outcome ? r.steps.map((s) => s.title).join('; ') : '',
      outcome && !nothingPriced(r) ? describe.money(r.total.kzt) : '',
      outcome ? exactAmount(lang, totalCell(r)) : '',
      outcome ? (r.readyBy ?? '') : '',
      r?.kind === 'question' ? r.question.text : r?.kind === 'error' ? describe.error(r) : outcome && r.noService ? r.noService.reason : '',
      ...dateCells(lang, r),
    ];
  });
  return [header, ...rows];
}
