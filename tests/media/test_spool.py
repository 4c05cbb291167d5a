"""The spool: what a request may name, where generations resume, atomic writes, removal,
and a writer that goes on through disk errors."""

from __future__ import annotations

import asyncio
import errno
import logging
import time
from pathlib import Path

import pytest

from sender.media.spool import Spool, SpoolWriter, write_atomic

SID = "a" * 32
GID = "b" * 32


@pytest.fixture
def spool(tmp_path: Path) -> Spool:
    return Spool(tmp_path / "spool")


def test_media_path_lies_in_the_rendition_directory(spool: Spool) -> None:
    path = spool.media_path(SID, GID, "source", "seg-12.m4s")
    assert path == spool.root / "streams" / SID / GID / "source" / "seg-12.m4s"
    assert spool.media_path(SID, GID, "low_360p", "part-3.2.m4s") is not None
    assert spool.media_path(SID, GID, "source", "init-0.mp4") is not None


@pytest.mark.parametrize(
    "stream_id, generation_id, rendition, name",
    [
        ("..", GID, "source", "seg-0.m4s"),
        (SID, "../" + GID[3:], "source", "seg-0.m4s"),
        (SID.upper(), GID, "source", "seg-0.m4s"),
        (SID, GID, "..", "seg-0.m4s"),
        (SID, GID, "source/..", "seg-0.m4s"),
        (SID, GID, "Source", "seg-0.m4s"),
        (SID, GID, "source", "../../../admin-token"),
        (SID, GID, "source", "seg-0.m4s/../x"),
        (SID, GID, "source", ".seg-0.m4s.tmp"),
        (SID, GID, "source", "seg-0.m4s\x00.txt"),
        (SID, GID, "source", "seg-1234567890123.m4s"),
        (SID, GID, "source", "part-1.123456.m4s"),
        (SID, GID, "source", "init-1234567890.mp4"),
        (SID, GID, "source", "sender.db"),
        (SID, GID, "source", ""),
    ],
)
def test_media_path_refuses_what_names_no_spool_file(
    spool: Spool, stream_id: str, generation_id: str, rendition: str, name: str
) -> None:
    assert spool.media_path(stream_id, generation_id, rendition, name) is None


def test_media_path_refuses_a_symlinked_escape(spool: Spool, tmp_path: Path) -> None:
    directory = spool.rendition_dir(SID, GID, "source")
    directory.mkdir(parents=True)
    (tmp_path / "secret").write_text("no")
    (directory / "seg-0.m4s").symlink_to(tmp_path / "secret")
    assert spool.media_path(SID, GID, "source", "seg-0.m4s") is None


def test_directories_refuse_bad_ids_and_renditions(spool: Spool) -> None:
    with pytest.raises(ValueError):
        spool.generation_dir("x", GID)
    with pytest.raises(ValueError):
        spool.rendition_dir(SID, GID, "../x")


def test_resume_point_continues_past_every_rendition(spool: Spool) -> None:
    assert spool.resume_point(SID, GID) == (0, 0)
    for rendition, names in {
        "source": ["init-0.mp4", "init-1.mp4", "seg-7.m4s", "seg-8.m4s", ".seg-9.m4s.tmp"],
        "low": ["init-2.mp4", "seg-9.m4s", "notes.txt"],
    }.items():
        directory = spool.rendition_dir(SID, GID, rendition)
        directory.mkdir(parents=True)
        for name in names:
            (directory / name).write_bytes(b"x")
    assert spool.resume_point(SID, GID) == (10, 3)


def test_existing_generations_and_removal(spool: Spool) -> None:
    other = "c" * 32
    for gid in (GID, other):
        spool.rendition_dir(SID, gid, "source").mkdir(parents=True)
    (spool.root / "streams" / "not-an-id").mkdir()
    assert sorted(spool.existing_generations()) == [(SID, GID), (SID, other)]
    spool.remove_generation(SID, GID)
    assert spool.existing_generations() == [(SID, other)]
    spool.remove_generation(SID, other)
    assert not (spool.root / "streams" / SID).exists()  # the stream directory goes last


def test_write_atomic_leaves_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "a" / "seg-0.m4s"
    write_atomic(path, b"one")
    write_atomic(path, b"two")
    assert path.read_bytes() == b"two"
    assert [p.name for p in path.parent.iterdir()] == ["seg-0.m4s"]


async def test_writer_keeps_order_and_flushes(tmp_path: Path) -> None:
    writer = SpoolWriter("test")
    path = tmp_path / "seg-0.m4s"
    writer.write(path, b"first")
    writer.write(path, b"second")
    writer.remove([tmp_path / "never-was"])
    await writer.flush()
    assert path.read_bytes() == b"second"
    writer.remove([path])
    await writer.close()
    assert not path.exists()


async def test_writer_goes_on_after_a_failed_write(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_bytes(b"")
    writer = SpoolWriter("test")
    writer.write(blocked / "seg-0.m4s", b"x")  # a file where a directory should be
    writer.write(tmp_path / "ok" / "seg-1.m4s", b"y")
    await asyncio.wait_for(writer.flush(), 5)
    assert (tmp_path / "ok" / "seg-1.m4s").read_bytes() == b"y"
    await writer.close()


def test_a_write_that_fails_after_its_temporary_file_leaves_none(tmp_path: Path) -> None:
    target = tmp_path / "seg-0.m4s"
    target.mkdir()  # the rename cannot replace a directory
    (target / "x").write_bytes(b"")
    with pytest.raises(OSError):
        write_atomic(target, b"data")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["seg-0.m4s"]


class Errors:
    """The writer's on_error hook: what failed, by operation and errno."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str]] = []

    def __call__(self, operation: str, exc: OSError) -> None:
        self.seen.append((operation, errno.errorcode.get(exc.errno or 0, "?")))


async def test_a_failed_remove_does_not_stop_later_writes(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    stuck = tmp_path / "seg-0.m4s"
    stuck.mkdir()  # unlink() refuses a directory: a remove that fails, even as root
    errors = Errors()
    writer = SpoolWriter("stream tv", on_error=errors)
    writer.remove([stuck])
    for n in range(1, 4):
        writer.write(tmp_path / f"seg-{n}.m4s", b"x" * n)
    assert await writer.flush(timeout_s=5)
    assert [(tmp_path / f"seg-{n}.m4s").read_bytes() for n in range(1, 4)] == [b"x", b"xx", b"xxx"]
    # Tried again once the spool took a write; still refused: counted, left for the
    # retention's removal of the whole generation.
    assert [op for op, _ in errors.seen] == ["remove", "remove"]
    assert writer.errors == 2
    assert not writer.failing  # the writes after it succeeded
    assert "stream tv: spool remove failed" in caplog.text
    await asyncio.wait_for(writer.close(), 5)


async def test_failures_are_counted_and_logged_without_flooding(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_bytes(b"")  # a file where the rendition directory should be
    errors = Errors()
    failed: list[int] = []
    writer = SpoolWriter("stream tv", on_error=errors)
    caplog.set_level(logging.WARNING)
    for n in range(50):
        writer.write(blocked / f"seg-{n}.m4s", b"x", on_failed=lambda n=n: failed.append(n))
    assert await writer.flush(timeout_s=5)
    assert failed == list(range(50))
    assert errors.seen == [("write", "EEXIST")] * 50
    assert writer.failing
    assert caplog.text.count("spool write failed") == 1  # one line, not fifty
    blocked.unlink()
    writer.write(blocked / "seg-50.m4s", b"y")  # the disk recovered
    assert await writer.flush(timeout_s=5)
    assert (blocked / "seg-50.m4s").read_bytes() == b"y"
    assert not writer.failing
    assert "takes writes again (50 operations failed in all)" in caplog.text
    await writer.close()


async def test_files_it_could_not_remove_are_removed_once_the_disk_recovers(
    tmp_path: Path,
) -> None:
    stuck = tmp_path / "seg-0.m4s"
    stuck.mkdir()
    writer = SpoolWriter("stream tv")
    writer.remove([stuck])
    await writer.flush(timeout_s=5)
    assert writer.failing and stuck.is_dir()
    stuck.rmdir()
    stuck.write_bytes(b"old segment")  # removable now
    writer.write(tmp_path / "seg-1.m4s", b"new")
    await writer.flush(timeout_s=5)
    assert not stuck.exists()
    assert not writer.failing
    await writer.close()


async def test_flush_and_close_do_not_wait_for_ever_on_a_disk_that_hangs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sender.media.spool as spool_module

    release = asyncio.Event()
    loop = asyncio.get_running_loop()

    def hanging_write(path: Path, data: bytes) -> None:
        # Stands for a write into a dead network mount: it returns when the test says so.
        asyncio.run_coroutine_threadsafe(release.wait(), loop).result()

    monkeypatch.setattr(spool_module, "write_atomic", hanging_write)
    writer = SpoolWriter("stream tv")
    writer.write(tmp_path / "seg-0.m4s", b"x")
    writer.write(tmp_path / "seg-1.m4s", b"x")
    started = time.monotonic()
    assert not await writer.flush(timeout_s=0.3)
    await writer.close(timeout_s=0.3)
    assert time.monotonic() - started < 3
    release.set()
