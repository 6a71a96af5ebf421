// Writes dist/integrity.json: the SHA-384 Subresource Integrity hash of every shipped file, for
// the embed snippet's `integrity` attribute (the entries', aifc-eligibility.js and
// aifc-team-planner.js) and a host page's preload line (the wasm's, under its hashed name); see
// README.md, docs/WIDGET.md and SECURITY.md.
// The entry carries the same values for the files it loads later (scripts/bundle.mjs).
import { readFile, readdir, writeFile } from "node:fs/promises";
import { integrityOf } from "./assets.mjs";

const dist = new URL("../dist/", import.meta.url);
const hashed = (await readdir(dist)).filter((f) => /^aifc-eligibility\.[0-9a-f]{16}\.\w+$/.test(f)).sort();
export const SHIPPED = ["aifc-eligibility.js", "aifc-team-planner.js", ...hashed, "pkg/aifc_eligibility.js", "pkg/aifc_eligibility_guard.js", "pkg/aifc_eligibility_bindgen.js", "pkg/aifc_eligibility_bg.wasm"];

const hashes = {};
for (const file of SHIPPED) hashes[file] = integrityOf(await readFile(new URL(file, dist)));
await writeFile(new URL("integrity.json", dist), JSON.stringify(hashes, null, 2) + "\n");
console.log(`[build] dist/integrity.json: ${Object.keys(hashes).length} files hashed (SHA-384)`);
