// What only the screens after the first need: the stylesheet of the outcome and of print, and the
// country names (Kazakh ones for browsers without them, and the aliases a visitor types), in the
// build's `later` file (scripts/bundle.mjs), fetched pinned with the engine (engine.js). The entry
// carries the rest of the stylesheet, enough for the first question and the failure screen.

let data = { css: '', regionsKk: {}, aliases: {} };

/** The later file's contents (empty until the engine is loaded). */
export const later = () => data;

/** Sets them, from the fetched file. */
export function setLater(value) {
  data = value;
}
