#!/usr/bin/env bash
# Builds the engine's package into pkg/ and the deployable widget into dist/: installs what is
# missing (scripts/setup.sh), then runs the build's steps in order (scripts/build.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec node scripts/build.mjs
