"""A LiveControl that records what the operations asked of the node."""

from __future__ import annotations

from pathlib import Path

from sender.config import Settings
from sender.control.context import Context, PublisherInfo
from sender.domain.generations import Generation
from sender.domain.streams import Stream
from sender.store.repository import Repository


class RecordingLive:
    def __init__(self) -> None:
        self.started: list[str] = []  # generation ids, in call order
        self.stopped: list[str] = []
        self.publishers: dict[str, PublisherInfo] = {}

    async def generation_started(self, stream: Stream, generation: Generation) -> None:
        assert generation.stream_id == stream.id
        self.started.append(generation.id)

    async def generation_stopped(self, stream: Stream, generation: Generation) -> None:
        assert generation.stream_id == stream.id
        self.stopped.append(generation.id)

    def publisher(self, stream_id: str) -> PublisherInfo | None:
        return self.publishers.get(stream_id)


def make_settings(tmp_path: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "data_dir": tmp_path,
        "http_host": "127.0.0.1",
        "http_port": 8080,
        "rtmp_port": 1935,
        "node_id": "node-a",
        # The default (16 << 20) exceeds its own bound (0xFFFFFF): pinned until config.py is fixed.
        "rtmp_max_message_size": 0xFFFFFF,
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


def make_context(repo: Repository, tmp_path: Path, **overrides: object) -> Context:
    settings = make_settings(tmp_path, **overrides)
    return Context(repo=repo, settings=settings, live=RecordingLive(), node_id="node-a")


def live_of(ctx: Context) -> RecordingLive:
    assert isinstance(ctx.live, RecordingLive)
    return ctx.live
