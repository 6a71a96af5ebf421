// The widget's place in the page's URL: its prefix (`sync-url`), the answers given there or in the
// `answers` attribute, the link to share, and, with `sync-url`, the answers kept in the URL. Each
// prefix is held by one widget on the page (two would overwrite each other's answers); the holder
// hears the browser's Back and Forward (popstate). The parameters themselves are url.js's.

import { fromUrl, givenAnswers, shareUrl, syncPrefix, urlWithParams } from './url.js';

/** The `sync-url` prefixes in use on the page, each held by one widget. */
const HELD = new Map();

export class UrlSync {
  #owner;
  #params;
  #onPopState;
  #prefix = null; // the prefix held while syncing, else null

  /**
   * `owner` is the element; `params()` gives its parameters for a URL (the answers, the language);
   * `onPopState` restores its answers from the URL.
   */
  constructor(owner, params, onPopState) {
    this.#owner = owner;
    this.#params = params;
    this.#onPopState = onPopState;
  }

  get syncing() {
    return this.#prefix !== null;
  }

  /** The prefix of the widget's parameters, from its `sync-url` attribute (url.js). */
  get prefix() {
    return syncPrefix(this.#owner.getAttribute('sync-url'));
  }

  /** The answers and the language tag in the page's URL under the prefix. */
  fromUrl() {
    return fromUrl(this.prefix);
  }

  /** The answers given from outside: the URL's (a shared link, `sync-url`), else the `answers` attribute's; `fromUrl` says which. */
  given() {
    return givenAnswers(this.prefix, this.#owner.getAttribute('answers'));
  }

  /** The link to share: the page's path with the widget's parameters only. */
  shareUrl() {
    return shareUrl(this.prefix, this.#params()).href;
  }

  /**
   * Takes the `sync-url` prefix, if the widget has the attribute, unless another widget on the
   * page holds it: then the error to tell the host (`{code, message}`), and this one does not
   * write the URL. Null otherwise.
   */
  claim() {
    this.release();
    if (!this.#owner.hasAttribute('sync-url')) return null;
    const prefix = this.prefix;
    if (HELD.has(prefix)) {
      const message = `sync-url="${prefix}" is used by another widget on this page: this one does not write the URL; give each widget its own prefix`;
      return { code: 'duplicate-sync-url', message };
    }
    HELD.set(prefix, this.#owner);
    this.#prefix = prefix;
    addEventListener('popstate', this.#onPopState);
    return null;
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

  /** Writes the widget's parameters to the URL while syncing: `push` a new history entry, or `replace` this one. */
  write(mode) {
    if (this.#prefix === null) return;
    const url = urlWithParams(this.#prefix, this.#params());
    if (url.href === location.href) return;
    const key = `aifc:${this.#prefix}`;
    if (mode === 'push') history.pushState({ ...history.state, [key]: this.depth() + 1 }, '', url);
    else history.replaceState(history.state, '', url);
  }
}
