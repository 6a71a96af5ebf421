// Page safety of what ships: the widget and the package glue build no HTML from strings, run no
// string as code, touch no storage or cookie, and reach the network only with fetch (for the
// wasm, at load). Reads the files as deployed in dist/.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";

const dist = new URL("../../dist/", import.meta.url);
const SHIPPED_JS = ["aifc-eligibility.js", "pkg/aifc_eligibility.js", "pkg/aifc_eligibility_bindgen.js"];
const FORBIDDEN = [
  ["innerHTML", /\binnerHTML\b/],
  ["outerHTML", /\bouterHTML\b/],
  ["insertAdjacentHTML", /\binsertAdjacentHTML\b/],
  ["document.write", /\bdocument\.write(ln)?\b/],
  ["createContextualFragment", /\bcreateContextualFragment\b/],
  ["DOMParser", /\bDOMParser\b/],
  ["eval", /(^|[^.\w])eval\s*\(/],
  ["new Function", /\bnew\s+Function\s*\(/],
  ["string timers", /\bset(Timeout|Interval)\s*\(\s*["'`]/],
  ["cookies", /\bdocument\.cookie\b/],
  ["localStorage", /\blocalStorage\b/],
  ["sessionStorage", /\bsessionStorage\b/],
  ["indexedDB", /\bindexedDB\b/],
  ["XMLHttpRequest", /\bXMLHttpRequest\b/],
  ["sendBeacon", /\bsendBeacon\b/],
  ["WebSocket", /\bWebSocket\b/],
  ["EventSource", /\bEventSource\b/],
];

for (const file of SHIPPED_JS) {
  test(`${file} has no HTML sink, no string-as-code, no storage, no other network API`, async () => {
    const source = await readFile(new URL(file, dist), "utf8");
    const found = FORBIDDEN.filter(([, re]) => re.test(source)).map(([name]) => name);
    assert.deepEqual(found, [], `${file} uses ${found.join(", ")}`);
    // The only network call is fetch: the glue's, of the package's own wasm (used when init is
    // given no response), and in the widget's entry its pinned fetch of the files it loads later
    // (with their integrity values: tests/widget/integrity.test.mjs) and, when that fetch is
    // refused, the same URL once more unpinned, whose status and content type the `load-failed`
    // message names: its body is never read (the response is only looked at, or null).
    const fetches = source.match(/\bfetch\s*\(/g) ?? [];
    const allowed = file === "aifc-eligibility.js" ? 3 : 1;
    assert.ok(fetches.length <= allowed, `${file} calls fetch ${fetches.length} times`);
    if (file === "aifc-eligibility.js") {
      const pinned = source.match(
        /try\{return await fetch\((\w+),\{integrity:\w+\}\)\}catch\(\w+\)\{let (\w+)=await fetch\(\1,\{cache:"no-store"\}\)\.then\((\w+)=>\3,\(\)=>null\)/,
      );
      assert.ok(
        pinned,
        "the widget's fetch carries an integrity value, and its diagnostic second fetch of the same URL keeps the response unread",
      );
      const seen = pinned[2];
      assert.doesNotMatch(
        source,
        new RegExp(`\\b${seen}\\.(text|json|arrayBuffer|blob|body|formData)\\b`),
        "the diagnostic response's body is never read",
      );
    }
  });
}
