// Pieces shared by the screens: the top bar, the answers with their Change buttons, Start again,
// the Centre's contacts, and the failure screen.

import { disclosure, h, hiddenText, safeHref } from '../shared/dom.js';
import { STRINGS, t } from '../shared/i18n.js';
import { languageList } from '../shared/languages.js';

/** Back on the left, the language switch on the right. */
export function topBar(ctx, langs) {
  const { lang } = ctx;
  const back = ctx.canGoBack
    ? h('button', { type: 'button', class: 'back', part: 'back', on: { click: () => ctx.back() } }, t(lang, 'back'))
    : h('span');
  const languages = languageList(
    langs,
    lang,
    (l) => STRINGS[l]['language-name'],
    (l) => ctx.switchLanguage(l),
  );
  return h('div', { class: 'topbar no-print' }, back, h('nav', { 'aria-label': t(lang, 'language'), part: 'languages' }, languages));
}

/** The answers so far, each with a Change button, in a disclosure (open while still asking). */
export function summary(ctx, path, { open = false } = {}) {
  if (!path.length) return null;
  const { lang, f } = ctx;
  const list = h(
    'dl',
    { class: 'summary-list' },
    path.map((a) =>
      h(
        'div',
        { class: 'summary-row', 'data-fact': a.fact },
        h('dt', { text: a.question }),
        h('dd', { class: 'summary-answer', text: a.fact === 'citizenship' ? f.country(String(a.value)) : a.answer }),
        h(
          'dd',
          { class: 'summary-action no-print' },
          h(
            'button',
            {
              type: 'button',
              class: 'link-button',
              'data-change': a.fact,
              on: { click: () => ctx.change(a.fact) },
            },
            t(lang, 'change'),
            hiddenText(` ${t(lang, 'change-hidden', { question: a.question })}`),
          ),
        ),
      ),
    ),
  );
  return h(
    'section',
    { class: 'block summary no-print', part: 'summary' },
    disclosure('answers', `${t(lang, 'your-answers')} (${path.length})`, list, { open }),
  );
}

export function restart(ctx) {
  if (ctx.answers.size === 0 && !ctx.editing) return null;
  return h(
    'p',
    { class: 'restart no-print' },
    h(
      'button',
      {
        type: 'button',
        class: 'link-button',
        part: 'restart',
        on: { click: () => ctx.startAgain() },
      },
      t(ctx.lang, 'start-again'),
    ),
  );
}

/** The Centre's hours, phones, e-mail and address, from the engine. `live`: say who takes calls now (never with a fixed `date`). */
export function office(ctx, { live = true } = {}) {
  const { lang } = ctx;
  // With a fixed `date` the widget shows no clock-dependent status: the screen is the same whenever it is drawn.
  live &&= !ctx.date;
  let data;
  try {
    data = ctx.office();
  } catch (err) {
    ctx.emitError(err.code ?? 'internal', err.message);
    return null;
  }
  const tel = (phone) => {
    const href = safeHref('tel', phone.tel);
    return href ? h('a', { href, class: 'link' }, phone.number) : phone.number;
  };
  const mail = safeHref('mailto', data.email);
  return h(
    'dl',
    { class: 'facts office-facts' },
    live
      ? fact(
          t(lang, 'hours'),
          [
            data.hours,
            ' ',
            h('strong', { class: `tag office-${data.open ? 'open' : 'closed'} no-print`, 'data-state': data.state, text: data.status }),
          ],
          'hours',
        )
      : fact(t(lang, 'hours'), data.hours, 'hours'),
    fact(
      t(lang, 'phones'),
      h(
        'ul',
        { class: 'phones' },
        data.phones.map((p) =>
          h(
            'li',
            { class: 'phone' },
            tel(p),
            h(
              'span',
              { class: 'phone-hours' },
              t(lang, 'calls-hours', { hours: p.hours }),
              live ? h('span', { class: 'no-print' }, ` (${t(lang, p.open ? 'line-open' : 'line-closed')})`) : null,
            ),
          ),
        ),
      ),
      'phones',
    ),
    fact(t(lang, 'email'), mail ? h('a', { href: mail, class: 'link' }, data.email) : data.email, 'email'),
    fact(t(lang, 'address'), data.address, 'address'),
  );
}

export function fact(term, value, name) {
  return h('div', { class: `fact fact-${name}` }, h('dt', { text: term }), h('dd', {}, value));
}

// The guide's main line and e-mail, for when the engine (which holds the Centre's contacts) could
// not be loaded: the same in every language, so not among the texts.
const PHONE = '+7 (7172) 64 73 33';
const EMAIL = 'expat@aifc.kz';

/**
 * The engine could not load or answer: say so, give the Centre's main phone and e-mail (the
 * engine holds the rest), and a Start again that works.
 */
export function failureScreen(ctx, key) {
  const { lang } = ctx;
  return h(
    'div',
    { class: 'failure', role: 'alert', part: 'error' },
    h('h2', { class: 'result-title', tabindex: '-1', 'data-focus': 'heading', text: t(lang, key) }),
    h(
      'dl',
      { class: 'facts' },
      fact(t(lang, 'phones'), h('a', { class: 'link', href: safeHref('tel', PHONE.replace(/[^+\d]/g, '')) }, PHONE), 'phones'),
      fact(t(lang, 'email'), h('a', { class: 'link', href: safeHref('mailto', EMAIL) }, EMAIL), 'email'),
    ),
    h(
      'p',
      {},
      h(
        'button',
        { type: 'button', class: 'button', part: 'button restart', on: { click: () => ctx.startAgain() } },
        t(lang, 'start-again'),
      ),
    ),
  );
}
