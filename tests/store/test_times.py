"""Times come back timezone-aware in UTC, whatever zone they went in with."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy.exc import StatementError

from sender.domain.ids import utcnow
from sender.domain.streams import LatencyMode, Visibility
from sender.store.repository import Repository

PLUS_5_30 = timezone(timedelta(hours=5, minutes=30))


async def test_times_round_trip_as_aware_utc(repo: Repository) -> None:
    stream = await repo.create_stream(
        slug="tz", title="Tz", visibility=Visibility.PUBLIC, latency_mode=LatencyMode.LOW
    )
    stored = await repo.get_stream(stream.id)
    assert stored is not None
    assert stored.created_at.tzinfo is not None
    assert stored.created_at.utcoffset() == timedelta(0)
    assert stored.created_at == stream.created_at  # microseconds kept

    await repo.add_key(stream_id=stream.id, key_id="tzkey", verifier="v")
    local = datetime(2026, 3, 29, 1, 30, 15, 123456, tzinfo=PLUS_5_30)
    await repo.touch_key("tzkey", local)
    key = await repo.get_key("tzkey")
    assert key is not None and key.last_used_at is not None
    assert key.last_used_at == local
    assert key.last_used_at.utcoffset() == timedelta(0)
    assert key.last_used_at == datetime(2026, 3, 28, 20, 0, 15, 123456, tzinfo=UTC)


async def test_times_compare_across_zones_in_queries(repo: Repository) -> None:
    stream = await repo.create_stream(
        slug="order", title="Order", visibility=Visibility.PUBLIC, latency_mode=LatencyMode.LOW
    )
    await repo.add_key(stream_id=stream.id, key_id="ord", verifier="v")
    utc_time = utcnow()
    await repo.touch_key("ord", utc_time)
    # Earlier in absolute time, though its wall clock reads later: must not win.
    await repo.touch_key("ord", (utc_time - timedelta(minutes=1)).astimezone(PLUS_5_30))
    key = await repo.get_key("ord")
    assert key is not None and key.last_used_at == utc_time


async def test_naive_datetimes_are_refused(repo: Repository) -> None:
    stream = await repo.create_stream(
        slug="naive", title="Naive", visibility=Visibility.PUBLIC, latency_mode=LatencyMode.LOW
    )
    await repo.add_key(stream_id=stream.id, key_id="nv", verifier="v")
    # A naive time would be read as UTC on one database and as local time on another.
    with pytest.raises(StatementError, match="naive datetime"):
        await repo.touch_key("nv", datetime(2026, 1, 1, 12, 0))
