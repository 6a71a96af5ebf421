// The size budget: what a partner page downloads to use the widget in one language (its entry
// module, then, once the first question is painted, the wasm, the widget's later file and that
// language's engine texts and widget words: the files of dist/assets.json) must stay at or under
// the budget, brotli (quality 11), in every
// language; the wasm, which every visitor downloads, has a budget of its own. Sizes are
// deterministic for a given build, so this is a fair test; the figures are printed. What the
// browser actually requests before the first question (the entry alone) is measured by
// tests/widget/first-question.test.mjs against issue 14's 64 KB.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

// 115,000 while every language's texts were in the wasm; 100,000 when a visitor downloaded only
// their own language's (issue 14: 64 KB before the first question is the target); 104,000 with
// plan() (a team's plan, issue 16), whose export costs every visitor 4.2 KB brotli of wasm
// (85,905 to 90,133 B before the texts left the wasm); 106,000 when the entry took in the first
// question in every language (2.1 KB), so that it is drawn before the wasm is fetched; 94,500
// when the engine's own weight was cut (issue 14, item 3: the wasm from 63,743 to 53,922 B brotli);
// 96,500 when the standard library's allocator came back (talc saved 1.9 KB brotli: not enough for a
// new allocator and three more crates in every visitor's engine); then, in one session, 97,000
// when a short CIS or EAEU stay got an answer of its own (issue 25, item 1: `outcome.toConfirm`,
// with the EAEU Treaty's sentence quoted in Russian in the engine and the new texts: ru 95,495 to
// 96,604 B) and 98,000 when the entry took in the second question for each answer of the first, in
// every language (issue 25, item 8: 1.6 KB, ru to 97,116 B), so that the first click shows it at
// once instead of waiting for the wasm. BUDGET_SET_BELOW
const BUDGET = 98_000; // bytes, brotli -q 11, the files for one language together
// The wasm alone, which every visitor downloads right after the first question: 55,851 B
// brotli (144,956 raw) after those cuts, each with its saving in its commit
// (`git log -- scripts/build.sh Cargo.toml crates src`); 57,000 for issue 25's `outcome.toConfirm`
// (56,043 to 56,565 B: the doubt's fields, their JSON, the Treaty's sentence).
const WASM_BUDGET = 57_000; // bytes, brotli -q 11
const dist = new URL("../../dist/", import.meta.url);
const assets = JSON.parse(await readFile(new URL("assets.json", dist), "utf8"));
const LANGS = Object.keys(assets).filter((k) => k.startsWith("texts-")).map((k) => k.slice("texts-".length));

async function size(file) {
  const bytes = await readFile(new URL(file, dist));
  const br = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length;
  return { file, raw: bytes.length, gz: gzipSync(bytes, { level: 9 }).length, br };
}
const row = ({ file, raw, gz, br }) => `  ${file.padEnd(40)} raw ${String(raw).padStart(7)}  gzip ${String(gz).padStart(6)}  brotli ${String(br).padStart(6)}`;

test(`the files for one language weigh at most ${BUDGET} bytes brotli, in every language`, async () => {
  assert.ok(LANGS.length >= 3, `texts of en, ru and kk at least (${LANGS.join(", ")})`);
  const common = [await size("aifc-eligibility.js"), await size(assets.wasm.file), await size(assets.later.file)];
  const lines = common.map(row);
  let worst = 0;
  for (const lang of LANGS) {
    const texts = await size(assets[`texts-${lang}`].file);
    const words = await size(assets[`words-${lang}`].file);
    const total = common.reduce((s, f) => s + f.br, texts.br + words.br);
    lines.push(row({ ...words, file: `${words.file} (${lang})` }), `${row({ ...texts, file: `${texts.file} (${lang})` })}  => ${lang}: ${total}`);
    worst = Math.max(worst, total);
    assert.ok(total <= BUDGET, `${lang}: ${total} bytes brotli is over the budget of ${BUDGET}`);
  }
  console.log(`size budget: ${worst} of ${BUDGET} bytes brotli at most (${((100 * worst) / BUDGET).toFixed(1)}%)\n${lines.join("\n")}`);
});

test(`the wasm weighs at most ${WASM_BUDGET} bytes brotli`, async () => {
  const wasm = await size(assets.wasm.file);
  console.log(`wasm: ${wasm.br} of ${WASM_BUDGET} bytes brotli (${((100 * wasm.br) / WASM_BUDGET).toFixed(1)}%)\n${row(wasm)}`);
  assert.ok(wasm.br <= WASM_BUDGET, `the wasm is ${wasm.br} bytes brotli, over the budget of ${WASM_BUDGET}`);
});
