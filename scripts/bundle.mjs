// Bundles the widget for dist/ with esbuild: its module (www/aifc-eligibility.js with www/src/ and
// its texts, `texts:widget`, made from texts/<tag>/widget.ftl by scripts/texts.mjs) and its
// stylesheet (www/aifc-eligibility.css with www/src/css/), each into one minified file.
// AIFC_TEXTS_EXTRA adds a folder of languages (see scripts/texts.mjs). Run by scripts/build.sh;
// `node scripts/bundle.mjs <out-dir>` writes elsewhere (a test's build with one more language).

import path from 'node:path';
import { build } from 'esbuild';
import { ROOT, textsPlugin } from './texts.mjs';

const out = path.resolve(process.argv[2] ?? path.join(ROOT, 'dist'));
for (const file of ['aifc-eligibility.js', 'aifc-eligibility.css']) {
  await build({
    entryPoints: [path.join(ROOT, 'www', file)],
    outfile: path.join(out, file),
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    logLevel: 'warning',
    allowOverwrite: true,
    plugins: [textsPlugin],
  });
}
