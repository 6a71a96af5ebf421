#!/usr/bin/env bash
# Runs every test: the rules natively, the wasm boundary in Node and in headless Chromium, the
# package as a user imports it (with its TypeScript types), and the widget in Chromium.
# Installs what it needs first (scripts/setup.sh skips what is there).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

step() { printf '\n== %s\n' "$*"; }

step "lint: rustfmt, and clippy (native and wasm32) denying warnings"
cargo fmt --all --check
node_modules/.bin/biome ci .  # JavaScript: Biome's recommended lint rules and its formatting (biome.jsonc)
cargo clippy --quiet --workspace --all-targets --features fixture-editions -- -D warnings
# (with the shipped build's feature: the texts loaded at run time)
cargo clippy --quiet --workspace --target wasm32-unknown-unknown --all-targets --features separate-texts -- -D warnings

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
node --test tests/js/

if [ -d tests/widget ]; then
  step "the widget in Chromium (Playwright)"
  node --test --test-concurrency=1 tests/widget/
fi
