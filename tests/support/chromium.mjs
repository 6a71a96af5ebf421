// Debian's Chromium, as the tests and the benchmark start it (playwright-core never downloads a
// browser here): the flags that let it run as root on a closed network without reaching out.
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A headless Chromium; `options` are Playwright's launch options added to these. */
export function launchChromium(options = {}) {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, ...options });
}
