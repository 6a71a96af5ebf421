// The first question in one language, as the engine answers it with no answers given, and the
// second for each of its answers (where that is a question of options: an outcome, or a country or
// date field, needs the engine). The widget draws them before the engine is loaded
// (www/src/widget/first.js), so a visitor reads and answers while the wasm and the language's texts
// arrive. Computed by the engine being shipped (<pkg>/), each language in a worker of its own that
// loads that language's texts only, as a visitor's page does: so a language that shares another's
// engine language (the pseudo-locale en-XA loaded as English's texts, tests/widget/pseudo.test.mjs)
// answers in its own words.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

/** `{ first, second }` for `tag`, from the package in `pkg` (its wasm and `aifc_eligibility_texts_<tag>.txt`). */
export function firstQuestions(pkg, tag) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { pkg, tag } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the first questions in ${tag}: the worker stopped (${code})`)));
  });
}

async function compute({ pkg, tag }) {
  const engine = await import(pathToFileURL(path.join(pkg, 'aifc_eligibility.node.js')).href);
  await engine.default({ module_or_path: fs.readFileSync(path.join(pkg, 'aifc_eligibility_bg.wasm')) });
  engine.loadLanguage(tag, fs.readFileSync(path.join(pkg, `aifc_eligibility_texts_${tag}.txt`), 'utf8'));
  const first = engine.evaluate({ answers: {}, lang: tag });
  if (first.kind !== 'question' || first.path.length !== 0) throw new Error(`the engine's first screen in ${tag} is not a question`);
  const second = {};
  for (const { value } of first.question.options ?? []) {
    const next = engine.evaluate({ answers: { [first.question.id]: value }, lang: tag });
    if (next.kind === 'question' && next.question.options) second[String(value)] = next;
  }
  return { first, second };
}

if (!isMainThread && workerData?.pkg) parentPort.postMessage(await compute(workerData));
