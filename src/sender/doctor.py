"""`sender doctor`: is this machine ready to run a node? Each check prints one line.

Doctor creates nothing: before the first start the data dir, the spool and
the SQLite database do not exist yet, and that is ready, not a failure (the
node creates them, private, and migrates the schema). What it checks then is
that they can be created. Exit 0 when every check is ok.
"""

from __future__ import annotations

import asyncio
import stat
import subprocess
import tempfile
from pathlib import Path

from sqlalchemy.engine import make_url

from sender.config import Settings, find_ffmpeg
from sender.datadir import DATA_DIR_MODE, lock_holder
from sender.errors import ConfigError
from sender.store.repository import Repository, sqlite_file

Check = tuple[bool, str]


def _check_ffmpeg(settings: Settings) -> Check:
    try:
        path = find_ffmpeg(settings)
    except ConfigError as exc:
        return False, str(exc)
    try:
        out = subprocess.run(
            [path, "-hide_banner", "-version"], capture_output=True, text=True, timeout=20
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return False, f"{path} does not run: {exc}"
    if out.returncode != 0:
        return False, f"{path} exited {out.returncode}"
    version = out.stdout.splitlines()[0] if out.stdout else "unknown version"
    muxers = subprocess.run(
        [path, "-hide_banner", "-muxers"], capture_output=True, text=True, timeout=20
    ).stdout
    if " mp4 " not in muxers:
        return False, f"{path} has no mp4 muxer"
    return True, f"{path} ({version})"


def _can_write(directory: Path) -> str | None:
    """None when a file can be made in `directory`, else why not.

    A real probe, not os.access (which says yes to root on a read-only disk),
    and one that leaves nothing behind: an unnamed temporary file (O_TMPFILE
    where the system has it, else created and unlinked at once).
    """
    try:
        with tempfile.TemporaryFile(dir=directory):
            return None
    except OSError as exc:
        return exc.strerror or str(exc)


def _check_dir(path: Path, what: str) -> Check:
    """An existing directory that takes files, or the nearest existing parent that would."""
    path = path.absolute()
    if path.exists():
        if not path.is_dir():
            return False, f"{path} is not a directory"
        why = _can_write(path)
        return (False, f"{path} is not writable: {why}") if why else (True, str(path))
    parent = path.parent
    while not parent.exists():
        parent = parent.parent
    if not parent.is_dir():
        return False, f"{path} cannot be created: {parent} is not a directory"
    why = _can_write(parent)
    if why:
        return False, f"{path} cannot be created: {parent} is not writable: {why}"
    return True, f"{path} (not there yet: {what})"


def _check_data_dir(settings: Settings) -> Check:
    ok, detail = _check_dir(settings.data_dir, f"created {DATA_DIR_MODE:04o} at first start")
    if not ok or not settings.data_dir.is_dir():
        return ok, detail
    mode = stat.S_IMODE(settings.data_dir.stat().st_mode)
    if mode & 0o077:
        detail += f", mode {mode:04o} (the node narrows it to {DATA_DIR_MODE:04o} at start)"
    holder = lock_holder(settings.data_dir)
    if holder is not None:
        detail += f", in use by the node with pid {holder}"
    return ok, detail


def _check_spool(settings: Settings) -> Check:
    return _check_dir(settings.resolved_spool_root, "created at first start")


async def _check_store(settings: Settings) -> Check:
    url = settings.resolved_database_url
    shown = make_url(url).render_as_string(hide_password=True)
    database_file = sqlite_file(url)
    if database_file is not None and not database_file.exists():
        ok, detail = _check_dir(database_file.parent, "created at first start")
        if not ok:
            return False, f"{shown}: {detail}"
        return True, f"{shown}: not created yet; the node creates and migrates it at first start"
    try:
        repo = await Repository.open(url)
    except Exception as exc:
        return False, f"{shown}: cannot open: {exc}"
    try:
        await repo.ping()
        current = await repo.schema_is_current()
    except Exception as exc:
        return False, f"{shown}: unreachable: {type(exc).__name__}: {exc}"
    finally:
        await repo.close()
    if not current:
        return True, f"{shown}: reachable; the node migrates the schema when it starts"
    return True, f"{shown}: reachable, schema current"


def run_doctor(settings: Settings) -> int:
    results = [
        ("ffmpeg", *_check_ffmpeg(settings)),
        ("data dir", *_check_data_dir(settings)),
        ("spool", *_check_spool(settings)),
        ("store", *asyncio.run(_check_store(settings))),
    ]
    for name, ok, detail in results:
        print(f"[{'ok' if ok else 'FAIL'}] {name}: {detail}")
    return 0 if all(ok for _, ok, _ in results) else 1
