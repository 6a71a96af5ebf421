// <aifc-eligibility>: the AIFC Expat Centre's eligibility checker as an embeddable element.
//
// Embed: <script type="module" src=".../aifc-eligibility.js"></script>
//        <aifc-eligibility lang="en"></aifc-eligibility>
// Documented in docs/WIDGET.md.
//
// This entry is bundled by scripts/build.sh (esbuild, scripts/build/bundle.mjs) with the modules in
// src/widget/ and src/shared/, the engine's glue (pkg/) and the stylesheet into the one shipped
// file; it fetches the wasm from beside itself, pinned by the integrity value the build wrote into it:
//   src/shared/engine.js  the engine, loaded once for every instance on the page
//   src/widget/element.js state, lifecycle, navigation, events; report.js what the host is told
//   src/widget/frame.js   the shadow root and the screen drawn in it; sync.js the widget's URL
//   src/widget/first.js   the first question, drawn before the engine arrives
//   src/widget/question.js the question screen; country.js the country field
//   src/widget/outcome.js the result as a plan; stage.js, checklist.js, timeline.js, act.js, extension.js
//   src/widget/parts.js   top bar, answers, contacts, failure screen
//   src/shared/i18n.js    the interface's words (texts/<lang>/widget.ftl); format.js money, dates, countries
//   src/shared/dom.js     building the DOM without HTML strings (Trusted Types)

import { defineElement } from './src/widget/element.js';

// Each element draws its first screen as it connects, then asks for the engine and its language's
// texts: once the first question is painted (src/widget/first.js), or at once when answers are given.
// A server render (Next, Remix, Astro) imports this module in Node, where there is no DOM: there
// it defines nothing, and the browser defines the element when it runs the same import.
if (globalThis.customElements) defineElement();
