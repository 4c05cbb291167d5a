"""A session with a ladder: the transcoder started at the source's size, its rungs beside the copy.

The backend and the transcoder here are scripted (they write captured ffmpeg
output when told to), so what is checked is the session's and the
publisher's own work: which rungs are kept, what the transcoder is fed and
in which order, the rungs' renditions and how the multivariant playlist
lists them, restarts that touch only their own renditions, the counts.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
import pytest_asyncio

from sender.domain.generations import Generation, GenerationState
from sender.domain.ladder import Rung
from sender.domain.live import RenditionDescribed
from sender.domain.streams import LatencyMode, Stream, Visibility
from sender.live import session as session_module
from sender.live.runtime import LiveRuntime
from sender.live.session import LiveSession
from sender.media.backend import BackendHooks
from sender.media.clock import InputTime
from sender.media.profile import PackagingProfile
from sender.media.spool import Spool
from sender.media.transcoder import TranscoderHooks
from sender.rtmp.flv import FlvReader, FlvTag, TagType

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
NOW = datetime(2026, 11, 1, tzinfo=UTC)
LADDER = (Rung("mid", 90, 300, 64), Rung("low", 60, 150), Rung("tall", 720, 3000, 128))


def fmp4(name: str) -> bytes:
    return (FIXTURES / "fmp4" / f"{name}.mp4").read_bytes()


def flv_tags() -> list[FlvTag]:
    """A real 160x120 H.264/AAC publish: metadata, video header, audio header, frames."""
    return FlvReader().feed((FIXTURES / "flv" / "ffmpeg_h264.flv").read_bytes())


class Backend:
    def __init__(self, hooks: BackendHooks) -> None:
        self.hooks = hooks
        self.renditions = ("source",)
        self.restarts = 0
        self.kind = "scripted"
        self.fallback_reason: str | None = None
        self.stopped = False

    async def start(self) -> None:
        pass

    async def send(self, tag: FlvTag) -> None:
        pass

    async def stop(self) -> None:
        self.stopped = True

    def restart(self, reason: str) -> None:
        pass


class Transcoder:
    """What the publisher needs of a transcoder, writing what the test says."""

    def __init__(self, rungs: Sequence[tuple[Rung, int]], hooks: TranscoderHooks) -> None:
        self.rungs = list(rungs)
        self.hooks = hooks
        self.offered: list[FlvTag] = []
        self.started = self.stopped = False
        self.speed: float | None = 0.97
        self.slow = False
        self.pid = 4242
        self.restarted: list[str] = []

    async def start(self) -> None:
        self.started = True

    def offer(self, tag: FlvTag, arrival: datetime | None = None) -> None:
        self.offered.append(tag)

    async def stop(self) -> None:
        self.stopped = True

    def restart(self, reason: str) -> None:
        self.restarted.append(reason)

    def write(self, rendition: str, data: bytes) -> None:
        at = InputTime("publish", NOW, 0.0)
        for start in range(0, len(data), 4096):
            self.hooks.on_output(rendition, data[start : start + 4096], at)


class Rig:
    def __init__(self, tmp_path: Path) -> None:
        self.backends: list[Backend] = []
        self.transcoders: list[Transcoder] = []

        def backend(hooks: BackendHooks, *, log_name: str) -> Backend:
            self.backends.append(Backend(hooks))
            return self.backends[-1]

        def transcoder(
            rungs: Sequence[tuple[Rung, int]],
            hooks: TranscoderHooks,
            *,
            epoch: object,
            log_name: str,
        ) -> Transcoder:
            self.transcoders.append(Transcoder(rungs, hooks))
            return self.transcoders[-1]

        self.runtime = LiveRuntime(
            spool=Spool(tmp_path / "spool"),
            profile=PackagingProfile(segment_target_s=1.0, window_segments=4, keep_segments=6),
            backends=backend,
            transcoders=transcoder,  # type: ignore[arg-type]
            idle_end_s=60.0,
            retention_s=3600.0,
        )

    async def publish(
        self, ladder: Sequence[Rung] = LADDER, tags: Sequence[FlvTag] | None = None
    ) -> LiveSession:
        stream = Stream(
            id="a" * 32,
            slug="tv",
            title="TV",
            visibility=Visibility.PUBLIC,
            latency_mode=LatencyMode.LOW,
            created_at=NOW,
            updated_at=NOW,
            ladder=tuple(ladder),
        )
        generation = Generation(
            id="b" * 32,
            stream_id=stream.id,
            state=GenerationState.STARTING,
            node_id="node-a",
            auto_started=False,
            created_at=NOW,
        )
        await self.runtime.apply(stream, replace(generation))
        publisher = await self.runtime.attach(generation.id, "peer", "k1")
        for tag in flv_tags()[:12] if tags is None else tags:
            await publisher.on_tag(tag)
        session = self.runtime.media(generation.id)
        assert isinstance(session, LiveSession)
        return session


@pytest_asyncio.fixture
async def rig(tmp_path: Path) -> AsyncIterator[Rig]:
    rig = Rig(tmp_path)
    yield rig
    await rig.runtime.close()


async def test_the_rungs_the_source_is_tall_enough_for_are_transcoded(rig: Rig) -> None:
    session = await rig.publish()
    assert [(r.name, w, h) for r, w, h in session.rungs] == [("mid", 120, 90), ("low", 80, 60)]
    assert session.rung_notes == ("tall: dropped, taller (720) than the source (120)",)
    (transcoder,) = rig.transcoders
    assert transcoder.started
    assert [(r.name, w) for r, w in transcoder.rungs] == [("mid", 120), ("low", 80)]
    # What came before the video header first (the metadata, the audio header if any),
    # then every tag from the video header on, in order.
    tags = flv_tags()[:12]
    assert transcoder.offered[0].type == TagType.SCRIPT
    assert transcoder.offered[1:] == tags[1:]


async def test_a_stream_without_a_ladder_has_no_transcoder(rig: Rig) -> None:
    session = await rig.publish(ladder=())
    assert rig.transcoders == [] and session.rungs == () and session.rung_notes == ()
    assert session.transcode_speed is None and session.transcoder_pid is None


async def test_the_rungs_are_renditions_listed_highest_bandwidth_first(rig: Rig) -> None:
    session = await rig.publish()
    rig.backends[0].hooks.on_output("source", fmp4("av"))
    # The copy is ready, a rung is not: the multivariant playlist waits for it.
    assert session.variants() == []
    transcoder = rig.transcoders[0]
    transcoder.write("mid", fmp4("video"))
    transcoder.write("low", fmp4("av"))
    listed = session.variants()
    assert {v.name for v in listed} == {"source", "mid", "low"}
    bandwidths = [v.bandwidth or 0 for v in listed]
    assert bandwidths == sorted(bandwidths, reverse=True) and all(bandwidths)
    described = {
        e.rendition.name for e in rig.runtime.pending_events() if isinstance(e, RenditionDescribed)
    }
    assert described == {"source", "mid", "low"}  # the store records every rendition
    assert session.transcode_speed == 0.97 and session.transcoder_pid == 4242


async def test_a_transcoder_restart_starts_new_files_in_the_rungs_only(rig: Rig) -> None:
    session = await rig.publish()
    backend, transcoder = rig.backends[0], rig.transcoders[0]
    data = fmp4("av")
    backend.hooks.on_output("source", data)
    transcoder.write("mid", data[: len(data) // 2])  # cut mid-box: the transcoder died
    transcoder.hooks.on_restart(1, "ffmpeg killed by SIGKILL")
    transcoder.write("mid", data)
    mid, source = session.index("mid"), session.index("source")
    assert mid is not None and source is not None
    assert mid.init_name == "init-1.mp4"
    assert any(s.discontinuity for s in mid.retained)
    assert source.init_name == "init-0.mp4"
    assert not any(s.discontinuity for s in source.retained)
    assert rig.runtime.transcoder_restarts == {"tv": 1}
    assert rig.runtime.backend_restarts == {}


async def test_a_backend_restart_leaves_the_rungs_alone(rig: Rig) -> None:
    session = await rig.publish()
    backend, transcoder = rig.backends[0], rig.transcoders[0]
    data = fmp4("av")
    transcoder.write("mid", data[: len(data) // 2])
    backend.hooks.on_restart(1, "ffmpeg exited with status 1")
    transcoder.write("mid", data[len(data) // 2 :])  # the rung's file goes on, unbroken
    mid = session.index("mid")
    assert mid is not None and mid.init_name == "init-0.mp4" and mid.retained
    assert not session.renditions["mid"].broken


async def test_unreadable_rung_output_restarts_the_transcoder_not_the_backend(rig: Rig) -> None:
    await rig.publish()
    transcoder = rig.transcoders[0]
    transcoder.write("mid", b"\x00\x00\x00\x08junk" * 4)
    assert transcoder.restarted == ["unreadable output of rendition mid"]
    assert rig.runtime.corrupt_outputs == {"tv": 1}


async def test_a_slow_transcoder_is_counted_and_the_publish_end_stops_it(rig: Rig) -> None:
    session = await rig.publish()
    transcoder = rig.transcoders[0]
    transcoder.slow = True
    transcoder.hooks.on_slow(0.8)
    assert rig.runtime.transcode_slow == {"tv": 1}
    assert session.transcode_slow
    publisher = session.publisher
    assert publisher is not None
    await session.detach(publisher, "gone")
    await asyncio.sleep(0)
    assert transcoder.stopped and rig.backends[0].stopped


async def test_a_transcoder_that_gives_up_leaves_the_copy_and_a_note(rig: Rig) -> None:
    session = await rig.publish()
    rig.transcoders[0].hooks.on_failed("ffmpeg failed 5 times")
    rig.backends[0].hooks.on_output("source", fmp4("av"))
    assert session.rung_notes[-1] == "transcoder failed: ffmpeg failed 5 times"
    source = session.index("source")
    assert source is not None and source.retained


async def test_a_rung_that_never_comes_is_left_out_after_the_wait(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = await rig.publish()
    rig.backends[0].hooks.on_output("source", fmp4("av"))
    rig.transcoders[0].write("mid", fmp4("av"))
    assert session.variants() == []  # "low" has no segment yet
    later = time.monotonic() + session_module.RUNG_WAIT_S + 1
    monkeypatch.setattr(session_module.time, "monotonic", lambda: later)
    assert {v.name for v in session.variants()} == {"source", "mid"}


async def test_audio_alone_drops_every_rung_with_a_note(rig: Rig) -> None:
    tags = [t for t in flv_tags() if t.type != TagType.VIDEO]
    assert tags[-1].timestamp >= 2000
    session = await rig.publish(tags=tags)
    assert rig.transcoders == [] and session.rungs == ()
    assert session.rung_notes == tuple(
        f"{r.name}: dropped, the source has no video" for r in LADDER
    )
