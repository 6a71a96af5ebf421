#!/usr/bin/env bash
# Builds the release package into pkg/ and the deployable widget into dist/ (www/ + pkg/).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

crate=aifc_eligibility
# `cargo rustc --crate-type cdylib` keeps Cargo.toml's rlib for native tests and makes a smaller
# wasm than listing cdylib there.
# The shipped wasm must not carry the build machine's paths (panic locations name source files).
cargo_home=${CARGO_HOME:-$HOME/.cargo}
export RUSTFLAGS="--remap-path-prefix=$cargo_home/registry/src=crates --remap-path-prefix=$PWD=aifc-eligibility"
# The languages' texts are not in the wasm: each is a file of its own (pkg/aifc_eligibility_texts_<tag>.txt),
# loaded by `loadLanguage`, so a visitor downloads only their language's.
rm -rf pkg
wasm=$(node scripts/engine-wasm.mjs pkg)
wasm-bindgen --target web --out-dir pkg "$wasm"
# -Oz until it stops shrinking (--converge); the producers and target-features sections are read
# by tools only, never by a browser.
node_modules/.bin/wasm-opt -Oz --converge --strip-producers --strip-target-features "pkg/${crate}_bg.wasm" -o "pkg/${crate}_bg.wasm"
# The entry point is the guard (src/glue.js) in front of wasm-bindgen's glue.
node scripts/glue.mjs

texts=$(cd pkg && for f in ${crate}_texts_*.txt; do printf ', "%s"' "$f"; done)
version=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)
cat > pkg/package.json <<JSON
{
  "name": "aifc-eligibility",
  "version": "$version",
  "description": "The AIFC Expat Centre guide (2025) as a WebAssembly rules engine: which service applies, documents, fees, state duty and dates.",
  "type": "module",
  "main": "$crate.js",
  "module": "$crate.js",
  "types": "$crate.d.ts",
  "exports": {
    ".": { "types": "./$crate.d.ts", "node": "./$crate.node.js", "default": "./$crate.js" },
    "./package.json": "./package.json"
  },
  "files": ["$crate.js", "$crate.node.js", "${crate}_guard.js", "${crate}_bindgen.js", "${crate}_bg.wasm"$texts, "$crate.d.ts", "${crate}_bg.wasm.d.ts"],
  "sideEffects": false,
  "license": "MIT"
}
JSON

# dist/ is what a site deploys: the widget's one entry module (its modules, texts, stylesheets and
# the engine's glue bundled and minified), the files it loads later under content-hashed names
# (the wasm, the rest of the stylesheet and the country names, each language's engine texts and
# the widget's other words), the demo pages and pkg/ (the package, for pages that call the engine themselves).
# The demo pages are www/demo/; the elements' sources (www/src/, www/data/) are not shipped.
rm -rf dist
mkdir dist
cp -r www/demo/. dist/
cp -r pkg dist/pkg
# The widget's texts come from texts/<tag>/widget.ftl, checked and made into data at this step
# (a missing message fails the build); the wasm and each language's engine texts are copied to
# their hashed names, their integrity values written into the entry (and dist/assets.json).
node scripts/bundle.mjs dist
# The package's glue as deployed: the same code without its comments (with its source map).
for f in pkg/${crate}.js pkg/${crate}_guard.js pkg/${crate}_bindgen.js; do
  node_modules/.bin/esbuild "pkg/${f#pkg/}" --minify --target=es2022 --log-level=warning --outfile="dist/$f" --allow-overwrite --sourcemap=linked
done
node scripts/integrity.mjs
# The npm package (target/npm/aifc-eligibility-<version>.tgz) and the versioned copy for CDNs
# (dist/<version>/ with its integrity.json).
node scripts/package.mjs
node scripts/compress.mjs
echo "[build] pkg/ and dist/ ready: $(wc -c < "pkg/${crate}_bg.wasm") bytes of wasm"
