// The Centre's contacts on the first screen, where the answer is "ask the Centre": a visitor told
// to ask the Centre for the fee or the date is shown at once how (phone as a tel: link, hours,
// e-mail, address) in the result panel, not only in the closed section at the end. Every number
// and address comes from the engine (`office`); nothing here is typed in.

import { h, safeHref } from '../shared/dom.js';
import { t } from '../shared/i18n.js';

/**
 * Whether the plan leaves the visitor to ask the Centre: a step whose fee the guide does not give
 * (an extension: "Ask the Centre for the amount"), or no ready-by date ("Ask the Centre for the time").
 */
export function asksCentre(plan) {
  return plan.steps.some((s) => !s.priced) || !plan.readyBy;
}

/**
 * How to ask, in the plan at a glance (the result panel), so that on a phone it is on the first
 * screen: the Centre's main line as a tel: link with the hours it takes calls, the e-mail, the
 * address and the opening hours. Every line of the Centre is in the contacts section further down.
 */
export function glanceContact(ctx) {
  let data;
  try {
    data = ctx.office();
  } catch {
    return null; // the contacts section reports it (parts.js, office)
  }
  const [main] = data.phones;
  const link = (href, text) => (href ? h('a', { href, class: 'link' }, text) : text);
  return [
    main
      ? h(
          'span',
          { class: 'glance-line glance-phone' },
          link(safeHref('tel', main.tel), main.number),
          h('span', { class: 'glance-note', text: t(ctx.lang, 'calls-hours', { hours: main.hours }) }),
        )
      : null,
    h('span', { class: 'glance-line glance-email' }, link(safeHref('mailto', data.email), data.email)),
    h('span', { class: 'glance-line glance-note glance-address', text: data.address }),
    h('span', { class: 'glance-line glance-note glance-hours', text: `${t(ctx.lang, 'hours')}: ${data.hours}` }),
  ];
}
