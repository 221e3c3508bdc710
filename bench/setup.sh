#!/usr/bin/env bash
# Installs what bench/compare times beside reckon, as root on Debian 12, after
# scripts/setup-debian.sh: Debian's python3-dateparser, and the npm peers pinned in
# bench/peers/package-lock.json. Idempotent. Only Debian's and npm's registries are used.
set -euo pipefail
cd "$(dirname "$0")"
if ! dpkg-query -W -f='${Status}' python3-dateparser 2>/dev/null | grep -q "install ok installed"; then
  echo "bench setup: installing python3-dateparser" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends python3-dateparser >/dev/null
fi
(cd peers && npm ci --no-audit --no-fund >/dev/null)
echo "bench setup: peers ready" >&2
