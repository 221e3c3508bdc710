#!/usr/bin/env bash
# CTest: `reckon extract` (mode extract) or `reckon ingest` + `reckon incidents` (mode incidents)
# on ../shared/corpora/seeds, scored by ../shared/tools/score-seeds; must report 0 failed.
# Exits 77 (CTest's skip) with a message when ../shared is not beside the checkout.
set -euo pipefail
reckon=$1 shared=$2 mode=$3
if [ ! -x "$shared/tools/score-seeds" ] || [ ! -d "$shared/corpora/seeds" ]; then
  echo "SKIP: $shared/tools/score-seeds or the seed corpus is absent" >&2
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ "$mode" = extract ]; then
  "$reckon" extract "$shared/corpora/seeds" >"$work/out.jsonl"
  "$shared/tools/score-seeds" extract "$work/out.jsonl"
else
  "$reckon" ingest --db "$work/seeds.db" "$shared/corpora/seeds" >/dev/null
  "$reckon" incidents --db "$work/seeds.db" --format json >"$work/incidents.json"
  "$shared/tools/score-seeds" incidents "$work/incidents.json"
fi
