// The widget's shadow root and what is drawn in it: the container, the polite live region and the
// current screen (a question or the outcome under the top bar, "Loading", the failure screen),
// with what the host page and a screen reader are told of each new screen (report.js). The element
// (element.js) decides what to draw and gives the screens their context; this draws it.

import { busyWhile, clickThrough, h } from '../shared/dom.js';
import { LANGS, t } from '../shared/i18n.js';
import { formatsFor } from '../shared/format.js';
import { allStyles } from '../shared/styles.js';
import { announce, announcementOf, eventOf, stateOf } from './report.js';
import { questionScreen } from './question.js';
import { outcomeScreen } from './outcome.js';
import { topBar } from './parts.js';

export class Frame {
  /** Where the widget is now, as the element's `state` gives it: set on every screen drawn. */
  state = stateOf(null, 'loading');
  #root;
  #container;
  #live; // the polite live region announcing outcomes
  #main; // the current screen
  #emit;
  #lastScreen = null; // the name of the screen the host last heard of (report.js's screenKey)

  /** The shadow root of `host`; `emit(type, detail)` sends the host page an event. */
  constructor(host, emit) {
    this.#root = host.attachShadow({ mode: 'open' });
    this.adoptStyles();
    this.#live = h('div', { class: 'vh', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
    this.#main = h('div', { class: 'main', part: 'main' });
    this.#container = h('div', { class: 'aifc', part: 'container', 'data-engine': 'loading' }, this.#live, this.#main);
    this.#root.append(this.#container);
    this.#emit = emit;
  }

  /** The stylesheets, adopted from the pinned module and files (no style-src needed): again once the engine brings the outcome's. */
  adoptStyles() {
    this.#root.adoptedStyleSheets = allStyles();
  }

  engineReady() {
    this.#container.dataset.engine = 'ready';
  }

  loading(lang) {
    this.state = stateOf(null, 'loading');
    this.#container.setAttribute('lang', lang);
    this.#main.replaceChildren(h('p', { class: 'loading', text: t(lang, 'loading') }));
  }

  /** The failure screen (parts.js's failureScreen), drawn by the element with its own Start again. */
  failure(lang, screen) {
    this.state = stateOf(null, 'failed');
    this.#container.setAttribute('lang', lang);
    this.#main.replaceChildren(screen);
  }

  /** Draws the screen of the engine's answer `ev` for the context `ctx`; `key` names it, so the host hears of each new screen once (null: not yet). */
  draw(ctx, ev, key, focus = null) {
    this.#container.setAttribute('lang', ctx.lang);
    this.state = stateOf(ev);
    const screen = ev.kind === 'question' ? questionScreen(ctx, ev) : outcomeScreen(ctx, ev);
    this.#main.replaceChildren(topBar(ctx, LANGS), screen);
    this.tell(ev, key, ctx.lang);
    if (focus === 'heading') this.#root.querySelector('[data-focus="heading"]')?.focus();
  }

  /** Tells the host of the screen `key` (the engine's answer `ev`) unless it has heard of it; an outcome is said in the live region too. */
  tell(ev, key, lang) {
    if (key === null || key === this.#lastScreen) return;
    this.#lastScreen = key;
    this.#emit(...eventOf(ev));
    if (ev.kind === 'outcome') announce(this.#live, announcementOf(lang, ev.outcome, formatsFor(lang)));
  }

  /** Waits for `promise` (a language's texts) with that language's button saying "Loading…" in it and the screen marked busy. */
  loadingLanguage(lang, promise) {
    return busyWhile(this.#root.querySelector(`[data-lang="${lang}"]`), promise, { screen: this.#main, note: [lang, t(lang, 'loading')] });
  }

  focusLanguage(lang) {
    this.#root.querySelector(`[data-lang="${lang}"]`)?.focus();
  }

  /** Follows a download link (a calendar file) from inside the container. */
  download(link) {
    clickThrough(this.#container, link);
  }
}
