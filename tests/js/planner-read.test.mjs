// The team planner's reading of what people write (www/src/planner/read.js with its vocabulary,
// vocabulary.js): every accepted form, in en/ru/kk, as an HR officer's spreadsheet has it, and
// what is refused or asked. The module is bundled as the build bundles it (esbuild with the
// build's texts plugin: the engine's answer labels of texts/*/flow-questions.ftl), with the
// country names the widget's search uses (Intl's, and the later file's aliases). The expected
// values are written here by hand, from what the cells mean.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { build } from "esbuild";
import { textsPlugin, loadWidgetTexts, ROOT } from "../../scripts/texts.mjs";
import { ALIASES, REGIONS_KK } from "../../www/data/regions-kk.js";

let read;
let mod;
before(async () => {
  const out = await build({
    stdin: {
      contents: [
        "export * from './www/src/planner/read.js';",
        "export { plannerReader, answerText } from './www/src/planner/vocabulary.js';",
        "export { setLater } from './www/src/shared/later.js';",
        "export { formatsFor } from './www/src/shared/format.js';",
      ].join("\n"),
      resolveDir: ROOT,
      loader: "js",
    },
    bundle: true,
    format: "esm",
    write: false,
    plugins: [textsPlugin],
    logLevel: "silent",
  });
  mod = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString("base64")}`);
  mod.setLater({ css: "", regionsKk: REGIONS_KK, aliases: ALIASES });
  const reader = mod.plannerReader(Object.keys(REGIONS_KK));
  read = (fact, text) => reader.read(fact, text);
});

const value = (v) => ({ value: v });
const readings = (...v) => ({ readings: v });
const refused = (why) => ({ refused: why });

// [fact, what a person writes, what it is read as]
const CASES = [
  // Countries: names in three languages, short forms, ISO alpha-2 and alpha-3, any case and spacing.
  ["citizenship", "India", value("IN")],
  ["citizenship", "  india ", value("IN")],
  ["citizenship", "INDIA", value("IN")],
  ["citizenship", "Индия", value("IN")],
  ["citizenship", "Үндістан", value("IN")],
  ["citizenship", "IN", value("IN")],
  ["citizenship", "in", value("IN")],
  ["citizenship", "IND", value("IN")],
  ["citizenship", "Russia", value("RU")],
  ["citizenship", "Россия", value("RU")],
  ["citizenship", "Российская Федерация", value("RU")],
  ["citizenship", "Ресей", value("RU")],
  ["citizenship", "RUS", value("RU")],
  ["citizenship", "Turkey", value("TR")],
  ["citizenship", "Türkiye", value("TR")],
  ["citizenship", "Турция", value("TR")],
  ["citizenship", "Түркия", value("TR")],
  ["citizenship", "TUR", value("TR")],
  ["citizenship", "tur", value("TR")],
  ["citizenship", "США", value("US")],
  ["citizenship", "АҚШ", value("US")],
  ["citizenship", "USA", value("US")],
  ["citizenship", "United States", value("US")],
  ["citizenship", "UK", value("GB")],
  ["citizenship", "United Kingdom", value("GB")],
  ["citizenship", "Великобритания", value("GB")],
  ["citizenship", "GBR", value("GB")],
  ["citizenship", "Germany", value("DE")],
  ["citizenship", "Германия", value("DE")],
  ["citizenship", "DEU", value("DE")],
  ["citizenship", "China", value("CN")],
  ["citizenship", "Китай", value("CN")],
  ["citizenship", "Қытай", value("CN")],
  ["citizenship", "Узбекистан", value("UZ")],
  ["citizenship", "Кыргызстан", value("KG")],
  ["citizenship", "Киргизия", value("KG")],
  ["citizenship", "Өзбекстан", value("UZ")],
  ["citizenship", "UAE", value("AE")],
  ["citizenship", "ОАЭ", value("AE")],
  ["citizenship", "«Индия»", value("IN")],
  ["citizenship", "Narnia", refused("unknown")],
  ["citizenship", "XX", refused("unknown")],

  // Yes and no, every fact that takes them.
  ["family", "yes", value("true")],
  ["family", "Yes", value("true")],
  ["family", "Y", value("true")],
  ["family", "true", value("true")],
  ["family", "TRUE", value("true")],
  ["family", "1", value("true")],
  ["family", "да", value("true")],
  ["family", "Да", value("true")],
  ["family", "д", value("true")],
  ["family", "иә", value("true")],
  ["family", "Иә", value("true")],
  ["family", "ия", value("true")],
  ["family", "no", value("false")],
  ["family", "N", value("false")],
  ["family", "false", value("false")],
  ["family", "FALSE", value("false")],
  ["family", "0", value("false")],
  ["family", "нет", value("false")],
  ["family", "Нет", value("false")],
  ["family", "н", value("false")],
  ["family", "жоқ", value("false")],
  ["family", "Жоқ", value("false")],
  ["family", "жок", value("false")],
  ["branch", "нет", value("false")],
  ["meetsQualifications", "Yes", value("true")],
  ["sameHost", "иә", value("true")],
  ["investmentResident", "no", value("false")],
  ["family", "maybe", refused("unknown")],
  ["family", "yess", refused("unknown")],

  // The answers' labels as the planner and the widget show them, in each language, and short forms.
  ["need", "work", value("work")],
  ["need", "Work", value("work")],
  ["need", "Work in the AIFC (work visa or temporary residence permit)", value("work")],
  ["need", "work in the AIFC", value("work")],
  ["need", "Работа в МФЦА", value("work")],
  ["need", "Работа", value("work")],
  ["need", "АХҚО-да жұмыс", value("work")],
  ["need", "Individual Identification Number (IIN)", value("iin")],
  ["need", "IIN", value("iin")],
  ["need", "ИИН", value("iin")],
  ["need", "ЖСН", value("iin")],
  ["need", "iin", value("iin")],
  ["need", "Extend a visa or a temporary residence permit", value("extend")],
  ["need", "Продлить визу или разрешение на временное проживание", value("extend")],
  ["need", "Tax Residency Certificate", value("tax-residency")],
  ["need", "ЭЦП", value("digital-signature")],
  ["need", "business-visit", value("business-visit")],
  ["need", "A single business trip", value("business-visit")],
  ["need", "ski", refused("unknown")],
  ["location", "outside", value("outside")],
  ["location", "Outside Kazakhstan", value("outside")],
  ["location", "За пределами Казахстана", value("outside")],
  ["location", "Қазақстаннан тыс жерде", value("outside")],
  ["location", "In Kazakhstan", value("inside")],
  ["location", "в казахстане", value("inside")],
  ["location", "Қазақстанда", value("inside")],
  ["location", "abroad", value("outside")],
  ["location", "за рубежом", value("outside")],
  ["location", "Kazakhstan", value("inside")],
  ["location", "Казахстан", value("inside")],
  ["location", "KZ", value("inside")],
  ["location", "India", value("outside")],
  ["location", "Германия", value("outside")],
  ["role", "Employee", value("employee")],
  ["role", "Работник", value("employee")],
  ["role", "Қызметкер", value("employee")],
  ["role", "expert", value("expert")],
  ["role", "Эксперт", value("expert")],
  ["role", "Сарапшы", value("expert")],
  ["category", "B2", value("B2")],
  ["category", "b3", value("B3")],
  ["visa", "Work visa (C3)", value("work")],
  ["visa", "C3", value("work")],
  ["visa", "Рабочая виза", value("work")],
  ["visa", "TRP", value("trp")],
  ["visa", "РВП", value("trp")],
  ["visa", "Temporary residence permit", value("trp")],
  ["applicantType", "Legal entity", value("legal-entity")],
  ["applicantType", "Юридическое лицо", value("legal-entity")],
  ["applicantType", "Жеке тұлға", value("individual")],

  // Terms: the labels, years, months, ranges; a span over both bands is asked.
  ["term", "Up to 2 years", value("up-to-2-years")],
  ["term", "up-to-2-years", value("up-to-2-years")],
  ["term", "2 years", value("up-to-2-years")],
  ["term", "2years", value("up-to-2-years")],
  ["term", "1 year", value("up-to-2-years")],
  ["term", "24 months", value("up-to-2-years")],
  ["term", "12 мес.", value("up-to-2-years")],
  ["term", "до 2 лет", value("up-to-2-years")],
  ["term", "2 года", value("up-to-2-years")],
  ["term", "1 год", value("up-to-2-years")],
  ["term", "2 жыл", value("up-to-2-years")],
  ["term", "2 жылға дейін", value("up-to-2-years")],
  ["term", "2", value("up-to-2-years")],
  ["term", "From 3 to 5 years", value("3-to-5-years")],
  ["term", "от 3 до 5 лет", value("3-to-5-years")],
  ["term", "От 3 до 5 лет", value("3-to-5-years")],
  ["term", "3-5 years", value("3-to-5-years")],
  ["term", "3–5 лет", value("3-to-5-years")],
  ["term", "3 years", value("3-to-5-years")],
  ["term", "5 лет", value("3-to-5-years")],
  ["term", "3-тен 5 жылға дейін", value("3-to-5-years")],
  ["term", "36 months", value("3-to-5-years")],
  ["term", "4", value("3-to-5-years")],
  ["term", "up to 5 years", readings("up-to-2-years", "3-to-5-years")],
  ["term", "1-5 лет", readings("up-to-2-years", "3-to-5-years")],
  ["term", "2.5 years", refused("unknown")],
  ["term", "30 months", refused("unknown")],
  ["term", "10 years", refused("unknown")],
  ["term", "forever", refused("unknown")],

  // Dates: day first with dots or dashes, ISO, two-digit years, Excel serials; slashes asked when both readings are dates.
  ["visaExpires", "18.12.2026", value("2026-12-18")],
  ["visaExpires", "8.1.2027", value("2027-01-08")],
  ["visaExpires", "08.01.2027", value("2027-01-08")],
  ["visaExpires", "3.4.27", value("2027-04-03")],
  ["visaExpires", "18-12-2026", value("2026-12-18")],
  ["visaExpires", "03-04-2027", value("2027-04-03")],
  ["visaExpires", "2026-12-18", value("2026-12-18")],
  ["visaExpires", "2026-12-18T00:00:00", value("2026-12-18")],
  ["visaExpires", "18.12.2026 0:00", value("2026-12-18")],
  ["visaExpires", "18.12.2026 г.", value("2026-12-18")],
  ["visaExpires", "2026/12/18", value("2026-12-18")],
  ["visaExpires", "18/12/2026", value("2026-12-18")],
  ["visaExpires", "12/18/2026", value("2026-12-18")],
  ["visaExpires", "05/05/2027", value("2027-05-05")],
  ["visaExpires", "46374", value("2026-12-18")],
  ["visaExpires", "46568", value("2027-06-30")],
  ["visaExpires", "03/04/2027", readings("2027-04-03", "2027-03-04")],
  ["visaExpires", "3/4/27", readings("2027-04-03", "2027-03-04")],
  ["visaExpires", "31.02.2027", refused("not-a-date")],
  ["visaExpires", "2026-02-31", refused("not-a-date")],
  ["visaExpires", "soon", refused("not-a-date")],
  ["visaExpires", "2027", refused("not-a-date")],

  // Days of stay.
  ["stayDays", "120", value("120")],
  ["stayDays", "120 days", value("120")],
  ["stayDays", "120 дней", value("120")],
  ["stayDays", "120 дн.", value("120")],
  ["stayDays", "120 күн", value("120")],
  ["stayDays", "1 200", value("1200")],
  ["stayDays", "45д", refused("not-a-number")],
  ["stayDays", "four months", refused("not-a-number")],
  ["stayDays", "120 weeks", refused("not-a-number")],

  // Empty cells are no answer.
  ["need", "   ", null],
];

test("every accepted form reads as the engine's value; the rest are asked or refused with a reason", () => {
  const wrong = CASES.map(([fact, text, want]) => [fact, text, want, read(fact, text)]).filter(
    ([, , want, got]) => JSON.stringify(got) !== JSON.stringify(want),
  );
  assert.deepEqual(
    wrong.map(([fact, text, want, got]) => `${fact} «${text}»: want ${JSON.stringify(want)}, got ${JSON.stringify(got)}`),
    [],
  );
});

// Every word people write for an answer, as HR officers' sheets and typed rows have it, written
// out here by hand: the planner keeps them in texts/<lang>/planner.ftl (`planner-input-words`,
// accepted, never shown), where a translator might "improve" one away. Kazakh's ай and дейін are
// matched folded (й as и), as the cells are.
const INPUT_WORDS = {
  yes: ["yes", "y", "true", "1", "да", "д", "иә", "ия"],
  no: ["no", "n", "false", "0", "нет", "н", "жоқ", "жок"],
  abroad: ["abroad", "за рубежом", "за границей", "за пределами РК", "шетелде", "шет елде"],
  days: ["d", "day", "days", "дн", "день", "дня", "дней", "сут", "суток", "күн", "кун"],
  months: ["mo", "mos", "month", "months", "мес", "месяц", "месяца", "месяцев", "ай", "айға", "айга"],
  years: ["y", "yr", "yrs", "year", "years", "г", "год", "года", "лет", "жыл", "жылға", "жылга", "жылдан", "жылдық", "жылдык"],
  upTo: ["up", "upto", "max", "до", "максимум", "дейін", "дейин"],
  dateYear: ["г"],
};

// Each kind of word in a cell that only the word makes read so: [fact, the cell, what it reads as].
const IN_A_CELL = {
  yes: ["family", (w) => w, value("true")],
  no: ["sameHost", (w) => w, value("false")],
  abroad: ["location", (w) => w, value("outside")],
  days: ["stayDays", (w) => `120 ${w}`, value("120")],
  // 24 alone is no term (a bare number is 1 to 5 years), 0,5 alone neither.
  months: ["term", (w) => `24 ${w}`, value("up-to-2-years")],
  years: ["term", (w) => `0,5 ${w}`, value("up-to-2-years")],
  // 5 alone is 3 to 5 years; "up to 5" spans both bands.
  upTo: ["term", (w) => `${w} 5`, readings("up-to-2-years", "3-to-5-years")],
  dateYear: ["visaExpires", (w) => `18.12.2026 ${w}.`, value("2026-12-18")],
};

test("every word people write for an answer is read, each in a cell that means it only with that word", () => {
  const lost = [];
  for (const [kind, list] of Object.entries(INPUT_WORDS)) {
    const [fact, cell, want] = IN_A_CELL[kind];
    assert.notDeepEqual(read(fact, cell("qx")), want, `${kind}: the cell needs its word`);
    for (const word of list) if (JSON.stringify(read(fact, cell(word))) !== JSON.stringify(want)) lost.push(`${kind} «${word}»`);
  }
  assert.deepEqual(lost, [], "words people write that are no longer read");
});

test("the texts list exactly these words, each language its own, so none is added or lost unseen", () => {
  const { strings } = loadWidgetTexts("", "planner.ftl");
  const inTexts = {};
  for (const texts of Object.values(strings))
    for (const [kind, list] of Object.entries(texts["planner-input-words"]))
      (inTexts[kind] ??= []).push(
        ...list
          .split(",")
          .map((w) => w.trim())
          .filter(Boolean),
      );
  const sorted = (words) => Object.fromEntries(Object.entries(words).map(([kind, list]) => [kind, list.toSorted()]));
  assert.deepEqual(sorted(inTexts), sorted(INPUT_WORDS));
});

test("a person's cells: the read answers, and the cells held back with why", () => {
  const reader = mod.plannerReader(Object.keys(REGIONS_KK));
  assert.deepEqual(mod.readAnswers(reader, { need: "Работа", citizenship: "Narnia", visaExpires: "03/04/2027", family: "да" }), {
    answers: { need: "work", family: "true" },
    held: {
      citizenship: { given: "Narnia", why: "unknown" },
      visaExpires: { given: "03/04/2027", why: "ambiguous", readings: ["2027-04-03", "2027-03-04"] },
    },
  });
});

test("an answer is said in the interface language, never as the engine's code", () => {
  const say = (lang, fact, v) => mod.answerText(lang, mod.formatsFor(lang), fact, v);
  assert.equal(say("en", "family", "true"), "Yes");
  assert.equal(say("ru", "family", "true"), "Да");
  assert.equal(say("kk", "family", "false"), "Жоқ");
  assert.equal(say("ru", "citizenship", "IN"), "Индия");
  assert.equal(say("en", "need", "work"), "Work in the AIFC (work visa or temporary residence permit)");
  assert.equal(say("ru", "term", "3-to-5-years"), "От 3 до 5 лет");
  assert.equal(say("en", "family", "ski"), "ski", "what no reading takes is shown as written");
});
