#!/usr/bin/env bash
# End to end: bad input to `reckon extract` and `reckon tag` gets a message naming the input and
# the reason, a non-zero exit status at the end, and every good document is still processed.
set -uo pipefail
reckon=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

mkdir -p "$work/batch"
printf 'A man was wounded in a shooting on Monday, police said.\n' >"$work/batch/a_good.txt"
printf 'binary\0\0\0data' >"$work/batch/b_binary.txt"
: >"$work/batch/c_empty.txt"
printf 'Two people were killed in Terter \xff\xfe on Sunday.\n' >"$work/batch/d_badutf8.txt"
{
  printf '{"id":"j1","published":"2020-10-04","text":"Three people were injured."}\n'
  printf '{"id":"j2","text": not json}\n'
  printf '{"id":"j3","published":"2020-10-05"}\n'
  printf '{"id":"j4","published":"2020-10-06","text":"No one was hurt."}\n'
  printf '{"id":"j5","text":"A man was shot dead on Monday."}\n'
} >"$work/batch/e_lines.jsonl"
printf '\xff\xfeU\0T\0F\0-\0001\0006\0 \0t\0e\0x\0t\0' >"$work/batch/f_utf16.txt"

for command in extract tag; do
  "$reckon" "$command" "$work/batch" >"$work/out.jsonl" 2>"$work/err.txt"
  status=$?
  [ "$status" -eq 1 ] || fail "$command: exit status $status, want 1"
  docs=$(wc -l <"$work/out.jsonl")
  for id in a_good.txt d_badutf8.txt j1 j4 j5; do
    grep -q "\"doc\":\"$id\"" "$work/out.jsonl" || fail "$command: good document $id missing from output"
  done
  grep -q "b_binary.txt" "$work/err.txt" || fail "$command: no message naming the binary file"
  grep -q "c_empty.txt" "$work/err.txt" || fail "$command: no message naming the empty file"
  grep -q "e_lines.jsonl:2" "$work/err.txt" || fail "$command: no message naming the malformed line 2"
  grep -q "e_lines.jsonl:3" "$work/err.txt" || fail "$command: no message naming line 3 without text"
  grep -q "d_badutf8.txt" "$work/err.txt" || fail "$command: no warning naming the invalid UTF-8 file"
  grep -q "e_lines.jsonl:5: no publication date" "$work/err.txt" ||
    fail "$command: no warning naming line 5, which has no date"
  grep -q "a_good.txt: no publication date" "$work/err.txt" ||
    fail "$command: no warning naming the article without a date"
  grep -q "e_lines.jsonl:4" "$work/err.txt" && fail "$command: a dated line was warned about"
  python3 -c "import json,sys; [json.loads(l) for l in open(sys.argv[1])]" "$work/out.jsonl" ||
    fail "$command: output is not valid JSON Lines"
  echo "$command: $docs documents out, $(wc -l <"$work/err.txt") messages" >&2
done

"$reckon" extract "$work/does-not-exist" >/dev/null 2>"$work/err.txt"
[ $? -eq 1 ] || fail "missing input: want exit status 1"
grep -q "does-not-exist" "$work/err.txt" || fail "missing input: message does not name it"

"$reckon" extract --format yaml "$work/batch" >/dev/null 2>&1
[ $? -eq 2 ] || fail "unknown format: want usage error 2"

if [ "$failures" -eq 0 ]; then echo "bad_input: all checks passed"; fi
exit $((failures > 0))
