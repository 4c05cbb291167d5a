from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from sender.control import keys, streams
from sender.control.context import Context
from sender.control.publish import PublishGate, authorize_publish
from sender.domain.generations import GenerationState
from sender.errors import PublishRefused, StoreBusy
from sender.store.repository import Repository
from tests.control.doubles import live_of, make_context

BAD_NAME = "NetStream.Publish.BadName"
REJECTED = "NetStream.Publish.Rejected"


async def _stream_with_key(ctx: Context, slug: str = "s") -> str:
    await streams.create_stream(ctx, slug=slug, title="S")
    return (await keys.create_key(ctx, slug)).key


async def _refused(ctx: Context, name: str, app: str = "live") -> PublishRefused:
    with pytest.raises(PublishRefused) as info:
        await authorize_publish(ctx, app, name)
    secret = name.partition(".")[2]
    if secret:
        assert secret not in str(info.value)
    return info.value


async def test_valid_key_auto_starts(ctx: Context) -> None:
    key = await _stream_with_key(ctx)
    grant = await authorize_publish(ctx, "live", key)
    assert grant.stream.slug == "s"
    assert grant.key_id == key.split(".")[0]
    assert grant.generation.state is GenerationState.STARTING
    assert grant.generation.auto_started
    assert live_of(ctx).started == [grant.generation.id]


async def test_the_gate_attaches_and_records_the_key_use_in_the_background(
    ctx: Context,
) -> None:
    key = await _stream_with_key(ctx)
    gate = PublishGate(ctx)
    await gate.begin_publish("live", key, "10.0.0.1:5000")
    key_id = key.split(".")[0]
    generation = live_of(ctx).started[0]
    assert live_of(ctx).attached == [(generation, "10.0.0.1:5000", key_id)]
    await gate.close()  # waits for the pending write
    stored = await ctx.repo.get_key(key_id)
    assert stored is not None and stored.last_used_at is not None


async def test_a_failed_key_use_write_is_logged_and_the_publish_stands(
    ctx: Context, caplog: pytest.LogCaptureFixture
) -> None:
    key = await _stream_with_key(ctx)
    gate = PublishGate(ctx)

    async def busy(key_id: str, at: datetime) -> None:
        raise StoreBusy("the store is busy", retry_after_s=1)

    ctx.repo.touch_key = busy  # type: ignore[method-assign]
    sink = await gate.begin_publish("live", key, "10.0.0.1:5000")
    assert sink is not None
    await gate.close()
    assert "could not record the use of key" in caplog.text


async def test_publish_joins_an_active_generation(ctx: Context) -> None:
    key = await _stream_with_key(ctx)
    gen = await streams.start_stream(ctx, "s")
    grant = await authorize_publish(ctx, "live", key)
    assert grant.generation.id == gen.id
    assert not grant.generation.auto_started


async def test_wrong_app(ctx: Context) -> None:
    key = await _stream_with_key(ctx)
    refused = await _refused(ctx, key, app="vod")
    assert (refused.status_code, refused.reason) == (REJECTED, "bad_app")


@pytest.mark.parametrize("name", ["", "abc", "0123456789ab.short", "../../etc/passwd"])
async def test_malformed_key(ctx: Context, name: str) -> None:
    refused = await _refused(ctx, name)
    assert (refused.status_code, refused.reason) == (BAD_NAME, "malformed_key")


async def test_unknown_key_and_wrong_secret_look_alike(ctx: Context) -> None:
    key = await _stream_with_key(ctx)
    key_id = key.split(".")[0]
    unknown = await _refused(ctx, "ffffffffffff." + "A" * 32)
    wrong = await _refused(ctx, f"{key_id}." + "B" * 32)
    assert (unknown.status_code, unknown.reason) == (BAD_NAME, "bad_key")
    assert (wrong.status_code, wrong.reason) == (BAD_NAME, "bad_key")
    assert live_of(ctx).started == []


async def test_revoked_key(ctx: Context) -> None:
    key = await _stream_with_key(ctx)
    await keys.revoke_key(ctx, "s", key.split(".")[0])
    refused = await _refused(ctx, key)
    assert (refused.status_code, refused.reason) == (BAD_NAME, "revoked_key")


async def test_deleted_stream_key(ctx: Context) -> None:
    key = await _stream_with_key(ctx)
    await streams.delete_stream(ctx, "s")
    refused = await _refused(ctx, key)
    assert (refused.status_code, refused.reason) == (BAD_NAME, "bad_key")


async def test_not_started_without_auto_start(repo: Repository, tmp_path: Path) -> None:
    ctx = make_context(repo, tmp_path, auto_start_on_publish=False)
    key = await _stream_with_key(ctx)
    refused = await _refused(ctx, key)
    assert (refused.status_code, refused.reason) == (REJECTED, "not_started")
    assert await ctx.repo.active_generation((await streams.get_stream(ctx, "s")).id) is None
    await streams.start_stream(ctx, "s")
    assert (await authorize_publish(ctx, "live", key)).stream.slug == "s"
