"""The spool: what a request may name, where generations resume, atomic writes, removal."""

from __future__ import annotations

import asyncio
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
