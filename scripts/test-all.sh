#!/usr/bin/env bash
# Builds and runs every test: the unit and end-to-end tests and the accuracy floors (CTest) in a
# normal build, a bounded fuzzing run (scripts/fuzz.sh), then the whole suite again under
# AddressSanitizer + UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)

echo "== build (RelWithDebInfo, warnings as errors) ==" >&2
bash scripts/build.sh build -DRECKON_WERROR=ON
echo "== tests ==" >&2
ctest --test-dir build --output-on-failure -j "$jobs"

# Bounded fuzzing (clang, libFuzzer + sanitizers, targets two at a time): ~3 minutes of fuzzing
# on 2 cores plus the build. A crash fails the run and leaves its reproducer in build-fuzz/fuzz/.
echo "== fuzzing (${FUZZ_SECONDS:-45} s per target) ==" >&2
FUZZ_SECONDS=${FUZZ_SECONDS:-45} FUZZ_JOBS=$jobs bash scripts/fuzz.sh

echo "== build (address + undefined sanitizers) ==" >&2
bash scripts/build.sh build-asan -DRECKON_SANITIZE=ON -DRECKON_BUILD_BENCH=OFF -DCMAKE_BUILD_TYPE=Debug
echo "== tests under sanitizers ==" >&2
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure -j "$jobs" -LE slow
