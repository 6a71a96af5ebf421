// Our `evaluate` (a full outcome: services, documents, fees, dates, the plan) against
// json-rules-engine's routing-only run of the same facts (bench/peers/rules.mjs), in Node and in
// the same Chromium page; and the check that the rules route like our flow.

/**
 * Interleaved batches: `size` evaluate calls, then `size` rule-engine runs, `batches` times (or
 * until `limitMs`). Per-call µs of each batch. Self-contained: Playwright ships it to the page as
 * source text.
 */
async function evaluateVsRules(api, engine, cfg) {
  const { batches, size, request, limitMs } = cfg;
  const now = () => performance.now();
  const facts = request.answers;
  const ev = api.evaluate(request);
  const { events } = await engine.run(facts);
  const routed = { ours: ev.kind === 'outcome' ? ev.outcome.id : `question ${ev.question.id}`, rules: events.map((e) => e.type) };
  let sink = 0;
  for (let i = 0; i < size; i += 1) sink += api.evaluate(request).kind.length;
  for (let i = 0; i < size; i += 1) sink += (await engine.run(facts)).events.length;
  const ours = [];
  const rules = [];
  const start = now();
  for (let b = 0; b < batches; b += 1) {
    let t0 = now();
    for (let i = 0; i < size; i += 1) sink += api.evaluate(request).kind.length;
    ours.push(((now() - t0) * 1000) / size);
    t0 = now();
    for (let i = 0; i < size; i += 1) sink += (await engine.run(facts)).events.length;
    rules.push(((now() - t0) * 1000) / size);
    if (now() - start > limitMs) break;
  }
  return { routed, ours, rules, sink };
}

export async function runNodeVsRules(pkg, cfg) {
  const { Engine } = await import('json-rules-engine');
  const { routingEngine } = await import('./rules.mjs');
  return evaluateVsRules(pkg, routingEngine(Engine), cfg);
}

export async function runChromiumVsRules(browser, origin, cfg) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/__api.html`);
    return await page.evaluate(
      async ([source, c]) => {
        const pkg = await import('/ours/pkg/aifc_eligibility.js');
        await pkg.default({ module_or_path: '/ours/pkg/aifc_eligibility_bg.wasm' });
        for (const lang of ['en', 'ru', 'kk'])
          pkg.loadLanguage(lang, await (await fetch(`/ours/pkg/aifc_eligibility_texts_${lang}.txt`)).text());
        const peer = await import('/peer/rules.js');
        // eslint-disable-next-line no-new-func
        const measure = new Function(`return (${source})`)();
        return { isolated: self.crossOriginIsolated, ...(await measure(pkg, peer.routingEngine(peer.Engine), c)) };
      },
      [evaluateVsRules.toString(), cfg],
    );
  } finally {
    await context.close();
  }
}

/**
 * Walks every path of our flow (as bench/run.mjs's walk does, with the countries the caller gives
 * for `free.country`) and runs the rules on each set of answers met:
 * where `evaluate` gives an outcome, exactly one rule must fire, naming the same outcome id;
 * where it asks a question, none may fire. Returns the counts and any mismatches.
 */
export async function checkRouting(pkg, { date, free, limit = 20_000 }) {
  const { Engine } = await import('json-rules-engine');
  const { routingEngine, route, typedFacts, ROUTING_RULES } = await import('./rules.mjs');
  const engine = routingEngine(Engine);
  const stack = [[]];
  const mismatches = [];
  const outcomeIds = new Set();
  const firedRules = new Set();
  engine.on('success', (_event, _almanac, result) => firedRules.add(result.name));
  let outcomes = 0;
  let questions = 0;
  while (stack.length) {
    if (outcomes + questions >= limit) throw new Error(`the routing check met more than ${limit} answer sets`);
    const pairs = stack.pop();
    const answers = Object.fromEntries(pairs);
    const ev = pkg.evaluate({ answers, date });
    const facts = typedFacts(answers);
    // The extension's window is date arithmetic on the Kazakhstan working-day calendar, not
    // routing: the rules get where the window stands as a fact, from our extensionWindow().
    if (facts.visaExpires) facts.extensionPhase = pkg.extensionWindow({ expires: facts.visaExpires, date }).status;
    const got = await route(engine, facts);
    if (ev.kind === 'outcome') {
      outcomes += 1;
      outcomeIds.add(ev.outcome.id);
      if (got.length !== 1 || got[0] !== ev.outcome.id) mismatches.push({ answers, ours: ev.outcome.id, rules: got });
      continue;
    }
    questions += 1;
    if (got.length) mismatches.push({ answers, ours: `question ${ev.question.id}`, rules: got });
    const q = ev.question;
    const values = q.options ? q.options.map((o) => o.value) : free[q.input?.kind];
    if (!values) throw new Error(`question ${q.id} has neither options nor a known input`);
    if (pairs.length >= 20) throw new Error(`a path that does not end: ${JSON.stringify(pairs)}`);
    for (const v of values) stack.push([...pairs, [q.id, v]]);
  }
  const unused = ROUTING_RULES.map((r) => r.name).filter((n) => !firedRules.has(n));
  return {
    rules: ROUTING_RULES.length,
    outcomes,
    questions,
    outcomeIds: outcomeIds.size,
    unusedRules: unused,
    mismatches: mismatches.slice(0, 10),
    mismatchCount: mismatches.length,
  };
}
