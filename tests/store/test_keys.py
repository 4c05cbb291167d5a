"""Stream keys: only the verifier is stored; revocation and last use are recorded."""

from __future__ import annotations

from datetime import timedelta

import pytest

from sender.domain.ids import utcnow
from sender.domain.keys import generate_key, verify_secret
from sender.domain.streams import LatencyMode, Stream, Visibility
from sender.errors import Conflict, NotFound
from sender.store.repository import Repository


async def _stream(repo: Repository, slug: str = "keyed") -> Stream:
    return await repo.create_stream(
        slug=slug, title="Keyed", visibility=Visibility.PUBLIC, latency_mode=LatencyMode.LOW
    )


async def test_add_then_get_verifies_the_secret(repo: Repository) -> None:
    stream = await _stream(repo)
    new = generate_key()
    key = await repo.add_key(stream_id=stream.id, key_id=new.key_id, verifier=new.verifier)
    stored = await repo.get_key(new.key_id)
    assert stored == key
    assert stored is not None and stored.stream_id == stream.id
    assert not stored.revoked and stored.last_used_at is None
    assert verify_secret(new.secret, stored.verifier)
    assert not verify_secret("wrong", stored.verifier)
    assert await repo.get_key("ffffffffffff") is None


async def test_list_keys_of_a_stream_only(repo: Repository) -> None:
    a, b = await _stream(repo, "a"), await _stream(repo, "b")
    k1 = await repo.add_key(stream_id=a.id, key_id="k1", verifier="v1")
    k2 = await repo.add_key(stream_id=a.id, key_id="k2", verifier="v2")
    await repo.add_key(stream_id=b.id, key_id="k3", verifier="v3")
    assert {k.key_id for k in await repo.list_keys(a.id)} == {k1.key_id, k2.key_id}
    assert await repo.list_keys("0" * 32) == []


async def test_duplicate_key_id_is_a_conflict(repo: Repository) -> None:
    stream = await _stream(repo)
    await repo.add_key(stream_id=stream.id, key_id="dup", verifier="v")
    with pytest.raises(Conflict):
        await repo.add_key(stream_id=stream.id, key_id="dup", verifier="w")


async def test_key_for_missing_or_deleted_stream_is_not_found(repo: Repository) -> None:
    with pytest.raises(NotFound):
        await repo.add_key(stream_id="0" * 32, key_id="x", verifier="v")
    stream = await _stream(repo)
    await repo.delete_stream(stream.id)
    with pytest.raises(NotFound):
        await repo.add_key(stream_id=stream.id, key_id="y", verifier="v")
    assert await repo.get_key("y") is None


async def test_revoke_is_idempotent_and_keeps_the_first_time(repo: Repository) -> None:
    stream = await _stream(repo)
    await repo.add_key(stream_id=stream.id, key_id="rev", verifier="v")
    first = await repo.revoke_key(stream.id, "rev")
    assert first.revoked and first.revoked_at is not None
    again = await repo.revoke_key(stream.id, "rev")
    assert again.revoked_at == first.revoked_at
    assert await repo.get_key("rev") == first


async def test_revoke_through_another_stream_or_unknown_key_is_not_found(
    repo: Repository,
) -> None:
    mine, other = await _stream(repo, "mine"), await _stream(repo, "other")
    await repo.add_key(stream_id=mine.id, key_id="kk", verifier="v")
    with pytest.raises(NotFound):
        await repo.revoke_key(other.id, "kk")
    with pytest.raises(NotFound):
        await repo.revoke_key(mine.id, "unknown")
    key = await repo.get_key("kk")
    assert key is not None and not key.revoked


async def test_touch_records_the_latest_use_and_never_goes_back(repo: Repository) -> None:
    stream = await _stream(repo)
    await repo.add_key(stream_id=stream.id, key_id="used", verifier="v")
    now = utcnow()
    await repo.touch_key("used", now)
    key = await repo.get_key("used")
    assert key is not None and key.last_used_at == now
    await repo.touch_key("used", now - timedelta(minutes=5))
    key = await repo.get_key("used")
    assert key is not None and key.last_used_at == now
    later = now + timedelta(seconds=3)
    await repo.touch_key("used", later)
    key = await repo.get_key("used")
    assert key is not None and key.last_used_at == later
    await repo.touch_key("unknown", later)  # ignored
