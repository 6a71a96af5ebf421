// What a visitor downloads before the first question, in each language: every file the browser
// actually requested from the moment the page starts until the first question is on screen, the
// host page's own files (its HTML and stylesheet) excepted, each body brotli-compressed (quality
// 11) as a server sends it precompressed. The figures are printed; the test fails above the
// budget. The target of issue 14 is 64 KB (65,536 bytes); the budget is what the build meets
// today, lowered as cuts land.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { brotliCompressSync, constants } from 'node:zlib';
import { setup, openPage, demoUrl, Widget } from './helpers.mjs';

const TARGET = 65_536;
// 100,000 when the engine's texts left the wasm; 104,000 with plan() (a team's plan, issue 16),
// whose export every visitor's wasm carries (4.2 KB brotli), as tests/js/size-budget.test.mjs.
const BUDGET = 104_000; // bytes brotli, every language
const HOST = new Set(['/test.html', '/site.css']);

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.teardown(); });

const brotli = (body) => brotliCompressSync(body, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
}).length;

for (const lang of ['en', 'ru', 'kk']) {
  test(`${lang}: at most ${BUDGET} bytes brotli before the first question`, async (t) => {
    const responses = [];
    const { context, page } = await openPage(env, 'about:blank');
    t.after(() => context.close());
    context.on('response', (r) => responses.push(r));
    await page.goto(new URL(demoUrl({ lang }), env.origin).href);
    const widget = new Widget(page);
    await widget.locator('form.question').waitFor({ state: 'visible' });
    const seen = responses.slice(); // the requests made before the first question was on screen
    const rows = [];
    let total = 0;
    for (const r of seen) {
      const { pathname } = new URL(r.url());
      if (HOST.has(pathname)) continue;
      const body = await r.body();
      const size = brotli(body);
      total += size;
      rows.push(`  ${pathname.slice(1).padEnd(40)} raw ${String(body.length).padStart(7)}  brotli ${String(size).padStart(6)}`);
    }
    console.log(`${lang}: ${total} bytes brotli before the first question (budget ${BUDGET}, target ${TARGET}: ${total <= TARGET ? 'met' : `${total - TARGET} over`})\n${rows.join('\n')}`);
    assert.ok(rows.length >= 3, `the entry, the wasm and the ${lang} texts were requested (${rows.length} files)`);
    assert.ok(seen.some((r) => r.url().endsWith('.wasm')), 'the wasm was requested before the first question');
    assert.ok(total <= BUDGET, `${lang}: ${total} bytes brotli before the first question, over ${BUDGET}`);
  });
}
