#!/usr/bin/env bash
# Builds everything and serves the widget demo (dist/) on http://127.0.0.1:${PORT:-8080}/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
port=${PORT:-8080}
echo "[serve] http://127.0.0.1:$port/ (Ctrl-C to stop)"
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory dist
