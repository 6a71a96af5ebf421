// Loads every language's texts of a built package (its aifc_eligibility_texts_<tag>.txt files)
// into an initialised copy of it: what a Node user does for the languages they answer in.
import { readdir, readFile } from 'node:fs/promises';

/** `dir`: the package's folder, as a file: URL ending in a slash. Returns the tags loaded. */
export async function loadLanguages(api, dir) {
  const tags = [];
  for (const name of (await readdir(dir)).sort()) {
    const tag = /^aifc_eligibility_texts_(.+)\.txt$/.exec(name)?.[1];
    if (!tag) continue;
    api.loadLanguage(tag, await readFile(new URL(name, dir), 'utf8'));
    tags.push(tag);
  }
  if (tags.length === 0) throw new Error(`no language texts in ${dir}: run scripts/build.sh`);
  return tags;
}
