#!/usr/bin/env bash
# Builds the dashboard (web/) into web/dist with the npm packages pinned in web/package-lock.json.
# build.sh runs this before CMake so that the page is embedded into `reckon serve`. Without npm
# the build goes on and `serve` answers the API only (saying so at /).
set -euo pipefail
cd "$(dirname "$0")/../web"
[ -f package.json ] || exit 0
if ! command -v npm >/dev/null 2>&1; then
  echo "build-web: npm not found; the dashboard page is not built (the API still is)" >&2
  exit 0
fi
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
npm run build --silent >/dev/null
echo "build-web: web/dist built" >&2
