// Page loads of our demo and the SurveyJS page, interleaved (ours, SurveyJS, ours, SurveyJS, ...)
// so that machine noise falls on both: navigation to the first question's heading painted, the
// bytes requested before it, a click on "next" to the next question's heading painted (the answer
// chosen and "next" clicked by the page itself in the frame after the first question is painted,
// on both pages: on ours the engine is then still on its way), and a second
// click, on the second question, once everything has loaded, to the third question. Each
// load is a fresh browser context (cold cache), on a phone profile (Slow 4G and a 4x slower CPU,
// through the Chrome DevTools Protocol) and unthrottled. A third page, the floor, is our page with
// a widget that costs nothing (bench/peers/floor.js): its first question, loaded the same way,
// is what the page, the profile and the browser cost any widget (no clicks: it has no form).

/**
 * The phone profile: Slow 4G as the issue states it (150 ms added to each request's round trip,
 * 1.6 Mbit/s down, 750 kbit/s up, in bytes per second for the protocol) and a CPU 4x slower.
 */
export const PHONE = {
  network: { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8, connectionType: 'cellular4g' },
  cpu: 4,
  viewport: { width: 375, height: 812 },
};

/** Where each page is and how its questions look. */
export const PAGES = {
  ours: { path: '/ours/index.html', label: 'ours' },
  peer: { path: '/peer/index.html', label: 'SurveyJS' },
  floor: { path: '/peer/floor.html', label: 'the floor' },
};

/**
 * Runs in the page before its scripts. Polls on each animation frame for the first question's
 * heading (ours and the floor: h2.question-title in the widget's shadow root; SurveyJS:
 * .sd-question__title), present, with text, and visible; the time of the frame callback that
 * first sees it is the frame that paints it. Also offers `__bench.next()` for the click measure.
 * With `firstAnswer`, the first click is made from the page itself in the next animation frame
 * after that paint (the answer chosen, then "next" clicked; `__bench.firstClick`): a visitor who
 * answers at once, without the round trips of a driven browser between the paint and the click.
 */
function paintProbe({ kind, firstAnswer }) {
  const b = { first: null, text: null };
  window.__bench = b;
  let root = null;
  if (kind === 'ours' || kind === 'floor') {
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function attachShadow(init) {
      const r = attach.call(this, init);
      if (this.localName === 'aifc-eligibility') root = r;
      return r;
    };
  }
  const heading = () =>
    kind !== 'peer' ? root?.querySelector('h2.question-title') : document.querySelector('#survey .sd-question__title');
  const shown = (el) => el?.isConnected && el.textContent.trim() !== '' && el.checkVisibility({ visibilityProperty: true });
  b.painted = new Promise((resolve) => {
    const limit = 60_000;
    const poll = () => {
      const el = heading();
      if (shown(el)) {
        b.first = performance.now();
        b.text = el.textContent.trim();
        resolve(b.first);
        if (firstAnswer) {
          b.firstClick = new Promise((done) =>
            requestAnimationFrame(() => {
              const radio =
                kind === 'ours'
                  ? root.querySelector(`form.question input[type="radio"][value="${firstAnswer}"]`)
                  : document.querySelector(`#survey input[type="radio"][value="${firstAnswer}"]`);
              if (!radio) return done({ error: `no answer ${firstAnswer} to choose` });
              radio.click();
              return done(b.next());
            }),
          );
        }
      } else if (performance.now() < limit) {
        requestAnimationFrame(poll);
      } else {
        resolve(null);
      }
    };
    requestAnimationFrame(poll);
  });
  /** Clicks the form's "next" button; resolves with the ms to the next heading painted. */
  b.next = () =>
    new Promise((resolve) => {
      const before = heading()?.textContent.trim();
      const button =
        kind === 'ours'
          ? root.querySelector('form.question button[type="submit"]')
          : document.querySelector('#survey .sd-navigation__next-btn');
      if (!button) {
        resolve({ error: 'no next button' });
        return;
      }
      const t0 = performance.now();
      button.click();
      const poll = () => {
        const el = heading();
        if (shown(el) && el.textContent.trim() !== before) resolve({ ms: performance.now() - t0, text: el.textContent.trim() });
        else if (performance.now() - t0 < 10_000) requestAnimationFrame(poll);
        else resolve({ error: 'no next question within 10 s' });
      };
      requestAnimationFrame(poll);
    });
}

/** Chooses an answer (`value`) of the question shown as a visitor does (a click), before the timed "next". */
async function choose(page, kind, value) {
  if (kind === 'ours') {
    await page.locator(`aifc-eligibility form.question input[type="radio"][value="${value}"]`).check();
  } else {
    await page.locator(`#survey label:has(input[type="radio"][value="${value}"])`).click();
  }
}

export async function oneLoad(browser, origin, kind, throttled) {
  const context = await browser.newContext({ viewport: PHONE.viewport });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (err) => errors.push(err.message));
    if (throttled) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', PHONE.network);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpu });
    }
    await page.addInitScript(paintProbe, { kind, firstAnswer: kind === 'floor' ? null : 'work' });
    await page.goto(`${origin}${PAGES[kind].path}`, { waitUntil: 'commit', timeout: 60_000 });
    const first = await page.evaluate(() => window.__bench.painted);
    if (first === null) throw new Error(`${kind}: no first question within 60 s (${errors.join('; ') || 'no page error'})`);
    const loaded = await page.evaluate((t) => {
      const nav = performance.getEntriesByType('navigation')[0];
      const resources = performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime <= t)
        .map((e) => ({ path: new URL(e.name).pathname, bytes: e.encodedBodySize, raw: e.decodedBodySize }));
      return {
        text: window.__bench.text,
        files: [{ path: new URL(nav.name).pathname, bytes: nav.encodedBodySize, raw: nav.decodedBodySize }, ...resources],
      };
    }, first);
    if (kind === 'floor') {
      if (errors.length) throw new Error(`${kind}: page error: ${errors.join('; ')}`);
      return { first, firstText: loaded.text, files: loaded.files };
    }
    const next = await page.evaluate(() => window.__bench.firstClick);
    if (next.error) throw new Error(`${kind}: ${next.error}`);
    // The second click is timed with everything loaded: on ours the first click may have drawn the
    // second question from the entry (www/src/widget/first.js) before the engine arrived, so wait for it.
    if (kind === 'ours') await page.locator('aifc-eligibility .aifc[data-engine="ready"]').waitFor({ state: 'attached', timeout: 60_000 });
    await choose(page, kind, 'outside');
    const second = await page.evaluate(() => window.__bench.next());
    if (second.error) throw new Error(`${kind}: second click: ${second.error}`);
    if (errors.length) throw new Error(`${kind}: page error: ${errors.join('; ')}`);
    return {
      first,
      next: next.ms,
      second: second.ms,
      firstText: loaded.text,
      nextText: next.text,
      thirdText: second.text,
      files: loaded.files,
    };
  } finally {
    await context.close();
  }
}

/**
 * `loads` rounds, each: phone ours, SurveyJS and the floor, then the same unthrottled. Stops
 * after `budgetMs`, or at `deadline` (a performance.now() time), with the rounds done (at least 3),
 * and says so.
 */
export async function measurePeerLoads(browser, origin, { loads, budgetMs, deadline = Infinity, step }) {
  const samples = {};
  const files = {};
  const texts = {};
  const t0 = performance.now();
  let rounds = 0;
  for (let i = 0; i < loads; i += 1) {
    if (i >= 3 && (performance.now() - t0 > budgetMs || performance.now() > deadline)) break;
    for (const throttled of [true, false]) {
      for (const kind of ['ours', 'peer', 'floor']) {
        const r = await oneLoad(browser, origin, kind, throttled);
        const key = `${kind}.${throttled ? 'phone' : 'fast'}`;
        (samples[key] ??= { first: [], next: [], second: [] }).first.push(r.first);
        if (kind !== 'floor') {
          samples[key].next.push(r.next);
          samples[key].second.push(r.second);
        }
        files[key] ??= r.files;
        texts[kind] ??= { first: r.firstText, next: r.nextText, third: r.thirdText };
      }
    }
    rounds += 1;
    step?.(`peers: round ${rounds}/${loads} done`);
  }
  return { rounds, asked: loads, stoppedEarly: rounds < loads, samples, files, texts };
}
