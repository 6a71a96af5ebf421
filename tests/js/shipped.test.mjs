// What the build ships says what it is: dist/integrity.json pins both entries (the widget's and the
// team planner's, whose values the embed snippets use), each value the SHA-384 of the file's bytes
// (computed here, not by the build's own helper), the same as the versioned folder's; and the npm
// package declares papaparse, which the planner's entry carries inlined, as a bundled dependency
// at the version the build used, so an audit of a partner's dependencies sees it. Run after
// scripts/build.sh.
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
  // The versioned folder (what a CDN serves: dist/<version>/, or dist/dev/ for a development
  // build, as dist/release.json says) pins the same bytes.
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
