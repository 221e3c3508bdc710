#!/usr/bin/env bash
# Installs everything reckon needs to build, test and serve on Debian 12, as root. Idempotent:
# packages already present are left alone. Only Debian's and npm's registries are used.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake ninja-build pkg-config git python3
  libgtest-dev libgmock-dev libbenchmark-dev
  libsqlite3-dev sqlite3 libsimdjson-dev libcpp-httplib-dev nlohmann-json3-dev
  clang clang-format clang-tidy libclang-rt-dev
  zlib1g-dev chromium
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js and npm build the dashboard; keep an existing Node.js (its npm comes with it).
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
echo "setup: Debian packages ready" >&2
