// Every sentence of the widget that a date is put into, rendered in every language for a sample of
// dates (each month's 1st, 2nd and last day, the year's end, a leap day) with the widget's own
// fill() and Intl formats, as a visitor reads it. The engine's dated sentences (the .ics file) are
// checked the same way by the tests of crates/api/src/ics.rs.
//
// Punctuation: no doubled full stop (Russian long dates end in «г.», Kazakh ones hold «ж.»), no
// space before a stop or a comma, no slot left unfilled.
// Kazakh: a date goes into a sentence in the nominative, so it never takes a case ending and is
// never followed directly by a verb: it is followed by «күні» (or «күнінен», «күнге», «күннен»,
// «күнгі»), by «аралығында» / «аралығындағы» after a range, by the range's dash, or it ends its
// clause (after a colon or a dash: «ең кеш мерзім: …», «…, ең кеш мерзімі – …»).
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { laterWords, textsPlugin, ROOT } from "../../scripts/texts.mjs";
import { FIRST_WORDS } from "../../www/data/first-words.js";

/**
 * The widget's i18n.js and format.js, bundled with its texts as the build bundles them, with each
 * language's later words added as the widget adds them when they arrive.
 */
async function widgetText() {
  const out = await build({
    stdin: {
      contents:
        "export { t, addWords, LANGS, STRINGS } from './www/src/shared/i18n.js'; export { formatsFor } from './www/src/shared/format.js';",
      resolveDir: ROOT,
      loader: "js",
    },
    bundle: true,
    format: "esm",
    platform: "neutral",
    write: false,
    plugins: [textsPlugin],
    logLevel: "silent",
  });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "aifc-dated-")), "widget-text.mjs");
  fs.writeFileSync(file, out.outputFiles[0].text);
  const widget = await import(pathToFileURL(file).href);
  for (const [lang, words] of Object.entries(laterWords(FIRST_WORDS))) widget.addWords(lang, JSON.parse(words));
  return widget;
}

/** The messages a date is put into (what www/src fills with f.date), and their other values. */
const DATED = {
  "ready-range": ["applied", "earliest", "latest"],
  "ready-by": ["applied", "latest"],
  "ready-same-day": ["applied"],
  "ready-delay": ["date"],
  "ready-up-to": ["date"],
  "apply-from": ["date"],
  "print-made": ["date"],
  "date-error": ["min", "max"],
};
const OTHER = { days: "30" };

function sampleDates() {
  const dates = [];
  for (let m = 1; m <= 12; m += 1) {
    const last = new Date(Date.UTC(2026, m, 0)).getUTCDate();
    for (const d of [1, 2, last]) dates.push(`2026-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
  }
  return [...dates, "2027-01-01", "2028-02-29", "2027-12-31"];
}

const AFTER_A_DATE_KK = /^(?:$|[.,:;)]|\s+(?:күні|күнінен|күнге|күннен|күнгі|аралығында|аралығындағы|–)(?=$|[\s.,:;)]))/u;

/** What is wrong with one rendered sentence, or []. */
function problems(lang, sentence, dates) {
  const found = [];
  if (/\.\./.test(sentence)) found.push("a doubled full stop");
  if (/\s[.,]/.test(sentence)) found.push("a space before a stop or a comma");
  if (/[{}]/.test(sentence)) found.push("an unfilled slot");
  if (lang === "kk") {
    for (const date of dates) {
      let at = sentence.indexOf(date);
      while (at !== -1) {
        const rest = sentence.slice(at + date.length);
        if (!AFTER_A_DATE_KK.test(rest)) found.push(`«${date}» followed by «${rest.trim().split(/\s+/).slice(0, 2).join(" ")}»`);
        at = sentence.indexOf(date, at + 1);
      }
    }
  }
  return found;
}

test("every dated sentence of the widget, in every language and for every sample date, reads right", async () => {
  const { t, LANGS, STRINGS, formatsFor } = await widgetText();
  // Every message with a date-like slot is in DATED, so a new one is not left out.
  const dateSlot = /\{(applied|earliest|latest|date|expires)\}/;
  const withDates = Object.keys(STRINGS.en).filter((id) => typeof STRINGS.en[id] === "string" && dateSlot.test(STRINGS.en[id]));
  assert.deepEqual(
    withDates.filter((id) => !(id in DATED)),
    [],
  );
  const bad = [];
  let rendered = 0;
  for (const lang of LANGS) {
    const f = formatsFor(lang);
    const samples = sampleDates();
    for (const [i, iso] of samples.entries()) {
      const next = samples[(i + 1) % samples.length];
      for (const [id, slots] of Object.entries(DATED)) {
        const values = Object.fromEntries(slots.map((s, k) => [s, f.date(k === 0 ? iso : next)]));
        const sentence = t(lang, id, { ...OTHER, ...values });
        rendered += 1;
        for (const p of problems(lang, sentence, Object.values(values))) bad.push(`${lang} ${id}: ${p}: ${sentence}`);
      }
    }
  }
  assert.ok(rendered >= 3 * 39 * Object.keys(DATED).length);
  assert.deepEqual(bad, []);
});

test("the checks catch what they are for: «г..», «ж..», and a Kazakh date straight before a verb", async () => {
  const { formatsFor } = await widgetText();
  const ru = formatsFor("ru").date("2026-11-27");
  const kk = formatsFor("kk").date("2026-11-26");
  assert.match(ru, /г\.$/, "Russian long dates end in «г.»: the test would see a doubled stop");
  assert.deepEqual(problems("ru", `Будет готово к ${ru}.`, [ru]), ["a doubled full stop"]);
  assert.ok(problems("kk", `Өтінішті ${kk} берсеңіз, дайын болады.`, [kk])[0].includes("берсеңіз"));
  assert.deepEqual(problems("kk", `${kk} күні өтініш берсеңіз, ең кеш мерзімі – ${kk}.`, [kk]), []);
  assert.deepEqual(problems("kk", "2026 ж.. 1 қаңтар", []), ["a doubled full stop"]);
});
