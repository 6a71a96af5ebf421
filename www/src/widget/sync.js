// `sync-url`: a widget that keeps its answers in the page's URL. Each prefix is held by one widget
// on the page (two would overwrite each other's answers); the holder hears the browser's Back and
// Forward (popstate).

import { urlWithParams } from './url.js';

/** The `sync-url` prefixes in use on the page, each held by one widget. */
const HELD = new Map();

export class UrlSync {
  #owner;
  #onPopState;
  #prefix = null; // the prefix held while syncing, else null

  /** `owner` is the element; `onPopState` restores its answers from the URL. */
  constructor(owner, onPopState) {
    this.#owner = owner;
    this.#onPopState = onPopState;
  }

  get syncing() {
    return this.#prefix !== null;
  }

  /** Takes `prefix`, unless another widget holds it: then false, and this widget does not write the URL. */
  claim(prefix) {
    this.release();
    if (HELD.has(prefix)) return false;
    HELD.set(prefix, this.#owner);
    this.#prefix = prefix;
    addEventListener('popstate', this.#onPopState);
    return true;
  }

  release() {
    if (this.#prefix !== null && HELD.get(this.#prefix) === this.#owner) HELD.delete(this.#prefix);
    this.#prefix = null;
    removeEventListener('popstate', this.#onPopState);
  }

  /** How many history entries this widget has pushed below the current one. */
  depth() {
    return this.#prefix === null ? 0 : Number(history.state?.[`aifc:${this.#prefix}`] ?? 0);
  }

  /** Writes the widget's parameters to the URL: `push` a new history entry, or `replace` this one. */
  write(mode, params) {
    if (this.#prefix === null) return;
    const url = urlWithParams(this.#prefix, params);
    if (url.href === location.href) return;
    const key = `aifc:${this.#prefix}`;
    if (mode === 'push') history.pushState({ ...history.state, [key]: this.depth() + 1 }, '', url);
    else history.replaceState(history.state, '', url);
  }
}
