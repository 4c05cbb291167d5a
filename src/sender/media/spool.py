"""The spool: packaged files on local disk.

Layout: `<root>/streams/<stream_id>/<generation_id>/<rendition>/<name>`. Files
are written atomically (a temporary name in the same directory, then rename),
so a reader sees a whole file or none. All blocking file work runs in a worker
thread; one writer per generation keeps the writes in order, and goes on
through disk errors (see SpoolWriter): a stream never stops for its spool.

Modes: directories 0750 and files 0640 (at most: the umask may narrow them),
so private streams' media is not readable by other local users; the group
bit lets an operator give a local web server in the node's group read
access to a spool placed outside the 0700 data dir.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import shutil
import stat
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from sender.domain.ids import is_id
from sender.media.manifest import MANIFEST
from sender.media.names import InitName, SegmentName, is_rendition, parse_name

log = logging.getLogger(__name__)

DIR_MODE = 0o750
FILE_MODE = 0o640
# A stop or a shutdown waits this long at most for the disk to take what is queued: a disk
# that hangs (a dead network mount) must not hang the node; what is left is logged.
FLUSH_TIMEOUT_S = 5.0
# While the spool keeps failing, one log line per this interval counts the failures.
LOG_INTERVAL_S = 10.0


class Spool:
    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    def generation_dir(self, stream_id: str, generation_id: str) -> Path:
        if not (is_id(stream_id) and is_id(generation_id)):
            raise ValueError("stream and generation ids must be 32 hex characters")
        return self.root / "streams" / stream_id / generation_id

    def rendition_dir(self, stream_id: str, generation_id: str, rendition: str) -> Path:
        if not is_rendition(rendition):
            raise ValueError(f"bad rendition name {rendition!r}")
        return self.generation_dir(stream_id, generation_id) / rendition

    def media_path(
        self, stream_id: str, generation_id: str, rendition: str, name: str
    ) -> Path | None:
        """The file for a request, or None when the request cannot name a spool file.

        Every part is matched against a strict pattern first, and the result is
        checked to lie inside the root, so no encoding of `..` or a separator
        gets out.
        """
        if not (is_id(stream_id) and is_id(generation_id)):
            return None
        if not is_rendition(rendition) or parse_name(name) is None:
            return None
        path = (self.root / "streams" / stream_id / generation_id / rendition / name).resolve()
        if not path.is_relative_to(self.root):
            return None
        return path

    def resume_point(self, stream_id: str, generation_id: str) -> tuple[int, int]:
        """(next msn, next init id) of a generation that already has files on disk.

        After a node restart a generation goes on; the names it has served are
        immutable in every cache, so numbering continues past them, in every
        rendition (they share their segment numbers).
        """
        msns, inits = [-1], [-1]
        base = self.generation_dir(stream_id, generation_id)
        if not base.is_dir():
            return 0, 0
        for directory in base.iterdir():
            if not (directory.is_dir() and is_rendition(directory.name)):
                continue
            for path in directory.iterdir():
                named = parse_name(path.name)
                if isinstance(named, SegmentName):
                    msns.append(named.msn)
                elif isinstance(named, InitName):
                    inits.append(named.init_id)
        return max(msns) + 1, max(inits) + 1

    def manifests(self, stream_id: str, generation_id: str) -> dict[str, bytes]:
        """Each rendition's manifest (media.manifest) of a generation on disk, by rendition."""
        base = self.generation_dir(stream_id, generation_id)
        found: dict[str, bytes] = {}
        if not base.is_dir():
            return found
        for directory in sorted(base.iterdir()):
            path = directory / MANIFEST
            if directory.is_dir() and is_rendition(directory.name) and path.is_file():
                found[directory.name] = path.read_bytes()
        return found

    def check_writable(self) -> None:
        """Raise OSError when the spool cannot take a file. Creates the root, or closes an
        existing one that any local user may enter to others (a spool of an older version)."""
        make_dirs(self.root)
        mode = stat.S_IMODE(self.root.stat().st_mode)
        if mode & 0o007:
            os.chmod(self.root, mode & ~0o007 & 0o777)
            log.warning("spool %s was mode %04o; closed to other users", self.root, mode)
        probe = self.root / f".probe-{os.getpid()}"
        write_atomic(probe, b"ok")
        probe.unlink()

    def existing_generations(self) -> list[tuple[str, str]]:
        """(stream_id, generation_id) of every generation directory on disk."""
        base = self.root / "streams"
        found: list[tuple[str, str]] = []
        if not base.is_dir():
            return found
        for stream_dir in base.iterdir():
            if not (stream_dir.is_dir() and is_id(stream_dir.name)):
                continue
            for gen_dir in stream_dir.iterdir():
                if gen_dir.is_dir() and is_id(gen_dir.name):
                    found.append((stream_dir.name, gen_dir.name))
        return found

    def remove_generation(self, stream_id: str, generation_id: str) -> None:
        path = self.generation_dir(stream_id, generation_id)
        shutil.rmtree(path, ignore_errors=True)
        with contextlib.suppress(OSError):
            path.parent.rmdir()  # only succeeds when no other generation is left


def make_dirs(path: Path) -> None:
    """`mkdir -p` with DIR_MODE on every directory it creates (Path.mkdir gives parents 0777)."""
    try:
        os.mkdir(path, DIR_MODE)
    except FileExistsError:
        if not path.is_dir():
            raise
    except FileNotFoundError:
        make_dirs(path.parent)
        with contextlib.suppress(FileExistsError):
            os.mkdir(path, DIR_MODE)


def temporary_path(path: Path) -> Path:
    """Where `write_atomic` writes `path` before the rename (a hidden name, never served)."""
    return path.with_name(f".{path.name}.tmp")


def write_atomic(path: Path, data: bytes) -> None:
    """Write `path` whole or not at all; on failure the temporary file is removed when it can be."""
    make_dirs(path.parent)
    tmp = temporary_path(path)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def remove_files(paths: Iterable[Path]) -> list[tuple[Path, OSError]]:
    """Remove every path that exists; the ones that could not be removed, with the error."""
    failed: list[tuple[Path, OSError]] = []
    for path in paths:
        try:
            path.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            failed.append((path, exc))
    return failed


def _write_file(path: Path, data: bytes) -> tuple[OSError, bool] | None:
    """None once `path` is written; else the error, and whether its temporary file is left."""
    try:
        write_atomic(path, data)
    except OSError as exc:
        return exc, os.path.lexists(temporary_path(path))
    return None


@dataclass(frozen=True, slots=True)
class _Write:
    path: Path
    data: bytes
    on_failed: Callable[[], None] | None
    on_written: Callable[[], None] | None


@dataclass(frozen=True, slots=True)
class _Remove:
    paths: tuple[Path, ...]


class SpoolWriter:
    """Writes one generation's files in order, off the event loop; a failing disk never stops it.

    `write` and `remove` only queue; `flush` waits for what is queued, `close`
    drains the queue and ends the writer, both for at most `FLUSH_TIMEOUT_S`.
    The queue is unbounded in count but each item is a file the packager
    already holds in memory, and the writer keeps up with local disk at any
    real bit rate.

    A failed operation (a read-only or full disk, EIO, EACCES) is reported to
    `on_error` (the node's metric), logged (the first of a run of failures at
    once, then one line per `LOG_INTERVAL_S` with the count), and the writer
    goes on with the next item. `failing` holds from a failure until an
    operation succeeds again. A write's `on_written` tells its owner that the
    file is whole on disk (so it may let go of its bytes), `on_failed` that it
    is not (so it keeps serving them from memory). Files that
    could not be removed, and a temporary file a failed write could not clean
    up, are tried once more when the spool takes writes again (there are only
    as many as were on disk when it began to fail); what still fails is left
    to the generation's removal when its retention ends.
    """

    def __init__(
        self,
        name: str,
        *,
        on_error: Callable[[str, OSError], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._name = name
        self._on_error = on_error
        self._clock = clock
        self._queue: asyncio.Queue[_Write | _Remove | None] = asyncio.Queue()
        self._retry: set[Path] = set()  # to remove once the disk takes changes again
        self.failing = False
        self.errors = 0
        self._unlogged = 0  # failures since the last log line
        self._logged_at = 0.0
        self._task = asyncio.create_task(self._run(), name=f"spool-writer:{name}")

    def write(
        self,
        path: Path,
        data: bytes,
        *,
        on_failed: Callable[[], None] | None = None,
        on_written: Callable[[], None] | None = None,
    ) -> None:
        self._queue.put_nowait(_Write(path, data, on_failed, on_written))

    def remove(self, paths: list[Path]) -> None:
        if paths:
            self._queue.put_nowait(_Remove(tuple(paths)))

    @property
    def pending(self) -> int:
        """Operations queued and not yet done."""
        return self._queue.qsize()

    async def flush(self, timeout_s: float | None = None) -> bool:
        """Wait until everything queued so far is done (on disk, or failed and reported).

        False when the disk did not get through it within `timeout_s` (default
        `FLUSH_TIMEOUT_S`): a stop or a shutdown does not wait on it longer.
        """
        limit = FLUSH_TIMEOUT_S if timeout_s is None else timeout_s
        try:
            async with asyncio.timeout(limit):
                await self._queue.join()
        except TimeoutError:
            log.error(
                "%s: the spool did not take %d queued operations within %.0f s; not waiting",
                self._name,
                self.pending,
                limit,
            )
            return False
        return True

    async def close(self, timeout_s: float | None = None) -> None:
        """Finish what is queued (bounded like `flush`), then end the writer."""
        limit = FLUSH_TIMEOUT_S if timeout_s is None else timeout_s
        self._queue.put_nowait(None)
        done, _ = await asyncio.wait({self._task}, timeout=limit)
        if not done:
            log.error(
                "%s: the spool did not take %d queued operations within %.0f s; dropped",
                self._name,
                self.pending,
                limit,
            )
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)

    async def _run(self) -> None:
        while True:
            item = await self._queue.get()
            try:
                if item is None:
                    return
                if isinstance(item, _Write):
                    await self._write(item)
                else:
                    await self._remove(item.paths)
            except Exception:
                # Not a disk error (those are handled above): still, the writer goes on.
                log.exception("%s: spool writer failed on an item; going on", self._name)
            finally:
                self._queue.task_done()

    async def _write(self, item: _Write) -> None:
        result = await asyncio.to_thread(_write_file, item.path, item.data)
        if result is not None:
            exc, leftover = result
            if leftover:
                self._retry.add(temporary_path(item.path))
            self._failed("write", item.path, exc)
            if item.on_failed is not None:
                item.on_failed()
            return
        if item.on_written is not None:
            item.on_written()
        recovered = self.failing
        self._succeeded()
        if recovered and self._retry:
            await self._remove_leftovers()

    async def _remove(self, paths: tuple[Path, ...]) -> None:
        failed = await asyncio.to_thread(remove_files, paths)
        for path, exc in failed:
            self._retry.add(path)
            self._failed("remove", path, exc)
        if not failed:
            self._succeeded()

    async def _remove_leftovers(self) -> None:
        """Once the disk takes writes again: what it would not remove before, tried once more.

        What still fails is counted and left to the generation's removal at the
        end of its retention; the spool itself works, so it is not `failing`.
        """
        retry, self._retry = tuple(sorted(self._retry)), set()
        failed = await asyncio.to_thread(remove_files, retry)
        for path, exc in failed:
            self._failed("remove", path, exc)
            self.failing = False
        if len(failed) < len(retry):
            log.info(
                "%s: removed %d files left from when the spool failed",
                self._name,
                len(retry) - len(failed),
            )

    def _failed(self, operation: str, path: Path, exc: OSError) -> None:
        self.errors += 1
        self._unlogged += 1
        if self._on_error is not None:
            self._on_error(operation, exc)
        now = self._clock()
        if not self.failing or now - self._logged_at >= LOG_INTERVAL_S:
            log.error(
                "%s: spool %s failed for %s: %s (%d failed since the last report)",
                self._name,
                operation,
                path,
                exc.strerror or exc,
                self._unlogged,
            )
            self._unlogged = 0
            self._logged_at = now
        self.failing = True

    def _succeeded(self) -> None:
        if self.failing:
            log.warning(
                "%s: the spool takes writes again (%d operations failed in all)",
                self._name,
                self.errors,
            )
            self._unlogged = 0
        self.failing = False
