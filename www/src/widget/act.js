// What the visitor does next: print the checklist, copy the link to this result, open the places
// the guide names. The widget requests none of the links; the browser opens them when clicked.

import { disclosure, h, safeHref } from '../shared/dom.js';
import { t } from '../shared/i18n.js';

/** Print and Copy link, beside the plan at a glance. */
export function actions(ctx) {
  const { lang } = ctx;
  // Polite, without the status role: the widget's one status region is its announcer (frame.js, #live).
  const status = h('p', { class: 'copy-status', 'aria-live': 'polite' });
  const field = h('div', { class: 'copy-field', hidden: true });
  const copy = async () => {
    const url = ctx.resultUrl();
    try {
      await navigator.clipboard.writeText(url);
      status.textContent = t(lang, 'link-copied');
      field.setAttribute('hidden', '');
    } catch {
      const input = h('input', { type: 'text', readonly: true, class: 'input', id: 'copy-link', value: url });
      field.replaceChildren(h('label', { for: 'copy-link', class: 'label', text: t(lang, 'link-label') }), input);
      field.removeAttribute('hidden');
      input.focus();
      input.select();
      // The old copy command still works where the Clipboard API is refused.
      const copied = document.execCommand?.('copy') === true;
      status.textContent = t(lang, copied ? 'link-copied' : 'link-copy-manually');
    }
  };
  return h(
    'div',
    { class: 'outcome-actions no-print', part: 'actions' },
    h('button', { type: 'button', class: 'button', part: 'button print', on: { click: () => print() } }, t(lang, 'print')),
    h('button', { type: 'button', class: 'button button-secondary', part: 'button copy-link', on: { click: copy } }, t(lang, 'copy-link')),
    status,
    field,
  );
}

/** The places to open, from the engine's data, each with what to do there. */
export function links(ctx, list, { open = false } = {}) {
  if (!list.length) return null;
  return h(
    'section',
    { class: 'block act', part: 'links' },
    disclosure(
      'links',
      `${t(ctx.lang, 'act-title')} (${list.length})`,
      h(
        'ul',
        { class: 'links' },
        list.map((l) => {
          const href = safeHref('https', l.url);
          return h(
            'li',
            { class: 'act-link', 'data-link': l.id },
            href ? h('a', { href, class: 'link', target: '_blank', rel: 'noopener noreferrer' }, l.label) : l.label,
            h('span', { class: 'link-purpose', text: l.purpose }),
          );
        }),
      ),
      { open },
    ),
  );
}

/** On paper only: when the checklist was made and where to find it again. */
export function printFooter(ctx, o) {
  const { lang, f } = ctx;
  const today = o.plan.timeline.find((m) => m.kind === 'today')?.date;
  return h(
    'div',
    { class: 'print-only print-footer' },
    today ? h('p', { text: t(lang, 'print-made', { date: f.date(today) }) }) : null,
    h('p', { class: 'print-url', text: t(lang, 'print-link', { url: ctx.resultUrl() }) }),
  );
}
