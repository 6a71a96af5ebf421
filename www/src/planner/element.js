// <aifc-team-planner>: the element, its state (the people: a name kept only here, and the
// answers), the engine's plan() for all of them at once, the language and the events. Names never
// leave this element: the engine is given the answers only, the events counts only.

import { h } from '../dom.js';
import { formatsFor } from '../format.js';
import { withLanguage, engineLang } from '../engine.js';
import { styles } from '../styles.js';
import { LANGS, STRINGS, langOf, plural, t } from './texts.js';
import { MAX_PEOPLE, download, planRows, readCsv, templateRows } from './csv.js';
import { renderRows } from './rows.js';
import { renderTotals } from './totals.js';
import { renderTimeline } from './dates.js';
import { renderFilters } from './compact.js';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Today in Astana (UTC+5, no daylight saving time), YYYY-MM-DD. */
const astanaToday = () => new Date(Date.now() + 5 * 3600_000).toISOString().slice(0, 10);

export function definePlanner(base) {
  class AifcTeamPlanner extends HTMLElement {
    static observedAttributes = ['lang', 'date'];

    #root = null;
    #api = null;
    #people = [];
    #results = [];
    #totals = null;
    /** Each person's answers as the last plan labelled them (person -> path). */
    #paths = new Map();
    #next = 1;
    #status = '';
    #focus = null;
    #failed = false;
    #refusedDate = null;
    /** The page's view of the team: the filter chosen (compact.js). */
    #view = { filter: 'all' };

    connectedCallback() {
      if (!this.#root) {
        this.#root = this.attachShadow({ mode: 'open' });
        this.#root.adoptedStyleSheets = [styles()];
      }
      if (!this.#api) this.#start(this.lang);
      else this.#render();
    }

    attributeChangedCallback(name, before, after) {
      if (!this.#api || before === after) return;
      if (name === 'lang') this.#start(this.lang);
      else this.#replan();
    }

    /** The interface language: the attribute's, else the page's, else English. */
    get lang() {
      return langOf(this.getAttribute('lang')) ?? langOf(document.documentElement.lang) ?? LANGS[0];
    }

    set lang(value) {
      this.setAttribute('lang', value);
    }

    async #start(lang) {
      if (!this.#api) this.#paint([h('p', { class: 'loading', role: 'status', text: STRINGS[lang].loading })]);
      try {
        this.#api = await withLanguage(base, lang);
      } catch (err) {
        if (this.#api) {
          this.#emit('error', { code: 'load-failed', message: String(err?.message ?? err) });
          return;
        }
        this.#failed = true;
        this.#paint([h('p', { class: 'failure', part: 'error', role: 'alert', text: t(lang, 'planner-load-failed') })]);
        this.#emit('error', { code: 'load-failed', message: String(err?.message ?? err) });
        return;
      }
      if (lang !== this.lang) return; // switched again meanwhile: that switch plans
      this.#failed = false;
      this.#replan();
    }

    /** The `date` attribute, unless it is not a date or the engine refused it (then today). */
    get #date() {
      const date = this.getAttribute('date');
      return date && ISO.test(date) && date !== this.#refusedDate ? date : null;
    }

    /** Plans everyone again (one plan() call) and paints the result. */
    #replan() {
      const lang = this.lang;
      // withPath: each person's answers as the engine labels them, for the rows (no evaluate() per person).
      const request = { people: this.#people.map((p) => ({ answers: p.answers })), lang: engineLang(lang), withPath: true };
      if (this.#date) request.date = this.#date;
      try {
        const plan = this.#api.plan(request);
        this.#results = plan.people;
        this.#totals = plan.totals;
        this.#paths = new Map(this.#people.map((p, i) => [p, plan.people[i]?.path ?? []]));
      } catch (err) {
        this.#emit('error', { code: err.code ?? 'internal', message: err.message });
        if (request.date) {
          this.#refusedDate = request.date;
          this.#replan();
          return;
        }
        this.#results = [];
        this.#totals = null;
        this.#paths = new Map();
      }
      this.#render();
      const { people, planned, questions, errors } = this.#totals ?? { people: 0, planned: 0, questions: 0, errors: 0 };
      this.#emit('plan', { people, planned, questions, errors });
    }

    /** The answers on a person's path, labelled by the engine (from the last plan; none for a refused row, whose answers are shown as given). */
    pathOf(person) {
      return this.#paths.get(person) ?? [];
    }

    /** The facts of a refused row the engine refuses on their own (marked "Refused"). */
    refused(person) {
      const lang = engineLang(this.lang);
      return new Set(Object.entries(person.answers).filter(([fact, value]) => {
        try {
          this.#api.evaluate({ answers: { [fact]: value }, lang });
          return false;
        } catch (err) {
          return err.code === 'invalid-answer' || err.code === 'invalid-date';
        }
      }).map(([fact]) => fact));
    }

    #emit(type, detail) {
      this.dispatchEvent(new CustomEvent(`aifc-${type}`, { detail, bubbles: true, composed: true }));
    }

    #paint(children) {
      this.#root.replaceChildren(h('div', { class: 'aifc planner', part: 'container', lang: this.lang }, children));
    }

    /** The context the parts render with: the language, formats, today and the actions. */
    get #ctx() {
      const lang = this.lang;
      return {
        lang,
        f: formatsFor(lang),
        today: this.#date ?? astanaToday(),
        view: this.#view,
        countries: () => this.#api.countries(),
        nameOf: (person, i) => person.name || t(lang, 'planner-person', { n: i + 1 }),
        pathOf: (person) => this.pathOf(person),
        refused: (person) => this.refused(person),
        rename: (person, name) => { person.name = name; },
        answer: (person, fact, value) => {
          person.answers = { ...person.answers, [fact]: value };
          this.#focus = { key: person.key, to: 'question' };
          this.#replan();
        },
        unanswer: (person, fact) => {
          const { [fact]: _, ...rest } = person.answers;
          person.answers = rest;
          this.#focus = { key: person.key, to: 'question' };
          this.#replan();
        },
        remove: (person) => {
          this.#people = this.#people.filter((p) => p !== person);
          this.#replan();
        },
      };
    }

    #add(people) {
      const room = MAX_PEOPLE - this.#people.length;
      if (people.length > room) {
        this.#status = t(this.lang, 'planner-too-many', { max: formatsFor(this.lang).number(MAX_PEOPLE) });
        this.#render();
        return false;
      }
      for (const p of people) this.#people.push({ key: this.#next++, name: p.name, answers: p.answers });
      return true;
    }

    #readText(text) {
      const lang = this.lang;
      const { people, ignored, problem } = readCsv(text);
      const notes = [];
      if (problem) notes.push(t(lang, problem, { max: formatsFor(lang).number(MAX_PEOPLE) }));
      else if (!this.#add(people)) return;
      else notes.push(plural(lang, 'planner-read-count', people.length));
      if (ignored.length) notes.push(t(lang, 'planner-ignored', { columns: ignored.join(', ') }));
      this.#status = notes.join(' ');
      this.#replan();
    }

    #input() {
      const { lang } = this;
      const paste = h('textarea', { id: 'paste', class: 'input paste', rows: 5, spellcheck: 'false', 'aria-describedby': 'paste-hint' });
      const file = h('input', {
        id: 'file', type: 'file', accept: '.csv,text/csv,text/plain', class: 'file-input',
        on: {
          change: async () => {
            const chosen = file.files?.[0];
            if (!chosen) return;
            try {
              this.#readText(await chosen.text());
            } catch {
              this.#status = t(lang, 'planner-unreadable');
              this.#render();
            }
            file.value = '';
          },
        },
      });
      const button = (text, part, click, secondary = true) => h('button', {
        type: 'button', class: `button${secondary ? ' button-secondary' : ''}`, part: `button ${part}`, on: { click },
      }, text);
      return h('section', { class: 'block add no-print', part: 'adding', 'aria-labelledby': 'add-heading' },
        h('h3', { id: 'add-heading', text: t(lang, 'planner-add-heading') }),
        h('label', { class: 'label', for: 'paste', text: t(lang, 'planner-paste') }),
        h('p', { id: 'paste-hint', class: 'hint', text: t(lang, 'planner-paste-hint') }),
        paste,
        h('div', { class: 'actions' },
          button(t(lang, 'planner-read'), 'read', () => { this.#readText(paste.value); }, false),
          h('label', { class: 'button button-secondary file-label', for: 'file', part: 'button file' }, t(lang, 'planner-file')),
          file,
          button(t(lang, 'planner-template'), 'template', () => download(document, 'aifc-team-template.csv', templateRows(lang))),
          button(t(lang, 'planner-add'), 'add-person', () => {
            this.#add([{ name: '', answers: {} }]);
            this.#focus = { key: this.#people.at(-1)?.key, to: 'name' };
            this.#replan();
          })));
    }

    #render() {
      if (!this.#root || !this.#api || this.#failed) return;
      const ctx = this.#ctx;
      const { lang } = ctx;
      const langs = h('nav', { class: 'topbar no-print', 'aria-label': t(lang, 'language'), part: 'languages' },
        h('ul', { class: 'langs' }, LANGS.map((l) => h('li', {}, h('button', {
          type: 'button', lang: l, 'data-lang': l, class: 'lang', 'aria-current': l === lang ? 'true' : null,
          on: { click: () => this.#switch(l) },
        }, STRINGS[l]['language-name'])))));
      const hasPeople = this.#people.length > 0;
      const takeAway = hasPeople ? h('div', { class: 'actions take-away no-print', part: 'actions' },
        h('button', {
          type: 'button', class: 'button', part: 'button export',
          on: { click: () => download(document, 'aifc-team-plan.csv', planRows(lang, this.#people, this.#results, { name: ctx.nameOf, error: (r) => STRINGS[lang]['planner-errors'][r.error.code] ?? r.error.message })) },
        }, t(lang, 'planner-export')),
        h('button', { type: 'button', class: 'button button-secondary', part: 'button print', on: { click: () => window.print() } }, t(lang, 'planner-print')),
        h('button', {
          type: 'button', class: 'link-button', part: 'clear',
          on: { click: () => { this.#people = []; this.#status = ''; this.#replan(); } },
        }, t(lang, 'planner-clear'))) : null;
      this.#paint([
        langs,
        h('h2', { class: 'planner-title', part: 'heading', text: t(lang, 'planner-title') }),
        h('p', { class: 'lead', text: t(lang, 'planner-intro') }),
        this.#input(),
        h('p', { class: 'planner-status', role: 'status', text: this.#status }),
        hasPeople ? renderFilters(ctx, this.#totals) : null,
        renderRows(ctx, this.#people, this.#results),
        hasPeople ? renderTotals(ctx, this.#totals) : null,
        hasPeople ? renderTimeline(ctx, this.#people, this.#results) : null,
        takeAway,
      ]);
      this.#restoreFocus();
    }

    #restoreFocus() {
      if (this.#focus === null) return;
      const { key, to } = this.#focus;
      this.#focus = null;
      const row = this.#root.querySelector(`[data-row="${key}"]`);
      const question = row?.querySelector('.row-question select, .row-question input');
      (to === 'name' ? row?.querySelector('.row-name input') : question ?? row?.querySelector('.row-result'))?.focus();
    }

    async #switch(lang) {
      if (lang === this.lang) return;
      this.setAttribute('lang', lang);
      this.#emit('language', { lang });
    }
  }

  if (!customElements.get('aifc-team-planner')) customElements.define('aifc-team-planner', AifcTeamPlanner);
}
