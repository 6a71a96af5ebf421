// The extension window (first and last day to apply, the expiry date, a calendar file) and the
// notes, with the guide's silences said as advice.

import { h } from '../shared/dom.js';
import { t } from '../shared/i18n.js';
import { fact } from './parts.js';

export function extensionWindow(ctx, w) {
  const { lang, f } = ctx;
  const date = (iso) => h('strong', { class: 'date', 'data-date': iso, text: f.date(iso) });
  const past = w.status === 'closed' || w.status === 'expired';
  return h(
    'section',
    { class: `block window window-${w.status}`, part: 'extension', 'data-status': w.status },
    h('h3', { text: t(lang, 'extension') }),
    h('p', { class: 'window-message', text: w.message }),
    h(
      'dl',
      { class: 'facts' },
      fact(t(lang, 'window-first'), date(w.earliest), 'earliest'),
      fact(t(lang, 'window-last'), date(w.latest), 'latest'),
      fact(t(lang, 'expires'), date(w.expires), 'expires'),
    ),
    w.provisional
      ? h(
          'p',
          { class: 'provisional' },
          h('strong', { class: 'tag tag-warning', text: t(lang, 'provisional') }),
          ' ',
          t(lang, 'ready-provisional'),
        )
      : null,
    // A reminder for dates already past helps nobody.
    past
      ? null
      : h(
          'button',
          {
            type: 'button',
            class: 'button button-secondary no-print',
            part: 'button calendar',
            on: { click: () => downloadIcs(ctx, w.expires) },
          },
          t(lang, 'add-to-calendar'),
        ),
  );
}

/** The .ics from the API, handed to the browser as a download: no network. */
function downloadIcs(ctx, expires) {
  let text;
  try {
    text = ctx.extensionIcs(expires);
  } catch (err) {
    ctx.emitError(err.code ?? 'internal', err.message);
    return;
  }
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  ctx.download(h('a', { href: url, download: `${t(ctx.lang, 'calendar-file', { iso: expires })}.ics`, hidden: true }));
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function notes(list) {
  return h(
    'ul',
    { class: 'notes' },
    list.map((note) =>
      h(
        'li',
        {
          class: `note${note.kind === 'guide-silent' ? ' note-silent' : ''}`,
          'data-kind': note.kind,
          // A note where the guide is silent opens with its advice ("Ask the Centre whether ..."): it is
          // marked by its colour, not by a second label saying the same.
        },
        h('span', { text: note.text }),
      ),
    ),
  );
}
