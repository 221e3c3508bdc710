#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (+ address and undefined sanitizers) and runs each for
# a bounded time (FUZZ_SECONDS, default 60) from its seed corpus. A crash fails the script and
# leaves the reproducer in build-fuzz/fuzz/; turn it into a regression test under tests/fuzz/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DRECKON_FUZZ=ON \
  -DRECKON_BUILD_BENCH=OFF >/dev/null
cmake --build build-fuzz -j "$(nproc)" --target fuzz_all
status=0
for target in build-fuzz/fuzz/fuzz_*; do
  name=$(basename "$target")
  seeds=tests/fuzz/corpus/${name#fuzz_}
  work=build-fuzz/fuzz/work-$name
  mkdir -p "$work"
  echo "== $name for ${seconds}s ==" >&2
  if ! (cd build-fuzz/fuzz && "./$name" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 "$(realpath -m "../../$work")" \
        "$(realpath -m "../../$seeds")" 2>"$name.log"); then
    tail -40 "build-fuzz/fuzz/$name.log" >&2
    status=1
  else
    grep -E "stat::number_of_executed_units|cov:" "build-fuzz/fuzz/$name.log" | tail -2 >&2 || true
  fi
done
exit $status
