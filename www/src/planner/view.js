// The planner as drawn, and kept up to date by the change only (issue 30: 5,000 people were
// re-planned and every row rebuilt on every click, and a table of 5,000 rows took seconds to lay
// out). `draw()` lays out the page; `work()` then does, in this order, what a change left to do:
// the page's rows (PAGE people at most, with a pager under them: `drawPage()`, each row by
// `row()`), the stale blocks' plans (redrawing the shown row of each person whose plan changed,
// no other), the totals and the timeline. The click's own task does as much as ANSWER_MS allows
// (a team of one page: everything), the rest follows in slices of SLICE_MS between frames, the
// team section `aria-busy` meanwhile.

import { h } from '../shared/dom.js';
import { STRINGS, t } from './texts.js';
import { addingSection, languageBar, takeAwayActions } from './page.js';
import { renumber, row, teamHeading, teamTable } from './rows.js';
import { renderTotals } from './totals.js';
import { renderTimeline } from './dates.js';
import { renderFilters } from './compact.js';

/** Rows on a page; a team this small is drawn whole in the click's task. */
const PAGE = 100;
const ANSWER_MS = 120;
const SLICE_MS = 40;

/** At most `max` characters of a status line (a pasted header row may hold 50 MB), cut between characters. */
export function capStatus(text, max = 600) {
  if (text.length <= max) return text;
  let end = max - 1;
  if (/[\ud800-\udbff]/.test(text[end - 1])) end -= 1;
  return `${text.slice(0, end)}…`;
}

export class View {
  constructor(ctx, root) {
    this.ctx = ctx;
    this.root = root;
    this.rows = new Map(); // person -> the row drawn (the page's)
    this.page = 0;
    this.pageDrawn = false;
    this.pager = null;
    this.totalsDirty = true;
    this.focus = null;
    this.scheduled = false;
    this.statusText = '';
  }

  get status() {
    return this.statusText;
  }

  set status(text) {
    this.statusText = capStatus(String(text));
    if (this.statusEl) this.statusEl.textContent = this.statusText;
  }

  draw(status) {
    const { ctx } = this;
    const { lang } = ctx;
    const people = ctx.people();
    this.langs = languageBar(ctx);
    this.statusEl = h('p', { class: 'planner-status', role: 'status' });
    this.status = status;
    this.noticeEl = h('div', { class: 'planner-notices', role: 'alert', part: 'notices' });
    this.drawNotices();
    const team = teamTable(ctx, people.length);
    this.team = team;
    team.section.dataset.people = people.length;
    // The filters (compact.js) stand just before the team's section: the stylesheet hides rows by them. Their counts come with the totals.
    this.filtersEl = people.length ? h('div', { class: 'filters no-print', part: 'filters', 'data-filter': ctx.view.filter }) : null;
    this.totalsEl = people.length ? h('section', { class: 'block totals', part: 'totals', 'aria-busy': 'true' }) : null;
    this.timelineEl = people.length ? h('section', { class: 'block timeline', part: 'timeline', 'aria-busy': 'true' }) : null;
    const takeAway = people.length ? takeAwayActions(ctx) : null;
    this.root.replaceChildren(
      h('div', { class: 'aifc planner', part: 'container', lang }, [
        this.langs,
        h('h2', { class: 'planner-title', part: 'heading', text: t(lang, 'planner-title') }),
        h('p', { class: 'lead', text: t(lang, 'planner-intro') }),
        addingSection(ctx, () => {
          this.status = t(lang, 'planner-unreadable');
        }),
        this.statusEl,
        this.noticeEl,
        this.filtersEl,
        team.section,
        this.totalsEl,
        this.timelineEl,
        takeAway,
      ]),
      ctx.live(),
    );
    this.work();
  }

  drawNotices() {
    this.noticeEl?.replaceChildren(...this.ctx.notices().map((text) => h('p', { class: 'planner-notice', text })));
  }

  /** The language button being loaded marked busy (none: `null`). */
  busyLanguage(lang) {
    for (const b of this.langs?.querySelectorAll('button[data-lang]') ?? []) {
      if (b.dataset.lang === lang) b.setAttribute('aria-busy', 'true');
      else b.removeAttribute('aria-busy');
    }
  }

  /** The date used changed (a refused one replaced by today): every row's dates with it. */
  dateChanged() {
    this.totalsDirty = true;
  }

  /** The page shown: the people from `from` to `to` (PAGE at most: a table of 5,000 rows took seconds to lay out). */
  range() {
    const n = this.ctx.people().length;
    this.page = Math.max(0, Math.min(this.page, Math.ceil(n / PAGE) - 1));
    return [this.page * PAGE, Math.min(n, (this.page + 1) * PAGE)];
  }

  /** People were added at the end: the page is drawn again if they fall on it (one added by hand: its page shown). */
  added() {
    const n = this.ctx.people().length;
    if (this.focus?.to === 'name') this.page = Math.ceil(n / PAGE) - 1;
    this.pageDrawn = false;
    this.counted();
    this.work();
  }

  /**
   * A row removed: its <tr> taken out, the page's rows below it renumbered, and the next page's
   * first person's row added at the end (no other row drawn again).
   */
  removed(person, at) {
    const people = this.ctx.people();
    const tr = this.rows.get(person);
    if (tr && this.pageDrawn) {
      // Focus was on the row's remove button: it goes to the one of the row now in its place.
      const next = people[at] ?? people[at - 1];
      if (next) this.focus = { key: next.key, to: 'remove' };
      tr.remove();
      this.rows.delete(person);
      const [, to] = this.range();
      for (let i = at; i < Math.min(to, at + this.rows.size + 1); i += 1) {
        const shown = this.rows.get(people[i]);
        if (shown) renumber(this.ctx, shown, people[i], i);
      }
    } else this.pageDrawn = false;
    this.counted();
    this.totalsDirty = true;
    this.work();
  }

  renamed(person) {
    const tr = this.rows.get(person);
    if (tr) renumber(this.ctx, tr, person, this.ctx.people().indexOf(person));
    this.totalsDirty = true;
    this.work();
  }

  counted() {
    const n = this.ctx.people().length;
    this.team.heading.textContent = teamHeading(this.ctx.lang, n);
    this.team.section.dataset.people = n;
  }

  /** Does what is left: all of it for a small team, else what fits the click's task, the rest in slices. */
  work(budget = ANSWER_MS) {
    const small = this.ctx.people().length <= PAGE;
    const more = this.step(small ? Infinity : performance.now() + budget);
    if (more) this.team.section.setAttribute('aria-busy', 'true');
    else this.team.section.removeAttribute('aria-busy');
    if (more && !this.scheduled) {
      this.scheduled = true;
      setTimeout(() => {
        this.scheduled = false;
        if (this.root.contains(this.team.section)) this.work(SLICE_MS);
      }, 0);
    }
  }

  /** Work units until `deadline` (one at least): gives whether any is left. */
  step(deadline) {
    const { ctx } = this;
    const people = ctx.people();
    do {
      const [from, to] = this.range();
      // The page's people planned so far, from its start (`upto`), and the first one waiting.
      let upto = from;
      while (upto < to && ctx.planned(people[upto])) upto += 1;
      const big = deadline !== Infinity;
      if (!this.pageDrawn && (upto === to || (big && upto > from))) {
        // A large team: what is planned of the page is painted first, the rest follows in the next slices.
        this.drawPage(from, to, upto);
        if (big) return true;
      } else if (this.pageDrawn && from + this.rows.size < upto) this.fillPage(from, to, upto);
      else if (ctx.stale()) {
        const planned = ctx.planNext(people[upto < to ? upto : from]);
        this.redrawChanged(planned?.people ?? []);
        this.totalsDirty = true;
      } else if (this.totalsDirty) this.drawTotals();
      else return false;
    } while (performance.now() < deadline);
    return true;
  }

  /** The page's rows drawn (each by `row()`), and the pager under them when there is more than a page. */
  drawPage(from, to, upto = to) {
    this.rows = new Map();
    this.team.tbody?.replaceChildren();
    this.pageDrawn = true;
    this.fillPage(from, to, upto);
  }

  /** The page's rows not yet shown, up to `upto` (the planned ones; after a removal, the one pulled up from the next page). */
  fillPage(from, to, upto = to) {
    const people = this.ctx.people();
    const rows = [];
    for (let i = from + this.rows.size; i < upto; i += 1) {
      const tr = row(this.ctx, people[i], i);
      this.rows.set(people[i], tr);
      rows.push(tr);
    }
    this.team.tbody?.append(...rows);
    this.drawPager(from, to, people.length);
    this.restoreFocus();
  }

  drawPager(from, to, total) {
    const { lang, f } = this.ctx;
    const go = (page) => {
      this.page = page;
      this.pageDrawn = false;
      this.work();
      this.team.heading.scrollIntoView?.({ block: 'start' });
    };
    const pager =
      total > PAGE
        ? h(
            'nav',
            { class: 'pager no-print', part: 'pager', 'aria-label': t(lang, 'planner-pages') },
            h(
              'button',
              {
                type: 'button',
                class: 'button button-secondary button-small',
                'data-page': 'previous',
                disabled: from === 0,
                on: { click: () => go(this.page - 1) },
              },
              t(lang, 'planner-previous'),
            ),
            h('span', {
              class: 'pager-shown',
              'aria-live': 'polite',
              text: t(lang, 'planner-shown', { from: f.number(from + 1), to: f.number(to), total: f.number(total) }),
            }),
            h(
              'button',
              {
                type: 'button',
                class: 'button button-secondary button-small',
                'data-page': 'next',
                disabled: to >= total,
                on: { click: () => go(this.page + 1) },
              },
              t(lang, 'planner-next'),
            ),
          )
        : null;
    this.pager?.remove();
    this.pager = pager;
    if (pager) this.team.section.append(pager);
  }

  /** Each person whose plan changed and whose row is shown: the row drawn again, in its place. */
  redrawChanged(people) {
    const { ctx } = this;
    for (const person of ctx.takeChanged(people)) {
      const old = this.rows.get(person);
      if (!old || !this.pageDrawn) continue;
      const tr = row(ctx, person, ctx.people().indexOf(person));
      old.replaceWith(tr);
      this.rows.set(person, tr);
    }
    this.restoreFocus();
  }

  drawTotals() {
    const { ctx } = this;
    this.totalsDirty = false;
    const people = ctx.people();
    const totals = ctx.totals();
    if (!people.length || !totals) return;
    const totalsEl = renderTotals(ctx, totals);
    const timelineEl = renderTimeline(ctx, people, people.map(ctx.resultOf));
    const filtersEl = renderFilters(ctx, totals);
    if (filtersEl) {
      this.filtersEl?.replaceWith(filtersEl);
      this.filtersEl = filtersEl;
    }
    this.totalsEl?.replaceWith(totalsEl);
    this.timelineEl?.replaceWith(timelineEl);
    this.totalsEl = totalsEl;
    this.timelineEl = timelineEl;
    const { planned, questions, errors } = totals;
    ctx.emitPlan({ people: totals.people, planned, questions, errors });
  }

  restoreFocus() {
    if (this.focus === null || !this.pageDrawn) return;
    const { key, to } = this.focus;
    const tr = this.root.querySelector(`tr[data-row="${key}"]`);
    if (!tr) {
      if (this.pageDrawn) this.focus = null; // not on the page shown
      return;
    }
    this.focus = null;
    if (to === 'remove') tr.querySelector('[data-remove]')?.focus();
    if (to === 'remove' || to === 'name') {
      if (to === 'name') tr.querySelector('.row-name input')?.focus();
      return;
    }
    // The form's fields (the row itself is also of class row-question: not its name field). The
    // field's label is the question, its description why a cell was held back; the live region
    // says whose row it is and its state.
    const question = tr.querySelector('form[data-question] select, form[data-question] input');
    (question ?? tr.querySelector('.row-result'))?.focus();
    const { ctx } = this;
    const people = ctx.people();
    const i = people.findIndex((p) => String(p.key) === String(key));
    const state = STRINGS[ctx.lang]['planner-state'][tr.dataset.state] ?? '';
    if (i >= 0) ctx.announce(t(ctx.lang, 'planner-announce', { name: ctx.nameOf(people[i], i), state }));
  }
}
