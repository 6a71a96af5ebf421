#!/usr/bin/env bash
# Builds everything and serves the widget demo (dist/) on http://127.0.0.1:${PORT:-8080}/, as a
# site should: the build's precompressed files (.br, .gz) with their Content-Encoding, and .wasm
# as application/wasm. The server is sirv (npm sirv-cli, a dev dependency), not hand-written.
# SERVE_NO_BUILD=1 serves the dist/ there is (the test of this script uses it).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${SERVE_NO_BUILD:-}" != 1 ]; then scripts/build.sh; fi
port=${PORT:-8080}
echo "[serve] http://127.0.0.1:$port/ (Ctrl-C to stop)"
exec node_modules/.bin/sirv dist --brotli --gzip --etag --host 127.0.0.1 --port "$port" --quiet
