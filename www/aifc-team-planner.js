// <aifc-team-planner>: the AIFC Expat Centre's planner for a whole team, an embeddable element.
//
// Embed: <script type="module" src=".../aifc-team-planner.js"></script>
//        <aifc-team-planner lang="en"></aifc-team-planner>
// Documented in docs/WIDGET.md ("The team planner").
//
// Bundled by scripts/build.sh (esbuild, scripts/bundle.mjs) with its modules in src/planner/, the
// modules it shares with the widget (src/shared/: engine.js loading, dom.js, format.js, i18n.js),
// papaparse, the engine's glue and its stylesheet into one shipped file; it fetches the same
// pinned wasm and language texts as <aifc-eligibility>:
//   src/planner/element.js  state, lifecycle, language, events
//   src/planner/rows.js     the table: one row per person, the next question inline
//   src/planner/totals.js   the team's totals, by service, and the timeline of dates
//   src/planner/csv.js      reading a pasted or chosen CSV, the template, the export
//   src/planner/texts.js    the planner's words (texts/<lang>/planner.ftl)

import { loadEngine } from './src/shared/engine.js';
import { definePlanner } from './src/planner/element.js';

// Defined, and the engine fetched, only where there are custom elements: a server render imports
// this module in Node and gets nothing to run (the browser defines the element).
if (globalThis.customElements) {
  loadEngine();
  definePlanner();
}
