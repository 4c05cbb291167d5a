"""A LiveMedia made in memory: what delivery reads, filled by real packagers, no backend.

It stands for an origin session or an edge mirror alike: delivery sees only
the protocol (sender.hls.source). Segments completed by a packager are kept
in memory (`fresh`) and, when asked, written as files under a real spool
directory, so both of delivery's paths (memory and sendfile) are exercised.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.media.packagers import make_packager

from sender.domain.streams import LatencyMode, Stream, Visibility
from sender.live.change import Changes
from sender.media.fmp4 import Fragment, InitSegment
from sender.media.index import RenditionIndex
from sender.media.names import is_rendition, parse_name
from sender.media.packager import InitReady, Packager, PackagerEvent, SegmentReady
from sender.media.spool import Spool

T0 = datetime(2026, 11, 1, 12, 0, 0, tzinfo=UTC)
STREAM_ID = "a" * 32
GENERATION_ID = "b" * 32


def make_stream(stream_id: str = STREAM_ID, **changes: object) -> Stream:
    values: dict[str, object] = dict(
        id=stream_id,
        slug="tv",
        title="TV",
        visibility=Visibility.PUBLIC,
        latency_mode=LatencyMode.LOW,
        created_at=T0,
        updated_at=T0,
    )
    values.update(changes)
    return Stream(**values)  # type: ignore[arg-type]


@dataclass
class FakeRendition:
    name: str
    packager: Packager
    codecs: str | None = "avc1.64001f,mp4a.40.2"
    bandwidth: int | None = 1_500_000
    average_bandwidth: int | None = None
    width: int | None = 1280
    height: int | None = 720
    frame_rate: float | None = None
    inits: dict[str, bytes] = field(default_factory=dict)
    fresh: dict[int, bytes] = field(default_factory=dict)
    clock: float = 0.0  # media time of the next fragment


class FakeMedia:
    def __init__(
        self,
        spool: Spool,
        *,
        stream_id: str = STREAM_ID,
        generation_id: str = GENERATION_ID,
        segment_target_s: float = 1.0,
        keep_fresh: bool = True,
        write_files: bool = False,
        stream: Stream | None = None,
        **profile: int,
    ) -> None:
        self._profile = profile
        self.spool = spool
        self.stream_id = stream_id
        self.stream = stream or make_stream(stream_id)
        self.generation_id = generation_id
        self.segment_target_s = segment_target_s
        self.keep_fresh = keep_fresh
        self.write_files = write_files
        self.ended = False
        self._renditions: dict[str, FakeRendition] = {}
        self._changes = Changes()
        self.waits: list[str | None] = []  # renditions waited on, in order

    # Filling --------------------------------------------------------------------
    def add_rendition(self, name: str = "source", **described: object) -> FakeRendition:
        packager = make_packager(name, segment_target_s=self.segment_target_s, **self._profile)
        state = FakeRendition(name, packager, **described)  # type: ignore[arg-type]
        self._renditions[name] = state
        self._take(state, packager.on_init(InitSegment(b"init:" + name.encode(), ()), T0))
        return state

    def parts(self, name: str, count: int, *, gop: int = 5, duration: float = 0.2) -> None:
        """`count` more parts of `duration` published on rendition `name`, a keyframe
        every `gop`: one fragment each. The packager gathers the newest fragment until
        the next arrives, so the rendition's first call feeds one more (the hinted part)."""
        state = self._renditions[name]
        for _ in range(count if state.clock else count + 1):
            n = round(state.clock / duration)
            fragment = Fragment(
                data=f"{name}:frag{n}|".encode(),
                decode_time_s=state.clock,
                duration_s=duration,
                independent=n % gop == 0,
                tracks=(),
            )
            now = T0 + timedelta(seconds=state.clock + duration)
            state.clock += duration
            self._take(state, state.packager.on_fragment(fragment, now))

    def finish(self) -> None:
        for state in self._renditions.values():
            self._take(state, state.packager.finish(T0))
        self.ended = True
        self._notify(None)

    def _take(self, state: FakeRendition, events: list[PackagerEvent]) -> None:
        directory = self.spool.rendition_dir(self.stream_id, self.generation_id, state.name)
        for event in events:
            if isinstance(event, InitReady):
                state.inits[event.name] = event.data
                if self.write_files:
                    directory.mkdir(parents=True, exist_ok=True)
                    (directory / event.name).write_bytes(event.data)
            elif isinstance(event, SegmentReady):
                if self.keep_fresh:
                    state.fresh[event.segment.msn] = event.data
                if self.write_files:
                    directory.mkdir(parents=True, exist_ok=True)
                    (directory / event.segment.name).write_bytes(event.data)
        if events:
            self._notify(state.name)

    def _notify(self, name: str | None) -> None:
        self._changes.notify(name)

    # LiveMedia ------------------------------------------------------------------
    def rendition_names(self) -> Sequence[str]:
        return sorted(self._renditions)

    def index(self, rendition: str) -> RenditionIndex | None:
        state = self._renditions.get(rendition)
        return state.packager.index if state is not None else None

    def variants(self) -> Sequence[FakeRendition]:
        return [self._renditions[n] for n in sorted(self._renditions) if self._renditions[n].codecs]

    def init_bytes(self, rendition: str, name: str) -> bytes | None:
        state = self._renditions.get(rendition)
        return state.inits.get(name) if state is not None else None

    def segment_bytes(self, rendition: str, msn: int) -> bytes | None:
        state = self._renditions.get(rendition)
        return state.fresh.get(msn) if state is not None else None

    def media_path(self, rendition: str, name: str) -> Path | None:
        if not is_rendition(rendition) or parse_name(name) is None:
            return None
        return self.spool.media_path(self.stream_id, self.generation_id, rendition, name)

    async def wait_changed(self, rendition: str | None, timeout: float) -> bool:
        self.waits.append(rendition)
        return await self._changes.wait(rendition, timeout)


class FakeLookup:
    def __init__(self, *media: FakeMedia) -> None:
        self.by_generation = {m.generation_id: m for m in media}

    def media(self, generation_id: str) -> FakeMedia | None:
        return self.by_generation.get(generation_id)


class RecordingObserver:
    """The stats' side of delivery: what it reported, in order."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, int]] = []
        self.viewers: list[dict[str, object]] = []

    def total(self) -> int:
        return sum(n for _, n in self.sent)

    # DeliveryObserver
    def served(self, stream_id: str, nbytes: int) -> None:
        self.sent.append((stream_id, nbytes))

    def viewer(
        self,
        stream_id: str,
        slug: str,
        *,
        visibility: Visibility,
        vsid: str | None,
        peer: str | None,
        forwarded_for: str | None,
        user_agent: str,
    ) -> None:
        self.viewers.append(
            {
                "stream_id": stream_id,
                "slug": slug,
                "visibility": visibility,
                "vsid": vsid,
                "peer": peer,
                "forwarded_for": forwarded_for,
                "user_agent": user_agent,
            }
        )
