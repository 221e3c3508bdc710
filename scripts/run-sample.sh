#!/usr/bin/env bash
# The main job on the bundled sample: extract claims from samples/, ingest them into a fresh
# database and print the reconciled incident table.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh build
db=${RECKON_SAMPLE_DB:-build/sample.db}
rm -f "$db" "$db-wal" "$db-shm"
echo "== claims extracted from samples/ ==" >&2
./build/reckon extract --format text samples
if ./build/reckon help ingest >/dev/null 2>&1; then
  echo "== incidents reconciled in $db ==" >&2
  ./build/reckon ingest --db "$db" samples
  ./build/reckon incidents --db "$db" --format table
fi
