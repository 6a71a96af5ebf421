// Immutable versioned files for CDNs (run by scripts/build/ship.mjs): dist/<folder>/ holds the two
// entries and the files they load, with integrity.json. Also the names and integrity values of the
// files the build pins (integrityOf, hashedName: scripts/build/bundle.mjs).
//
// A version folder is written once. The folder is the version (`0.1.0/`) only when CHANGELOG.md
// dates that version's section and its Unreleased section lists nothing: the build is then that
// release. Otherwise it is a development build and goes to `dev/`, which is no version and may
// change with every build (a page must never pin it). The published integrity values of each
// release are kept in the repository, releases/<version>/integrity.json: the first build of a
// release writes them (commit them with the release); every later build of that version must
// produce the same bytes, or it refuses to write the folder, so a page that pinned
// `<version>/aifc-eligibility.js` with its integrity value keeps working after any redeploy.
// dist/release.json says which folder this build wrote ({ folder, version, released }): the
// snippet builder and the tests read it.
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';

/** The Subresource Integrity value of some bytes: SHA-384, as a script tag and fetch() take it. */
export const integrityOf = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** A content-hashed name, `aifc-eligibility.<16 hex digits of SHA-384>.<ext>`: a new build never reuses one. */
export const hashedName = (bytes, ext) => `aifc-eligibility.${createHash('sha384').update(bytes).digest('hex').slice(0, 16)}.${ext}`;

/** The folder a build of `version` goes to, from CHANGELOG.md's text: the version if released, else "dev". */
export function releaseOf(changelog, version) {
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const dated = new RegExp(`^## \\[${escaped}\\] - \\d{4}-\\d{2}-\\d{2}\\s*$`, 'm').test(changelog);
  const unreleased = /^## \[Unreleased\]\s*$([\s\S]*?)(?=^## \[)/m.exec(changelog)?.[1] ?? '';
  const pending = /^\s*[-*] /m.test(unreleased);
  return dated && !pending ? { folder: version, released: true } : { folder: 'dev', released: false };
}

/**
 * Writes <dist>/<folder>/ from the files of <dist> named in `files`, with integrity.json, and
 * <dist>/release.json. For a released version, the files' integrity values must equal
 * <releases>/<version>/integrity.json's (written by the first build of it): else it throws and
 * writes nothing. URLs: `dist` and `releases` end with "/".
 */
export async function writeVersioned({ dist, releases, changelog, version, guideEdition, files }) {
  const { folder, released } = releaseOf(changelog, version);
  const hashes = {};
  for (const f of files) hashes[f] = integrityOf(await readFile(new URL(f, dist)));
  if (released) {
    const record = new URL(`${version}/integrity.json`, releases);
    if (existsSync(record)) {
      const published = JSON.parse(await readFile(record, 'utf8')).files ?? {};
      const names = [...new Set([...Object.keys(published), ...Object.keys(hashes)])].sort();
      const differ = names.filter((f) => published[f] !== hashes[f]);
      if (differ.length > 0) {
        throw new Error(
          `refusing to write dist/${version}/: ${version} is released (releases/${version}/integrity.json) and this build's ` +
            `${differ.join(', ')} differ from the published files. A released version never changes: give the change a new version ` +
            '(CHANGELOG.md) or list it under Unreleased for a development build (dist/dev/).',
        );
      }
    } else {
      await mkdir(new URL(`${version}/`, releases), { recursive: true });
      await writeFile(record, `${JSON.stringify({ version, guideEdition, files: hashes }, null, 2)}\n`);
    }
  }
  const out = new URL(`${folder}/`, dist);
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  for (const f of files) await cp(new URL(f, dist), new URL(f, out));
  await writeFile(new URL('integrity.json', out), `${JSON.stringify({ version, released, guideEdition, files: hashes }, null, 2)}\n`);
  await writeFile(new URL('release.json', dist), `${JSON.stringify({ folder, version, released }, null, 2)}\n`);
  return { folder, released };
}
