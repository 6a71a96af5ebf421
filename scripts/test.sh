#!/usr/bin/env bash
# Runs every test: the rules natively, the wasm boundary in Node and in headless Chromium, the
# package as a user imports it (with its TypeScript types), and the widget in Chromium.
# Installs what it needs first (scripts/setup.sh skips what is there).
set -euo pipefail
cd "$(dirname "$0")/.."

# Each step's time, and the whole run's at the end (issue 28: at most 6 minutes warm on 2 cores).
started=$SECONDS
step_started=$SECONDS
step_name=''
step_done() {
  [ -n "$step_name" ] && printf -- '-- %ds: %s\n' "$((SECONDS - step_started))" "$step_name"
  step_started=$SECONDS
}
step() { step_done; step_name="$*"; printf '\n== %s\n' "$*"; }
trap 'rc=$?; step_done; printf "\n== %s in %dm%02ds\n" "$([ $rc = 0 ] && echo passed || echo FAILED)" $(((SECONDS - started) / 60)) $(((SECONDS - started) % 60))' EXIT

step "setup: what is missing is installed"
scripts/setup.sh

step "lint: rustfmt, Biome (JavaScript), and clippy (native and wasm32) denying warnings"
cargo fmt --all --check
node_modules/.bin/biome ci .  # JavaScript: Biome's recommended lint rules and its formatting (biome.jsonc)
cargo clippy --quiet --workspace --all-targets --features fixture-editions -- -D warnings
# (with the shipped build's feature: the texts loaded at run time). The library and the wasm-only
# test: the other tests and the examples are native code, linted by the line above.
cargo clippy --quiet --workspace --target wasm32-unknown-unknown --lib --test wasm --features separate-texts -- -D warnings

step "rules, natively: cargo test of the workspace (property tests: 3000 cases each for evaluate, quote and working days; 2000 walks in 3 languages)"
cargo test --workspace

step "a later edition of the guide is a folder of data, picked by date (the test fixture tests/fixtures/guide-2026)"
cargo test --features fixture-editions --test editions

step "release build: pkg/ and dist/"
scripts/build.sh

step "wasm boundary in Node: cargo test --target wasm32-unknown-unknown"
cargo test --target wasm32-unknown-unknown --test wasm

step "wasm boundary in headless Chromium"
CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_USE_BROWSER=1 \
  cargo test --target wasm32-unknown-unknown --test wasm

step "the package as a user imports it, and its TypeScript types"
node --test --test-concurrency=2 tests/js/

if [ -d tests/widget ]; then
  step "the widget in Chromium (Playwright), three files at a time"
  # Each file has its own server on a free port, its own browser and its own temporary folders, so
  # three run at once (the browsers mostly wait: three beat two by a tenth here, four were slower).
  # The longest files start first, so that none is left running alone at the end. No test holds a
  # page to a wall-clock budget (budgets live in bench/). SCREENSHOTS=all adds the screenshots
  # for a person to look at (test-results/screenshots/).
  longest_first=(plan accessibility journeys first-screen short-stays languages planner pseudo)
  widget_files=("${longest_first[@]/#/tests/widget/}")
  widget_files=("${widget_files[@]/%/.test.mjs}")
  for f in tests/widget/*.test.mjs; do
    [[ " ${widget_files[*]} " == *" $f "* ]] || widget_files+=("$f")
  done
  node --test --test-concurrency=3 "${widget_files[@]}"
fi
