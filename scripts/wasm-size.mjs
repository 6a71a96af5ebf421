// What the shipped wasm is made of, to find the next cut: builds it as the build does
// (scripts/build/engine.mjs: cargo, wasm-bindgen, wasm-opt with the build's flags) but keeping the function
// names (wasm-bindgen --keep-debug, wasm-opt -g), then prints its sections, its code by crate or
// part of the standard library, the largest functions and what its data holds. Sizes are those of
// the optimised code; brotli of the shipped wasm is printed by the build and by
// tests/js/size-budget.test.mjs. The names are rustc's: a function that wasm-opt inlined into an
// export counts as that export's ("plan externref shim").
//   node scripts/wasm-size.mjs [--top N] [--named <wasm>]   (--named: a wasm with its names, not built)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bindgen, cargoWasm, wasmOpt } from './build/engine.mjs';

const args = process.argv.slice(2);
const top = args.includes('--top') ? Number(args[args.indexOf('--top') + 1]) : 25;

const given = args.includes('--named') ? args[args.indexOf('--named') + 1] : null;
const buf = fs.readFileSync(given ?? build());

/** The shipped wasm with its function names (a temporary file, read at once). */
function build() {
  const { wasm } = cargoWasm(); // the build's own flags, so cargo reuses the build's compiled crates
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wasm-size-'));
  bindgen(wasm, tmp, ['--keep-debug']);
  const out = path.join(os.tmpdir(), `aifc-eligibility-named-${process.pid}.wasm`);
  wasmOpt(path.join(tmp, 'aifc_eligibility_bg.wasm'), out, ['-g']);
  fs.rmSync(tmp, { recursive: true });
  process.on('exit', () => fs.rmSync(out, { force: true }));
  return out;
}

// The module's sections, function bodies, names and data segments.
let p = 8;
const leb = () => {
  let r = 0,
    s = 0,
    b;
  do {
    b = buf[p++];
    r += (b & 0x7f) * 2 ** s;
    s += 7;
  } while (b & 0x80);
  return r;
};
const name = () => {
  const n = leb();
  const s = buf.toString('utf8', p, p + n);
  p += n;
  return s;
};
const KINDS = [
  'custom',
  'type',
  'import',
  'function',
  'table',
  'memory',
  'global',
  'export',
  'start',
  'element',
  'code',
  'data',
  'datacount',
];
const sections = [],
  bodies = [],
  data = [],
  names = new Map();
let imported = 0;
while (p < buf.length) {
  const id = buf[p++],
    size = leb(),
    end = p + size;
  const kind = id === 0 ? `custom "${name()}"` : KINDS[id];
  sections.push([kind, size]);
  if (id === 2) {
    for (let n = leb(); n > 0; n--) {
      name();
      name();
      const k = buf[p++];
      if (k === 0) {
        leb();
        imported++;
      } else if (k === 1) {
        p++;
        if (leb() & 1) leb();
        leb();
      } else if (k === 2) {
        if (leb() & 1) leb();
        leb();
      } else p += 2;
    }
  } else if (id === 10) {
    for (let n = leb(); n > 0; n--) {
      const s = leb();
      bodies.push(s);
      p += s;
    }
  } else if (id === 11) {
    for (let n = leb(); n > 0; n--) {
      const k = leb();
      if (k !== 1) {
        if (k === 2) leb();
        while (buf[p++] !== 0x0b);
      }
      const s = leb();
      data.push(buf.subarray(p, p + s));
      p += s;
    }
  } else if (kind === 'custom "name"') {
    while (p < end) {
      const sub = buf[p++],
        subEnd = leb() + p;
      if (sub === 1)
        for (let n = leb(); n > 0; n--) {
          const i = leb();
          names.set(i, name());
        }
      p = subEnd;
    }
  }
  p = end;
}

// The first group whose pattern matches a function's name takes it.
const GROUPS = [
  [
    'panics',
    /panic|unwrap_failed|expect_failed|assert_failed|slice_error_fail|index_fail|capacity_overflow|handle_error|__rust_start_panic|rust_begin_unwind/,
  ],
  ['core::fmt', /core(\[\w+\])?::fmt|alloc(\[\w+\])?::fmt|fmt::Display|fmt::Debug|::_fmt|itoa/],
  ['serde_json', /serde_json/],
  ['serde (Serialize impls)', /serde/],
  ['chrono', /chrono/],
  ['rust_decimal', /rust_decimal|arrayvec/],
  ['allocator', /talc|__rust_(alloc|dealloc|realloc)|__rdl_|dlmalloc/],
  ['wasm-bindgen, js-sys', /wasm_bindgen|js_sys|__wbg|__wbindgen|__externref/],
  ['exports (their inlined bodies)', /shim/],
  ['engine', /aifc_eligibility_engine/],
  ['api', /aifc_eligibility_api/],
  ['bindings', /aifc_eligibility::/],
  ['alloc (Vec, String, BTreeMap)', /alloc(\[\w+\])?::|BTreeMap|btree/],
  ['core (iterators, str, slices)', /core(\[\w+\])?::/],
];
const funcs = bodies.map((size, i) => {
  const n = names.get(i + imported) ?? `function ${i + imported}`;
  return { name: n, size, group: (GROUPS.find(([, re]) => re.test(n)) ?? ['other'])[0] };
});
const code = funcs.reduce((s, f) => s + f.size, 0);
const byGroup = new Map();
for (const f of funcs) byGroup.set(f.group, (byGroup.get(f.group) ?? 0) + f.size);
const pct = (n, of) => `${((100 * n) / of).toFixed(1).padStart(5)} %`;
const num = (n) => String(n).padStart(8);

console.log(`sections (bytes; the name section is not shipped):`);
for (const [kind, size] of sections) console.log(`${num(size)}  ${kind}`);
console.log(`\ncode: ${code} bytes in ${funcs.length} functions`);
for (const [g, size] of [...byGroup].sort((a, b) => b[1] - a[1])) console.log(`${num(size)}  ${pct(size, code)}  ${g}`);
console.log(`\nthe ${top} largest functions:`);
for (const f of [...funcs].sort((a, b) => b.size - a.size).slice(0, top)) console.log(`${num(f.size)}  ${f.name.slice(0, 150)}`);
const bytes = data.reduce((s, d) => s + d.length, 0);
let text = 0,
  zero = 0,
  paths = 0;
for (const d of data) {
  for (const b of d) {
    if (b >= 0x20 && b < 0x7f) text++;
    else if (b === 0) zero++;
  }
  for (const m of d.toString('latin1').matchAll(/[\w./-]+\.rs/g)) paths += m[0].length;
}
console.log(
  `\ndata: ${bytes} bytes in ${data.length} segments: ${text} printable ASCII (of which ${paths} in the source paths of panic locations), ${zero} zero, ${bytes - text - zero} other (tables, pointers, UTF-8)`,
);
