// The size budget: what a partner page downloads to use the widget in one language (its entry
// module, then, once the first question is painted, the wasm, the widget's later file and that
// language's engine texts and widget words: the files of dist/assets.json) must stay at or under
// the budget, brotli (quality 11), in every
// language; the wasm, which every visitor downloads, has a budget of its own. Sizes are
// deterministic for a given build, so this is a fair test; the figures are printed. What the
// browser actually requests before the first question (the entry alone) is measured by
// tests/widget/first-question.test.mjs against issue 14's 64 KB. The entries' source maps
// (aifc-eligibility.js.map) are not counted: a browser fetches them only for open devtools; the
// line naming the map, at the entry's end, is.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

// These two budgets guard against a large regression, with about 10 % headroom: what a visitor
// waits for is guarded where it is waited for (the 64 KB before the first question,
// tests/widget/first-question.test.mjs; the first click, tests/widget/first-click.test.mjs and the
// benchmark). The history of the tight budgets they replace (115,000 down to 96,500 B as texts
// left the wasm and its weight was cut; 97,000 and 98,000 for issue 25's `outcome.toConfirm` and
// second question) is in `git log -p -- tests/js/size-budget.test.mjs`. On 2026-12-07 one language
// in all took 99,534 B (ru) and the wasm 56,907 B: the wasm's budget is issue 28's 64 KB (it is
// fetched while the visitor reads the first question).
const BUDGET = 110_000; // bytes, brotli -q 11, the files for one language together
const WASM_BUDGET = 65_536; // bytes, brotli -q 11
const dist = new URL("../../dist/", import.meta.url);
const assets = JSON.parse(await readFile(new URL("assets.json", dist), "utf8"));
const LANGS = Object.keys(assets)
  .filter((k) => k.startsWith("texts-"))
  .map((k) => k.slice("texts-".length));

async function size(file) {
  const bytes = await readFile(new URL(file, dist));
  const br = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;
  return { file, raw: bytes.length, gz: gzipSync(bytes, { level: 9 }).length, br };
}
const row = ({ file, raw, gz, br }) =>
  `  ${file.padEnd(40)} raw ${String(raw).padStart(7)}  gzip ${String(gz).padStart(6)}  brotli ${String(br).padStart(6)}`;

test(`the files for one language weigh at most ${BUDGET} bytes brotli, in every language`, async () => {
  assert.ok(LANGS.length >= 3, `texts of en, ru and kk at least (${LANGS.join(", ")})`);
  const common = [await size("aifc-eligibility.js"), await size(assets.wasm.file), await size(assets.later.file)];
  const lines = common.map(row);
  let worst = 0;
  for (const lang of LANGS) {
    const texts = await size(assets[`texts-${lang}`].file);
    const words = await size(assets[`words-${lang}`].file);
    const total = common.reduce((s, f) => s + f.br, texts.br + words.br);
    lines.push(
      row({ ...words, file: `${words.file} (${lang})` }),
      `${row({ ...texts, file: `${texts.file} (${lang})` })}  => ${lang}: ${total}`,
    );
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
