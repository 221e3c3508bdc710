#!/usr/bin/env bash
# Latency of the dashboard API on a 100,000-claim database, as the README reports it: builds
# reckon_serve_bench (Release-like RelWithDebInfo, the default) in BUILD (default build/), prints
# the machine it runs on, then runs it. Extra arguments go to the program, e.g.
#   bench/serve_latency.sh --clients 1,16 --requests 200
#   bench/serve_latency.sh --db /tmp/my.db --claims 20000 --only page
# The database is built on the first run (a minute or two) and reused afterwards
# (/tmp/reckon-serve-bench-CLAIMS-SEED.db); pass --rebuild to time its build again.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$here/build}
cmake -S "$here" -B "$build" -G Ninja >/dev/null
cmake --build "$build" --target reckon_serve_bench -j "${JOBS:-2}"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')," \
  "$(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo); commit $(git -C "$here" rev-parse --short HEAD)"
exec "$build/reckon_serve_bench" "$@"
