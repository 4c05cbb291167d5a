"""The data dir: created private, narrowed when open to others, locked by one node at a time."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from sender.datadir import LOCK_FILE, DataDirLock, ensure_private_dir, lock_holder
from sender.errors import DataDirBusy


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_created_0700_with_its_parents(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "data"
    ensure_private_dir(path)
    assert mode(path) == 0o700


def test_an_existing_dir_open_to_others_is_narrowed(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "data"
    path.mkdir()
    os.chmod(path, 0o755)
    ensure_private_dir(path)
    assert mode(path) == 0o700
    assert "was mode 0755" in caplog.text


def test_a_second_lock_names_the_holder_and_the_first_keeps_it(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = DataDirLock.acquire(data)
    try:
        assert (data / LOCK_FILE).read_text() == f"{os.getpid()}\n"
        assert mode(data / LOCK_FILE) == 0o600
        with pytest.raises(DataDirBusy) as busy:
            DataDirLock.acquire(data)
        assert busy.value.pid == os.getpid()
        assert f"pid {os.getpid()}" in str(busy.value) and str(data.resolve()) in str(busy.value)
        assert lock_holder(data) == os.getpid()
    finally:
        first.release()
    again = DataDirLock.acquire(data)  # released: the next node gets it
    again.release()
    assert lock_holder(data) is None


def test_a_lock_held_by_another_process_is_refused_until_that_process_dies(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, pathlib\n"
            "from sender.datadir import DataDirLock\n"
            "lock = DataDirLock.acquire(pathlib.Path(sys.argv[1]))\n"
            "print('locked', flush=True)\n"
            "sys.stdin.read()\n",
            str(data),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
        with pytest.raises(DataDirBusy) as busy:
            DataDirLock.acquire(data)
        assert busy.value.pid == holder.pid
    finally:
        holder.kill()  # no clean-up code runs: the kernel must drop the lock
        holder.wait()
    DataDirLock.acquire(data).release()
