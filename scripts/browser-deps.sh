#!/usr/bin/env bash
# What the browser tests need: Debian's chromium and the player's npm packages (playwright-core,
# hls.js). Fast and silent when both are present. Without root and without chromium it says so
# and exits 0; the browser tests then skip with that reason.
set -euo pipefail
cd "$(dirname "$0")/.."
chromium=${CHROMIUM:-/usr/bin/chromium}

if [ ! -x "$chromium" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "browser-deps: installing chromium"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends chromium >/dev/null
    else
        echo "browser-deps: $chromium is missing; install it as root (apt-get install -y chromium); the browser tests will skip" >&2
    fi
fi

if ! command -v npm >/dev/null; then
    echo "browser-deps: npm is missing (Node.js 20+); the browser tests will skip" >&2
    exit 0
fi
if [ ! -f player/node_modules/.package-lock.json ] \
   || [ player/package-lock.json -nt player/node_modules/.package-lock.json ]; then
    echo "browser-deps: npm ci in player/"
    (cd player && npm ci --no-audit --no-fund --loglevel=error)
fi
