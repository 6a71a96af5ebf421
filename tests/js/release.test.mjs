// A released version is written once (issue 27, item 2; scripts/release.mjs): a build of a version
// whose files differ from the integrity values kept in releases/<version>/integrity.json is refused
// and writes nothing; a build with unreleased changes goes to dist/dev/, not to a version folder.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { integrityOf, releaseOf, writeVersioned } from "../../scripts/release.mjs";
import { DIST, ROOT } from "../widget/helpers.mjs";

const RELEASED = "# Changelog\n\n## [Unreleased]\n\n## [0.1.0] - 2026-11-24\n\n### Added\n- The widget.\n";
const PENDING = "# Changelog\n\n## [Unreleased]\n\n### Fixed\n- Something.\n\n## [0.1.0] - 2026-11-24\n\n### Added\n- The widget.\n";
const FILES = ["aifc-eligibility.js", "aifc-team-planner.js"];

test("the folder follows CHANGELOG.md: a dated version with nothing unreleased, else dev", async () => {
  assert.deepEqual(releaseOf(RELEASED, "0.1.0"), { folder: "0.1.0", released: true });
  assert.deepEqual(releaseOf(PENDING, "0.1.0"), { folder: "dev", released: false });
  assert.deepEqual(releaseOf(RELEASED, "0.2.0"), { folder: "dev", released: false }, "an undated version is not released");
  // Today's repository: 0.1.0 is dated, but Unreleased lists changes since: this build is not 0.1.0.
  const changelog = await readFile(path.join(ROOT, "CHANGELOG.md"), "utf8");
  const version = JSON.parse(await readFile(path.join(DIST, "pkg", "package.json"), "utf8")).version;
  const built = JSON.parse(await readFile(path.join(DIST, "release.json"), "utf8"));
  assert.deepEqual(built, { version, ...releaseOf(changelog, version) });
  assert.equal(existsSync(path.join(DIST, version)), built.folder === version, "no version folder for a development build");
});

/** A scratch dist/ with the built entries, and an empty releases/. */
async function scratch(t) {
  const dir = await mkdtemp(path.join(tmpdir(), "aifc-release-"));
  t.after(() => rm(dir, { recursive: true, force: true }));
  for (const f of FILES) await cp(path.join(DIST, f), path.join(dir, "dist", f));
  const dist = pathToFileURL(path.join(dir, "dist") + path.sep);
  const releases = pathToFileURL(path.join(dir, "releases") + path.sep);
  return {
    dir,
    dist,
    releases,
    write: (changelog) => writeVersioned({ dist, releases, changelog, version: "0.1.0", guideEdition: "2025", files: FILES }),
  };
}

test("the first build of a release records its integrity values; the same bytes again are accepted", async (t) => {
  const { dir, write } = await scratch(t);
  assert.deepEqual(await write(RELEASED), { folder: "0.1.0", released: true });
  const record = JSON.parse(await readFile(path.join(dir, "releases", "0.1.0", "integrity.json"), "utf8"));
  assert.equal(record.files["aifc-eligibility.js"], integrityOf(await readFile(path.join(DIST, "aifc-eligibility.js"))));
  await write(RELEASED); // a rebuild with the same bytes
  assert.deepEqual(JSON.parse(await readFile(path.join(dir, "dist", "0.1.0", "integrity.json"), "utf8")).files, record.files);
});

test("a rebuild of a released version with different bytes is refused, and its folder is left alone", async (t) => {
  const { dir, write } = await scratch(t);
  await write(RELEASED);
  const entry = path.join(dir, "dist", "aifc-eligibility.js");
  const published = await readFile(path.join(dir, "dist", "0.1.0", "aifc-eligibility.js"));
  await writeFile(entry, `${await readFile(entry, "utf8")}\n// a change after the release\n`);
  await assert.rejects(write(RELEASED), /refusing to write dist\/0\.1\.0\/: .*aifc-eligibility\.js differ/);
  assert.deepEqual(await readFile(path.join(dir, "dist", "0.1.0", "aifc-eligibility.js")), published, "the published entry is unchanged");
  // The same change listed under Unreleased is a development build: dist/dev/, the release untouched.
  assert.deepEqual(await write(PENDING), { folder: "dev", released: false });
  assert.equal(JSON.parse(await readFile(path.join(dir, "dist", "release.json"), "utf8")).folder, "dev");
  assert.deepEqual(await readFile(path.join(dir, "dist", "0.1.0", "aifc-eligibility.js")), published);
});
