// What the build ships says what it is: dist/integrity.json pins both entries (the widget's and the
// team planner's, whose values the embed snippets use), each value the SHA-384 of the file's bytes
// (computed here, not by the build's own helper), the same as the served folder's (dist/<version>/ or dist/dev/); and the npm
// package declares papaparse, which the planner's entry carries inlined, as a bundled dependency
// at the version the build used, so an audit of a partner's dependencies sees it. Each shipped
// JavaScript file has its source map beside it, named by its last line (read by devtools; a
// visitor's browser never requests it: tests/widget/integrity.test.mjs lists every request of a
// journey), in dist/, the served folder and the package. Run after scripts/build.sh.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";

const root = new URL("../../", import.meta.url);
const dist = new URL("dist/", root);
const read = (url, encoding) => readFileSync(url, encoding);
const sri = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;

test("dist/integrity.json pins the widget's and the team planner's entries, and every value is its file's SHA-384", () => {
  const integrity = JSON.parse(read(new URL("integrity.json", dist)));
  for (const entry of ["aifc-eligibility.js", "aifc-team-planner.js"]) assert.ok(entry in integrity, `${entry} has no entry`);
  for (const [file, value] of Object.entries(integrity)) assert.equal(value, sri(read(new URL(file, dist))), `${file}'s value`);
  // The folder a CDN serves (dist/<version>/ for a release, dist/dev/ otherwise: dist/release.json
  // names it, scripts/release.mjs) pins the same bytes.
  const { folder } = JSON.parse(read(new URL("release.json", dist)));
  const { files } = JSON.parse(read(new URL(`${folder}/integrity.json`, dist)));
  for (const entry of ["aifc-eligibility.js", "aifc-team-planner.js"]) assert.equal(files[entry], integrity[entry], entry);
});

test("the npm package declares papaparse, inlined in the planner, as a bundled dependency at the version built", () => {
  const npm = new URL("target/npm/", root);
  const tarball = readdirSync(npm).find((f) => /^aifc-eligibility-.+\.tgz$/.test(f));
  assert.ok(tarball, "target/npm holds the tarball: run scripts/build.sh");
  const file = (path) => execFileSync("tar", ["-xzOf", new URL(tarball, npm).pathname, `package/${path}`], { encoding: "utf8" });
  const manifest = JSON.parse(file("package.json"));
  const built = JSON.parse(read(new URL("node_modules/papaparse/package.json", root))).version;
  const locked = JSON.parse(read(new URL("package-lock.json", root))).packages["node_modules/papaparse"].version;
  assert.equal(built, locked, "the papaparse the build used is the locked one");
  assert.deepEqual(manifest.dependencies, { papaparse: built });
  assert.deepEqual(manifest.bundleDependencies, ["papaparse"]);
  const shipped = JSON.parse(file("node_modules/papaparse/package.json"));
  assert.deepEqual([shipped.name, shipped.version, shipped.license], ["papaparse", built, "MIT"]);
  assert.match(file("node_modules/papaparse/LICENSE"), /MIT|Permission is hereby granted/);
  assert.match(read(new URL("aifc-team-planner.js", dist), "utf8"), /escapeFormulae/, "the planner carries papaparse");
});

test("each shipped JavaScript file links its source map, beside it, with the sources and no machine path", () => {
  const { folder } = JSON.parse(read(new URL("release.json", dist)));
  const entries = [
    "aifc-eligibility.js",
    "aifc-team-planner.js",
    "pkg/aifc_eligibility.js",
    "pkg/aifc_eligibility_guard.js",
    "pkg/aifc_eligibility_bindgen.js",
  ];
  for (const file of [...entries, ...entries.slice(0, 2).map((f) => `${folder}/${f}`)]) {
    const name = file.split("/").at(-1);
    const last = read(new URL(file, dist), "utf8").trimEnd().split("\n").at(-1);
    assert.equal(last, `//# sourceMappingURL=${name}.map`, `${file} names its map`);
    const map = JSON.parse(read(new URL(`${file}.map`, dist), "utf8"));
    assert.equal(map.version, 3);
    assert.ok(map.sources.length > 0 && map.sourcesContent?.length === map.sources.length, `${file}.map carries its sources`);
    for (const s of map.sources)
      assert.ok(!s.startsWith("/") && !/^file:|\/(home|root|work|tmp)\//.test(s), `${file}.map: ${s} names no machine path`);
  }
});
