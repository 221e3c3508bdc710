#!/usr/bin/env bash
# Configures and builds reckon into build/ (or $1), Release with debug info.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build-web.sh
dir=${1:-build}
shift || true
cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
cmake --build "$dir" -j "$(nproc)"
