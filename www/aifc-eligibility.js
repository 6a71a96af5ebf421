// <aifc-eligibility>: the AIFC Expat Centre's eligibility checker as an embeddable element.
//
// Embed: <script type="module" src=".../aifc-eligibility.js"></script>
//        <aifc-eligibility lang="en"></aifc-eligibility>
// Documented in docs/WIDGET.md.
//
// This entry is bundled by scripts/build.sh (esbuild, scripts/build/bundle.mjs) with the modules in src/,
// the engine's glue (pkg/) and the stylesheet into the one shipped file; it fetches the wasm from
// beside itself, pinned by the integrity value the build wrote into it:
//   src/engine.js    the engine, loaded once for every instance on the page
//   src/element.js   state, lifecycle, navigation, events; src/report.js what the host is told
//   src/first.js     the first question, drawn before the engine arrives
//   src/question.js  the question screen; src/country.js the country field
//   src/outcome.js   the result as a plan; stage.js, checklist.js, timeline.js, act.js, extension.js
//   src/parts.js     top bar, answers, contacts, failure screen
//   src/i18n.js      the interface's words (texts/<lang>/widget.ftl); src/format.js money, dates, countries
//   src/dom.js       building the DOM without HTML strings (Trusted Types)

import { defineElement } from './src/element.js';

// Each element draws its first screen as it connects, then asks for the engine and its language's
// texts: once the first question is painted (src/first.js), or at once when answers are given.
// A server render (Next, Remix, Astro) imports this module in Node, where there is no DOM: there
// it defines nothing, and the browser defines the element when it runs the same import.
if (globalThis.customElements) defineElement();
