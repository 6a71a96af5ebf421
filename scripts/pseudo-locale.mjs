// Writes a complete pseudo-locale, en-XA (CLDR's tag for accented English), from texts/en/*.ftl:
// every file, the engine's and the widget's, with the same ids, attributes, variables and select
// keys, and only its text transformed: accented Latin letters in brackets, with about 30% more
// length as tildes, so that a text left untranslated, cut off or pieced together shows on screen:
// "Work visa" becomes "[Ŵöŕķ ṽîšå ~~~]". Addresses (https://..., www...., e-mails) are kept, and
// so are `intl-locale` (not text: dates and numbers stay English's) and `planner-input-words`
// (the words people write that the planner reads, never shown: the same in a pseudo-locale build).
//
//   node scripts/pseudo-locale.mjs <out-dir>
//
// writes <out-dir>/en-XA/*.ftl and <out-dir>/languages.txt: the folder that AIFC_TEXTS_EXTRA
// takes to bundle the widget with one more language. The engine's texts in it are a file the
// shipped wasm loads at run time, as it loads ru's or kk's (`pseudoEngineTexts`, made from the
// package's English file): no second build of the engine.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FluentSerializer, TextElement, Transformer } from '@fluent/syntax';
import { parseFtl } from './texts.mjs';

export const PSEUDO_TAG = 'en-XA';
const SOURCE = fileURLToPath(new URL('../texts/en/', import.meta.url));
const KEEP = new Set(['intl-locale', 'planner-input-words']);

const LOWER = 'åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýž';
const UPPER = 'ÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ';
const ADDRESS = /^(https?:\/\/|www\.)|@|\.(kz|com|org|gov)\b/;

/** Text with its Latin letters accented, addresses kept. */
export function accent(text) {
  return text
    .split(/(\s+)/)
    .map((word) =>
      ADDRESS.test(word)
        ? word
        : [...word]
            .map((c) => {
              const code = c.charCodeAt(0);
              if (code >= 97 && code <= 122) return [...LOWER][code - 97];
              if (code >= 65 && code <= 90) return [...UPPER][code - 65];
              return c;
            })
            .join(''),
    )
    .join('');
}

/** Accents a pattern's text, and brackets it with its ~30% expansion (a select's variants each). */
class Pseudo extends Transformer {
  visitMessage(node) {
    return KEEP.has(node.id.name) ? node : this.genericVisit(node);
  }

  visitPattern(node) {
    const [only] = node.elements;
    const isSelect = node.elements.length === 1 && only.type === 'Placeable' && only.expression.type === 'SelectExpression';
    this.genericVisit(node); // text elements, and the variants' patterns inside placeables
    if (isSelect) return node;
    const length = node.elements.reduce((n, e) => n + (e.type === 'TextElement' ? e.value.length : 4), 0);
    const tail = ` ${'~'.repeat(Math.max(1, Math.round(length * 0.3)))}]`;
    const first = node.elements[0];
    if (first?.type === 'TextElement') first.value = `[${first.value}`;
    else node.elements.unshift(new TextElement('['));
    const last = node.elements.at(-1);
    if (last.type === 'TextElement') last.value += tail;
    else node.elements.push(new TextElement(tail));
    return node;
  }

  visitTextElement(node) {
    node.value = accent(node.value);
    return node;
  }
}

/** The pseudo-locale of one English .ftl text. */
export function pseudoFtl(file) {
  const resource = parseFtl(file);
  new Pseudo().visit(resource);
  return new FluentSerializer({ withJunk: false }).serialize(resource);
}

/** One engine text (plain text and `{name}` variables, as the table has it) in the pseudo-locale, as pseudoFtl makes a message. */
export function pseudoText(text) {
  const parts = text.split(/(\{\w+\})/);
  const length = parts.reduce((n, part, i) => n + (i % 2 ? 4 : part.length), 0);
  return `[${parts.map((part, i) => (i % 2 ? part : accent(part))).join('')} ${'~'.repeat(Math.max(1, Math.round(length * 0.3)))}]`;
}

/**
 * The engine's texts in the pseudo-locale, from the package's English file
 * (aifc_eligibility_texts_en.txt, `<tag> U+001E <key> U+001E <texts separated by U+001F>`): the
 * same key and messages in the same order, each text transformed. The shipped engine answers in
 * it once `loadLanguage('en-XA', file)` loaded it: `en-XA` is English to the engine (its language
 * subtag), so the file takes English's place, and every word of an answer comes from the file.
 */
export function pseudoEngineTexts(english) {
  const [tag, key, table] = english.split('\u001e');
  if (tag !== 'en' || table === undefined) throw new Error("not the package's file of English texts");
  return [PSEUDO_TAG, key, table.split('\u001f').map(pseudoText).join('\u001f')].join('\u001e');
}

/** Writes <out>/en-XA/*.ftl and <out>/languages.txt; returns the files written. */
export function writePseudoLocale(out) {
  const dir = path.join(out, PSEUDO_TAG);
  fs.mkdirSync(dir, { recursive: true });
  const files = fs
    .readdirSync(SOURCE)
    .filter((f) => f.endsWith('.ftl'))
    .sort();
  for (const file of files) fs.writeFileSync(path.join(dir, file), pseudoFtl(path.join(SOURCE, file)));
  fs.writeFileSync(
    path.join(out, 'languages.txt'),
    `# A pseudo-locale made by scripts/pseudo-locale.mjs from texts/en/: for tests, never shipped.\n${PSEUDO_TAG}\n`,
  );
  return files.map((f) => path.join(dir, f));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: node scripts/pseudo-locale.mjs <out-dir>');
    process.exit(2);
  }
  const files = writePseudoLocale(path.resolve(out));
  console.log(`${PSEUDO_TAG}: ${files.length} file(s) in ${path.join(out, PSEUDO_TAG)}`);
}
