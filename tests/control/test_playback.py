"""Who may watch: the refusal of a private stream is the refusal of no stream, in work too."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

import pytest

from sender.control import streams
from sender.control.context import Context
from sender.control.playback import playable_stream, playback
from sender.control.tokens import PlaybackTokens
from sender.domain.streams import Visibility
from sender.errors import NotFound
from sender.store.repository import Repository
from tests.control.doubles import make_context

SECRET = "playback-secret-for-tests-0123456789"


class RecordingRepo:
    """The real repository, with the name of every method called on it."""

    def __init__(self, repo: Repository) -> None:
        self._repo = repo
        self.calls: list[str] = []

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._repo, name)
        if not callable(attr):
            return attr

        def call(*args: Any, **kwargs: Any) -> Any:
            self.calls.append(name)
            return attr(*args, **kwargs)

        return call


async def test_a_refused_private_stream_costs_what_a_missing_one_costs(
    repo: Repository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    recording = RecordingRepo(repo)
    ctx = make_context(cast(Repository, recording), tmp_path, playback_secret=SECRET)
    await streams.create_stream(ctx, slug="vault", title="V", visibility=Visibility.PRIVATE)
    verified: list[str] = []
    real_verify: Callable[..., bool] = PlaybackTokens.verify

    def verify(self: PlaybackTokens, token: str | None, stream_id: str, **kw: Any) -> bool:
        verified.append(stream_id)
        return real_verify(self, token, stream_id, **kw)

    monkeypatch.setattr(PlaybackTokens, "verify", verify)
    seen: dict[str, tuple[str, list[str], int]] = {}
    for slug in ("vault", "vacua"):
        recording.calls.clear()
        verified.clear()
        with pytest.raises(NotFound) as refused:
            await playable_stream(ctx, slug, "not-a-token")
        seen[slug] = (str(refused.value).replace(slug, "?"), list(recording.calls), len(verified))
    assert seen["vault"] == seen["vacua"] == ("stream '?' not found", ["get_stream_by_slug"], 1)


async def test_public_unlisted_and_tokened_private_streams_play(
    repo: Repository, tmp_path: Path
) -> None:
    ctx: Context = make_context(repo, tmp_path, playback_secret=SECRET)
    for slug, visibility in (("pub", Visibility.PUBLIC), ("unl", Visibility.UNLISTED)):
        await streams.create_stream(ctx, slug=slug, title=slug, visibility=visibility)
        assert (await playback(ctx, slug)).state == "offline"
    vault = await streams.create_stream(ctx, slug="vault", title="V", visibility=Visibility.PRIVATE)
    token = PlaybackTokens(SECRET).issue(vault.id, 60).token
    assert (await playable_stream(ctx, "vault", token)).id == vault.id
    await streams.start_stream(ctx, "vault")
    live = await playback(ctx, "vault", token)
    assert live.hls_url is not None and live.hls_url.endswith(f"?token={token}")
