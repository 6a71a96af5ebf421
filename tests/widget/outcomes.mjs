// Every kind of outcome the flow has: the engine's question flow walked in Node, one set of
// answers per outcome id (the first found), for the tests that must look at each kind.

import { engine, TODAY } from './helpers.mjs';

/** Answers worth trying for a free input: countries of each group, stays around the limits, dates around a window. */
const SAMPLES = {
  country: ['KZ', 'RU', 'UZ', 'AZ', 'GB', 'IN'],
  number: [20, 60, 120],
  date: ['2026-04-30', '2026-03-27', '2026-03-20', '2026-12-30'],
};

/** {id -> answers} for every outcome id reachable from the first question. */
export async function outcomeKinds(date = TODAY) {
  const api = await engine();
  const found = new Map();
  const stack = [{}];
  let evaluations = 0;
  while (stack.length) {
    const answers = stack.pop();
    const ev = api.evaluate({ answers, lang: 'en', date });
    evaluations += 1;
    if (ev.kind === 'outcome') {
      if (!found.has(ev.outcome.id)) found.set(ev.outcome.id, answers);
      continue;
    }
    const q = ev.question;
    const values = q.options ? q.options.map((o) => o.value) : SAMPLES[q.input.kind];
    for (const value of values) {
      const next = { ...answers, [q.id]: value };
      try {
        api.evaluate({ answers: next, lang: 'en', date });
      } catch {
        continue; // a sample the question does not take (a date before today)
      }
      stack.push(next);
    }
  }
  return { kinds: found, evaluations };
}
