// Every kind of outcome the flow has, for the tests that must look at each kind: one set of
// answers per outcome id (the first recorded), read from the recorded paths (tests/expected/
// paths.txt, one line per path of the flow, "<answers> -> <outcome id> [services]; ...", written
// by the native tests and reviewed), not found by walking the package the widget runs.

import fs from 'node:fs';

const read = (relative) => fs.readFileSync(new URL(relative, import.meta.url), 'utf8');

/**
 * The paths were recorded on another day (the native tests' TODAY, 24 November 2026) than the
 * widget tests' TODAY (25 March 2026), and whether an extension's window is open, closed or past
 * depends on the day. The visa's expiry for each on the widget tests' day, written out from the
 * guide ("Work visa extension": apply no earlier than 30 and no later than 5 working days before
 * the visa expires): past on 20 March; 27 March is 2 days ahead, fewer than 5 working days, so
 * closed; 30 April's window runs from 16 March to 23 April, so open (journeys.test.mjs).
 */
const EXPIRES_ON_TODAY = { 'extension-expired': '2026-03-20', 'extension-closed': '2026-03-27', extension: '2026-04-30' };

/** An answer as the flow takes it: yes/no as booleans, a number of days as a number. */
const typed = (value) => (value === 'true' ? true : value === 'false' ? false : /^\d+$/.test(value) ? Number(value) : value);

/** `{ kinds: {id -> answers} }`: answers reaching each outcome id of the recorded paths on TODAY. */
export async function outcomeKinds() {
  const kinds = new Map();
  for (const line of read('../expected/paths.txt').split('\n')) {
    const path = /^(\S+) -> ([\w-]+) /.exec(line);
    if (!path || kinds.has(path[2])) continue;
    const answers = Object.fromEntries([...new URLSearchParams(path[1])].map(([fact, value]) => [fact, typed(value)]));
    if (answers.visaExpires) answers.visaExpires = EXPIRES_ON_TODAY[path[2]];
    kinds.set(path[2], answers);
  }
  return { kinds };
}
