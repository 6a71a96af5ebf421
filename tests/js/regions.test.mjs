// The Kazakh country names and the aliases the country field finds (www/data/regions-kk.js) are
// what CLDR gives, and cover every country the engine takes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const root = new URL("../../", import.meta.url);

test("www/data/regions-kk.js is the generator's output from the CLDR package in the lockfile", async () => {
  await promisify(execFile)("node", [new URL("scripts/regions.mjs", root).pathname, "--check"]).catch((e) =>
    assert.fail(`${e.stdout}${e.stderr}`),
  );
});

test("every country the engine takes has a Kazakh name, and the common short names are aliases", async () => {
  const { REGIONS_KK, ALIASES } = await import(new URL("www/data/regions-kk.js", root).href);
  const pkg = await import(pathToFileURL(new URL("dist/pkg/aifc_eligibility.js", root).pathname).href);
  await pkg.default({ module_or_path: readFileSync(new URL("dist/pkg/aifc_eligibility_bg.wasm", root)) });
  const missing = pkg.countries().filter((code) => !REGIONS_KK[code]?.[0]);
  assert.deepEqual(missing, []);
  assert.equal(REGIONS_KK.UZ[0], "Өзбекстан");
  assert.equal(REGIONS_KK.RU[0], "Ресей");
  assert.equal(REGIONS_KK.CN[0], "Қытай");
  assert.ok(ALIASES.kk.US.includes("АҚШ"));
  for (const [code, name] of [
    ["GB", "UK"],
    ["US", "USA"],
    ["AE", "UAE"],
    ["TR", "Turkey"],
  ]) {
    assert.ok(ALIASES.en[code].includes(name), `${name} finds ${code}`);
  }
});
