// scripts/serve.sh, the README's demo command, serves dist/ as a site should: each file's
// precompressed copy with its Content-Encoding when the browser accepts it, the same bytes once
// decoded, plain bytes when it does not, and .wasm as application/wasm.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { brotliDecompressSync, gunzipSync } from "node:zlib";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
let server;
let origin;

const freePort = () =>
  new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

before(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn("bash", ["scripts/serve.sh"], { cwd: ROOT, env: { ...process.env, PORT: String(port), SERVE_NO_BUILD: "1" } });
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(origin);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error("scripts/serve.sh did not start");
});
after(() => server?.kill());

/** A raw GET (fetch would decode the body itself and hide the encoding). */
async function get(file, encoding) {
  const res = await fetch(`${origin}/${file}`, { headers: encoding ? { "accept-encoding": encoding } : {} });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

/** The widget's later files (content-hashed names, listed in dist/integrity.json) and the wasm among them. */
const HASHED = Object.keys(JSON.parse(readFileSync(path.join(ROOT, "dist", "integrity.json"), "utf8"))).filter((f) =>
  /^aifc-eligibility\.[0-9a-f]{16}\./.test(f),
);
const WASM = HASHED.find((f) => f.endsWith(".wasm"));

for (const file of [
  "aifc-eligibility.js",
  ...HASHED,
  "pkg/aifc_eligibility.js",
  "pkg/aifc_eligibility_bindgen.js",
  "pkg/aifc_eligibility_bg.wasm",
  "index.html",
]) {
  test(`${file}: brotli, gzip or plain, always the same bytes`, async () => {
    const plain = readFileSync(path.join(ROOT, "dist", file));
    // Node's fetch decodes bodies: read the encoding from the headers, and the body as received
    // by asking for one encoding at a time.
    const br = await fetch(`${origin}/${file}`, { headers: { "accept-encoding": "br" } });
    assert.equal(br.status, 200);
    assert.equal(br.headers.get("content-encoding"), "br", "the .br copy is sent to a browser that accepts it");
    assert.deepEqual(Buffer.from(await br.arrayBuffer()), plain, "and decodes to the file");
    const gz = await fetch(`${origin}/${file}`, { headers: { "accept-encoding": "gzip" } });
    assert.equal(gz.headers.get("content-encoding"), "gzip");
    assert.deepEqual(Buffer.from(await gz.arrayBuffer()), plain);
    const none = await get(file, "identity");
    assert.equal(none.headers.get("content-encoding"), null, "no encoding when none is accepted");
    assert.deepEqual(none.body, plain);
    const compressed = readFileSync(path.join(ROOT, "dist", `${file}.br`));
    assert.ok(compressed.length < plain.length / 2, `${file}: ${plain.length} bytes, ${compressed.length} brotli`);
    assert.deepEqual(brotliDecompressSync(compressed), plain);
    assert.deepEqual(gunzipSync(readFileSync(path.join(ROOT, "dist", `${file}.gz`))), plain);
  });
}

test("the wasm is served as application/wasm, so it compiles while it downloads", async () => {
  for (const file of [WASM, "pkg/aifc_eligibility_bg.wasm"]) {
    const res = await fetch(`${origin}/${file}`, { headers: { "accept-encoding": "br" } });
    assert.equal(res.headers.get("content-type"), "application/wasm", file);
  }
});
