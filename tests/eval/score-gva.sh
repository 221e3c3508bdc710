#!/usr/bin/env bash
# CTest: `reckon extract` on the gun-violence dev split, scored by ../shared/tools/score-gva
# against the floors in floors.env. Exits 77 (skip) when ../shared is absent.
set -euo pipefail
reckon=$1 shared=$2 split=${3:-dev}
here=$(cd "$(dirname "$0")" && pwd)
if [ ! -x "$shared/tools/score-gva" ] || [ ! -f "$shared/corpora/gva/$split.jsonl" ]; then
  echo "SKIP: $shared/tools/score-gva or the GVA corpus is absent" >&2
  exit 77
fi
# shellcheck source=floors.env
. "$here/floors.env"
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$reckon" extract --quiet "$shared/corpora/gva/$split.jsonl" >"$out"
"$shared/tools/score-gva" "$shared/corpora/gva/$split.gold.jsonl" "$out" \
  --min-killed "$GVA_MIN_KILLED" --min-injured "$GVA_MIN_INJURED" \
  --min-date "$GVA_MIN_DATE" --min-address "$GVA_MIN_ADDRESS"
