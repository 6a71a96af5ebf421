// <aifc-team-planner>: the element, its state (the people: a name kept only here, and the
// answers), their plans (plans.js: in blocks, each re-planned only when it changed), the language
// and the events. Names never leave this element: the engine is given the answers only, the
// events counts only. What is drawn and when is view.js's; this file holds the states: loading,
// failed to start (with "Try again"), ready, switching language (the old one stays until the new
// one is loaded; a failed switch goes back to it and says so), a refused `date` (said, today used).

import { h } from '../shared/dom.js';
import { formatsFor } from '../shared/format.js';
import { withLanguage, engineLang } from '../shared/engine.js';
import { styles } from '../shared/styles.js';
import { LANGS, STRINGS, langOf, plural, t } from './texts.js';
import { MAX_PEOPLE, decodeFile, readCsv } from './csv.js';
import { TeamPlans } from './plans.js';
import { View, capStatus } from './view.js';
import { readAnswers } from './read.js';
import { answerText, plannerReader } from './vocabulary.js';
import { langError } from '../shared/i18n.js';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Today in Astana (UTC+5, no daylight saving time), YYYY-MM-DD. */
const astanaToday = () => new Date(Date.now() + 5 * 3600_000).toISOString().slice(0, 10);

// In Node (a server render imports the entry) there is no HTMLElement: the class is never defined there.
const Base = globalThis.HTMLElement ?? class {};

/** <aifc-team-planner>: defined by definePlanner(). */
export class AifcTeamPlanner extends Base {
  static observedAttributes = ['lang', 'date'];

  #root = null;
  #api = null;
  /** The language the planner is drawn and planned in (its texts loaded), and the one loading. */
  #shown = null;
  #loading = null;
  #pending = null;
  #reverting = false;
  #people = [];
  #byKey = new Map();
  #plans = new TeamPlans();
  #next = 1;
  #refusedDate = null;
  /** Lasting notes (a refused date, a failed switch), by kind; the status line says what the last action did. */
  #notices = new Map();
  #view = null;
  /** Whether the engine takes a read value on its own, by fact and value (asked once each). */
  #takes = new Map();
  /** The live region that says what a row asks next after an answer (kept across paints, so it is heard). */
  #live = null;
  /** The page's view of the team: the filter chosen (compact.js). */
  #display = { filter: 'all' };
  /** The counts of the last `aifc-plan` (for `state`). */
  #counts = { planned: 0, questions: 0, errors: 0 };

  connectedCallback() {
    if (!this.#root) {
      this.#root = this.attachShadow({ mode: 'open' });
      this.#root.adoptedStyleSheets = [styles()];
      this.#refuseLang();
    }
    if (!this.#api) this.#load();
    else this.#render();
  }

  attributeChangedCallback(name, before, after) {
    if (before === after || this.#reverting || !this.#root) return;
    if (name === 'lang') {
      this.#refuseLang();
      this.#load();
    } else if (this.#api && !this.#loading) {
      this.#refusedDate = null;
      this.#notices.delete('date');
      this.#plans.touchAll();
      this.#render();
    }
  }

  /** The interface language asked for: the attribute's, else the page's, else English. */
  get lang() {
    return langOf(this.getAttribute('lang')) ?? langOf(document.documentElement.lang) ?? LANGS[0];
  }

  set lang(value) {
    this.setAttribute('lang', value);
  }

  /** A `lang` attribute the planner does not have: `aifc-error` (the page's language or English is used), as the widget. */
  #refuseLang() {
    const error = langError(this.getAttribute('lang'));
    if (error) this.#emit('error', error);
  }

  // --- For the host page, as the widget's: `state` and `reset()` ---
  /** Where the planner is: `{ status, lang, people, planned, questions, errors }` (the last plan's counts), a copy. */
  get state() {
    const status = this.#api ? 'ready' : this.#loading ? 'loading' : 'failed';
    const counts = this.#people.length ? this.#counts : { planned: 0, questions: 0, errors: 0 };
    return { status, lang: this.#shown ?? this.lang, people: this.#people.length, ...counts };
  }

  /** Empties the team, as the visitor's Clear does (the language and the date stay). */
  reset() {
    this.#people = [];
    this.#byKey.clear();
    this.#plans.clear();
    if (this.#view) this.#view.status = '';
    this.#render();
  }

  /**
   * Loads the language asked for; a newer ask while it loads takes over (so a `lang` changed
   * during the first load is the one shown). Gives whether it is now shown.
   */
  #load() {
    const want = this.lang;
    if (this.#loading === want) return this.#pending;
    if (!this.#loading && this.#api && want === this.#shown) return Promise.resolve(true);
    this.#loading = want;
    this.#pending = this.#loadNow(want);
    return this.#pending;
  }

  async #loadNow(want) {
    if (!this.#api) this.#paint([h('p', { class: 'loading', role: 'status', text: STRINGS[want].loading })]);
    else this.#view?.busyLanguage(want);
    let api;
    try {
      api = await withLanguage(want);
    } catch (err) {
      if (this.#loading !== want) return false; // a newer ask runs: its outcome counts
      this.#loading = null;
      this.#emit('error', { code: 'load-failed', message: String(err?.message ?? err) });
      if (!this.#api) {
        this.#paint([
          h(
            'div',
            { class: 'failure', part: 'error', role: 'alert' },
            h('p', { text: t(want, 'planner-load-failed') }),
            h(
              'button',
              { type: 'button', class: 'button', part: 'button retry', on: { click: () => this.#load() } },
              t(want, 'planner-try-again'),
            ),
          ),
        ]);
        return false;
      }
      // A failed switch: back to the language shown (the attribute too), and said there.
      this.#reverting = true;
      this.setAttribute('lang', this.#shown);
      this.#reverting = false;
      this.#notices.set('language', t(this.#shown, 'planner-switch-failed', { language: STRINGS[want]['language-name'] }));
      this.#view?.busyLanguage(null);
      this.#view?.drawNotices();
      return false;
    }
    if (this.#loading !== want) return false;
    this.#loading = null;
    this.#api = api;
    this.#shown = want;
    this.#notices.delete('language');
    this.#plans.touchAll();
    this.#render();
    return true;
  }

  /** The `date` attribute, unless it is not a date or the engine refused it (then today). */
  get #date() {
    const date = this.getAttribute('date');
    return date && ISO.test(date) && date !== this.#refusedDate ? date : null;
  }

  /**
   * One block's plan (one plan() call). A date the engine refuses (`invalid-date`, and only
   * that) is said in the page and with `aifc-error`, and today is used; any other refusal of
   * the whole call is its people's, shown in their rows, sent as `aifc-error`, and tried again
   * at the next change.
   */
  #planBlock = (people) => {
    const request = { people: people.map((p) => ({ answers: p.answers })), lang: engineLang(this.#shown), withPath: true };
    const date = this.#date;
    if (date) request.date = date;
    try {
      return this.#api.plan(request);
    } catch (err) {
      this.#emit('error', { code: err?.code ?? 'internal', message: String(err?.message ?? err) });
      if (!date || err?.code !== 'invalid-date') throw err;
      this.#refusedDate = date;
      this.#notices.set('date', t(this.#shown, 'planner-date-refused', { date: `\u2068${date}\u2069` }));
      this.#view?.drawNotices();
      this.#view?.dateChanged();
      delete request.date;
      return this.#api.plan(request);
    }
  };

  /** Whether the engine refuses this fact's value on its own (what marks a refused row's answer). */
  #refuses = (fact, value) => {
    try {
      this.#api.evaluate({ answers: { [fact]: value }, lang: engineLang(this.#shown) });
      return false;
    } catch (err) {
      return err.code === 'invalid-answer' || err.code === 'invalid-date';
    }
  };

  /**
   * A person's cells read (read.js): the engine's values, and the cells held back (not read, read
   * two ways, or a value the engine does not take on its own), to be explained and asked in the row.
   */
  #read(given) {
    const { answers, held } = readAnswers(plannerReader(this.#api.countries()), given);
    for (const [fact, value] of Object.entries(answers)) {
      if (this.#engineTakes(fact, value)) continue;
      delete answers[fact];
      held[fact] = { given: String(given[fact]).trim(), why: 'refused', read: value };
    }
    return { answers, held };
  }

  #engineTakes(fact, value) {
    const key = `${fact}\u0000${value}`;
    if (!this.#takes.has(key)) this.#takes.set(key, !this.#refuses(fact, value));
    return this.#takes.get(key);
  }

  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(`aifc-${type}`, { detail, bubbles: true, composed: true }));
  }

  #paint(children) {
    this.#view = null;
    this.#root.replaceChildren(
      h('div', { class: 'aifc planner', part: 'container', lang: this.#shown ?? this.lang }, children),
      this.#liveRegion(),
    );
  }

  /** The live region, made once and put beside every drawing of the container (so that it is heard). */
  #liveRegion() {
    this.#live ??= h('p', { class: 'vh', role: 'status', 'aria-live': 'polite', 'data-live': '' });
    return this.#live;
  }

  /** Says `text` in the live region (emptied first, so that the same words are said again). */
  #announce(text) {
    const live = this.#liveRegion();
    live.textContent = '';
    requestAnimationFrame(() => {
      live.textContent = text;
    });
  }

  /** What the view draws with and the actions it calls. */
  get #ctx() {
    const lang = this.#shown;
    const self = this;
    const plans = this.#plans;
    let order = null; // the services in the guide's order, for the totals
    return {
      lang,
      f: formatsFor(lang),
      get today() {
        return self.#date ?? astanaToday();
      },
      view: this.#display,
      countries: () => this.#api.countries(),
      nameOf: (person, i) => person.name || t(lang, 'planner-person', { n: i + 1 }),
      resultOf: (person) => plans.resultOf(person),
      pathOf: (person) => plans.resultOf(person)?.path ?? [],
      refusedOf: (person) => plans.refusedOf(person, this.#refuses),
      personOf: (key) => this.#byKey.get(Number(key)),
      say: (fact, value) => answerText(lang, formatsFor(lang), fact, value),
      announce: (text) => this.#announce(text),
      live: () => this.#liveRegion(),
      rename: (person, name) => {
        person.name = name;
      },
      renamed: (person) => this.#view?.renamed(person),
      // An answer given in the row (a choice, a reading, typed text): read as a pasted cell is.
      answer: (person, fact, text) => {
        const { answers, held } = this.#read({ [fact]: text });
        const { [fact]: _, ...answered } = person.answers;
        const { [fact]: __, ...others } = person.held;
        person.answers = { ...answered, ...answers };
        person.held = { ...others, ...held };
        this.#changed(person, { key: person.key, to: 'question' });
      },
      unanswer: (person, fact) => {
        const { [fact]: _, ...rest } = person.answers;
        const { [fact]: __, ...others } = person.held;
        person.answers = rest;
        person.held = others;
        this.#changed(person, { key: person.key, to: 'question' });
      },
      remove: (person) => {
        const at = this.#people.indexOf(person);
        if (at < 0) return;
        this.#people.splice(at, 1);
        this.#byKey.delete(person.key);
        this.#plans.remove(person);
        this.#plans.retryFailed();
        if (!this.#people.length) this.#render();
        else this.#view.removed(person, at);
      },
      clear: () => this.reset(),
      switchTo: (l) => this.#switch(l),
      readText: (text, notes) => this.#readText(text, notes),
      readFile: async (file) => {
        const { text, encoding } = decodeFile(await file.arrayBuffer());
        this.#readText(text, encoding === 'windows-1251' ? [t(lang, 'planner-read-1251')] : []);
      },
      addOne: () => {
        this.#view.focus = { key: this.#next, to: 'name' };
        this.#add([{ name: '', answers: {} }]);
      },
      people: () => this.#people,
      notices: () => [...this.#notices.values()],
      totals: () => {
        order ??= this.#api.services(engineLang(lang)).map((s) => s.id);
        return plans.totals(order);
      },
      planNext: (first) => plans.planNext(this.#planBlock, first),
      planned: (person) => plans.planned(person),
      stale: () => plans.stale,
      takeChanged: (people) => plans.takeChanged(people),
      emitPlan: (detail) => {
        const { planned, questions, errors } = detail;
        this.#counts = { planned, questions, errors };
        this.#emit('plan', detail);
      },
    };
  }

  /** A person's answers changed: their block is planned again, their row drawn again, nothing else. */
  #changed(person, focus) {
    this.#plans.touch(person);
    this.#plans.retryFailed();
    this.#view.focus = focus;
    this.#view.work();
  }

  /** Adds people (false, said in the status, when they would pass the limit). */
  #add(people) {
    const room = MAX_PEOPLE - this.#people.length;
    if (people.length > room) {
      this.#view.status = t(this.#shown, 'planner-too-many', { max: formatsFor(this.#shown).number(MAX_PEOPLE) });
      return false;
    }
    const added = people.map((p) => ({ key: this.#next++, name: p.name, ...this.#read(p.answers) }));
    for (const p of added) {
      this.#people.push(p);
      this.#byKey.set(p.key, p);
    }
    this.#plans.add(added);
    this.#plans.retryFailed();
    if (this.#people.length === added.length) this.#render();
    else this.#view.added();
    return true;
  }

  #readText(text, notes = []) {
    const lang = this.#shown;
    const { people, ignored, problem } = readCsv(text);
    if (problem) notes.push(t(lang, problem, { max: formatsFor(lang).number(MAX_PEOPLE) }));
    else if (!this.#add(people)) return;
    else notes.push(plural(lang, 'planner-read-count', people.length));
    if (ignored.length) {
      // At most ten columns named, each shortened and isolated (a header row may be 50 MB, or hold an override).
      const named = ignored.slice(0, 10).map((c) => `\u2068${capStatus(String(c), 40)}\u2069`);
      notes.push(t(lang, 'planner-ignored', { columns: `${named.join(', ')}${ignored.length > 10 ? ', …' : ''}` }));
    }
    this.#view.status = notes.join(' ');
  }

  /** Draws everything again (a language, a date, an empty team): the rows come in slices. */
  #render() {
    if (!this.#root || !this.#api) return;
    const { status = '', focus = null } = this.#view ?? {};
    this.#view = new View(this.#ctx, this.#root);
    this.#view.focus = focus;
    this.#view.draw(status);
  }

  async #switch(lang) {
    if (lang === this.lang && lang === this.#shown) return;
    this.setAttribute('lang', lang);
    if (await this.#load()) this.#emit('language', { lang });
  }
}

/** Defines <aifc-team-planner> (once). */
export function definePlanner() {
  if (!customElements.get('aifc-team-planner')) customElements.define('aifc-team-planner', AifcTeamPlanner);
}
