#!/usr/bin/env bash
# Builds the dashboard (web/) into web/dist with the npm packages pinned in web/package-lock.json.
# build.sh runs this before CMake so that the page is embedded into `reckon serve`. Without npm
# the build goes on and `serve` answers the API only (saying so at /).
set -euo pipefail
web="$(dirname "$0")/../web"
[ -f "$web/package.json" ] || exit 0
cd "$web"
if ! command -v npm >/dev/null 2>&1; then
  echo "build-web: npm not found; the dashboard page is not built (the API still is)" >&2
  exit 0
fi
# Vite 7 needs Node.js 20.19 or later (this machine kind ships Node 20; Debian's own nodejs is 18).
if { [ -d node_modules ] && [ ! package-lock.json -nt node_modules ]; } || npm ci --no-audit --no-fund --loglevel=error; then
  if npm run build --silent >/dev/null; then
    echo "build-web: web/dist built" >&2
    exit 0
  fi
fi
echo "build-web: the dashboard page could not be built (Node.js $(node --version 2>/dev/null)); serve answers the API only" >&2
