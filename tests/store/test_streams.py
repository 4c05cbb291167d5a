"""Streams: create, read, list, update, soft delete; slugs unique among live streams."""

from __future__ import annotations

import asyncio
import logging

import pytest

from sender.domain.ladder import Rung
from sender.domain.streams import LatencyMode, Stream, Visibility
from sender.errors import Conflict, NotFound
from sender.store.repository import Repository
from sender.store.schema import streams


async def _create(repo: Repository, slug: str, **kw: object) -> Stream:
    args: dict[str, object] = {
        "title": slug.title(),
        "visibility": Visibility.PUBLIC,
        "latency_mode": LatencyMode.LOW,
    }
    args.update(kw)
    return await repo.create_stream(slug=slug, **args)  # type: ignore[arg-type]


async def test_create_then_read_by_id_and_slug(repo: Repository) -> None:
    stream = await repo.create_stream(
        slug="news",
        title="Evening news",
        visibility=Visibility.UNLISTED,
        latency_mode=LatencyMode.STANDARD,
        settings={"ladder": ["720p", "360p"], "record": False},
    )
    assert len(stream.id) == 32
    assert stream.deleted_at is None
    assert await repo.get_stream(stream.id) == stream
    assert await repo.get_stream_by_slug("news") == stream
    assert (await repo.get_stream(stream.id)).settings == {  # type: ignore[union-attr]
        "ladder": ["720p", "360p"],
        "record": False,
    }


async def test_missing_stream_reads_as_none(repo: Repository) -> None:
    assert await repo.get_stream("0" * 32) is None
    assert await repo.get_stream_by_slug("nope") is None


async def test_list_is_ordered_by_slug_and_filters_by_visibility(repo: Repository) -> None:
    await _create(repo, "zeta")
    await _create(repo, "alpha", visibility=Visibility.PRIVATE)
    await _create(repo, "mid")
    assert [s.slug for s in await repo.list_streams()] == ["alpha", "mid", "zeta"]
    private = await repo.list_streams(visibility=Visibility.PRIVATE)
    assert [s.slug for s in private] == ["alpha"]


async def test_a_taken_slug_is_a_conflict(repo: Repository) -> None:
    await _create(repo, "demo")
    with pytest.raises(Conflict):
        await _create(repo, "demo")
    assert len(await repo.list_streams()) == 1


async def test_racing_creates_of_one_slug_leave_one_stream(repo: Repository) -> None:
    results = await asyncio.gather(
        _create(repo, "race"), _create(repo, "race"), return_exceptions=True
    )
    assert sum(isinstance(r, Stream) for r in results) == 1
    assert sum(isinstance(r, Conflict) for r in results) == 1


async def test_update_changes_only_given_fields(repo: Repository) -> None:
    stream = await _create(repo, "show", settings={"a": 1})
    updated = await repo.update_stream(stream.id, title="The show", visibility=Visibility.PRIVATE)
    assert updated.title == "The show"
    assert updated.visibility is Visibility.PRIVATE
    assert updated.latency_mode is LatencyMode.LOW
    assert updated.settings == {"a": 1}
    assert updated.created_at == stream.created_at
    assert updated.updated_at >= stream.updated_at
    assert await repo.get_stream(stream.id) == updated

    replaced = await repo.update_stream(
        stream.id, latency_mode=LatencyMode.STANDARD, settings={"b": [2]}
    )
    assert replaced.latency_mode is LatencyMode.STANDARD
    assert replaced.settings == {"b": [2]}


async def test_update_of_missing_or_deleted_stream_is_not_found(repo: Repository) -> None:
    with pytest.raises(NotFound):
        await repo.update_stream("0" * 32, title="x")
    stream = await _create(repo, "gone")
    await repo.delete_stream(stream.id)
    with pytest.raises(NotFound):
        await repo.update_stream(stream.id, title="x")


async def test_soft_delete_hides_the_stream_and_frees_the_slug(repo: Repository) -> None:
    old = await _create(repo, "reuse")
    deleted = await repo.delete_stream(old.id)
    assert deleted.deleted
    assert deleted.id == old.id
    assert await repo.get_stream(old.id) is None
    assert await repo.get_stream_by_slug("reuse") is None
    assert await repo.list_streams() == []

    new = await _create(repo, "reuse")
    assert new.id != old.id
    assert await repo.get_stream_by_slug("reuse") == new
    # Deleting again is NotFound; the slug can be freed and retaken more than once.
    with pytest.raises(NotFound):
        await repo.delete_stream(old.id)
    await repo.delete_stream(new.id)
    third = await _create(repo, "reuse")
    assert [s.id for s in await repo.list_streams()] == [third.id]


# Ladders ---------------------------------------------------------------------

LADDER = (Rung("720p", 720, 3000, 128), Rung("low", 360, 400, None, 15.0))


async def test_a_ladder_is_stored_replaced_and_cleared(repo: Repository) -> None:
    plain = await _create(repo, "plain")
    assert plain.ladder == ()
    assert (await repo.get_stream(plain.id)).ladder == ()  # type: ignore[union-attr]

    stream = await _create(repo, "laddered", ladder=LADDER)
    assert stream.ladder == LADDER
    assert await repo.get_stream(stream.id) == stream
    assert [s.ladder for s in await repo.list_streams()] == [LADDER, ()]

    # Another field changed: the ladder stays. A new ladder replaces the old one whole.
    renamed = await repo.update_stream(stream.id, title="Renamed")
    assert renamed.ladder == LADDER
    one = (Rung("480p", 480, 1100, 96),)
    assert (await repo.update_stream(stream.id, ladder=one)).ladder == one
    assert (await repo.get_stream_by_slug("laddered")).ladder == one  # type: ignore[union-attr]
    cleared = await repo.update_stream(stream.id, ladder=())
    assert cleared.ladder == ()
    assert (await repo.get_stream(stream.id)).ladder == ()  # type: ignore[union-attr]


async def test_a_ladder_broken_in_the_database_reads_as_none(
    repo: Repository, caplog: pytest.LogCaptureFixture
) -> None:
    stream = await _create(repo, "hand", ladder=LADDER)
    # As an operator with psql (or an older node) might leave it: an odd height.
    broken = [{"name": "odd", "height": 721, "video_kbps": 500}]
    async with repo.engine.begin() as conn:
        await conn.execute(streams.update().where(streams.c.id == stream.id).values(ladder=broken))
    with caplog.at_level(logging.WARNING, logger="sender.store.repository"):
        read = await repo.get_stream(stream.id)
    assert read is not None and read.ladder == ()
    assert "ladder[0].height must be even" in caplog.text
