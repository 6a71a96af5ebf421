#!/usr/bin/env bash
# The benchmark: builds the release package (scripts/build.sh), then prints one table and writes
# the same figures as JSON to target/bench.json and as "The latest run" of bench/RESULTS.md, which
# the README links to (bench/run.mjs):
#   - bytes of each shipped file in dist/: raw, gzip -9, brotli -q 11
#   - navigation -> first question in headless Chromium, over 25 fresh page loads
#   - evaluate / quote latency natively (examples/bench-native.rs), in Node and in Chromium
#   - the time to walk every path of the question flow, in the same three places
#   - wasm memory after 10 calls and after 100,000 (Node): it must not grow
#   - network requests of the demo page while a visitor answers: none but the texts of the
#     language it switches to
#   - peers beside us in the same run (bench/peers.mjs), printed as ours / peer: a SurveyJS page
#     with our first three questions and json-rules-engine with our routing as rules; bytes before
#     the first question (brotli, as served), first question on a phone profile (Slow 4G, CPU 4x)
#     and unthrottled, click to the next question, evaluate vs the rules in Node and Chromium.
#     A rule that routes unlike evaluate fails the run.
# Timings are medians with p10-p90 and min-max: compare runs by the ratios within one run.
# The build's log goes to stderr, so `scripts/bench.sh > bench.txt` keeps only the table.
# Exits non-zero when a step fails or a check (0 requests, bounded memory) does not hold.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh >&2
# Compiled here, so that bench/run.mjs only runs it.
cargo build --release --quiet --example bench-native >&2
exec node bench/run.mjs "$@"
