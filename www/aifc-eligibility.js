// <aifc-eligibility>: the AIFC Expat Centre's eligibility checker as an embeddable element.
//
// Embed: <script type="module" src=".../aifc-eligibility.js"></script>
//        <aifc-eligibility lang="en"></aifc-eligibility>
// Documented in docs/WIDGET.md.
//
// This entry is bundled by scripts/build.sh (esbuild, scripts/bundle.mjs) with the modules in src/,
// the engine's glue (pkg/) and the stylesheet into the one shipped file; it fetches the wasm from
// beside itself, pinned by the integrity value the build wrote into it:
//   src/engine.js    the engine, loaded once for every instance on the page
//   src/element.js   state, lifecycle, navigation, events
//   src/question.js  the question screen; src/country.js the country field
//   src/outcome.js   the result as a plan; stage.js, checklist.js, timeline.js, act.js, extension.js
//   src/parts.js     top bar, answers, contacts, failure screen
//   src/i18n.js      the interface's words (texts/<lang>/widget.ftl); src/format.js money, dates, countries
//   src/dom.js       building the DOM without HTML strings (Trusted Types)

import { loadEngine } from './src/engine.js';
import { defineElement } from './src/element.js';

const base = new URL('./', import.meta.url);
// The wasm download starts now, before any element is on the page; each element asks for its
// language's texts as it connects (for the elements already in the page, at once).
loadEngine(base);
defineElement(base);
