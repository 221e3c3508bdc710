#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz/fuzz_*.cc) with clang + address and undefined
# sanitizers and runs each for a bounded time from its seed corpus (tests/fuzz/corpus/<name>/)
# and its saved reproducers (tests/fuzz/regressions/<name>/), with the dictionary
# tests/fuzz/<name>.dict when there is one. A crash, hang (-timeout), memory
# blow-up (-rss_limit_mb) or sanitizer report fails the script and leaves the reproducer in
# $FUZZ_BUILD_DIR/fuzz/; copy it into tests/fuzz/regressions/<name>/ so CTest replays it.
#
#   FUZZ_SECONDS   seconds per target (default 60)
#   FUZZ_JOBS      targets run at once (default 1; one core each)
#   FUZZ_TARGETS   space-separated subset, e.g. "fuzz_dates fuzz_numbers" (default: all)
#   FUZZ_MAX_LEN   largest input libFuzzer makes, in bytes (default 16384)
#   FUZZ_TIMEOUT   seconds one input may take before it counts as a hang (default 20: inputs take
#                  milliseconds, but a sanitized build on a busy 2-core machine can stall)
#   FUZZ_BUILD_DIR build folder (default build-fuzz)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
jobs=${FUZZ_JOBS:-1}
max_len=${FUZZ_MAX_LEN:-16384}
timeout=${FUZZ_TIMEOUT:-20}
build=${FUZZ_BUILD_DIR:-build-fuzz}
root=$(pwd)

if ! command -v clang++ >/dev/null 2>&1; then
  echo "fuzz: clang++ not found (scripts/setup-debian.sh installs clang and libclang-rt-dev)" >&2
  exit 1
fi
targets=${FUZZ_TARGETS:-$(for f in tests/fuzz/fuzz_*.cc; do basename "$f" .cc; done)}

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DRECKON_FUZZ=ON \
  -DRECKON_BUILD_BENCH=OFF >/dev/null
# shellcheck disable=SC2086
cmake --build "$build" -j "$(nproc)" --target $targets

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

# run_target NAME: fuzzes one target; its output goes to $build/fuzz/NAME.log.
run_target() {
  local name=$1
  local out=$root/$build/fuzz
  local work=$out/work-$name
  local seeds=$root/tests/fuzz/corpus/${name#fuzz_}
  local saved=$root/tests/fuzz/regressions/${name#fuzz_}
  local dict=$root/tests/fuzz/${name#fuzz_}.dict
  mkdir -p "$work"
  local dirs=("$work" "$seeds")
  [ -d "$saved" ] && dirs+=("$saved")
  local options=()
  [ -f "$dict" ] && options+=(-dict="$dict")
  local rc=0
  (cd "$out" && "./$name" -max_total_time="$seconds" -max_len="$max_len" -timeout="$timeout" \
     -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$out/$name-" "${options[@]}" "${dirs[@]}" \
     >"$name.log" 2>&1) || rc=$?
  echo "$rc" >"$out/$name.status"
}

# report NAME STATUS: prints the target's figures, or the end of its log when it failed.
report() {
  local name=$1 status=$2 log=$build/fuzz/$1.log
  if [ "$status" -ne 0 ]; then
    echo "== $name FAILED (status $status); reproducer: $(ls "$build/fuzz/$name"-* 2>/dev/null | head -1) ==" >&2
    tail -60 "$log" >&2
    return
  fi
  local runs cov ft corpus
  runs=$(grep -oE "stat::number_of_executed_units: [0-9]+" "$log" | grep -oE "[0-9]+$" || echo "?")
  cov=$(grep -oE "cov: [0-9]+" "$log" | tail -1 | grep -oE "[0-9]+" || echo "?")
  ft=$(grep -oE "ft: [0-9]+" "$log" | tail -1 | grep -oE "[0-9]+" || echo "?")
  corpus=$(grep -oE "corp: [0-9]+" "$log" | tail -1 | grep -oE "[0-9]+" || echo "?")
  echo "== $name ok: ${runs} runs in ${seconds}s, coverage ${cov} edges, ${ft} features, corpus ${corpus} ==" >&2
}

status=0
for name in $targets; do
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n || true; done
  echo "== $name for ${seconds}s ==" >&2
  rm -f "$build/fuzz/$name.status" "$build/fuzz/$name"-crash-* "$build/fuzz/$name"-timeout-* \
    "$build/fuzz/$name"-oom-* "$build/fuzz/$name"-leak-*
  run_target "$name" &
done
wait
for name in $targets; do
  rc=$(cat "$build/fuzz/$name.status" 2>/dev/null || echo 1)
  report "$name" "$rc"
  [ "$rc" -eq 0 ] || status=1
done
exit $status
