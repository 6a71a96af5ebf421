// DOM helpers. There is no HTML string anywhere (Trusted Types): elements are built with
// createElement, textContent and append, and every style comes from the stylesheet.

/**
 * Makes an element. `props`: attributes, except `on` (event listeners) and `text` (textContent).
 * Never given a `style`: the stylesheet does the styling (a strict CSP forbids style attributes).
 */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'on') for (const [type, fn] of Object.entries(value)) el.addEventListener(type, fn);
    else if (key === 'text') el.textContent = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  el.append(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
  return el;
}

/** Text only visible to assistive technology. */
export function hiddenText(text) {
  return h('span', { class: 'vh', text });
}

/** Only safe link schemes reach an href: tel:, mailto:, and https: for the engine's links. */
export function safeHref(scheme, value) {
  const v = String(value ?? '');
  const full = v.startsWith(`${scheme}:`) ? v : `${scheme}:${v}`;
  return /^(tel:\+?[0-9]+|mailto:[^\s<>"']+@[^\s<>"']+|https:\/\/[a-z0-9.-]+(\/[\w./-]*)?)$/i.test(full) ? full : null;
}

/**
 * A disclosure: a <details> closed by default (the print stylesheet opens the ones a checklist
 * needs). `name` marks it for tests and ::part.
 */
export function disclosure(name, summary, body, { open = false } = {}) {
  return h(
    'details',
    { class: `disclosure disclosure-${name}`, 'data-disclosure': name, part: `disclosure ${name}`, open },
    h('summary', { class: 'disclosure-summary' }, summary),
    h('div', { class: 'disclosure-body' }, body),
  );
}

/** Clicks `link` (a download) from inside `parent`, then takes it away again. */
export function clickThrough(parent, link) {
  parent.append(link);
  link.click();
  link.remove();
}

/**
 * Marks `button` busy (`aria-busy`, styled as waiting) until `promise` settles; gives its value.
 * `screen`: marked busy too; `note`: `[lang, text]` the button shows meanwhile (e.g. "Loading…").
 */
export async function busyWhile(button, promise, { screen = null, note = null } = {}) {
  const shown = note && h('span', { class: 'lang-busy', lang: note[0], text: ` ${note[1]}` });
  button?.setAttribute('aria-busy', 'true');
  screen?.setAttribute('aria-busy', 'true');
  if (shown) button?.append(shown);
  try {
    return await promise;
  } finally {
    button?.removeAttribute('aria-busy');
    screen?.removeAttribute('aria-busy');
    shown?.remove();
  }
}
