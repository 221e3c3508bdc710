#!/usr/bin/env bash
# End to end: `extract` on several threads prints exactly what one thread prints, in input order.
set -euo pipefail
reckon=$1 input=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$reckon" extract --quiet --threads 1 "$input" >"$work/one.jsonl"
"$reckon" extract --quiet --threads 2 "$input" >"$work/two.jsonl"
"$reckon" extract --quiet --threads 7 "$input" >"$work/seven.jsonl"
[ -s "$work/one.jsonl" ] || { echo "FAIL: no output" >&2; exit 1; }
cmp "$work/one.jsonl" "$work/two.jsonl"
cmp "$work/one.jsonl" "$work/seven.jsonl"
echo "threads: $(wc -l <"$work/one.jsonl") documents identical on 1, 2 and 7 threads"
