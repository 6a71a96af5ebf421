// The visitor's answers as the widget keeps them from screen to screen: those on the current path
// in the order they were asked, those taken back (offered again when their question returns), the
// one being changed from the summary, and the documents ticked. No DOM and no engine: the element
// asks the engine which answers stay on the path and tells this what the visitor did.

export class Answers {
  /** The answers on the current path, in the order they were asked (fact -> value). */
  current = new Map();
  /** Answers taken back with Back or Start again, offered again when their question returns. */
  remembered = new Map();
  /** The fact being changed from the summary, its later answers kept; null otherwise. */
  editing = null;
  /** Ticked documents, by service and document id, so re-rendering keeps them. */
  ticked = new Set();

  /** The answers the screen shows: all but the one being changed. */
  get shown() {
    return new Map([...this.current].filter(([fact]) => fact !== this.editing));
  }

  /** The answers become `next` (settled from outside, or the entry's screens'): those left out are remembered. */
  replace(next) {
    for (const [fact, value] of this.current) if (!next.has(fact)) this.remembered.set(fact, value);
    this.current = next;
    this.editing = null;
  }

  /** `fact` answered: of the answers `next`, those whose facts the engine's new path has (`onPath`) stay. */
  answered(fact, next, onPath) {
    this.current = new Map([...next].filter(([f]) => onPath.has(f)));
    this.remembered.delete(fact);
    this.editing = null;
  }

  /** Back: the last answer on the engine's `path` taken back, and remembered; false when there is none. */
  takeBack(path) {
    const last = path.at(-1);
    if (!last) return false;
    this.remembered.set(last.fact, this.current.get(last.fact));
    this.current.delete(last.fact);
    return true;
  }

  /** Start again: nothing answered, remembered or ticked. */
  clear() {
    this.current = new Map();
    this.remembered = new Map();
    this.ticked = new Set();
    this.editing = null;
  }
}
