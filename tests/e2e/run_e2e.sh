#!/usr/bin/env bash
# End-to-end test of the dashboard: fills a database with the bundled samples, starts
# `reckon serve` on 127.0.0.1 (a free port), and drives headless Chromium through it with
# dashboard.e2e.mjs. Skips (exit 77) when Chromium, node, playwright-core or the built page is
# missing. Screenshots and downloads go to OUT_DIR.
# usage: run_e2e.sh RECKON RECKON_SERVE_E2E SOURCE_DIR OUT_DIR
set -u
reckon=$1 serve_bin=$2 source=$3 out=$4
chromium=${RECKON_CHROMIUM:-/usr/bin/chromium}

skip() { echo "e2e: skipped: $*"; exit 77; }
[ -x "$chromium" ] || skip "no Chromium at $chromium (apt-get install chromium)"
command -v node >/dev/null || skip "no node"
[ -d "$source/web/node_modules/playwright-core" ] || skip "no web/node_modules (npm ci in web/)"

rm -rf "$out" && mkdir -p "$out"
db="$out/e2e.db"
"$reckon" ingest --quiet --db "$db" "$source/samples" || { echo "e2e: ingest failed"; exit 1; }

# The real command when the CLI dispatches it, else the same code in its own binary.
if "$reckon" help serve 2>/dev/null; then server=("$reckon" serve); else server=("$serve_bin"); fi
"${server[@]}" --db "$db" --host 127.0.0.1 --port 0 --quiet 2>"$out/server.log" &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null' EXIT

url=""
for _ in $(seq 1 100); do
  url=$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$out/server.log" | head -n 1)
  [ -n "$url" ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$out/server.log"; echo "e2e: the server did not start"; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { echo "e2e: no address in the server log"; exit 1; }
if ! node -e 'fetch(process.argv[1]).then((r) => r.json()).then((s) => process.exit(s.dashboard ? 0 : 3))' \
    "${url}api/status"; then
  skip "this build has no dashboard (npm run build in web/, then rebuild)"
fi

RECKON_CHROMIUM="$chromium" node "$(dirname "$0")/dashboard.e2e.mjs" "$url" "$out" "$source"
