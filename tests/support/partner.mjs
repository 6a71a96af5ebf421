// A partner's fresh project with the package installed from the tarball scripts/build.sh made
// (target/npm/), as `npm install <file>` does it: the package's own files and manifest, nothing of
// this repository's. Used by the tests that build or import it as a partner would.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

export const run = promisify(execFile);
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The packed tarball's path (target/npm/aifc-eligibility-<version>.tgz; AIFC_TARBALL: another build's, to compare). */
export async function tarball() {
  if (process.env.AIFC_TARBALL) return path.resolve(process.env.AIFC_TARBALL);
  const dir = path.join(ROOT, 'target', 'npm');
  const file = (await readdir(dir).catch(() => [])).find((f) => /^aifc-eligibility-.+\.tgz$/.test(f));
  assert.ok(file, 'target/npm holds the tarball: run scripts/build.sh');
  return path.join(dir, file);
}

/** A new project in a temporary folder (`name` is its prefix) with the tarball installed; returns its path. */
export async function partnerProject(name) {
  const project = await mkdtemp(path.join(tmpdir(), `aifc-${name}-`));
  await writeFile(path.join(project, 'package.json'), JSON.stringify({ name: `partner-${name}`, private: true, type: 'module' }));
  // Offline: npm needs nothing but the file.
  await run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', await tarball()], { cwd: project });
  return project;
}
