#!/usr/bin/env bash
# Builds the viewer page bundle (player/ -> src/sender/web/static/), which is committed so that
# installing Sender needs no Node.js.
#   scripts/player-build.sh           rebuild the committed bundle
#   scripts/player-build.sh --check   rebuild into a temporary directory and fail if it differs
#                                     from the committed bundle (a stale or hand-edited bundle);
#                                     skipped, with a message, without Node.js 20+
set -euo pipefail
cd "$(dirname "$0")/.."
static=src/sender/web/static

# Without Node.js 20+ the bundle cannot be built. Checking it is then skipped with a message
# (`make test` runs the check; installing and running Sender need no Node.js); building fails.
why=""
if ! command -v node >/dev/null; then
    why="node is not installed"
elif ! node --version | grep -Eq '^v([2-9][0-9]|[1-9][0-9]{2,})\.'; then
    why="node $(node --version) is older than 20"
fi
if [ -n "$why" ]; then
    if [ "${1:-}" = "--check" ]; then
        echo "player-build: $why (Node.js 20+ is needed): check of the committed bundle skipped" >&2
        exit 0
    fi
    echo "player-build: $why (Node.js 20+ is needed)" >&2
    exit 1
fi
# Install exactly the locked packages when node_modules is missing or older than the lockfile.
if [ ! -f player/node_modules/.package-lock.json ] \
   || [ player/package-lock.json -nt player/node_modules/.package-lock.json ]; then
    echo "player-build: npm ci"
    (cd player && npm ci --no-audit --no-fund --loglevel=error)
fi

(cd player && node_modules/.bin/tsc --noEmit -p .)

if [ "${1:-}" = "--check" ]; then
    out=$(mktemp -d)
    trap 'rm -rf "$out"' EXIT
    (cd player && node build.mjs "$out")
    # Compare exactly what the build produces; static/ also holds hand-written assets
    # (the admin dashboard's), which are not the build's business.
    stale=0
    for built in "$out"/*; do
        name=$(basename "$built")
        if ! cmp -s "$built" "$static/$name"; then
            echo "player-build: $static/$name differs from a fresh build" >&2
            stale=1
        fi
    done
    if [ "$stale" != 0 ]; then
        echo "player-build: run scripts/player-build.sh and commit" >&2
        exit 1
    fi
    echo "player-build: $static matches a fresh build"
else
    (cd player && node build.mjs)
    echo "player-build: built $static"
fi
