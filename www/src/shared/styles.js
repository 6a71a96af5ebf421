// The widget's stylesheet, as constructed sheets adopted by every widget's shadow root (a
// constructed sheet needs no style-src in the page's CSP): the first screen's
// (www/aifc-eligibility.css, bundled into the entry as text by scripts/bundle.mjs), and the
// outcome's and print's (www/aifc-eligibility-later.css), which arrives pinned with the engine
// (later.js) and is added after it.

import { CSS } from 'build:assets';
import { later } from './later.js';

let sheet = null;
let laterSheet = null;

/** The sheet, made on first use. */
export function styles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}

/** Both sheets, once the later one has arrived with the engine; else the first alone. */
export function allStyles() {
  if (!laterSheet && later().css) {
    laterSheet = new CSSStyleSheet();
    laterSheet.replaceSync(later().css);
  }
  return laterSheet ? [styles(), laterSheet] : [styles()];
}
