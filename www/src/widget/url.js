// Answers in query-string form, for the `answers` attribute, `sync-url` and shared links.
// Each function reads a query string once, in order (a link with 30,000 parameters costs one
// pass, not 30,000), and reads at most MAX_PARAMS of the widget's own: the engine takes no more
// than 64 answers, so a link with more is refused as a whole, at once.

/** The most answers read from an attribute or a URL (the engine's bound on a request's keys). */
export const MAX_PARAMS = 64;

/** Answers in query-string form ("need=work&location=outside") as an ordered Map. */
export function parseAnswers(query) {
  const answers = new Map();
  for (const [key, value] of new URLSearchParams(query ?? '')) {
    if (key && !answers.has(key)) answers.set(key, value);
    if (answers.size > MAX_PARAMS) break;
  }
  return answers;
}

/** The widget's own parameters in the page's query string, under `prefix.` (e.g. ?aifc.need=work). */
export function paramsInUrl(prefix) {
  const found = new Map();
  const start = `${prefix}.`;
  for (const [key, value] of new URL(location.href).searchParams) {
    if (key.startsWith(start) && !found.has(key.slice(start.length))) {
      found.set(key.slice(start.length), value);
      if (found.size > MAX_PARAMS) break;
    }
  }
  return found;
}

/** The parameter that carries the language in shared links and the page's URL. */
export const LANG_PARAM = 'lang';

/** The prefix of a widget's parameters: its `sync-url` attribute if a valid name, else `aifc`. */
export function syncPrefix(attribute) {
  const value = (attribute ?? '').trim();
  // `sync-url={true}` in JSX writes the attribute "true": the default prefix, as "" is.
  return /^[\w-]+$/.test(value) && value !== 'true' ? value : 'aifc';
}

/** The answers in the page's URL under `prefix.` (without the language), and the language tag the link carries. */
export function fromUrl(prefix) {
  const answers = paramsInUrl(prefix);
  const lang = answers.get(LANG_PARAM);
  answers.delete(LANG_PARAM);
  return { answers, lang };
}

/**
 * The answers given from outside: those in the page's URL (a shared link, `sync-url`) if it has
 * any, else the `answers` attribute's query string. `fromUrl` says which.
 */
export function givenAnswers(prefix, attribute) {
  const inUrl = fromUrl(prefix).answers;
  return inUrl.size > 0 ? { answers: inUrl, fromUrl: true } : { answers: parseAnswers(attribute), fromUrl: false };
}

/** The page's URL with its own parameters kept and the widget's written under `prefix.`. */
export function urlWithParams(prefix, params) {
  const url = new URL(location.href);
  const start = `${prefix}.`;
  // One pass: deleting the widget's keys one by one rescans the list each time (quadratic).
  const kept = [...url.searchParams].filter(([key]) => !key.startsWith(start));
  url.search = new URLSearchParams([...kept, ...[...params].map(([name, value]) => [`${start}${name}`, String(value)])]).toString();
  return url;
}

/**
 * A link to share: the page's path with only the widget's parameters. The page's other
 * parameters and its #fragment (a token, a session) stay out of a link the visitor hands on.
 */
export function shareUrl(prefix, params) {
  const url = new URL(location.pathname, location.origin);
  url.search = new URLSearchParams([...params].map(([name, value]) => [`${prefix}.${name}`, String(value)])).toString();
  return url;
}

/** A Map of answers as the plain object the API takes (own properties only, even "__proto__"). */
export function answersObject(answers) {
  return Object.fromEntries(answers);
}
