#!/bin/bash
# Builds the test-only extraction driver (extract_eval.cc) against the static libraries of a
# build folder B (default build-extract). STUB=file.cc adds stand-ins for missing symbols.
set -e
B=${B:-/work/main/build-extract}
SIMD=$(pkg-config --libs simdjson 2>/dev/null || echo -lsimdjson)
g++ -std=c++20 -O2 -I/work/main/include -I/work/main/src $EXTRA /work/main/src/extract/tools/extract_eval.cc $STUB \
  $B/libreckon_output.a $B/libreckon_extract.a $B/libreckon_recognize.a $B/libreckon_recognize_places.a \
  $B/libreckon_recognize_dates.a $B/libreckon_recognize_numbers.a $B/libreckon_read.a $B/libreckon_text.a \
  $B/libreckon_core.a $B/data/libreckon_data.a $SIMD -o /tmp/x/extract_eval
