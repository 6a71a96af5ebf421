// Answers in query-string form, for the `answers` attribute, `sync-url` and shared links.

/** Answers in query-string form ("need=work&location=outside") as an ordered Map. */
export function parseAnswers(query) {
  const answers = new Map();
  for (const [key, value] of new URLSearchParams(query ?? '')) {
    if (key && !answers.has(key)) answers.set(key, value);
  }
  return answers;
}

/** The widget's own parameters in the page's query string, under `prefix.` (e.g. ?aifc.need=work). */
export function paramsInUrl(prefix) {
  const found = new Map();
  for (const [key, value] of new URL(location.href).searchParams) {
    if (key.startsWith(`${prefix}.`) && !found.has(key.slice(prefix.length + 1))) {
      found.set(key.slice(prefix.length + 1), value);
    }
  }
  return found;
}

/** The page's URL with its own parameters kept and the widget's written under `prefix.`. */
export function urlWithParams(prefix, params) {
  const url = new URL(location.href);
  for (const key of [...url.searchParams.keys()]) {
    if (key.startsWith(`${prefix}.`)) url.searchParams.delete(key);
  }
  for (const [name, value] of params) url.searchParams.append(`${prefix}.${name}`, String(value));
  return url;
}

/** A Map of answers as the plain object the API takes (own properties only, even "__proto__"). */
export function answersObject(answers) {
  return Object.fromEntries(answers);
}
