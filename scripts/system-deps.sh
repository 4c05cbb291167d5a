#!/usr/bin/env bash
# Debian packages the tests and benchmarks use, installed when missing.
# GStreamer's rtmp2sink is a second, independent RTMP encoder for the end-to-end
# tests; nginx with its RTMP module and wrk are the benchmarks' references.
#
# The benchmarks run their own nginx, so installing the package must not leave a
# server on port 80, and nothing else on the machine may be touched: while the
# packages install, a policy-rc.d refuses every service start (Debian's way to
# keep maintainer scripts from starting daemons; one already in place is the
# machine's own and is left alone), and an nginx service this run installed is
# disabled afterwards. No process is stopped by name.
set -euo pipefail
policy=${SYSTEM_DEPS_POLICY_RC_D:-/usr/sbin/policy-rc.d}
want=(gstreamer1.0-tools gstreamer1.0-plugins-base gstreamer1.0-plugins-good
      gstreamer1.0-plugins-bad gstreamer1.0-plugins-ugly nginx-light libnginx-mod-rtmp wrk)
missing=()
for pkg in "${want[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    echo "system-deps: missing ${missing[*]}; install them as root (tests that need them will skip)" >&2
    exit 0
fi
echo "system-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\n# scripts/system-deps.sh: no service starts while it installs packages\nexit 101\n' >"$policy"
    chmod 755 "$policy"
    trap 'rm -f "$policy"' EXIT
fi
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
if [[ " ${missing[*]} " == *" nginx-light "* ]]; then
    # This run installed nginx: its service is not wanted (and, under a policy that let it
    # start, stopped: it is the unit this install added, nothing else).
    if command -v systemctl >/dev/null; then
        systemctl disable --now --quiet nginx.service 2>/dev/null \
            || systemctl disable --quiet nginx.service 2>/dev/null || true
    fi
    if command -v update-rc.d >/dev/null; then
        update-rc.d nginx disable >/dev/null 2>&1 || true
    fi
fi
