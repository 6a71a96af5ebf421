// Writes <file>.br and <file>.gz beside every file of dist/ a browser downloads as text or wasm,
// so a static server (scripts/serve.sh, a CDN) sends them with Content-Encoding and spends no
// CPU compressing. Brotli at its highest quality, gzip at level 9: done once, at build time.
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const COMPRESSIBLE = /\.(js|mjs|css|wasm|html|json|svg|txt)$/;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) yield* files(file);
    else if (COMPRESSIBLE.test(name)) yield file;
  }
}

let raw = 0;
let br = 0;
let count = 0;
for (const file of files(dist)) {
  const bytes = readFileSync(file);
  const brotli = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
  writeFileSync(`${file}.br`, brotli);
  writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
  raw += bytes.length;
  br += brotli.length;
  count += 1;
}
console.log(`[build] ${count} files precompressed: ${raw} bytes, ${br} brotli (.br and .gz beside each)`);
