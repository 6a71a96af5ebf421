// Writes dist/integrity.json: the SHA-384 Subresource Integrity hash of every shipped file, for
// the embed snippet's `integrity` attribute (see README.md and SECURITY.md).
import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";

const dist = new URL("../dist/", import.meta.url);
export const SHIPPED = ["aifc-eligibility.js", "aifc-eligibility.css", "pkg/aifc_eligibility.js", "pkg/aifc_eligibility_bindgen.js", "pkg/aifc_eligibility_bg.wasm"];

const hashes = {};
for (const file of SHIPPED) {
  const bytes = await readFile(new URL(file, dist));
  hashes[file] = "sha384-" + createHash("sha384").update(bytes).digest("base64");
}
await writeFile(new URL("integrity.json", dist), JSON.stringify(hashes, null, 2) + "\n");
console.log(`[build] dist/integrity.json: ${Object.keys(hashes).length} files hashed (SHA-384)`);
