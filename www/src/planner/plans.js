// The team's plans, kept so that a click re-plans only what it changed (issue 30: 5,000 people
// re-planned on every click froze the tab for seconds). The people are held in blocks of at most
// BLOCK, each planned by one plan() call that gives its people's results and its totals; a change
// to a person (an answer, a removal) marks that person's block stale, and only stale blocks are
// planned again. The team's totals are the blocks' totals added (`addTotals`): the engine still
// adds every amount of a block; this adds the blocks' sums, exact, and counts. A language or date
// change marks every block stale. The facts a refused row's engine refuses on their own are
// found once per plan of that row (`refusedOf`), not on every redraw.

/** People per plan() call: small enough that re-planning one block answers a click at once. */
export const BLOCK = 50;

export class TeamPlans {
  /** @type {{people: object[], totals: object|null, stale: boolean}[]} */
  #blocks = [];
  #blockOf = new Map(); // person -> block
  #results = new Map(); // person -> the person's result (PersonPlan) from the last plan of its block
  #refused = new Map(); // person -> Set of facts refused on their own (computed when first asked)
  #changed = new Set(); // people whose result may differ from what their row shows

  /** Appends people: into the last block while it has room, then into new blocks. */
  add(people) {
    for (const person of people) {
      let block = this.#blocks.at(-1);
      if (!block || block.people.length >= BLOCK) {
        block = { people: [], totals: null, stale: true };
        this.#blocks.push(block);
      }
      block.people.push(person);
      block.stale = true;
      this.#blockOf.set(person, block);
      this.#changed.add(person);
    }
  }

  remove(person) {
    const block = this.#blockOf.get(person);
    if (!block) return;
    block.people.splice(block.people.indexOf(person), 1);
    block.stale = true;
    if (!block.people.length) this.#blocks.splice(this.#blocks.indexOf(block), 1);
    this.#blockOf.delete(person);
    this.#results.delete(person);
    this.#refused.delete(person);
    this.#changed.delete(person);
  }

  clear() {
    this.#blocks = [];
    this.#blockOf.clear();
    this.#results.clear();
    this.#refused.clear();
    this.#changed.clear();
  }

  /** A person's answers changed: their block is planned again. */
  touch(person) {
    const block = this.#blockOf.get(person);
    if (block) block.stale = true;
    this.#changed.add(person);
  }

  /** Everything planned again (a language or a date changed); every row is drawn again anyway. */
  touchAll() {
    for (const block of this.#blocks) block.stale = true;
  }

  get stale() {
    return this.#blocks.some((b) => b.stale);
  }

  /** Whether this person has a result from a plan since their last change. */
  planned(person) {
    return this.#blockOf.get(person)?.stale === false;
  }

  /**
   * Plans the first stale block, the one holding `first` if it is stale: `planBlock(people)`
   * gives `{people: results, totals}` or throws (the error is then each of its people's, and the
   * block stays stale, to be tried again at the next change). Gives the people whose result is
   * new, or null when no block was stale.
   */
  planNext(planBlock, first) {
    const block = (first && this.#blockOf.get(first)?.stale ? this.#blockOf.get(first) : null) ?? this.#blocks.find((b) => b.stale);
    if (!block) return null;
    let plan;
    let failed = null;
    try {
      plan = planBlock(block.people);
    } catch (err) {
      failed = { code: err?.code ?? 'internal', message: String(err?.message ?? err) };
      plan = { people: block.people.map(() => ({ kind: 'error', error: failed })), totals: failedTotals(block.people.length) };
    }
    block.people.forEach((person, i) => {
      this.#results.set(person, plan.people[i]);
      this.#refused.delete(person);
    });
    block.totals = plan.totals;
    block.stale = false;
    block.failed = failed;
    return { people: block.people, failed };
  }

  /** Marks the blocks that failed as stale again, so that the next change tries them again. */
  retryFailed() {
    for (const block of this.#blocks) if (block.failed) block.stale = true;
  }

  resultOf(person) {
    return this.#results.get(person);
  }

  /** Of `people` (a block just planned), those whose row shows an older result than theirs, taken (each is given once). */
  takeChanged(people) {
    const changed = people.filter((p) => this.#changed.has(p));
    for (const p of changed) this.#changed.delete(p);
    return changed;
  }

  /** The facts of a refused row the engine refuses on their own: `check(fact, value)` once per fact per plan. */
  refusedOf(person, check) {
    if (!this.#refused.has(person)) {
      this.#refused.set(
        person,
        new Set(
          Object.entries(person.answers)
            .filter(([fact, value]) => check(fact, value))
            .map(([fact]) => fact),
        ),
      );
    }
    return this.#refused.get(person);
  }

  /** The team's totals: every block's added (null while a block is stale). */
  totals(order) {
    if (this.stale) return null;
    return addTotals(
      this.#blocks.map((b) => b.totals),
      order,
    );
  }
}

/** The totals of a block whose plan() failed: its people counted as refused. */
function failedTotals(n) {
  return { people: n, planned: 0, questions: 0, errors: n, kzt: '0', provisional: false, complete: true, perPerson: null, byService: [] };
}

/** An exact decimal string as a whole number of 10^-SCALE, and back (the engine's strings have at most 2 decimals). */
const SCALE = 6;
function units(text) {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(String(text));
  if (!m || (m[3]?.length ?? 0) > SCALE) throw new Error(`not an amount: ${text}`);
  const v = BigInt(m[2] + (m[3] ?? '').padEnd(SCALE, '0'));
  return m[1] ? -v : v;
}
/** As the engine writes an amount (`kzt_string`): whole tenge bare, else two decimals. */
function amount(v) {
  const sign = v < 0n ? '-' : '';
  const digits = (v < 0n ? -v : v).toString().padStart(SCALE + 1, '0');
  const whole = digits.slice(0, -SCALE);
  const fraction = digits.slice(-SCALE).replace(/0+$/, '');
  return `${sign}${whole}${fraction ? `.${fraction.padEnd(2, '0')}` : ''}`;
}

/**
 * Totals of several plan() calls added, as one call for all their people would give them: counts
 * and amounts added, `provisional` if any is, `complete` if all are, `perPerson` the first note
 * given, `byService` merged by service in `order` (the guide's: `services()`). A field a later
 * engine adds is added the same way by its type (a number added, an amount string added, true
 * if any is true): a field that needs another rule must be named here (and is checked against
 * plan() of the whole team by tests/widget/planner.test.mjs).
 */
export function addTotals(list, order = []) {
  if (list.length === 0) return failedTotals(0);
  if (list.length === 1) return list[0];
  const rank = new Map(order.map((id, i) => [id, i]));
  const add = (a, b, key) => {
    if (key === 'complete') return a && b;
    if (key === 'perPerson') return a ?? b;
    if (key === 'byService') return mergeServices(a, b, rank);
    if (typeof a === 'number' && typeof b === 'number') return a + b;
    if (typeof a === 'boolean' || typeof b === 'boolean') return Boolean(a) || Boolean(b);
    if (typeof a === 'string' && typeof b === 'string' && /^-?\d+(\.\d+)?$/.test(a) && /^-?\d+(\.\d+)?$/.test(b))
      return amount(units(a) + units(b));
    return a ?? b;
  };
  const sum = { ...list[0] };
  for (const totals of list.slice(1)) {
    for (const [key, value] of Object.entries(totals)) sum[key] = key in sum ? add(sum[key], value, key) : value;
  }
  return sum;
}

function mergeServices(a = [], b = [], rank) {
  const by = new Map(a.map((s) => [s.service, { ...s }]));
  for (const s of b) {
    const have = by.get(s.service);
    if (!have) by.set(s.service, { ...s });
    else {
      for (const [key, value] of Object.entries(s)) {
        if (typeof value === 'number') have[key] += value;
        else if (key === 'kzt') have[key] = amount(units(have[key]) + units(value));
        else if (key === 'complete') have[key] = have[key] !== false && value !== false; // a service is priced for the team if it is for every block
      }
    }
  }
  const at = (s) => rank.get(s.service) ?? Number.MAX_SAFE_INTEGER;
  return [...by.values()].sort((x, y) => at(x) - at(y));
}
