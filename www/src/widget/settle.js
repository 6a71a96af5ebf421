// Taking answers from outside (the `answers` attribute, a link): which of them the flow uses, and
// one report of the refused ones for the whole attribute or link (not one event per parameter).

import { MAX_PARAMS } from './url.js';

/**
 * Walks the flow from the start, keeping each candidate answer to the question actually asked;
 * stops at the first the engine refuses. Of the rest, those the engine refuses even on their own
 * are refused too; answers off the path are left out silently. `evaluate(answers)` asks the
 * engine with the widget's language and date; `alone(fact, value)` checks one answer by itself.
 * Returns the kept answers and, if any was refused, one `{ code, message }` for all of them.
 */
export function settle(candidate, evaluate, alone) {
  const kept = new Map();
  const refused = [];
  if (candidate.size > MAX_PARAMS) {
    refused.push({ code: 'too-large', message: `more than ${MAX_PARAMS} answers: none is taken` });
    candidate = new Map();
  }
  for (;;) {
    let ev;
    try {
      ev = evaluate(kept);
    } catch {
      break;
    }
    const id = ev.kind === 'question' ? ev.question.id : null;
    if (!id || !candidate.has(id) || kept.has(id)) break;
    try {
      evaluate(new Map([...kept, [id, candidate.get(id)]]));
      kept.set(id, candidate.get(id));
    } catch (err) {
      refused.push({ fact: id, code: err.code ?? 'internal', message: err.message });
      break;
    }
  }
  for (const [fact, value] of candidate) {
    if (kept.has(fact) || refused.some((r) => r.fact === fact)) continue;
    try {
      alone(fact, value);
    } catch (err) {
      refused.push({ fact, code: err.code ?? 'internal', message: err.message });
    }
  }
  if (refused.length === 0) return { kept, refused: null };
  const more = refused.length > 1 ? ` (and ${refused.length - 1} more refused)` : '';
  return { kept, refused: { code: refused[0].code, message: refused[0].message + more } };
}
