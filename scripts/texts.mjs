// The widget's texts at build time: reads texts/languages.txt and texts/<tag>/widget.ftl (Fluent),
// and the team planner's, texts/<tag>/planner.ftl, the same way (`texts:planner`),
// checks every language against English (the same messages, attributes and variables; a missing
// or extra message fails the build), and turns them into the plain JavaScript module the widget
// imports as `texts:widget`: the words of the first screen (www/data/first-words.js); the others,
// one JSON file per language, come with that language's engine texts (`laterWords`, written by
// scripts/build/bundle.mjs). Nothing is parsed in the visitor's browser but JSON.
//
// AIFC_TEXTS_EXTRA names one more folder of languages, by an absolute path (its own languages.txt
// and, per tag, every file of texts/en/: the engine's build reads the same folder; e.g. the
// pseudo-locale of scripts/pseudo-locale.mjs): they are listed after texts/'s.
//
// The module: `LANGS` (tags, in the order of languages.txt) and `STRINGS[tag][id]` by Fluent
// message id. A message is its text with `{name}` where Fluent has `{ $name }`; a select on a
// variable (plural forms on `$n`, month names on `$month`) is an object of its variants by key;
// a message of attributes only (errors by fact, moments, places, groups) an object of them by name.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '@fluent/syntax';
import { FIRST_WORDS } from '../www/data/first-words.js';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const TEXTS = path.join(ROOT, 'texts');
export const SOURCE_LANG = 'en';
const FILE = 'widget.ftl';

/** The tags of a languages.txt: one a line, `#` starts a comment. */
export function readLanguages(dir) {
  return fs
    .readFileSync(path.join(dir, 'languages.txt'), 'utf8')
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean);
}

/** Parses a Fluent file; a syntax error (Junk) or a term in the widget's texts is an error. */
export function parseFtl(file) {
  const resource = parse(fs.readFileSync(file, 'utf8'), { withSpans: true });
  const problems = resource.body
    .filter((e) => e.type === 'Junk')
    .map((junk) => {
      const [note] = junk.annotations;
      return `${file}: ${note ? `${note.code} ${note.message}` : 'cannot be read'} near «${junk.content.trim().split('\n')[0]}»`;
    });
  if (problems.length) throw new Error(problems.join('\n'));
  return resource;
}

/** Every variable a message uses (in its value, its selectors and its attributes), sorted. */
export function variablesOf(entry) {
  const names = new Set();
  const walk = (node) => {
    if (!node || typeof node !== 'object') return;
    if (node.type === 'VariableReference') names.add(node.id.name);
    for (const [key, value] of Object.entries(node)) {
      if (key !== 'span' && key !== 'comment') Array.isArray(value) ? value.forEach(walk) : walk(value);
    }
  };
  walk(entry.value);
  entry.attributes.forEach(walk);
  return [...names].sort();
}

/** A Fluent pattern as the widget's template text: `{name}` for `{ $name }`. */
function template(pattern, where) {
  return pattern.elements
    .map((element) => {
      if (element.type === 'TextElement') return element.value;
      const { expression } = element;
      if (expression.type === 'VariableReference') return `{${expression.id.name}}`;
      if (expression.type === 'StringLiteral') return expression.parse().value;
      throw new Error(`${where}: the widget's texts take text and { $variables } only, not ${expression.type}`);
    })
    .join('');
}

/** One message as the widget uses it: text, variants by key, or attributes by name. */
function compile(message, where) {
  if (message.value && message.attributes.length) {
    throw new Error(`${where}: a widget message has a value or attributes, not both`);
  }
  if (!message.value) {
    return Object.fromEntries(message.attributes.map((a) => [a.id.name, template(a.value, `${where}.${a.id.name}`)]));
  }
  const [only] = message.value.elements;
  if (message.value.elements.length === 1 && only.type === 'Placeable' && only.expression.type === 'SelectExpression') {
    const select = only.expression;
    if (select.selector.type !== 'VariableReference') throw new Error(`${where}: a select in the widget's texts is on a $variable`);
    return Object.fromEntries(select.variants.map((v) => [v.key.name ?? v.key.value, template(v.value, where)]));
  }
  return template(message.value, where);
}

/** The languages and their folders: texts/'s, then AIFC_TEXTS_EXTRA's. */
export function languageDirs(extra = process.env.AIFC_TEXTS_EXTRA, file = FILE) {
  const dirs = [[TEXTS, readLanguages(TEXTS)]];
  if (extra && !path.isAbsolute(extra)) throw new Error(`AIFC_TEXTS_EXTRA must be an absolute path (it is ${extra})`);
  if (extra) dirs.push([extra, readLanguages(extra)]);
  const langs = new Map();
  for (const [dir, tags] of dirs) {
    for (const tag of tags) {
      if (!/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(tag)) throw new Error(`${dir}/languages.txt: "${tag}" is not a language tag`);
      if (langs.has(tag)) throw new Error(`${dir}/languages.txt: ${tag} is listed twice`);
      langs.set(tag, path.join(dir, tag, file));
    }
  }
  if (!langs.has(SOURCE_LANG)) throw new Error(`texts/languages.txt: no ${SOURCE_LANG}, the source language`);
  return langs;
}

/**
 * Reads and checks every language's widget.ftl against English. Returns the files read and
 * { langs, strings }; throws one error listing every problem found.
 */
export function loadWidgetTexts(extra, file = FILE) {
  const files = languageDirs(extra, file);
  const problems = [];
  const messages = new Map();
  for (const [tag, file] of files) {
    if (!fs.existsSync(file)) {
      problems.push(`${file}: missing (${tag} is in languages.txt)`);
      continue;
    }
    try {
      const entries = new Map();
      for (const entry of parseFtl(file).body) {
        if (entry.type === 'Term') problems.push(`${file}: -${entry.id.name}: no terms in the widget's texts`);
        if (entry.type !== 'Message') continue;
        if (entries.has(entry.id.name)) problems.push(`${file}: ${entry.id.name} is defined twice`);
        entries.set(entry.id.name, entry);
      }
      messages.set(tag, entries);
    } catch (err) {
      problems.push(err.message);
    }
  }
  const source = messages.get(SOURCE_LANG);
  if (source) {
    for (const [tag, entries] of messages) {
      const file = files.get(tag);
      for (const [id, message] of source) {
        const theirs = entries.get(id);
        if (!theirs) {
          problems.push(`${file}: missing message ${id}`);
          continue;
        }
        const attributes = (m) =>
          m.attributes
            .map((a) => a.id.name)
            .sort()
            .join(', ');
        if (attributes(theirs) !== attributes(message))
          problems.push(`${file}: ${id} has attributes [${attributes(theirs)}], English [${attributes(message)}]`);
        if (!theirs.value !== !message.value) problems.push(`${file}: ${id} ${theirs.value ? 'has' : 'lacks'} a value, unlike English`);
        const [mine, english] = [variablesOf(theirs), variablesOf(message)];
        if (mine.join() !== english.join())
          problems.push(`${file}: ${id} uses { $${mine.join(' $')} }, English { $${english.join(' $')} }`);
      }
      for (const id of entries.keys()) if (!source.has(id)) problems.push(`${file}: ${id} is not an English message`);
    }
  }
  const strings = {};
  for (const [tag, entries] of messages) {
    strings[tag] = {};
    for (const [id, message] of entries) {
      try {
        strings[tag][id] = compile(message, `${files.get(tag)}: ${id}`);
      } catch (err) {
        problems.push(err.message);
      }
    }
  }
  if (problems.length) throw new Error(`the widget's texts:\n  ${problems.join('\n  ')}`);
  return { files: [...files.values()], langs: [...files.keys()], strings };
}

/**
 * The module the widget imports: its languages and their texts as plain data. The ids are written
 * once, each language's texts as a list in their order (a third of the bytes of an object per
 * language, brotli), made into objects when the module loads. `only`: the ids to carry (the rest
 * ride in the later files of `laterWords`); all by default.
 */
export function widgetTextsModule(extra, file = FILE, only = null) {
  const { files, langs, strings } = loadWidgetTexts(extra, file);
  const ids = Object.keys(strings[SOURCE_LANG]).filter((id) => !only || only.includes(id));
  const unknown = (only ?? []).filter((id) => !(id in strings[SOURCE_LANG]));
  if (unknown.length) throw new Error(`${file}: no message ${unknown.join(', ')} (listed among the first screen's words)`);
  const texts = langs.map((tag) => `${JSON.stringify(tag)}: of(${JSON.stringify(ids.map((id) => strings[tag][id]))})`);
  const contents = [
    `const ids = ${JSON.stringify(ids)};`,
    'const of = (texts) => Object.fromEntries(ids.map((id, i) => [id, texts[i]]));',
    `export const LANGS = ${JSON.stringify(langs)};`,
    `export const STRINGS = { ${texts.join(', ')} };`,
  ].join('\n');
  return { contents, files };
}

/**
 * The widget's words the entry does not carry (all but `first`), per language, as the JSON the
 * widget fetches with a language (www/src/shared/engine.js): { tag: text }.
 */
export function laterWords(first, extra, file = FILE) {
  const { langs, strings } = loadWidgetTexts(extra, file);
  return Object.fromEntries(
    langs.map((tag) => [tag, JSON.stringify(Object.fromEntries(Object.entries(strings[tag]).filter(([id]) => !first.includes(id))))]),
  );
}

/** The engine's labels of the answers (`option_…`, without their help texts), which the team planner reads in a table. */
function answerLabels() {
  return Object.keys(loadWidgetTexts(undefined, 'flow-questions.ftl').strings[SOURCE_LANG]).filter(
    (id) => id.startsWith('option_') && !id.endsWith('_help'),
  );
}

/**
 * The esbuild plugin: `import { LANGS, STRINGS } from 'texts:widget'` (or `'texts:planner'`, or
 * `'texts:flow-questions'`: the engine's answer labels in every language, for the planner's reading).
 */
export const textsPlugin = {
  name: 'aifc-texts',
  setup(build) {
    build.onResolve({ filter: /^texts:(widget|planner|flow-questions)$/ }, (args) => ({
      path: args.path.slice(6),
      namespace: 'aifc-texts',
    }));
    build.onLoad({ filter: /.*/, namespace: 'aifc-texts' }, (args) => {
      try {
        // The widget's entry carries the words its first screen needs (www/data/first-words.js).
        const only = args.path === 'widget' ? FIRST_WORDS : args.path === 'flow-questions' ? answerLabels() : null;
        const { contents, files } = widgetTextsModule(undefined, `${args.path}.ftl`, only);
        return { contents, loader: 'js', watchFiles: [...files, path.join(TEXTS, 'languages.txt')] };
      } catch (err) {
        return { errors: [{ text: err.message }] };
      }
    });
  },
};
