// The tarball is ready to publish (issue 27, item 7): `npm publish --dry-run` on the packed file
// (target/npm/, scripts/build/ship.mjs) is clean, offline. The registry is an address nothing
// answers and `--offline` is set, so a test that contacted a registry would fail rather than
// publish; npm 11's dry run reads only the file. Then the manifest inside the tarball: every
// export and type it names is a file npm would publish, the licence is the LICENSE's, the
// provenance fields say only what is true, and README's links all reach a file in the package.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT, run, tarball } from "../support/partner.mjs";

let file;
let dir;
let published;
let warnings;
let manifest;
const inside = (name) => execFileSync("tar", ["-xzOf", file, `package/${name}`], { encoding: "utf8" });

before(async () => {
  file = await tarball();
  // An empty folder: no project .npmrc or package.json of this repository takes part.
  dir = await mkdtemp(path.join(tmpdir(), "aifc-publish-"));
  const { stdout, stderr } = await run(
    "npm",
    ["publish", file, "--dry-run", "--json", "--offline", "--registry=http://127.0.0.1:9/", "--userconfig=/dev/null"],
    { cwd: dir },
  );
  published = JSON.parse(stdout)["aifc-eligibility"];
  // What npm says besides the dry run's own notices (not logged in, where it would publish).
  warnings = stderr.split("\n").filter((l) => /^npm (warn|error)/i.test(l) && !/requires you to be logged in|\(dry-run\)$/.test(l));
  manifest = JSON.parse(inside("package.json"));
});
after(() => rm(dir, { recursive: true, force: true }));

test("npm publish --dry-run on the tarball says nothing to correct", () => {
  assert.equal(published.name, "aifc-eligibility");
  assert.equal(published.filename, path.basename(file));
  assert.deepEqual(warnings, [], "npm warns about nothing but the dry run's login");
  for (const f of ["package.json", "README.md", "LICENSE", "CHANGELOG.md", "docs/WIDGET.md", "SECURITY.md", "ARCHITECTURE.md"]) {
    assert.ok(
      published.files.some((p) => p.path === f),
      `${f} is published`,
    );
  }
  const paths = published.files.map((p) => p.path);
  // Source maps: only the shipped entries', each beside its entry (for a partner's devtools).
  const unexpected = paths.filter(
    (p) =>
      /^(src|tests|target|www|scripts|content|texts)\/|\.rs$/.test(p) ||
      (p.endsWith(".map") && !paths.includes(p.slice(0, -".map".length))),
  );
  assert.deepEqual(unexpected, [], "no source, test or build file is published");
  assert.deepEqual(
    paths.filter((p) => p.endsWith(".map")).sort(),
    ["widget/aifc-eligibility.js.map", "widget/aifc-team-planner.js.map"],
    "the entries' source maps",
  );
});

test("every export, type and main the manifest names is a published file", () => {
  const files = new Set(published.files.map((p) => p.path));
  const targets = [manifest.main, manifest.types];
  const walk = (v) => (typeof v === "string" ? targets.push(v) : Object.values(v).forEach(walk));
  walk(manifest.exports);
  for (const t of targets) {
    const name = t.replace(/^\.\//, "");
    if (name.includes("*")) {
      const re = new RegExp(
        `^${name
          .replace(/[.+?^${}()|[\]\\]/g, "\\$&")
          .replace("\\*", "[^/]+")
          .replace("*", "[^/]+")}$`,
      );
      assert.ok(
        [...files].some((f) => re.test(f)),
        `${t} matches a published file`,
      );
    } else assert.ok(files.has(name), `${t} is published`);
  }
  for (const lang of ["en", "ru", "kk"]) assert.ok(files.has(`aifc_eligibility_texts_${lang}.txt`), `the ${lang} texts`);
  assert.equal(manifest.private, undefined, "not marked private");
  assert.equal(manifest.scripts, undefined, "no install script runs on a partner's machine");
  assert.equal(manifest.devDependencies, undefined);
});

test("the licence and provenance fields say only what is true", async () => {
  const license = await readFile(path.join(ROOT, "LICENSE"), "utf8");
  assert.equal(manifest.license, license.match(/^(\S+) License/)?.[1], "license is the LICENSE file's");
  assert.equal(manifest.author, license.match(/^Copyright \(c\) \d{4} (.+)$/m)?.[1], "author is the LICENSE's copyright holder");
  assert.match(manifest.description, /AIFC/);
  // The project has no public repository address, home page or issue tracker: an invented one
  // would send partners and npm's provenance check to a place that is not this project. Add a
  // field here only with an address the project really has.
  for (const field of ["repository", "homepage", "bugs"])
    assert.equal(manifest[field], undefined, `${field} is left out: no public address`);
});

test("README in the package: every relative link reaches a published file, and it says how to install the tarball", () => {
  const files = new Set(published.files.map((p) => p.path));
  const readme = inside("README.md");
  const links = [...readme.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)].map((m) => m[1]).filter((l) => !/^[a-z]+:/.test(l));
  assert.ok(links.length > 0);
  for (const l of links) assert.ok(files.has(l), `README links to ${l}, which the package holds`);
  for (const f of ["docs/WIDGET.md", "SECURITY.md"]) {
    const text = inside(f);
    for (const m of text.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g))
      if (!/^[a-z]+:/.test(m[1])) assert.ok(files.has(path.posix.join(path.posix.dirname(f), m[1])), `${f} links to ${m[1]}`);
  }
  // Before the package is on a registry, a partner installs the file itself.
  assert.match(readme, /npm install \.\/aifc-eligibility-<version>\.tgz/);
});
