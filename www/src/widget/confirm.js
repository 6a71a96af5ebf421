// The first screen of an outcome that rests on a doubt the Centre must settle first
// (`outcome.toConfirm`: a short CIS or EAEU stay). It leads with the doubt, the public source
// where there is one (quoted in its own language) and what the Centre can still do; the plan at
// a glance (the total, the ready-by date) comes after the Centre's contacts, under "if the Centre
// says you need it", never as a confident total at the top.

import { h } from '../shared/dom.js';
import { t } from '../shared/i18n.js';

/** The result's heading and the doubt, in place of the plan at a glance. */
export function confirmHead(ctx, c) {
  const { lang } = ctx;
  return h(
    'div',
    { class: 'panel panel-none panel-confirm', part: 'result', 'data-confirm': c.kind },
    h('p', { class: 'caption', text: t(lang, 'result') }),
    h('h2', { tabindex: '-1', 'data-focus': 'heading', class: 'result-title', part: 'heading', text: c.title }),
    h('p', { class: 'lead confirm-text', text: c.text }),
    c.source
      ? h(
          'figure',
          { class: 'confirm-source', 'data-source': '' },
          h('blockquote', { lang: c.source.quoteLang, text: c.source.quote }),
          h('figcaption', { text: c.source.label }),
        )
      : null,
    c.centre ? h('p', { class: 'confirm-centre', text: c.centre }) : null,
    c.services.length
      ? h(
          'ul',
          { class: 'list' },
          c.services.map((s) => h('li', { 'data-service': s.id, text: s.label })),
        )
      : null,
  );
}

/** The plan at a glance, below the Centre's contacts, as what applies if the Centre says so; then the actions. */
export function ifNeeded(ctx, glance, actions) {
  return h(
    'section',
    { class: 'block if-needed', part: 'if-needed', 'data-if-needed': '' },
    h('div', { class: 'panel panel-none' }, h('h3', { class: 'if-needed-title', text: t(ctx.lang, 'if-needed-title') }), glance),
    actions,
  );
}
