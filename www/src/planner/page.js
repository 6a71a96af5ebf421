// The planner's page around the team: the language switch, the adding section (paste, a file,
// the template, one person) and the take-away actions (export, print, clear). Drawn once per
// layout by view.js; each action is a function of the planner's context.

import { h } from '../shared/dom.js';
import { languageList } from '../shared/languages.js';
import { LANGS, STRINGS, t } from './texts.js';
import { download, planRows, templateRows } from './csv.js';

/** The language switch: each language by its own name, the current one marked. */
export function languageBar(ctx) {
  const { lang } = ctx;
  return h(
    'nav',
    { class: 'topbar no-print', 'aria-label': t(lang, 'language'), part: 'languages' },
    languageList(
      LANGS,
      lang,
      (l) => STRINGS[l]['language-name'],
      (l) => ctx.switchTo(l),
    ),
  );
}

/** Adding people: a pasted table, a chosen file (`unreadable()` when it cannot be read), the template, one person. */
export function addingSection(ctx, unreadable) {
  const { lang } = ctx;
  const paste = h('textarea', { id: 'paste', class: 'input paste', rows: 5, spellcheck: 'false', 'aria-describedby': 'paste-hint' });
  const file = h('input', {
    id: 'file',
    type: 'file',
    accept: '.csv,text/csv,text/plain',
    class: 'file-input',
    on: {
      change: async () => {
        const chosen = file.files?.[0];
        if (!chosen) return;
        try {
          await ctx.readFile(chosen);
        } catch {
          unreadable();
        }
        file.value = '';
      },
    },
  });
  const button = (text, part, click, secondary = true) =>
    h(
      'button',
      {
        type: 'button',
        class: `button${secondary ? ' button-secondary' : ''}`,
        part: `button ${part}`,
        on: { click },
      },
      text,
    );
  return h(
    'section',
    { class: 'block add no-print', part: 'adding', 'aria-labelledby': 'add-heading' },
    h('h3', { id: 'add-heading', text: t(lang, 'planner-add-heading') }),
    h('label', { class: 'label', for: 'paste', text: t(lang, 'planner-paste') }),
    h('p', { id: 'paste-hint', class: 'hint', text: t(lang, 'planner-paste-hint') }),
    paste,
    h(
      'div',
      { class: 'actions' },
      button(t(lang, 'planner-read'), 'read', () => ctx.readText(paste.value), false),
      h('label', { class: 'button button-secondary file-label', for: 'file', part: 'button file' }, t(lang, 'planner-file')),
      file,
      button(t(lang, 'planner-template'), 'template', () =>
        download(document, `${t(lang, 'planner-template-file')}.csv`, templateRows(lang), lang),
      ),
      button(t(lang, 'planner-add'), 'add-person', () => ctx.addOne()),
    ),
    h('p', { class: 'hint', 'data-hint': 'spreadsheet', text: t(lang, 'planner-template-hint') }),
  );
}

/** What a planned team takes away: the CSV export, print, and clearing the table. */
export function takeAwayActions(ctx) {
  const { lang } = ctx;
  return h(
    'div',
    { class: 'actions take-away no-print', part: 'actions' },
    h(
      'button',
      {
        type: 'button',
        class: 'button',
        part: 'button export',
        on: {
          click: () =>
            download(
              document,
              `${t(lang, 'planner-export-file')}.csv`,
              planRows(lang, ctx.people(), ctx.people().map(ctx.resultOf), {
                name: ctx.nameOf,
                money: ctx.f.money,
                error: (r) => STRINGS[lang]['planner-errors'][r.error.code] ?? r.error.message,
              }),
              lang,
            ),
        },
      },
      t(lang, 'planner-export'),
    ),
    h(
      'button',
      { type: 'button', class: 'button button-secondary', part: 'button print', on: { click: () => window.print() } },
      t(lang, 'planner-print'),
    ),
    h('button', { type: 'button', class: 'link-button', part: 'clear', on: { click: () => ctx.clear() } }, t(lang, 'planner-clear')),
  );
}
