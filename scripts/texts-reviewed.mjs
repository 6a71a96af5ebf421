// Records that translations were reviewed against their source text (texts/translations.lock).
//
// The build (build/texts.rs, run by the API crate's build script) warns about every translation
// whose source (English, or Kazakh for the guide's own words, as each English file's
// "### Source language:" line says) changed after it was last reviewed. After reviewing one,
// record it:
//
//   node scripts/texts-reviewed.mjs ru work_visa_title   # these messages in this language
//   node scripts/texts-reviewed.mjs --list               # what is waiting for review
//   node scripts/texts-reviewed.mjs --all                # everything as it is now (a full review)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readLanguages } from './texts.mjs';

const TEXTS = fileURLToPath(new URL('../texts/', import.meta.url));
const LOCK = path.join(TEXTS, 'translations.lock');

const tags = readLanguages(TEXTS);

/** FNV-1a, 32 bits, of the UTF-8 bytes: the same as build/texts.rs. */
function fnv(text) {
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(text)) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** A message's first line and its indented continuation lines, by id. */
function messages(file) {
  const out = new Map();
  const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split(/\r?\n/) : [];
  lines.forEach((line, i) => {
    const id = /^([a-zA-Z][\w-]*)\s*=/.exec(line)?.[1];
    if (!id || out.has(id)) return;
    const block = [line];
    for (let j = i + 1; j < lines.length && lines[j].startsWith(' '); j++) block.push(lines[j]);
    out.set(id, block.join('\n'));
  });
  return out;
}

/** Every (language, id, hash of its source) a full review would record. */
function current() {
  const rows = [];
  for (const file of fs
    .readdirSync(path.join(TEXTS, 'en'))
    .filter((f) => f.endsWith('.ftl'))
    .sort()) {
    const en = fs.readFileSync(path.join(TEXTS, 'en', file), 'utf8');
    const source = /^### Source language: ([\w-]+)/m.exec(en)?.[1] ?? 'en';
    const sourceMessages = messages(path.join(TEXTS, source, file));
    for (const [id, raw] of sourceMessages) {
      for (const tag of tags.filter((t) => t !== source)) rows.push({ tag, id, file, line: `${tag} ${id} ${fnv(raw)}` });
    }
  }
  return rows;
}

const lock = new Set(
  fs.existsSync(LOCK)
    ? fs
        .readFileSync(LOCK, 'utf8')
        .split(/\r?\n/)
        .filter((l) => l && !l.startsWith('#'))
    : [],
);
const rows = current();
const [first, ...rest] = process.argv.slice(2);
if (first === '--list' || first === undefined) {
  const stale = rows.filter((r) => !lock.has(r.line));
  for (const r of stale) console.log(`${r.tag}/${r.file}: ${r.id}`);
  console.log(`${stale.length} translation(s) older than their source`);
  process.exit(0);
}
const chosen = first === '--all' ? rows : rows.filter((r) => r.tag === first && rest.includes(r.id));
if (first !== '--all' && chosen.length !== rest.length) {
  console.error(`not found: ${rest.filter((id) => !chosen.some((r) => r.id === id)).join(', ')} in ${first}`);
  process.exit(2);
}
// A newer review of a message replaces the older line for it; the lines of messages no longer in
// the texts go.
const live = new Set(rows.map((r) => `${r.tag} ${r.id}`));
const messageOf = (line) => line.split(' ').slice(0, 2).join(' '); // "<language> <message id>"
const gone = [...lock].filter((l) => !live.has(messageOf(l))).map(messageOf);
const keep = [...lock].filter((l) => live.has(messageOf(l)) && !chosen.some((r) => l.startsWith(`${r.tag} ${r.id} `)));
if (gone.length) console.log(`dropped ${gone.length} line(s) of messages no longer in the texts: ${gone.join(', ')}`);
const header =
  '# Translations reviewed against their source: <language> <message id> <FNV-1a of the source lines>.\n' +
  '# Written by scripts/texts-reviewed.mjs; read by the build (build/texts.rs), which warns about the others.\n';
fs.writeFileSync(LOCK, header + [...keep, ...chosen.map((r) => r.line)].sort().join('\n') + '\n');
console.log(`recorded ${chosen.length} review(s)`);
