"""The spool: packaged files on local disk.

Layout: `<root>/streams/<stream_id>/<generation_id>/<rendition>/<name>`. Files
are written atomically (a temporary name in the same directory, then rename),
so a reader sees a whole file or none. All blocking file work runs in a worker
thread; one writer per generation keeps the writes in order.

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
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sender.domain.ids import is_id
from sender.media.manifest import MANIFEST
from sender.media.names import InitName, SegmentName, is_rendition, parse_name

log = logging.getLogger(__name__)

DIR_MODE = 0o750
FILE_MODE = 0o640


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


def write_atomic(path: Path, data: bytes) -> None:
    make_dirs(path.parent)
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, FILE_MODE)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.replace(tmp, path)


def remove_files(paths: Iterable[Path]) -> None:
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


@dataclass(frozen=True, slots=True)
class _Write:
    path: Path
    data: bytes


@dataclass(frozen=True, slots=True)
class _Remove:
    paths: tuple[Path, ...]


class SpoolWriter:
    """Writes one generation's files in order, off the event loop.

    `write` and `remove` only queue; `close` drains the queue. The queue is
    unbounded in count but each item is a file the packager already holds in
    memory, and the writer keeps up with local disk at any real bit rate.
    """

    def __init__(self, name: str) -> None:
        self._queue: asyncio.Queue[_Write | _Remove | None] = asyncio.Queue()
        self._task = asyncio.create_task(self._run(), name=f"spool-writer:{name}")

    def write(self, path: Path, data: bytes) -> None:
        self._queue.put_nowait(_Write(path, data))

    def remove(self, paths: list[Path]) -> None:
        if paths:
            self._queue.put_nowait(_Remove(tuple(paths)))

    async def flush(self) -> None:
        """Wait until everything queued so far is on disk."""
        await self._queue.join()

    async def close(self) -> None:
        self._queue.put_nowait(None)
        await self._task

    async def _run(self) -> None:
        while True:
            item = await self._queue.get()
            try:
                if item is None:
                    return
                if isinstance(item, _Write):
                    try:
                        await asyncio.to_thread(write_atomic, item.path, item.data)
                    except OSError as exc:
                        # Losing a file is bad, but stopping the stream is worse: log it.
                        log.error("spool write failed for %s: %s", item.path, exc)
                else:
                    await asyncio.to_thread(remove_files, item.paths)
            finally:
                self._queue.task_done()
