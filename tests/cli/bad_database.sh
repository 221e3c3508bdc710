#!/usr/bin/env bash
# End to end: `reckon ingest` against databases it must not or cannot write.
#   - a file that is not SQLite (binary garbage, and a truncated SQLite file): refused, untouched;
#   - a reckon database of a newer schema: refused with the versions named, untouched;
#   - a database path that is a folder, or inside a missing folder: refused with a clear message;
#   - a full disk (SQLITE_FULL, on a tiny tmpfs): the batch stops with a message naming the
#     document that did not fit, nothing is half-written (integrity_check, no orphan rows), and a
#     rerun on a roomy disk ends exactly where an uninterrupted ingest does. Mounting needs root;
#     where it is impossible the case is skipped with a message, not faked.
#   - bad reports in the batch (missing, FIFO, binary) are named and the good ones are stored.
# Usage: bad_database.sh RECKON SHARED_DIR. Exits 77 (skipped) when SHARED_DIR is absent.
set -uo pipefail
reckon=$1
shared=$2
seeds=$shared/corpora/seeds
gva=$shared/corpora/gva/train.jsonl
[ -d "$seeds" ] && [ -f "$gva" ] || { echo "skipped: no $shared"; exit 77; }
work=$(mktemp -d)
mounted=""
cleanup() {
  [ -n "$mounted" ] && umount "$mounted" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
failures=0
passes=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
expect() {  # expect DESCRIPTION COMMAND...
  local what=$1; shift
  if "$@"; then passes=$((passes + 1)); else fail "$what"; fi
}
sql() { python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])' "$@"; }

# refused NAME DB PATTERN: ingest into DB must fail, say PATTERN, and leave DB's bytes alone.
refused() {
  local name=$1 db=$2 pattern=$3 before after status
  before=$(sha256sum "$db" 2>/dev/null || echo none)
  timeout 120 "$reckon" ingest --db "$db" --quiet "$seeds" >/dev/null 2>"$work/err.txt"
  status=$?
  after=$(sha256sum "$db" 2>/dev/null || echo none)
  expect "$name: exit status $status, want 1" test "$status" = 1
  expect "$name: message says '$pattern' (got: $(head -c 300 "$work/err.txt"))" grep -q "$pattern" "$work/err.txt"
  expect "$name: the file is untouched" test "$before" = "$after"
  expect "$name: no journal or WAL left beside it" test ! -e "$db-wal" -a ! -e "$db-journal"
}

head -c 65536 /dev/urandom >"$work/garbage.db"
refused "random bytes" "$work/garbage.db" "not an SQLite database"

"$reckon" ingest --db "$work/good.db" --quiet "$seeds" 2>/dev/null
expect "a fresh database is created" test -s "$work/good.db"
head -c 3000 "$work/good.db" >"$work/truncated.db"
refused "truncated SQLite file" "$work/truncated.db" "not an SQLite database\|damaged\|malformed"

cp "$work/good.db" "$work/newer.db"
python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("PRAGMA user_version = 999"); c.commit()' "$work/newer.db"
refused "newer schema" "$work/newer.db" "schema version 999 is newer"

mkdir "$work/folder.db"
timeout 60 "$reckon" ingest --db "$work/folder.db" --quiet "$seeds" >/dev/null 2>"$work/err.txt"
expect "a folder as database: exit 1" test $? = 1
expect "a folder as database: named" grep -q "folder.db" "$work/err.txt"
timeout 60 "$reckon" ingest --db "$work/missing/x.db" --quiet "$seeds" >/dev/null 2>"$work/err.txt"
expect "a database in a missing folder: exit 1" test $? = 1
expect "a database in a missing folder: named" grep -q "missing/x.db" "$work/err.txt"

# Bad reports among good ones: named, and the good ones stored.
mkdir -p "$work/batch"
cp "$seeds"/*.txt "$work/batch/"
mkfifo "$work/batch/fifo.txt"
ln -s "$work/nowhere.txt" "$work/batch/dangling.txt"
printf 'binary\0\0data' >"$work/batch/binary.txt"
timeout 300 "$reckon" ingest --db "$work/batch.db" --quiet "$work/batch" >/dev/null 2>"$work/err.txt"
expect "bad reports in the batch: exit 1" test $? = 1
for name in fifo.txt dangling.txt binary.txt; do
  expect "bad report $name named" grep -q "$name" "$work/err.txt"
done
expect "the good reports are stored" test "$(sql "$work/batch.db" 'SELECT count(*) FROM documents')" = \
  "$(ls "$seeds"/*.txt | wc -l)"

# Full disk.
mkdir "$work/tiny"
if mount -t tmpfs -o size=1M tmpfs "$work/tiny" 2>"$work/mount.err"; then
  mounted=$work/tiny
  timeout 600 "$reckon" ingest --db "$work/tiny/full.db" --quiet --threads 2 "$seeds" "$gva" >/dev/null 2>"$work/err.txt"
  status=$?
  expect "full disk: exit status $status, want 1" test "$status" = 1
  expect "full disk: SQLite's reason given ($(grep -m1 full "$work/err.txt"))" grep -qi "full" "$work/err.txt"
  # The message names the document that did not fit: "reckon: error: ID: ...".
  id=$(grep -m1 -i "full" "$work/err.txt" | sed -n 's/^reckon: error: \([^:]*\):.*/\1/p')
  expect "full disk: the message names a document of the batch (got '$id')" \
    bash -c '[ -n "$1" ] && { grep -qF "\"id\": \"$1\"" "$2" || [ -e "$3/$1" ]; }' _ "$id" "$gva" "$seeds"
  expect "full disk: the batch says it stopped" grep -q "stopped" "$work/err.txt"
  cp "$work/tiny/full.db" "$work/full.db"
  for suffix in -wal -shm; do [ -e "$work/tiny/full.db$suffix" ] && cp "$work/tiny/full.db$suffix" "$work/full.db$suffix"; done
  umount "$work/tiny" && mounted=""
  expect "full disk: integrity_check ok" test "$(sql "$work/full.db" 'PRAGMA integrity_check')" = ok
  stored=$(sql "$work/full.db" 'SELECT count(*) FROM documents')
  expect "full disk: some reports were stored before it filled ($stored)" test "$stored" -gt 0
  expect "full disk: no claim without its incident" test "$(sql "$work/full.db" \
    'SELECT count(*) FROM claims WHERE incident_id IS NULL OR incident_id NOT IN (SELECT incident_id FROM incidents)')" = 0
  expect "full disk: no claim without its document" test "$(sql "$work/full.db" \
    'SELECT count(*) FROM claims WHERE doc_id NOT IN (SELECT doc_id FROM documents)')" = 0
  expect "full disk: the document that did not fit is not stored" test "$(sql "$work/full.db" \
    "SELECT count(*) FROM documents WHERE doc_id = '${id//\'/\'\'}'")" = 0
  # A rerun with room ends where an uninterrupted ingest does.
  "$reckon" ingest --db "$work/full.db" --quiet "$seeds" "$gva" 2>/dev/null
  "$reckon" ingest --db "$work/clean.db" --quiet "$seeds" "$gva" 2>/dev/null
  "$reckon" incidents --db "$work/full.db" --format json >"$work/full.json"
  "$reckon" incidents --db "$work/clean.db" --format json >"$work/clean.json"
  expect "full disk: a rerun with room equals an uninterrupted ingest" cmp -s "$work/full.json" "$work/clean.json"
else
  echo "SKIPPED full-disk case: cannot mount a tmpfs here ($(cat "$work/mount.err"))" >&2
fi

echo "$passes passed, $failures failed"
exit $((failures > 0))
