// A team planned at once (issue 16): our `plan` for 1,000 people against json-rules-engine
// routing the same 1,000 answer sets one by one (bench/peers/rules.mjs), in one Chromium page.
// Ours gives each person's services, standard fees, duties, totals and dates and the team's
// totals; the rules only pick each person's outcome id. The 1,000 are complete answer sets met
// walking every path of the flow, in the walk's order (every outcome kind among them).

/**
 * Every complete answer set of the flow on `date` (the walk of checkRouting in api.mjs), with the
 * facts the rules take (the extension's window phase from our extensionWindow(), as there).
 */
export async function completeAnswerSets(pkg, { date, free, limit = 20_000 }) {
  const { typedFacts } = await import('./rules.mjs');
  const stack = [[]];
  const sets = [];
  let met = 0;
  while (stack.length) {
    if ((met += 1) > limit) throw new Error(`the walk met more than ${limit} answer sets`);
    const pairs = stack.pop();
    const answers = Object.fromEntries(pairs);
    const ev = pkg.evaluate({ answers, date });
    if (ev.kind === 'outcome') {
      const facts = typedFacts(answers);
      if (facts.visaExpires) facts.extensionPhase = pkg.extensionWindow({ expires: facts.visaExpires, date }).status;
      sets.push({ answers, facts, outcome: ev.outcome.id });
      continue;
    }
    const q = ev.question;
    const values = q.options ? q.options.map((o) => o.value) : free[q.input?.kind];
    for (const v of values) stack.push([...pairs, [q.id, v]]);
  }
  return sets;
}

/**
 * `rounds` times, interleaved: one plan() of the whole team, then the rules run on each person
 * in turn. Milliseconds per team for each. Self-contained: Playwright ships it to the page as
 * source text.
 */
async function planVsRules(api, engine, cfg) {
  const { rounds, sets, date, limitMs } = cfg;
  const now = () => performance.now();
  const request = { people: sets.map((s, i) => ({ id: `person ${i + 1}`, answers: s.answers })), date };
  const routeAll = async () => {
    const ids = [];
    for (const s of sets) ids.push((await engine.run(s.facts)).events.map((e) => e.type).join());
    return ids;
  };
  // The check before timing: the same 1,000 outcomes both ways.
  const team = api.plan(request);
  const ours = team.people.map((p) => (p.kind === 'outcome' ? p.outcome : p.kind));
  const rulesIds = await routeAll();
  const mismatches = ours.filter((id, i) => id !== rulesIds[i] || id !== sets[i].outcome).length;
  const planMs = [];
  const rulesMs = [];
  const start = now();
  for (let r = 0; r < rounds; r += 1) {
    let t0 = now();
    const t = api.plan(request);
    planMs.push(now() - t0);
    if (t.people.length !== sets.length) throw new Error('plan lost people');
    t0 = now();
    await routeAll();
    rulesMs.push(now() - t0);
    if (now() - start > limitMs) break;
  }
  return {
    people: sets.length,
    planned: team.totals.planned,
    kzt: team.totals.kzt,
    outcomes: new Set(ours).size,
    mismatches,
    planMs,
    rulesMs,
  };
}

export async function runChromiumPlanVsRules(browser, origin, cfg) {
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
      [planVsRules.toString(), cfg],
    );
  } finally {
    await context.close();
  }
}
