#!/usr/bin/env bash
# End to end: inputs that are hostile as files rather than as text, through `reckon extract`,
# `reckon tag` and standard input. Each is named in a clear message while the rest of the batch
# goes on, nothing hangs, and memory stays bounded:
#   - a 200 MB single-line report, as .txt and as .jsonl (rejected without being read into memory);
#   - the same 200 MB on standard input (rejected at the document size cap);
#   - a FIFO named like a report (opening it would block forever), a dangling symbolic link, a file
#     whose read fails (a link to /proc/self/mem: tests run as root, so chmod 000 would not stop a
#     read), and a folder named like a report (read as a folder);
#   - UTF-16 with a byte-order mark, little- and big-endian, as .txt and as .jsonl (converted).
# Usage: bad_files.sh RECKON
set -uo pipefail
reckon=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
passes=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { passes=$((passes + 1)); }
expect() {  # expect DESCRIPTION COMMAND...: counts a pass or a failure
  local what=$1; shift
  if "$@"; then pass; else fail "$what"; fi
}

# run_measured OUT ERR ARGS...: runs reckon with a time limit; prints "STATUS MAX_RSS_KB".
run_measured() {
  local out=$1 err=$2; shift 2
  # Under AddressSanitizer, freed blocks wait in a quarantine (256 MB by default) that would
  # count as resident memory here; a small one keeps the figure about the reader (other builds
  # ignore the variable).
  ASAN_OPTIONS="${ASAN_OPTIONS:-}:quarantine_size_mb=8" python3 - "$out" "$err" "$reckon" "$@" <<'PY'
import resource, subprocess, sys
out, err, cmd = sys.argv[1], sys.argv[2], sys.argv[3:]
stdin = subprocess.DEVNULL
if cmd[-1].startswith("<"):
    stdin = open(cmd[-1][1:], "rb")
    cmd = cmd[:-1]
try:
    status = subprocess.run(cmd, stdin=stdin, stdout=open(out, "wb"), stderr=open(err, "wb"), timeout=300).returncode
except subprocess.TimeoutExpired:
    status = "timeout"
print(status, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
PY
}

mkdir -p "$work/batch" "$work/batch/folder.txt"
good='A man was wounded in a shooting on Monday, police said.'
printf '%s\n' "$good" >"$work/batch/a_good.txt"
printf 'Two people were killed in a shooting on Sunday.\n' >"$work/batch/folder.txt/inside.txt"
mkfifo "$work/batch/b_fifo.txt"
ln -s "$work/nowhere.txt" "$work/batch/c_dangling.txt"
ln -s /proc/self/mem "$work/batch/d_unreadable.txt"
python3 - "$work/batch" <<'PY'
import json, sys
d = sys.argv[1]
text = "Three people were injured in a shooting on Friday, police said."
open(f"{d}/e_utf16le.txt", "wb").write(b"\xff\xfe" + text.encode("utf-16-le"))
open(f"{d}/f_utf16be.txt", "wb").write(b"\xfe\xff" + text.encode("utf-16-be"))
line = json.dumps({"id": "u16", "published": "2021-03-01", "text": text}) + "\n"
open(f"{d}/g_utf16.jsonl", "wb").write(b"\xff\xfe" + line.encode("utf-16-le"))
PY

# Baseline: the batch without the huge files, for memory.
run_measured "$work/base.out" "$work/base.err" extract "$work/batch" >"$work/base.rss"
read -r base_status base_rss <"$work/base.rss"

# 200 MB on one line: a JSON record whose text never ends, linked as .txt and .jsonl.
python3 - "$work/huge.jsonl" <<'PY'
import sys
chunk = b"a man was killed " * 4096
with open(sys.argv[1], "wb") as f:
    f.write(b'{"id":"huge","text":"')
    for _ in range((200 << 20) // len(chunk)):
        f.write(chunk)
    f.write(b'"}')
PY
ln -s "$work/huge.jsonl" "$work/batch/h_huge.jsonl"
ln -s "$work/huge.jsonl" "$work/batch/h_huge.txt"

for command in extract tag; do
  read -r status rss < <(run_measured "$work/out.jsonl" "$work/err.txt" "$command" "$work/batch")
  expect "$command: exit status $status, want 1 (not a hang, not a crash)" test "$status" = 1
  for id in a_good.txt inside.txt e_utf16le.txt f_utf16be.txt u16; do
    expect "$command: good document $id in the output" grep -q "\"doc\":\"$id\"" "$work/out.jsonl"
  done
  expect "$command: output is valid JSON Lines" python3 -c \
    "import json,sys; [json.loads(l) for l in open(sys.argv[1])]" "$work/out.jsonl"
  expect "$command: 200 MB .txt named with its size and the limit" \
    grep -qE "h_huge.txt: file of [0-9]+ bytes is over the limit" "$work/err.txt"
  expect "$command: 200 MB .jsonl line named with its line number" \
    grep -qE "h_huge.jsonl:1: line of [0-9]+ bytes is over the limit" "$work/err.txt"
  expect "$command: FIFO named and skipped" grep -q "b_fifo.txt.*not a regular file" "$work/err.txt"
  expect "$command: dangling link named" grep -q "c_dangling.txt" "$work/err.txt"
  expect "$command: read error named" grep -q "d_unreadable.txt.*read error" "$work/err.txt"
  expect "$command: UTF-16 conversion reported" grep -q "e_utf16le.txt.*UTF-16" "$work/err.txt"
  expect "$command: UTF-16 text converted" grep -q '"text":"Three' "$work/out.jsonl"
  # The 200 MB must not be held: at most 128 MB (the 64 MB document cap, a 1 MB read chunk, the
  # line's last growth step and sanitizer shadow memory) above the same batch without it.
  expect "$command: memory bounded (max RSS ${rss} KB, baseline ${base_rss} KB)" \
    test "$rss" -lt $((base_rss + 128 * 1024))
  echo "$command: status $status, max RSS ${rss} KB (baseline ${base_rss} KB), $(wc -l <"$work/err.txt") messages" >&2
done

# The same bytes on standard input: read up to the document cap, then rejected.
read -r status rss < <(run_measured "$work/out.jsonl" "$work/err.txt" extract - "<$work/huge.jsonl")
expect "stdin: exit status $status, want 1" test "$status" = 1
expect "stdin: over-limit message" grep -q "over the limit" "$work/err.txt"
expect "stdin: memory bounded (max RSS ${rss} KB)" test "$rss" -lt $((base_rss + 128 * 1024))

# A FIFO given by name on the command line is a pipe the user means to read: it still works.
mkfifo "$work/pipe"
printf '%s\n' "$good" >"$work/pipe" &
writer=$!
timeout 120 "$reckon" extract "$work/pipe" >"$work/out.jsonl" 2>"$work/err.txt"
expect "named pipe on the command line is read" grep -q '"doc":"pipe"' "$work/out.jsonl"
wait "$writer" 2>/dev/null

echo "$passes passed, $failures failed"
exit $((failures > 0))
