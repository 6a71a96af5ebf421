// The texts at build time: the check that fails the build on a missing message (scripts/texts.mjs),
// a folder of one more language through AIFC_TEXTS_EXTRA, and the pseudo-locale
// (scripts/pseudo-locale.mjs): it parses, and has English's ids, attributes, variables and
// select keys, with every text transformed.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadWidgetTexts, parseFtl, variablesOf, widgetTextsModule, TEXTS } from "../../scripts/texts.mjs";
import { accent, pseudoEngineTexts, pseudoText, writePseudoLocale, PSEUDO_TAG } from "../../scripts/pseudo-locale.mjs";

const temp = () => fs.mkdtempSync(path.join(os.tmpdir(), "aifc-texts-"));
const english = fs.readFileSync(path.join(TEXTS, "en", "widget.ftl"), "utf8");

/** A folder of one extra language, `xx`, whose widget.ftl is English's changed by `edit`. */
function extraLanguage(edit) {
  const dir = temp();
  fs.mkdirSync(path.join(dir, "xx"));
  fs.writeFileSync(path.join(dir, "languages.txt"), "# one more\nxx\n");
  fs.writeFileSync(path.join(dir, "xx", "widget.ftl"), edit(english));
  return dir;
}

/** Every entry of a file by id (terms with their dash), with its attributes, variables and select keys. */
function shape(file) {
  const keys = (node) =>
    JSON.stringify(node, (k, v) => (k === "span" || k === "comment" ? undefined : v)).match(
      /"key":\{"type":"(?:Identifier|NumberLiteral)","(?:name|value)":"[^"]*"/g,
    ) ?? [];
  return Object.fromEntries(
    parseFtl(file)
      .body.filter((e) => e.type === "Message" || e.type === "Term")
      .map((e) => [
        `${e.type === "Term" ? "-" : ""}${e.id.name}`,
        { attributes: e.attributes.map((a) => a.id.name), variables: variablesOf(e), keys: keys(e), value: !!e.value },
      ]),
  );
}

test("the widget's texts are texts/languages.txt's languages, made into data with { $name } as {name}", async () => {
  const { langs, strings } = loadWidgetTexts("");
  assert.deepEqual(langs.slice(0, 3), ["en", "ru", "kk"]);
  assert.equal(strings.en["start-again"], "Start again");
  assert.equal(strings.ru.stage, "Этап {n} из {total}");
  assert.deepEqual(strings.ru["working-days"], {
    one: "{n} рабочий день",
    few: "{n} рабочих дня",
    many: "{n} рабочих дней",
    other: "{n} рабочего дня",
  });
  assert.equal(strings.kk["working-days"], "{n} жұмыс күні", "a language without plural forms writes plain text");
  assert.equal(strings.kk["month-name"][3], "наурыз");
  assert.equal(strings.en.errors.need, "Select what you need from the Centre");
  // The module as the widget imports it.
  const { contents } = widgetTextsModule("");
  const module = await import(`data:text/javascript,${encodeURIComponent(contents)}`);
  assert.deepEqual(module.LANGS, langs);
  assert.deepEqual(module.STRINGS, strings);
});

test("a missing, extra or changed message fails the build, naming the file and the message", () => {
  const cases = [
    [(t) => t.replace(/^start-again = .*\n/m, ""), /xx\/widget\.ftl: missing message start-again/],
    [(t) => `${t}surprise = Hello\n`, /surprise is not an English message/],
    [(t) => t.replace("Stage { $n } of { $total }", "Stage { $n }"), /stage uses \{ \$n \}, English \{ \$n \$total \}/],
    [(t) => t.replace(/^ {4}\.need = .*\n/m, ""), /errors has attributes/],
    [(t) => t.replace("continue = Continue", "continue = Continue {"), /xx\/widget\.ftl: E\d+/],
    [(t) => t.replace("back = Back", "back = { -brand }"), /TermReference/],
  ];
  for (const [edit, error] of cases) assert.throws(() => loadWidgetTexts(extraLanguage(edit)), error);
  const listed = temp();
  fs.writeFileSync(path.join(listed, "languages.txt"), "ru\n");
  assert.throws(() => loadWidgetTexts(listed), /ru is listed twice/);
});

test("AIFC_TEXTS_EXTRA adds its languages after texts/'s", () => {
  const dir = extraLanguage((t) => t.replace("back = Back", "back = Zurück"));
  const { langs, strings } = loadWidgetTexts(dir);
  assert.deepEqual(langs.slice(-1), ["xx"]);
  assert.equal(strings.xx.back, "Zurück");
  process.env.AIFC_TEXTS_EXTRA = dir;
  try {
    assert.deepEqual(loadWidgetTexts().langs.slice(-1), ["xx"], "read from the environment by default");
  } finally {
    delete process.env.AIFC_TEXTS_EXTRA;
  }
});

test("the pseudo-locale has every English file with the same ids, attributes, variables and select keys, its text transformed", () => {
  const out = temp();
  const files = writePseudoLocale(out);
  const sources = fs
    .readdirSync(path.join(TEXTS, "en"))
    .filter((f) => f.endsWith(".ftl"))
    .sort();
  assert.deepEqual(
    files.map((f) => path.basename(f)),
    sources,
    "every .ftl of texts/en/, engine and widget",
  );
  assert.match(fs.readFileSync(path.join(out, "languages.txt"), "utf8"), new RegExp(`^${PSEUDO_TAG}$`, "m"));
  for (const file of sources) {
    const pseudo = path.join(out, PSEUDO_TAG, file);
    assert.deepEqual(shape(pseudo), shape(path.join(TEXTS, "en", file)), `${file}: the same structure`);
  }
  // It builds as a language of the widget, and every text is transformed but intl-locale.
  const { strings } = loadWidgetTexts(out);
  const texts = (v) => (typeof v === "string" ? [v] : Object.values(v));
  for (const [id, value] of Object.entries(strings[PSEUDO_TAG])) {
    if (id === "intl-locale") {
      assert.equal(value, strings.en[id]);
      continue;
    }
    for (const text of texts(value)) {
      assert.match(text, /^\[.*~\]$/s, `${id}: bracketed, with its expansion`);
      assert.doesNotMatch(text.replace(/\{\w+\}/g, ""), /[a-zA-Z]/, `${id}: no plain Latin letter left`);
    }
  }
  assert.equal(strings[PSEUDO_TAG].continue, "[Çöñţîñûé ~~]");
  assert.equal(strings[PSEUDO_TAG].stage, "[Šţåĝé {n} öƒ {total} ~~~~~]");
  assert.equal(accent("see https://aifc.kz/expat or expat@aifc.kz"), "šéé https://aifc.kz/expat öŕ expat@aifc.kz");
});

test("the pseudo-locale's engine texts are a file the shipped wasm loads at run time: English's key and messages, each text transformed", async () => {
  const pkg = path.join(TEXTS, "..", "pkg");
  const englishFile = fs.readFileSync(path.join(pkg, "aifc_eligibility_texts_en.txt"), "utf8");
  const file = pseudoEngineTexts(englishFile);
  const [tag, key, table] = file.split("\u001e");
  const [, enKey, enTable] = englishFile.split("\u001e");
  assert.equal(tag, PSEUDO_TAG);
  assert.equal(key, enKey, "made for the same build (the key of the message ids)");
  assert.equal(table.split("\u001f").length, enTable.split("\u001f").length, "every message, in English's order");
  assert.equal(pseudoText("Work visa for {name}"), "[Ŵöŕķ ṽîšå ƒöŕ {name} ~~~~~]", "text accented, variables kept");
  // A fresh engine (a worker of its own) given only this file answers in the pseudo-locale.
  const { firstQuestions } = await import("../../scripts/build/first-questions.mjs");
  const dir = temp();
  fs.copyFileSync(path.join(pkg, "aifc_eligibility_bg.wasm"), path.join(dir, "aifc_eligibility_bg.wasm"));
  for (const f of fs.readdirSync(pkg).filter((f) => f.endsWith(".js"))) fs.copyFileSync(path.join(pkg, f), path.join(dir, f));
  fs.writeFileSync(path.join(dir, `aifc_eligibility_texts_${PSEUDO_TAG}.txt`), file);
  const { first } = await firstQuestions(dir, PSEUDO_TAG);
  assert.match(first.question.text, /^\[Ŵĥåţ .* ~+\]$/, first.question.text);
});

test("the long date written from the texts (a browser without the language's months) reads as full ICU writes it", () => {
  const { strings } = loadWidgetTexts("");
  // Node has full ICU: its long dates are the reference. Kazakh's is «2026 ж. 1 наурыз» there too.
  const locales = { en: "en-GB", ru: "ru-RU", kk: "kk-KZ" };
  for (const [lang, locale] of Object.entries(locales)) {
    const icu = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
    for (let month = 1; month <= 12; month++) {
      const written = strings[lang]["long-date"]
        .replace("{day}", "18")
        .replace("{month}", strings[lang]["month-name"][month])
        .replace("{year}", "2026");
      assert.equal(written, icu.format(Date.UTC(2026, month - 1, 18)).replace(/\u00a0/g, " "), `${lang} month ${month}`);
    }
  }
});
