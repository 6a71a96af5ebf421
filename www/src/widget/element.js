// <aifc-eligibility>: state, lifecycle, navigation and events. The screens are drawn (frame.js, by
// question.js and outcome.js) from a context this element gives them (#context: the answers, and
// functions for the element's actions and the engine's few answers they draw); they hold neither
// the element nor the engine, and nothing here knows of fees or rules.

import { checkingLang, engineLang, engineWith, hasLanguage, withLanguage } from '../shared/engine.js';
import { LANGS, langError, langOf } from '../shared/i18n.js';
import { formatsFor } from '../shared/format.js';
import { LANG_PARAM, answersObject, parseAnswers } from './url.js';
import { UrlSync } from './sync.js';
import { adoptEarlyProperties, dateError, mirrorAttributes } from './props.js';
import { settle } from './settle.js';
import { afterPaint, earlyScreen, sameScreen } from './first.js';
import { eventOf, screenKey } from './report.js';
import { failureScreen } from './parts.js';
import { Answers } from './answers.js';
import { Frame } from './frame.js';

// In Node (a server render imports the entry) there is no HTMLElement: the class is never defined there.
const Base = globalThis.HTMLElement ?? class {};

/** <aifc-eligibility>: defined by defineElement(), its engine and texts fetched from beside the entry module (engine.js). */
export class AifcEligibility extends Base {
  static observedAttributes = ['lang', 'date', 'answers', 'sync-url'];

  /** The shadow root and the screen drawn in it (frame.js). */
  #frame = new Frame(this, (type, detail) => this.#emit(type, detail));
  #pkg = null;
  #failed = false;
  /** The first or second question drawn before the engine was ready (first.js), and a choice made on it meanwhile. */
  #early = null;
  #pending = null;
  /** What the visitor answered, took back, is changing, ticked (answers.js). */
  #answers = new Answers();
  /** The language the visitor chose in a shared link, before the attribute. */
  #urlLang = null;
  #lastDate;
  #connected = false;
  #started = false;
  /** The widget's place in the page's URL (sync.js). */
  #sync = new UrlSync(
    this,
    () => this.#params(),
    () => this.#restoreFromUrl(),
  );

  connectedCallback() {
    adoptEarlyProperties(this);
    this.#connected = true;
    this.#claimSync();
    if (this.#started) {
      this.#render(); // moved in the page: the answers stay
      return;
    }
    this.#boot();
  }

  /**
   * The first screen, then the engine in the visitor's language. With no answers given, the
   * first question is drawn at once from the entry's data and the engine fetched once it is
   * painted (first.js); otherwise "Loading" until the engine can answer.
   */
  async #boot() {
    this.#urlLang = langOf(this.#sync.fromUrl().lang); // a shared link's language, else the attribute's
    if (this.#sync.given().answers.size > 0 || !this.#drawEarly()) this.#frame.loading(this.#lang);
    else await afterPaint();
    try {
      this.#pkg = await engineWith(() => this.#lang);
    } catch (err) {
      this.#failed = true;
      this.#emitError('load-failed', String(err?.message ?? err));
      this.#renderFailure('load-failed');
      return;
    }
    this.#frame.adoptStyles(); // with the outcome's, come with the engine
    if (!this.#connected || this.#started) return;
    this.#started = true;
    this.#frame.engineReady();
    this.#checkDate();
    this.#checkLang();
    const [early, pending] = [this.#early, this.#pending];
    this.#early = this.#pending = null;
    const shown = this.#answers.shown;
    if (early && sameScreen(() => this.#evaluate(shown), early)) {
      // the screen stays; the host hears of it (and of the first, if left) now
      if (shown.size > 0) this.#emit(...eventOf(this.#evaluate(new Map())));
      this.#frame.tell(early, screenKey(this.#answers.editing, shown), this.#lang);
    } else this.#start(early ? new Map(this.#answers.current) : undefined); // answered before the engine: the engine's screen for them
    if (pending && this.#frame.state.question?.id === pending[0] && !this.#answer(...pending)) this.#render();
  }

  /** Draws the first or second question before the engine, if the entry has it (first.js): whether it did. */
  #drawEarly(focus = null) {
    this.#early = earlyScreen(this.#lang, this.#answers.shown);
    if (this.#early) this.#frame.draw(this.#context(this.#early), this.#early, null, focus);
    return this.#early !== null;
  }

  /** Before the engine, takes `answers` (an answer, the URL's) if the entry draws their screen: whether it did. */
  #takeEarly(answers) {
    if (!this.#early || !earlyScreen(this.#lang, answers)) return false;
    this.#answers.replace(answers);
    return this.#drawEarly('heading');
  }

  disconnectedCallback() {
    this.#connected = false;
    this.#sync.release();
  }

  /** Applied whenever an attribute changes, attached or not (before the start, #start reads them). */
  attributeChangedCallback(name, old, value) {
    if (old === value) return;
    if (name === 'sync-url') {
      if (this.#connected) this.#claimSync();
    } else if (!this.#started) {
      if (name === 'lang' && this.#early) this.#drawEarly(); // before the engine: the same question in that language
      if (name === 'answers') this.#early = null; // answers from the host: the engine settles them (#start)
      return;
    } else if (name === 'lang') {
      this.#checkLang();
      this.#render();
    } else if (name === 'date') {
      this.#checkDate();
      this.#render();
    } else if (name === 'answers') {
      this.#settle(parseAnswers(value));
      this.#render();
    }
  }

  /** Takes this widget's `sync-url` prefix, unless another widget on the page holds it (an `error` event then). */
  #claimSync() {
    this.#refused(this.#sync.claim());
  }

  // --- For the host page: `state` and `reset()` (the attributes' mirrors are props.js) ---
  /** Where the widget is now: `{ status, lang, question, outcome, answers }`, a copy. */
  get state() {
    return structuredClone({ ...this.#frame.state, lang: this.#lang, answers: Object.fromEntries(this.#answers.current) });
  }

  /** Starts again from the first question, as the visitor's Start again does, and forgets the prefill (set again, it applies). */
  reset() {
    const drawn = (this.#pkg || this.#early) && !this.#failed; // before the engine, to the entry's first question
    this.#pending = null;
    this.removeAttribute('answers');
    if (drawn) this.#startAgain();
  }

  // --- Settings read from the attributes ---

  /** The language: a shared link's, else the `lang` attribute, else the page's <html lang>, else the first listed (English). */
  get #lang() {
    return this.#urlLang ?? langOf(this.getAttribute('lang')) ?? langOf(document.documentElement.lang) ?? LANGS[0];
  }

  /** The `date` attribute once the API has accepted it (#checkDate), else null ("today"). */
  get #date() {
    return this.getAttribute('date') === this.#lastDate ? this.#lastDate : null;
  }

  /** An `error` event for a `lang` or `date` attribute the API refuses (props.js); an accepted date is kept. */
  #checkLang() {
    this.#refused(langError(this.getAttribute('lang')));
  }

  #checkDate() {
    const date = this.getAttribute('date');
    const error = date ? dateError(this.#pkg, date, checkingLang(this.#lang)) : null;
    this.#lastDate = date && !error ? date : null;
    this.#refused(error);
  }

  #refused(error) {
    if (error) this.#emitError(error.code, error.message);
  }

  // --- The engine ---

  /** The engine's answer for `answers` (a Map) on the widget's date, in `lang` (by default the visitor's). */
  #evaluate(answers, lang = engineLang(this.#lang)) {
    return this.#pkg.evaluate({ answers: answersObject(answers), lang, ...(this.#date && { date: this.#date }) });
  }

  /** Takes answers from outside (the attribute, the URL) through settle.js: the refused dropped, one `error` event for the lot. */
  #settle(candidate) {
    const alone = (fact, value) => this.#pkg.evaluate({ answers: Object.fromEntries([[fact, value]]), lang: checkingLang(this.#lang) });
    const { kept, refused } = settle(candidate, (answers) => this.#evaluate(answers, checkingLang(this.#lang)), alone);
    if (refused) this.#emitError(refused.code, refused.message);
    this.#answers.replace(kept);
  }

  #start(answers) {
    const given = this.#sync.given();
    this.#settle(answers ?? given.answers);
    if (this.#sync.syncing && given.fromUrl) this.#sync.write('replace');
    this.#render();
  }

  // --- Navigation ---

  /** Records an answer, then drops every answer no longer on the path. */
  #answer(fact, value) {
    if (!this.#pkg) {
      // before the engine: the next question from the entry if it has it, else the choice waits
      if (this.#takeEarly(new Map(this.#answers.current).set(fact, value))) {
        this.#sync.write('push');
        return true;
      }
      this.#pending = [fact, value];
      return 'waiting';
    }
    const next = new Map(this.#answers.current);
    next.set(fact, value);
    let ev;
    try {
      ev = this.#evaluate(next);
    } catch (err) {
      this.#emitError(err.code ?? 'internal', err.message);
      return false;
    }
    this.#answers.answered(fact, next, new Set(ev.path.map((a) => a.fact)));
    this.#sync.write('push');
    this.#render({ focus: 'heading' });
    return true;
  }

  /**
   * Back: while changing an answer, return to where the visitor was. With `sync-url`, the
   * browser's own Back (the URL holds the answers), so the two never disagree; otherwise the
   * last answer is taken back.
   */
  #back(path) {
    if (this.#answers.editing) {
      this.#answers.editing = null;
    } else if (this.#sync.syncing && this.#sync.depth() > 0) {
      history.back(); // popstate restores the answers of the page before
      return;
    } else {
      if (!this.#answers.takeBack(path)) return;
      this.#sync.write('replace');
    }
    this.#render({ focus: 'heading' });
  }

  #change(fact) {
    this.#answers.editing = fact;
    this.#render({ focus: 'heading' });
  }

  #startAgain() {
    this.#answers.clear();
    this.#sync.write('push');
    this.#render({ focus: 'heading' });
  }

  /** The visitor's switch: that language's texts first; if they cannot be had, the widget stays as it is and says so. */
  async #switchLanguage(lang) {
    if (this.#started && !hasLanguage(lang)) {
      // before the engine, the first question is in every language
      try {
        // on a slow line, seconds: the button says "Loading…" in that language, the screen waits
        await this.#frame.loadingLanguage(lang, withLanguage(lang));
      } catch (err) {
        return void this.#textsFailed(lang, err);
      }
    }
    this.#urlLang = null;
    this.setAttribute('lang', lang); // re-renders through attributeChangedCallback
    this.#sync.write('replace');
    this.#emit('language', { lang });
    this.#frame.focusLanguage(lang);
  }

  /** The widget's parameters for a URL: the answers, and the language. */
  #params() {
    return [...this.#answers.current, [LANG_PARAM, this.#lang]];
  }

  #restoreFromUrl() {
    // Back, Forward: not the entry's language but the one used now, the entry rewritten to it (docs/WIDGET.md)
    const { answers } = this.#sync.fromUrl();
    if (!this.#pkg) return void (this.#takeEarly(answers) && this.#sync.write('replace')); // before the engine: the entry's questions
    this.#settle(answers);
    this.#sync.write('replace');
    this.#render({ focus: 'heading' });
  }

  // --- Events ---

  /** Events are `aifc-` + the type: namespaced, so that `aifc-error` never reaches a page's `error` listeners. */
  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(`aifc-${type}`, { detail, bubbles: true, composed: true }));
  }

  #emitError(code, message) {
    this.#emit('error', { code, message });
  }

  #textsFailed(lang, err) {
    this.#emitError('load-failed', `the ${lang} texts could not be loaded: ${String(err?.message ?? err)}`);
  }

  // --- Rendering ---

  /**
   * What the screens may use: the language, formatters, the answers, the element's actions, and
   * the engine's few answers a screen draws itself (the Centre's office, the countries, a
   * calendar file), as functions: a screen never holds the engine.
   */
  #context(ev) {
    const lang = engineLang(this.#lang);
    return {
      lang: this.#lang,
      f: formatsFor(this.#lang),
      date: this.#date,
      editing: this.#answers.editing,
      answers: this.#answers.current,
      remembered: this.#answers.remembered,
      ticked: this.#answers.ticked,
      canGoBack: this.#answers.editing !== null || (ev?.path.length ?? 0) > 0,
      answer: (fact, value) => this.#answer(fact, value),
      back: () => this.#back(ev?.path ?? []),
      change: (fact) => this.#change(fact),
      startAgain: () => this.#startAgain(),
      switchLanguage: (lang) => lang !== this.#lang && this.#switchLanguage(lang),
      emitError: (code, message) => this.#emitError(code, message),
      resultUrl: () => this.#sync.shareUrl(),
      download: (link) => this.#frame.download(link),
      office: () => this.#pkg.office({ lang }),
      countries: () => this.#pkg.countries(),
      extensionIcs: (expires) => this.#pkg.extensionIcs({ expires, lang }),
    };
  }

  #renderFailure(key) {
    const ctx = this.#context(null);
    // Start again clears the answers and tries the engine once more, if it loaded.
    ctx.startAgain = () => {
      [this.#answers.current, this.#answers.editing] = [new Map(), null];
      this.#sync.write('replace');
      if (this.#pkg) this.#render({ focus: 'heading' });
      else location.reload();
    };
    this.#frame.failure(this.#lang, failureScreen(ctx, key));
  }

  /** Draws the current screen: the question being asked, the one being changed, or the outcome. */
  #render({ focus = null } = {}) {
    if (this.#failed) return;
    if (!this.#pkg) return void (this.#early && this.#drawEarly(focus)); // before the engine: the entry's questions
    const lang = this.#lang;
    if (!hasLanguage(lang)) {
      // a language set from outside (the attribute, a link): its texts first
      this.#frame.loading(lang);
      withLanguage(lang).then(
        () => this.#lang === lang && this.#render({ focus }),
        (err) => {
          this.#textsFailed(lang, err);
          this.#renderFailure('load-failed');
        },
      );
      return;
    }
    const shown = this.#answers.shown;
    let ev;
    try {
      ev = this.#evaluate(shown);
    } catch (err) {
      this.#emitError(err.code ?? 'internal', err.message);
      this.#renderFailure('failed');
      return;
    }
    this.#frame.draw(this.#context(ev), ev, screenKey(this.#answers.editing, shown), focus);
  }
}

mirrorAttributes(AifcEligibility);

/** Defines <aifc-eligibility> (once: a second copy of the entry on the page leaves the first's). */
export function defineElement() {
  if (!customElements.get('aifc-eligibility')) customElements.define('aifc-eligibility', AifcEligibility);
}
