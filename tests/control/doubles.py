"""A LiveControl that records what the operations asked of the node."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path

from sender.config import Settings
from sender.control.context import Context, MediaSink, PublisherInfo
from sender.domain.generations import Generation
from sender.domain.live import LiveEvent
from sender.domain.streams import Stream
from sender.domain.topology import Upstream
from sender.rtmp.flv import FlvTag
from sender.store.repository import Repository


class DiscardingSink:
    """An attached encoder's sink with no media behind it."""

    async def on_tag(self, tag: FlvTag) -> None:
        pass

    async def on_end(self, reason: str) -> None:
        pass


class RecordingLive:
    """Records the generations the store handed over: started (first seen active) and
    stopped (first seen finished), in call order; `applied` has every call."""

    def __init__(self) -> None:
        self.started: list[str] = []  # generation ids, in call order
        self.stopped: list[str] = []
        self.applied: list[Generation] = []
        self.publishers: dict[str, PublisherInfo] = {}
        self.reconciled: list[tuple[list[str], list[str]]] = []
        self.mirrored: list[list[tuple[str, tuple[Upstream, ...]]]] = []
        self.spooled: list[str] = []
        self.events: asyncio.Queue[LiveEvent] = asyncio.Queue()
        self.attached: list[tuple[str, str, str]] = []  # (generation id, peer, key id)

    async def apply(self, stream: Stream, generation: Generation) -> None:
        assert generation.stream_id == stream.id
        self.applied.append(generation)
        if generation.active and generation.id not in self.started:
            self.started.append(generation.id)
        elif not generation.active and generation.id not in self.stopped:
            self.stopped.append(generation.id)

    async def reconcile(
        self,
        active: Sequence[tuple[Stream, Generation]],
        finished: Sequence[tuple[Stream, Generation]],
        mirrored: Sequence[tuple[Stream, Generation, Sequence[Upstream]]] = (),
    ) -> None:
        self.reconciled.append(([g.id for _, g in active], [g.id for _, g in finished]))
        self.mirrored.append([(g.id, tuple(route)) for _, g, route in mirrored])

    def running_generations(self) -> list[str]:
        return [g for g in self.started if g not in self.stopped]

    def spooled_generations(self) -> list[str]:
        return list(self.spooled)

    def publisher(self, stream_id: str) -> PublisherInfo | None:
        return self.publishers.get(stream_id)

    async def attach(self, generation_id: str, peer: str, key_id: str) -> MediaSink:
        self.attached.append((generation_id, peer, key_id))
        return DiscardingSink()

    async def next_event(self) -> LiveEvent:
        return await self.events.get()


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
