// What the team planner should show for a team, from the recorded paths of the question flow
// (tests/expected/paths.txt, read by recorded.mjs), never from the package the planner runs: a
// fault of the built package cannot agree with itself. A row whose answers are a recorded path is
// planned as that line says (on RECORDED_DAY, the day the paths were recorded); a row whose
// answers stop short asks the question every agreeing path asks next.

import { recordedPaths, pathOf, nextQuestion, addKzt } from './recorded.mjs';

/** One answers set per outcome id of the flow (the first recorded path of each), as `{fact: value}`. */
export function recordedKinds() {
  const kinds = new Map();
  for (const p of recordedPaths()) if (!kinds.has(p.outcome)) kinds.set(p.outcome, Object.fromEntries(p.answers));
  return kinds;
}

/** True when the guide prices nothing of a plan (no fee, no duty): the planner says "ask the Centre". */
const nothingPriced = (p) => p.quotes.length > 0 && p.quotes.every((q) => q.fee === null && q.duty === null);

/**
 * Each person's row, the export's totals, the team totals and the timeline, for `people`
 * (`[{answers}]`; `taken`, where given, the answers the planner keeps).
 */
export function expectedTeam(people) {
  const paths = people.map((p) => pathOf(p.taken ?? p.answers));
  const rows = people.map((person, i) => {
    const p = paths[i];
    if (!p)
      return {
        kind: 'question',
        services: [],
        kzt: null,
        readyBy: null,
        question: nextQuestion(person.taken ?? person.answers),
        code: null,
      };
    const served = !p.noService;
    return {
      kind: 'outcome',
      services: served ? p.quotes.map((q) => q.service) : [],
      kzt: served && !nothingPriced(p) ? p.total : null,
      readyBy: served ? p.readyBy : null,
      question: null,
      code: null,
    };
  });
  const planned = paths.filter(Boolean);
  // A person the Centre must confirm first is counted, not budgeted (crates/engine/src/team.rs, issue 25).
  const budgeted = planned.filter((p) => !p.confirm);
  const services = new Map();
  for (const p of budgeted)
    for (const q of p.quotes) {
      const s = services.get(q.service) ?? { count: 0, kzt: [], complete: true };
      s.count += 1;
      s.kzt.push(q.fee ?? '0', q.duty ?? '0');
      s.complete &&= q.fee !== null;
      services.set(q.service, s);
    }
  const dates = planned.flatMap((p) => [
    p.readyBy,
    ['open', 'before'].includes(p.window?.status) ? p.window.latest : null,
    p.window?.expires,
  ]);
  return {
    rows,
    exported: paths.map((p) => (p && !nothingPriced(p) ? p.total : '')),
    totals: {
      kzt: addKzt(budgeted.map((p) => p.total)),
      counts: [people.length, planned.length, people.length - planned.length, 0],
      // Sorted by service here and on the page's side: the guide's order is the engine's catalog.
      byService: [...services]
        .map(([service, s]) => [service, String(s.count), s.complete || addKzt(s.kzt) !== '0' ? addKzt(s.kzt) : 'fee'])
        .sort((a, b) => a[0].localeCompare(b[0])),
      perPerson: budgeted.some((p) => p.perPerson),
    },
    timeline: [...new Set(dates.filter(Boolean))].sort(),
  };
}
