// The widget's stylesheet (www/aifc-eligibility.css, bundled into the entry as text by
// scripts/bundle.mjs): one constructed sheet, adopted by every widget's shadow root. It comes with
// the pinned module, and a constructed sheet needs no style-src in the page's CSP.

import { CSS } from 'build:assets';

let sheet = null;

/** The sheet, made on first use. */
export function styles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}
