#!/usr/bin/env bash
# Peak memory of `reckon extract` and `reckon ingest` on a large JSON Lines input.
#
#   bench/memory.sh [--reckon build/reckon] [--mb 1000] [--threads 2] [--keep]
#
# Builds a JSON Lines file of about --mb megabytes by repeating ../shared/corpora/gva/train.jsonl
# (each copy with its own ids and the same texts: ingest extracts every report, stores the first
# copy and finds the others' texts stored already, so this measures streaming, not a database
# of a gigabyte of distinct reports; bench/compare times ingest on distinct ones), then runs `reckon extract` (output
# to /dev/null) and `reckon ingest` into a fresh database on it under /usr/bin/time -v, and prints
# one line per run: seconds, MB/s of input, and peak resident memory. The goal is a peak that does
# not grow with the input: reckon streams documents through a bounded queue, so a 1 GB input
# should stay under 200 MB.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
reckon="$root/build/reckon"
mb=1000
threads=2
keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --reckon) reckon=$2; shift 2 ;;
    --mb) mb=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    *) echo "usage: $0 [--reckon PATH] [--mb N] [--threads N] [--keep]" >&2; exit 2 ;;
  esac
done
source_jsonl="$root/../shared/corpora/gva/train.jsonl"
[ -x "$reckon" ] || { echo "memory.sh: no reckon binary at $reckon (build it first)" >&2; exit 2; }
[ -f "$source_jsonl" ] || { echo "memory.sh: missing $source_jsonl" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "memory.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/reckon-memory.XXXXXX")
cleanup() { [ "$keep" = 1 ] && echo "kept $work" >&2 || rm -rf "$work"; }
trap cleanup EXIT

big="$work/big.jsonl"
/usr/bin/python3 - "$source_jsonl" "$big" "$mb" <<'EOF'
import json, sys
source, path, mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
lines = [json.loads(l) for l in open(source, encoding="utf-8") if l.strip()]
written = copies = 0
with open(path, "w", encoding="utf-8") as out:
    while written < mb * 1e6:
        for d in lines:
            line = json.dumps(dict(d, id=f"{d['id']}-r{copies}"), ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
        copies += 1
EOF
bytes=$(stat -c %s "$big")
docs=$(wc -l < "$big")
echo "input: $((bytes / 1000000)) MB, $docs documents; $(nproc) cores"

# Runs a command under /usr/bin/time -v and prints "name seconds MB/s peak-MB".
measure() {
  local name=$1; shift
  /usr/bin/time -v -o "$work/time.txt" "$@" > /dev/null 2> "$work/stderr.txt" || {
    echo "memory.sh: $name failed:" >&2; tail -5 "$work/stderr.txt" >&2; exit 1; }
  local seconds peak
  seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$work/time.txt")
  peak=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
  awk -v n="$name" -v s="$seconds" -v b="$bytes" -v k="$peak" \
    'BEGIN { printf "| %-32s | %8.1f s | %7.1f MB/s | %7.1f MB peak RSS |\n", n, s, b / 1e6 / s, k / 1024 }'
}

measure "reckon extract --threads $threads" "$reckon" extract --quiet --threads "$threads" "$big"
measure "reckon extract --threads 1" "$reckon" extract --quiet --threads 1 "$big"
measure "reckon ingest" "$reckon" ingest --db "$work/memory.db" "$big"
