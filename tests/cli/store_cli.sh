#!/usr/bin/env bash
# End-to-end test of `reckon ingest / incidents / tallies / show` on the shared corpora:
#   - re-ingesting the same reports changes nothing (and says so);
#   - reports ingested one per process in reverse order give the same incidents as one batch;
#   - every export format parses; every listed incident can be shown;
#   - a file that is not a database is refused and left alone; a missing database is not created;
#   - kill -9 in the middle of ingesting the GVA train corpus leaves a database that passes
#     integrity_check, and a rerun ends exactly where an uninterrupted ingest does.
# Usage: store_cli_test.sh RECKON SHARED_DIR. Exits 77 (skipped) when SHARED_DIR is absent.
set -euo pipefail
reckon=$1
shared=$2
seeds=$shared/corpora/seeds
gva=$shared/corpora/gva/train.jsonl
[ -d "$seeds" ] && [ -f "$gva" ] || { echo "skipped: no $shared"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
passes=0
check() {  # check NAME COMMAND...
  local name=$1; shift
  if "$@"; then passes=$((passes + 1)); else echo "FAIL: $name" >&2; failures=$((failures + 1)); fi
}
json_ok() { python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$1"; }

# Idempotent re-ingest.
"$reckon" ingest --db "$tmp/a.db" --quiet "$seeds"
"$reckon" incidents --db "$tmp/a.db" --format json > "$tmp/a.json"
"$reckon" ingest --db "$tmp/a.db" "$seeds" 2> "$tmp/again.log"
check "re-ingest reports nothing added" grep -q "(0 added, 0 replaced, 5 unchanged, 0 duplicate texts)" "$tmp/again.log"
"$reckon" incidents --db "$tmp/a.db" --format json > "$tmp/a2.json"
check "re-ingest changes no incident" cmp -s "$tmp/a.json" "$tmp/a2.json"

# Order independence and incremental = batch: one process per report, reverse order.
for f in $(ls "$seeds"/*.txt | sort -r); do "$reckon" ingest --db "$tmp/b.db" --quiet "$f"; done
"$reckon" incidents --db "$tmp/b.db" --format json > "$tmp/b.json"
check "reverse one-by-one ingest equals batch" cmp -s "$tmp/a.json" "$tmp/b.json"

# Formats.
check "json parses" json_ok "$tmp/a.json"
"$reckon" incidents --db "$tmp/a.db" --format geojson > "$tmp/a.geojson"
check "geojson parses" json_ok "$tmp/a.geojson"
"$reckon" incidents --db "$tmp/a.db" --format csv > "$tmp/a.csv"
check "csv parses with one row per incident" python3 - "$tmp/a.csv" "$tmp/a.json" <<'PY'
import csv, json, sys
rows = list(csv.DictReader(open(sys.argv[1], newline='')))
assert len(rows) == len(json.load(open(sys.argv[2]))), len(rows)
assert all('fatalities_best' in r and 'notes' in r for r in rows)
PY
"$reckon" tallies --db "$tmp/a.db" --format json > "$tmp/t.json"
check "tallies json parses" json_ok "$tmp/t.json"
"$reckon" incidents --db "$tmp/a.db" --format table > "$tmp/a.txt"
shown=0
for id in $(python3 -c 'import json,sys; print(" ".join(i["id"] for i in json.load(open(sys.argv[1]))))' "$tmp/a.json"); do
  "$reckon" show --db "$tmp/a.db" --format json "$id" > "$tmp/one.json" && json_ok "$tmp/one.json" && shown=$((shown + 1))
done
check "every incident can be shown" test "$shown" -eq "$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$tmp/a.json")"

# Refusals.
echo "not a database, and it must survive" > "$tmp/notes.txt"
check "a text file is refused" bash -c "! '$reckon' ingest --db '$tmp/notes.txt' --quiet '$seeds' 2> '$tmp/refuse.log'"
check "the refusal says why" grep -q "not an SQLite database" "$tmp/refuse.log"
check "the text file is untouched" grep -q "it must survive" "$tmp/notes.txt"
check "a missing database is an error" bash -c "! '$reckon' incidents --db '$tmp/none.db' 2> /dev/null"
check "and is not created" test ! -e "$tmp/none.db"

# kill -9 mid-batch, then rerun. (The corpus has a few lines with empty text: ingest names them
# and exits 1, which is not a failure here.)
ingest_gva() { "$reckon" ingest --quiet "$@" "$gva" 2> /dev/null || [ $? -eq 1 ]; }
ingest_gva --db "$tmp/clean.db"
"$reckon" incidents --db "$tmp/clean.db" --format json > "$tmp/clean.json"
"$reckon" ingest --db "$tmp/crash.db" --quiet --threads 1 "$gva" 2> /dev/null &
pid=$!
sleep 0.$((RANDOM % 5 + 2))
kill -9 "$pid" 2> /dev/null || true
wait "$pid" 2> /dev/null || true
check "integrity after kill -9" python3 - "$tmp/crash.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
assert db.execute('PRAGMA integrity_check').fetchone()[0] == 'ok'
assert db.execute('SELECT count(*) FROM claims WHERE incident_id IS NULL OR incident_id NOT IN (SELECT incident_id FROM incidents)').fetchone()[0] == 0
PY
ingest_gva --db "$tmp/crash.db"
"$reckon" incidents --db "$tmp/crash.db" --format json > "$tmp/crash.json"
check "rerun after kill -9 equals an uninterrupted ingest" cmp -s "$tmp/clean.json" "$tmp/crash.json"
check "no duplicate documents" python3 - "$tmp/crash.db" "$tmp/clean.db" <<'PY'
import sqlite3, sys
count = lambda p, t: sqlite3.connect(p).execute(f'SELECT count(*) FROM {t}').fetchone()[0]
for t in ('documents', 'claims', 'tallies', 'incidents'):
    assert count(sys.argv[1], t) == count(sys.argv[2], t), t
PY

echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
