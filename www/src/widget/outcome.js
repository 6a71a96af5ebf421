// The outcome screen, as a plan: at a glance first (what to apply for, the total to pay, the
// ready-by date, where to go, how many documents), then the timeline, each stage with its costs
// and checklist, the places to open, and the Centre's contacts. Long parts sit in disclosures,
// closed by default. Every amount, date and text comes from the engine (`outcome.plan`).

import { disclosure, h } from '../shared/dom.js';
import { STRINGS, plural, t, tNodes } from '../shared/i18n.js';
import { office, restart, summary } from './parts.js';
import { stage } from './stage.js';
import { timeline } from './timeline.js';
import { actions, links, printFooter } from './act.js';
import { extensionWindow, notes } from './extension.js';
import { confirmHead, ifNeeded } from './confirm.js';
import { asksCentre, glanceContact } from './contacts.js';

export function outcomeScreen(ctx, ev) {
  const o = ev.outcome;
  const none = o.noService;
  const stages = o.quotes.map((q, i) => stage(ctx, q, o.plan.steps[i], i, o.quotes.length));
  const contact = office(ctx);
  // A doubt to settle first (a short CIS or EAEU stay): the doubt and the Centre's contacts lead,
  // the plan at a glance follows as what applies if the Centre says so (confirm.js).
  const doubt = o.toConfirm;
  return h(
    'div',
    { class: 'screen screen-outcome', part: 'outcome', 'data-outcome': o.id },
    doubt ? confirmHead(ctx, doubt) : head(ctx, o),
    none ? noService(ctx, none) : null,
    o.extensionWindow ? extensionWindow(ctx, o.extensionWindow) : null,
    // With no service to apply for, or one the Centre must confirm first, its contacts come first.
    (none || doubt) && contact
      ? h('section', { class: 'block office', part: 'office' }, h('h3', { text: t(ctx.lang, 'office') }), contact)
      : null,
    doubt ? ifNeeded(ctx, glance(ctx, o.plan, o.quotes, o.extensionWindow), actions(ctx)) : null,
    o.plan.timeline.length > 1 && o.quotes.length ? timeline(ctx, o) : null,
    stages,
    links(ctx, o.plan.links, { open: Boolean(none) }),
    o.notes.length
      ? h(
          'section',
          { class: 'block outcome-notes', part: 'notes' },
          disclosure('notes', `${t(ctx.lang, 'notes')} (${o.notes.length})`, notes(o.notes)),
        )
      : null,
    !none && !doubt && contact
      ? h('section', { class: 'block office', part: 'office' }, disclosure('office', t(ctx.lang, 'office'), contact))
      : null,
    summary(ctx, ev.path),
    restart(ctx),
    printFooter(ctx, o),
  );
}

/** The result's heading and, for a service, the plan at a glance with the two main actions. */
function head(ctx, o) {
  const { lang } = ctx;
  const title = h('h2', {
    tabindex: '-1',
    'data-focus': 'heading',
    class: 'result-title',
    part: 'heading',
    text: t(lang, o.noService ? 'no-service-title' : 'what-you-need'),
  });
  if (o.noService) {
    return h(
      'div',
      { class: 'panel panel-none', part: 'result' },
      h('p', { class: 'caption', text: t(lang, 'result') }),
      title,
      h('p', { class: 'lead', text: o.noService.reason }),
    );
  }
  return h(
    'div',
    { class: 'panel', part: 'result' },
    h('p', { class: 'caption', text: t(lang, 'result') }),
    title,
    glance(ctx, o.plan, o.quotes, o.extensionWindow),
    actions(ctx),
  );
}

/** Each step in order, the total, the ready-by date, where to go and the number of documents. */
function glance(ctx, plan, quotes, extension) {
  const { lang, f } = ctx;
  const unpriced = plan.steps.filter((s) => !s.priced).map((s) => s.title);
  const anyPrice = plan.steps.some((s) => s.priced || s.stateDuty);
  const places = STRINGS[lang].places;
  const then = [...new Set(quotes.flatMap((q) => q.nextSteps.map((n) => places[n.place] ?? n.title)))];
  const date = (iso) => h('strong', { class: 'date', 'data-date': iso, text: f.date(iso) });
  return h(
    'div',
    { class: 'glance', part: 'glance', 'data-glance': '' },
    h(
      'ol',
      { class: 'glance-steps' },
      plan.steps.map((s, i) =>
        h(
          'li',
          { class: 'glance-step', 'data-service': s.service },
          h('span', { class: 'glance-step-title', text: s.title }),
          h('span', { class: 'vh', text: ` (${t(lang, 'stage', { n: i + 1, total: plan.steps.length })})` }),
        ),
      ),
    ),
    h(
      'dl',
      { class: 'glance-facts' },
      item(
        'total',
        t(lang, 'total-to-pay'),
        anyPrice
          ? [
              h('strong', { class: 'amount total', 'data-kzt': plan.total.kzt, text: f.money(plan.total.kzt) }),
              h('span', { class: 'glance-note', text: t(lang, plan.steps.some((s) => s.stateDuty) ? 'total-basis' : 'total-basis-fees') }),
              unpriced.length ? h('span', { class: 'glance-note', text: t(lang, 'total-partial', { titles: unpriced.join('; ') }) }) : null,
              plan.total.provisional ? h('span', { class: 'tag tag-warning', text: t(lang, 'provisional') }) : null,
              // Beside the total: the guide is silent on whether family members pay too.
              plan.perPerson ? h('span', { class: 'glance-per-person', text: plan.perPerson }) : null,
            ]
          : h('span', { text: t(lang, 'total-nothing') }),
      ),
      item(
        'ready',
        t(lang, 'ready-by-label'),
        plan.readyBy
          ? [
              date(plan.readyBy),
              plan.steps.at(-1)?.sameDay ? ` (${t(lang, 'same-day')})` : null,
              // The state body may take longer (a quote's readyBy.delayDays): said here too, not only on the timeline.
              plan.readyByWithDelay
                ? h('span', { class: 'glance-note' }, tNodes(lang, 'ready-up-to', { date: date(plan.readyByWithDelay) }))
                : null,
            ]
          : t(lang, 'ready-no-time'),
      ),
      item('documents', t(lang, 'documents-label'), plural(lang, 'documents-count', plan.documents)),
      // A fee or a date to ask the Centre for: how to ask, at once (contacts.js).
      asksCentre(plan) ? item('contact', t(lang, 'office'), glanceContact(ctx)) : null,
      // An extension's own deadline: the last day of its window, while it can still be kept.
      extension && (extension.status === 'open' || extension.status === 'before')
        ? item('apply-by', t(lang, 'apply-by'), [
            date(extension.latest),
            h('span', { class: 'glance-note', text: t(lang, 'apply-from', { date: f.date(extension.earliest) }) }),
          ])
        : null,
      item('where', t(lang, 'where'), [
        t(lang, 'where-centre'),
        then.length ? h('span', { class: 'glance-note', text: t(lang, 'where-then', { place: then.join('; ') }) }) : null,
      ]),
    ),
  );
}

function item(name, term, value) {
  return h('div', { class: `glance-fact glance-${name}`, 'data-fact': name }, h('dt', { text: term }), h('dd', {}, value));
}

function noService(ctx, none) {
  const { lang } = ctx;
  return h(
    'section',
    { class: 'block', part: 'no-service' },
    h('h3', { text: t(lang, 'instead-title') }),
    h('p', { text: none.instead }),
    none.alternatives.length
      ? [
          h('h4', { text: t(lang, 'alternatives') }),
          h(
            'ul',
            { class: 'list' },
            none.alternatives.map((a) => h('li', { 'data-service': a.id, text: a.label })),
          ),
        ]
      : null,
  );
}
