"""The runtime holds other nodes' generations as mirrors: one owner, one lookup for delivery."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping, Sequence
from pathlib import Path

import pytest_asyncio
from tests.live.test_runtime import ScriptedBackends, ended, make_generation, make_stream

from sender.domain.endpoints import EndpointKind
from sender.domain.generations import Generation
from sender.domain.streams import Stream
from sender.domain.topology import Upstream
from sender.live.mirror import MirrorRendition
from sender.live.runtime import LiveRuntime
from sender.media.index import RenditionIndex
from sender.media.profile import PackagingProfile
from sender.media.spool import Spool

ROUTE = (Upstream("e" * 32, "origin-b", EndpointKind.ORIGIN, "http://b/hls/x/y/index.m3u8"),)


class FakeMirror:
    role = "edge"
    publisher = None

    def __init__(self, stream: Stream, generation: Generation, route: Sequence[Upstream]) -> None:
        self.stream, self.generation = stream, generation
        self.routes: list[tuple[Upstream, ...]] = []
        self.finished = self.suspended = self.closed = False

    generation_id = property(lambda self: self.generation.id)
    stream_id = property(lambda self: self.stream.id)
    ended = property(lambda self: self.finished)
    segment_target_s = 2.0
    renditions: Mapping[str, MirrorRendition] = {}

    def rendition_names(self) -> Sequence[str]:
        return []

    def index(self, rendition: str) -> RenditionIndex | None:
        return None

    def variants(self) -> Sequence[MirrorRendition]:
        return []

    def init_bytes(self, rendition: str, name: str) -> bytes | None:
        return None

    def segment_bytes(self, rendition: str, msn: int) -> bytes | None:
        return None

    def media_path(self, rendition: str, name: str) -> Path | None:
        return None

    async def wait_changed(self, rendition: str | None, timeout: float) -> bool:
        return False

    def ingest_bps(self) -> float:
        return 0.0

    def follow(self, route: Sequence[Upstream]) -> None:
        self.routes.append(tuple(route))

    async def finish(self) -> None:
        self.finished = True

    async def suspend(self) -> None:
        self.suspended = True

    async def close(self) -> None:
        self.closed = True


class Factory:
    def __init__(self) -> None:
        self.made: list[FakeMirror] = []

    def __call__(
        self, stream: Stream, generation: Generation, route: Sequence[Upstream]
    ) -> FakeMirror:
        mirror = FakeMirror(stream, generation, route)
        self.made.append(mirror)
        return mirror


class Rig:
    def __init__(self, tmp_path: Path) -> None:
        self.spool = Spool(tmp_path / "spool")
        self.factory = Factory()
        self.runtime = LiveRuntime(
            spool=self.spool,
            profile=PackagingProfile(segment_target_s=1.0, window_segments=4, keep_segments=6),
            backends=ScriptedBackends(),
            idle_end_s=60.0,
            retention_s=3600.0,
            node_id="node-a",
            mirrors=self.factory,
        )


@pytest_asyncio.fixture
async def rig(tmp_path: Path) -> AsyncIterator[Rig]:
    rig = Rig(tmp_path)
    yield rig
    await rig.runtime.close()


async def test_another_nodes_generation_is_mirrored_never_made_here(rig: Rig) -> None:
    stream = make_stream()
    theirs = make_generation(stream, node_id="node-b")
    await rig.runtime.apply(stream, theirs)  # the store's word alone starts nothing here
    assert rig.runtime.media(theirs.id) is None and rig.factory.made == []
    assert await rig.runtime.mirror(stream, theirs, ROUTE)
    [mirror] = rig.factory.made
    assert rig.runtime.media(theirs.id) is mirror and rig.runtime.all() == [mirror]
    assert await rig.runtime.mirror(stream, theirs, ROUTE[:0])  # a new route is followed
    assert mirror.routes == [ROUTE, ()]
    assert rig.runtime.running_generations() == [theirs.id]
    mine = make_generation(make_stream(2), 2)
    assert not await rig.runtime.mirror(make_stream(2), mine, ROUTE)  # its own: a session


async def test_an_ended_mirror_finishes_and_stays_for_its_retention(rig: Rig) -> None:
    stream = make_stream()
    theirs = make_generation(stream, node_id="node-b")
    await rig.runtime.mirror(stream, theirs, ROUTE)
    await rig.runtime.apply(stream, ended(theirs))
    [mirror] = rig.factory.made
    assert mirror.finished and rig.runtime.media(theirs.id) is mirror
    assert rig.runtime.running_generations() == []
    assert not await rig.runtime.mirror(stream, ended(theirs), ROUTE)


async def test_reconcile_mirrors_what_is_listed_and_drops_what_is_not(rig: Rig) -> None:
    stream, other = make_stream(), make_stream(2)
    kept = make_generation(stream, node_id="node-b")
    dropped = make_generation(other, 2, node_id="node-b")
    (rig.spool.rendition_dir(stream.id, kept.id, "source")).mkdir(parents=True)
    (rig.spool.rendition_dir(other.id, dropped.id, "source")).mkdir(parents=True)
    steps = await rig.runtime.reconcile([], [], [(stream, kept, ROUTE), (other, dropped, ROUTE)])
    assert steps.remove == ()  # mirrored generations' files are wanted
    assert {m.generation.id for m in rig.factory.made} == {kept.id, dropped.id}
    await rig.runtime.reconcile([], [], [(stream, kept, ROUTE)])
    gone = next(m for m in rig.factory.made if m.generation.id == dropped.id)
    assert gone.closed and rig.runtime.media(dropped.id) is None
    assert not rig.spool.rendition_dir(other.id, dropped.id, "source").exists()
    assert rig.runtime.media(kept.id) is not None


async def test_shutdown_stops_mirrors(rig: Rig) -> None:
    stream = make_stream()
    await rig.runtime.mirror(stream, make_generation(stream, node_id="node-b"), ROUTE)
    await rig.runtime.close()
    [mirror] = rig.factory.made
    assert mirror.suspended and mirror.closed
