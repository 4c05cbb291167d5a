"""The data dir: private to the node's user, and used by one node at a time.

It holds the admin token, the playback secret, the SQLite database and (by
default) the spool, so it is created 0700; one found open to others is
narrowed to 0700 with a warning. A node holds an exclusive `flock` on
`<data dir>/node.lock` for as long as it runs, with its pid written inside:
a second node on the same dir refuses to start and names that pid. The
kernel drops the lock when the process ends, however it ends, so there is
never a stale lock to clear by hand.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import stat
from pathlib import Path

from sender.errors import DataDirBusy

log = logging.getLogger(__name__)

DATA_DIR_MODE = 0o700
LOCK_FILE = "node.lock"


def ensure_private_dir(path: Path) -> None:
    """Create `path` (and its parents) with the leaf 0700; narrow an existing one to 0700."""
    try:
        path.mkdir(mode=DATA_DIR_MODE, parents=True)
        return
    except FileExistsError:
        pass
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        os.chmod(path, DATA_DIR_MODE)
        log.warning("data dir %s was mode %04o; narrowed to %04o", path, mode, DATA_DIR_MODE)


def write_private(path: Path, text: str) -> None:
    """Replace `path` atomically with `text` and a newline, readable by this user only."""
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(text + "\n")
    os.replace(tmp, path)


def lock_holder(data_dir: Path) -> int | None:
    """The pid a running node wrote into the lock file, if that process is alive.

    Reads only: it neither creates the file nor takes the lock (the answer is
    advisory, for `sender doctor`).
    """
    try:
        text = (data_dir / LOCK_FILE).read_text().strip()
    except OSError:
        return None
    if not text.isdigit():
        return None
    pid = int(text)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        pass  # alive, owned by another user
    return pid


class DataDirLock:
    """The exclusive lock one node holds on its data dir."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, data_dir: Path) -> DataDirLock:
        """Create the data dir if needed and lock it; DataDirBusy when another node holds it."""
        ensure_private_dir(data_dir)
        path = data_dir / LOCK_FILE
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip()
            os.close(fd)
            raise DataDirBusy(
                data_dir.resolve(), int(holder) if holder.isdigit() else None
            ) from None
        except BaseException:
            os.close(fd)
            raise
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        return cls(path, fd)

    def release(self) -> None:
        """Drop the lock (idempotent). The file stays: removing it would race the next node."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        os.close(fd)
