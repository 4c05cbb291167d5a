"""The set-up scripts `make test` runs, against fake system tools on PATH.

scripts/system-deps.sh installs Debian packages as root; run for real it
would change this machine. Here `id`, `dpkg-query`, `apt-get`, `systemctl`,
`update-rc.d`, `pkill` and `killall` are stand-ins that record how they were
called, and the fake `apt-get install` plays a maintainer script: it asks the
policy-rc.d whether it may start nginx, as invoke-rc.d does.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SYSTEM_DEPS = ROOT / "scripts" / "system-deps.sh"
PLAYER_BUILD = ROOT / "scripts" / "player-build.sh"

RECORDER = """#!/bin/bash
echo "$(basename "$0") $*" >> "$CALLS"
"""
FAKES = {
    "id": '#!/bin/bash\n[ "$1" = -u ] && echo 0 || /usr/bin/id "$@"\n',
    "dpkg-query": "#!/bin/bash\nexit 1\n",  # nothing is installed
    "apt-get": RECORDER
    + """if [ "$1" = install ]; then
    if [ -x "$POLICY" ]; then "$POLICY" nginx start; echo "policy nginx start: $?" >> "$CALLS"
    else echo "policy nginx start: none" >> "$CALLS"; fi
fi
""",
    "systemctl": RECORDER,
    "update-rc.d": RECORDER,
    "pkill": RECORDER,
    "killall": RECORDER,
}


def _fake_bin(tmp_path: Path) -> Path:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name, text in FAKES.items():
        path = bin_dir / name
        path.write_text(text)
        path.chmod(0o755)
    return bin_dir


def _run_system_deps(tmp_path: Path, policy: Path) -> list[str]:
    calls = tmp_path / "calls"
    env = {
        "PATH": f"{_fake_bin(tmp_path)}:/usr/bin:/bin",
        "CALLS": str(calls),
        "POLICY": str(policy),
        "SYSTEM_DEPS_POLICY_RC_D": str(policy),
    }
    out = subprocess.run(
        ["bash", str(SYSTEM_DEPS)], env=env, capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    return calls.read_text().splitlines() if calls.exists() else []


def test_installing_starts_no_service_and_stops_nothing_by_name(tmp_path: Path) -> None:
    policy = tmp_path / "policy-rc.d"
    calls = _run_system_deps(tmp_path, policy)
    assert not [c for c in calls if c.startswith(("pkill", "killall"))], calls
    install = next(c for c in calls if c.startswith("apt-get install"))
    assert "nginx-light" in install
    # While the packages installed, a maintainer script asking to start nginx was refused.
    assert "policy nginx start: 101" in calls
    assert not policy.exists()  # the temporary policy is gone afterwards
    # The nginx service this run installed is left disabled, and only that unit is touched.
    systemctl = [c for c in calls if c.startswith("systemctl")]
    assert systemctl and all("nginx.service" in c and "disable" in c for c in systemctl), calls
    assert "update-rc.d nginx disable" in calls


def test_a_policy_already_in_place_is_the_machines_and_stays(tmp_path: Path) -> None:
    policy = tmp_path / "policy-rc.d"
    policy.write_text("#!/bin/sh\nexit 0\n")
    policy.chmod(0o755)
    calls = _run_system_deps(tmp_path, policy)
    assert policy.read_text() == "#!/bin/sh\nexit 0\n"
    assert "policy nginx start: 0" in calls
    assert not [c for c in calls if c.startswith(("pkill", "killall"))], calls


def test_the_player_check_skips_without_node_and_says_why(tmp_path: Path) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    # A PATH with the shell tools the script needs and no node or npm.
    for tool in ("bash", "dirname", "cmp", "mktemp", "rm", "basename", "cat"):
        found = shutil.which(tool)
        if found:
            os.symlink(found, bin_dir / tool)
    env = {"PATH": str(bin_dir)}
    check = subprocess.run(
        ["bash", str(PLAYER_BUILD), "--check"], env=env, capture_output=True, text=True
    )
    assert check.returncode == 0, check.stderr
    assert "node is not installed" in check.stderr and "skipped" in check.stderr
    build = subprocess.run(["bash", str(PLAYER_BUILD)], env=env, capture_output=True, text=True)
    assert build.returncode == 1  # building the bundle does need node
    assert "Node.js 20+" in build.stderr


def test_the_player_check_skips_with_an_old_node(tmp_path: Path) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    node = bin_dir / "node"
    node.write_text("#!/bin/bash\necho v18.19.0\n")
    node.chmod(node.stat().st_mode | stat.S_IXUSR)
    for tool in ("bash", "dirname"):
        found = shutil.which(tool)
        if found:
            os.symlink(found, bin_dir / tool)
    check = subprocess.run(
        ["bash", str(PLAYER_BUILD), "--check"],
        env={"PATH": str(bin_dir)},
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0, check.stderr
    assert "v18.19.0" in check.stderr and "skipped" in check.stderr
