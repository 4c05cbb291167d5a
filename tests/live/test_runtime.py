"""The live runtime with a scripted media backend: no ffmpeg, real fMP4 bytes, a real spool.

The backend here replays captured ffmpeg output (tests/fixtures/fmp4) when
told to, so what is checked is the runtime's own work: sessions per
generation, attaching and detaching encoders, per-rendition readers and
packagers, what it reports to the control plane, retention, reconcile and
shutdown.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import pytest_asyncio

from sender.domain.generations import Generation, GenerationState
from sender.domain.ids import utcnow
from sender.domain.live import (
    LiveEvent,
    MediaFailed,
    MediaStarted,
    PublisherIdle,
    RenditionDescribed,
)
from sender.domain.streams import LatencyMode, Stream, Visibility
from sender.errors import BackendError, BusyError, PublishEnded
from sender.hls.parser import parse_media_playlist
from sender.hls.playlist import render_media_playlist
from sender.live.runtime import LiveRuntime
from sender.media.backend import BackendHooks
from sender.media.profile import PackagingProfile
from sender.media.spool import Spool
from sender.rtmp.flv import FlvTag, TagType

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "fmp4"
NOW = datetime(2026, 11, 1, tzinfo=UTC)


class ScriptedBackend:
    """A MediaBackend that writes what the test tells it to, rendition by rendition."""

    def __init__(self, hooks: BackendHooks, renditions: tuple[str, ...]) -> None:
        self.hooks = hooks
        self.renditions = renditions
        self.sent: list[FlvTag] = []
        self.started = False
        self.stopped = False
        self.restarts = 0
        self.restart_reasons: list[str] = []
        self.fail_start = False
        self.kind = "scripted"
        self.fallback_reason: str | None = None

    async def start(self) -> None:
        if self.fail_start:
            raise BackendError("cannot start the scripted backend")
        self.started = True

    async def send(self, tag: FlvTag) -> None:
        self.sent.append(tag)

    async def stop(self) -> None:
        self.stopped = True

    def write(self, rendition: str, data: bytes, *, chunk: int = 4096) -> None:
        for start in range(0, len(data), chunk):
            self.hooks.on_output(rendition, data[start : start + chunk])

    def restart(self, reason: str = "killed") -> None:
        self.restarts += 1
        self.restart_reasons.append(reason)
        self.hooks.on_restart(self.restarts, reason)


class ScriptedBackends:
    def __init__(self, renditions: tuple[str, ...] = ("source",)) -> None:
        self.renditions = renditions
        self.made: list[ScriptedBackend] = []
        self.fail_next_start = False

    def __call__(self, hooks: BackendHooks, *, log_name: str) -> ScriptedBackend:
        backend = ScriptedBackend(hooks, self.renditions)
        backend.fail_start, self.fail_next_start = self.fail_next_start, False
        self.made.append(backend)
        return backend


def fixture(name: str) -> bytes:
    return (FIXTURES / f"{name}.mp4").read_bytes()


def make_stream(n: int = 1) -> Stream:
    return Stream(
        id=f"{n:032x}",
        slug=f"tv{n}",
        title="TV",
        visibility=Visibility.PUBLIC,
        latency_mode=LatencyMode.LOW,
        created_at=NOW,
        updated_at=NOW,
    )


def make_generation(stream: Stream, n: int = 1, **changes: object) -> Generation:
    generation = Generation(
        id=f"{0xABC0 + n:032x}",
        stream_id=stream.id,
        state=GenerationState.STARTING,
        node_id="node-a",
        auto_started=False,
        created_at=NOW,
    )
    return replace(generation, **changes)  # type: ignore[arg-type]


def ended(generation: Generation, *, ago_s: float = 0.0) -> Generation:
    return replace(
        generation,
        state=GenerationState.ENDED,
        ended_at=utcnow() - timedelta(seconds=ago_s),
    )


async def events_of(runtime: LiveRuntime) -> list[LiveEvent]:
    await asyncio.sleep(0)
    return runtime.pending_events()


class Rig:
    def __init__(self, tmp_path: Path, **options: float) -> None:
        self.spool = Spool(tmp_path / "spool")
        self.backends = ScriptedBackends()
        self.runtime = LiveRuntime(
            spool=self.spool,
            profile=PackagingProfile(segment_target_s=1.0, window_segments=4, keep_segments=6),
            backends=self.backends,
            idle_end_s=options.get("idle_end_s", 60.0),
            retention_s=options.get("retention_s", 3600.0),
            takeover_after_s=options.get("takeover_after_s", 2.0),
        )


@pytest_asyncio.fixture
async def rig(tmp_path: Path) -> AsyncIterator[Rig]:
    rig = Rig(tmp_path)
    yield rig
    await rig.runtime.close()


async def test_an_active_generation_gets_a_session(rig: Rig) -> None:
    stream = make_stream()
    generation = make_generation(stream)
    assert rig.runtime.media(generation.id) is None
    await rig.runtime.apply(stream, generation)
    session = rig.runtime.media(generation.id)
    assert session is not None and not session.ended
    assert session.stream_id == stream.id and session.generation_id == generation.id
    assert rig.runtime.publisher(stream.id) is None
    await rig.runtime.apply(stream, generation)  # again: the same session
    assert rig.runtime.media(generation.id) is session
    assert rig.runtime.all() == [session]


async def test_attach_one_encoder_at_a_time(rig: Rig) -> None:
    stream = make_stream()
    generation = make_generation(stream)
    await rig.runtime.apply(stream, generation)
    publisher = await rig.runtime.attach(generation.id, "203.0.113.5:4000", "k1")
    assert rig.backends.made[0].started
    info = rig.runtime.publisher(stream.id)
    assert info is not None and info.peer == "203.0.113.5:4000" and info.key_id == "k1"
    with pytest.raises(BusyError):
        await rig.runtime.attach(generation.id, "203.0.113.6:4000", "k1")
    await publisher.on_end("unpublish")
    assert rig.backends.made[0].stopped
    assert rig.runtime.publisher(stream.id) is None
    again = await rig.runtime.attach(generation.id, "203.0.113.6:4000", "k1")
    assert again is not publisher


async def test_attach_to_what_is_not_live_here_is_refused(rig: Rig) -> None:
    stream = make_stream()
    generation = make_generation(stream)
    with pytest.raises(PublishEnded):
        await rig.runtime.attach(generation.id, "peer", "k1")
    await rig.runtime.apply(stream, generation)
    await rig.runtime.apply(stream, ended(generation))
    with pytest.raises(PublishEnded):
        await rig.runtime.attach(generation.id, "peer", "k1")


async def test_a_backend_that_cannot_start_leaves_no_publisher(rig: Rig) -> None:
    stream = make_stream()
    generation = make_generation(stream)
    await rig.runtime.apply(stream, generation)
    rig.backends.fail_next_start = True
    with pytest.raises(BackendError):
        await rig.runtime.attach(generation.id, "peer", "k1")
    assert rig.runtime.publisher(stream.id) is None
    await rig.runtime.attach(generation.id, "peer", "k1")  # the next one may try again


async def test_backend_output_is_packaged_written_and_reported(rig: Rig) -> None:
    stream = make_stream()
    generation = make_generation(stream)
    await rig.runtime.apply(stream, generation)
    await rig.runtime.attach(generation.id, "peer", "k1")
    session = rig.runtime.media(generation.id)
    assert session is not None
    waiter = asyncio.create_task(session.wait_changed("source", 5))
    await asyncio.sleep(0)  # the waiter is waiting
    rig.backends.made[0].write("source", fixture("av"))
    assert await waiter
    index = session.index("source")
    assert index is not None and len(index.segments) == 4  # the window of the profile
    assert [v.name for v in session.variants()] == ["source"]
    variant = session.variants()[0]
    assert variant.codecs is not None and variant.codecs.startswith("avc1.")
    assert (variant.width, variant.height) == (160, 120)
    events = await events_of(rig.runtime)
    described = events[0]
    assert isinstance(described, RenditionDescribed)
    assert described.rendition.name == "source"
    assert described.rendition.generation_id == generation.id
    assert (described.rendition.codecs, described.rendition.width) == (variant.codecs, 160)
    assert [e for e in events if isinstance(e, MediaStarted)] == [
        MediaStarted(stream.id, generation.id)
    ]
    info = rig.runtime.publisher(stream.id)
    assert info is not None and (info.width, info.height) == (160, 120)
    # Files reach the spool in order; every init stays in memory.
    await session.writer.flush()
    last = index.segments[-1]
    path = session.media_path("source", last.name)
    assert path is not None and path.is_file()
    assert session.init_bytes("source", "init-0.mp4") == (path.parent / "init-0.mp4").read_bytes()


async def test_a_segment_on_disk_leaves_memory_and_its_parts_stay_listed(rig: Rig) -> None:
    """Memory holds the open segment's parts and the newest complete segment; an older
    one, once its file is on disk, is served from the file, parts and all."""
    stream = make_stream()
    generation = make_generation(stream)
    await rig.runtime.apply(stream, generation)
    await rig.runtime.attach(generation.id, "peer", "k1")
    session = rig.runtime.media(generation.id)
    assert session is not None
    data = fixture("av")
    backend = rig.backends.made[0]
    backend.write("source", data[: len(data) * 3 // 4])
    index = session.index("source")
    assert index is not None and len(index.retained) >= 3
    state = session.renditions["source"]
    # Before the writer ran, every complete segment is in memory, parts and all.
    assert state.held.held() == {s.msn for s in index.retained}
    assert all(index.part_data(s.msn, 0) is not None for s in index.retained)
    await session.writer.flush()
    newest = index.retained[-1]
    assert state.held.held() == {newest.msn}
    assert session.segment_bytes("source", newest.msn) is not None
    assert all(index.part_data(newest.msn, p.index) is not None for p in newest.parts)
    for seg in index.retained[:-1]:
        assert session.segment_bytes("source", seg.msn) is None
        assert all(index.part_data(seg.msn, i) is None for i in range(len(seg.parts)))
    assert index.open is not None and index.open.parts
    assert all(index.part_data(index.open.msn, p.index) is not None for p in index.open.parts)
    listed = parse_media_playlist(render_media_playlist(index, low_latency=True))
    with_parts = [s for s in listed.segments if s.parts]
    assert any(s.msn != newest.msn for s in with_parts), "released parts are still listed"
    for seg in with_parts:
        path = session.media_path("source", seg.uri)
        assert path is not None
        whole = path.read_bytes()
        ends = []
        for part in seg.parts:
            span = index.part_span(seg.msn, part.index)
            assert span is not None, part.uri
            ends.append(span[0] + span[1])
        assert ends[-1] == len(whole)  # every listed part lies in the segment's file


async def test_each_rendition_has_its_own_reader_and_packager(tmp_path: Path) -> None:
    rig = Rig(tmp_path)
    rig.backends.renditions = ("source", "audio")
    stream = make_stream()
    generation = make_generation(stream)
    await rig.runtime.apply(stream, generation)
    await rig.runtime.attach(generation.id, "peer", "k1")
    backend = rig.backends.made[0]
    video, audio = fixture("video"), fixture("audio")
    # Interleaved in small pieces, as two pipes are read: each reader sees its own file.
    for start in range(0, max(len(video), len(audio)), 1000):
        backend.write("source", video[start : start + 1000], chunk=1000)
        backend.write("audio", audio[start : start + 1000], chunk=1000)
    session = rig.runtime.media(generation.id)
    assert session is not None
    assert list(session.rendition_names()) == ["audio", "source"]
    source, sound = session.index("source"), session.index("audio")
    assert source is not None and sound is not None
    assert source.segments and sound.segments
    assert session.renditions["audio"].codecs == "mp4a.40.2"
    assert session.renditions["source"].codecs is not None
    assert "avc1" in session.renditions["source"].codecs
    await rig.runtime.close()


async def test_a_backend_restart_starts_a_new_file_in_every_rendition(rig: Rig) -> None:
    stream = make_stream()
    generation = make_generation(stream)
    await rig.runtime.apply(stream, generation)
    await rig.runtime.attach(generation.id, "peer", "k1")
    backend = rig.backends.made[0]
    data = fixture("av")
    backend.write("source", data[: len(data) // 2])  # cut mid-box: ffmpeg died
    backend.restart()
    backend.write("source", data)
    session = rig.runtime.media(generation.id)
    assert session is not None
    index = session.index("source")
    assert index is not None and index.init_name == "init-1.mp4"
    assert any(s.discontinuity and s.init_name == "init-1.mp4" for s in index.retained)
    assert rig.runtime.backend_restarts == {stream.slug: 1}


async def test_a_backend_that_gives_up_is_reported(rig: Rig) -> None:
    stream = make_stream()
    generation = make_generation(stream)
    await rig.runtime.apply(stream, generation)
    await rig.runtime.attach(generation.id, "peer", "k1")
    rig.backends.made[0].hooks.on_failed("ffmpeg exited with status 1")
    assert await events_of(rig.runtime) == [
        MediaFailed(stream.id, generation.id, "ffmpeg exited with status 1")
    ]


async def test_an_ended_generation_finishes_its_playlists_and_frees_its_encoder(
    rig: Rig,
) -> None:
    stream = make_stream()
    generation = make_generation(stream)
    await rig.runtime.apply(stream, generation)
    publisher = await rig.runtime.attach(generation.id, "peer", "k1")
    rig.backends.made[0].write("source", fixture("av"))
    session = rig.runtime.media(generation.id)
    assert session is not None
    waiter = asyncio.create_task(session.wait_changed(None, 5))
    await asyncio.sleep(0)
    await rig.runtime.apply(stream, ended(generation))
    assert await waiter
    assert session.ended and session.generation.state is GenerationState.ENDED
    index = session.index("source")
    assert index is not None and index.ended and index.open is None
    assert rig.backends.made[0].stopped
    with pytest.raises(PublishEnded):
        await publisher.on_tag(FlvTag(TagType.VIDEO, 0, b"\x17\x01"))
    assert rig.runtime.media(generation.id) is session  # readable (ENDLIST) until retention


async def test_retention_removes_the_files_and_the_session(tmp_path: Path) -> None:
    rig = Rig(tmp_path, retention_s=0.05)
    stream = make_stream()
    generation = make_generation(stream)
    await rig.runtime.apply(stream, generation)
    await rig.runtime.attach(generation.id, "peer", "k1")
    rig.backends.made[0].write("source", fixture("av"))
    directory = rig.spool.generation_dir(stream.id, generation.id)
    await rig.runtime.apply(stream, ended(generation))
    assert directory.is_dir()
    for _ in range(100):
        if rig.runtime.media(generation.id) is None and not directory.exists():
            break
        await asyncio.sleep(0.02)
    assert rig.runtime.media(generation.id) is None
    assert not directory.exists()
    await rig.runtime.close()


async def test_an_auto_started_generation_without_encoder_reports_idle(tmp_path: Path) -> None:
    rig = Rig(tmp_path, idle_end_s=0.05)
    stream = make_stream()
    generation = make_generation(stream, auto_started=True)
    await rig.runtime.apply(stream, generation)
    publisher = await rig.runtime.attach(generation.id, "peer", "k1")
    await publisher.on_end("EOF")
    await asyncio.sleep(0.2)
    assert await events_of(rig.runtime) == [PublisherIdle(stream.id, generation.id)]
    await rig.runtime.close()


async def test_an_encoder_back_in_time_cancels_the_idle_end(tmp_path: Path) -> None:
    rig = Rig(tmp_path, idle_end_s=0.1)
    stream = make_stream()
    generation = make_generation(stream, auto_started=True)
    await rig.runtime.apply(stream, generation)
    first = await rig.runtime.attach(generation.id, "peer", "k1")
    await first.on_end("EOF")
    await rig.runtime.attach(generation.id, "peer", "k1")
    await asyncio.sleep(0.25)
    assert await events_of(rig.runtime) == []
    await rig.runtime.close()


async def test_reconcile_resumes_keeps_and_sweeps(rig: Rig) -> None:
    stream = make_stream()
    resumed = make_generation(stream, 1, state=GenerationState.LIVE)
    recent = ended(make_generation(stream, 2), ago_s=10)
    old = ended(make_generation(stream, 3), ago_s=7200)
    orphan = make_generation(stream, 4)  # files but no row in the store
    for generation in (resumed, recent, old, orphan):
        directory = rig.spool.rendition_dir(stream.id, generation.id, "source")
        directory.mkdir(parents=True)
        (directory / "init-0.mp4").write_bytes(b"i")
        (directory / "seg-41.m4s").write_bytes(b"s")
    plan = await rig.runtime.reconcile([(stream, resumed)], [(stream, recent), (stream, old)])
    assert [g.id for _, g in plan.start] == [resumed.id]
    assert [gid for _, gid, _ in plan.keep] == [recent.id]
    assert sorted(gid for _, gid in plan.remove) == sorted([old.id, orphan.id])
    on_disk = {gid for _, gid in rig.spool.existing_generations()}
    assert on_disk == {resumed.id, recent.id}
    session = rig.runtime.media(resumed.id)
    assert session is not None
    # Numbering continues past what was served before the restart.
    index_before = session.index("source")
    assert index_before is None
    await rig.runtime.attach(resumed.id, "peer", "k1")
    rig.backends.made[0].write("source", fixture("av"))
    index = session.index("source")
    assert index is not None
    assert index.segments[0].msn >= 42 and index.init_name == "init-1.mp4"
    assert index.segments[0].discontinuity or index.discontinuity_sequence > 0
    assert rig.runtime.spooled_generations() == [recent.id]


async def test_shutdown_suspends_and_ignores_later_store_changes(rig: Rig) -> None:
    stream = make_stream()
    generation = make_generation(stream)
    await rig.runtime.apply(stream, generation)
    await rig.runtime.attach(generation.id, "peer", "k1")
    await rig.runtime.close()
    assert rig.backends.made[0].stopped
    assert rig.runtime.all() == []
    await rig.runtime.apply(stream, make_generation(stream, 9))  # too late: nothing starts
    assert rig.runtime.all() == []


async def test_a_restarted_node_resumes_where_its_playlists_stood(tmp_path: Path) -> None:
    first = Rig(tmp_path)
    stream = make_stream()
    generation = make_generation(stream, state=GenerationState.LIVE, auto_started=True)
    await first.runtime.apply(stream, generation)
    await first.runtime.attach(generation.id, "peer", "k1")
    backend = first.backends.made[0]
    backend.write("source", fixture("av"))
    backend.restart()
    backend.write("source", fixture("av"))
    before = first.runtime.media(generation.id)
    assert before is not None
    index_before = before.index("source")
    assert index_before is not None and index_before.discontinuity_sequence >= 0
    window = [s.msn for s in index_before.segments]
    await first.runtime.close()  # the node stops; the generation stays active

    second = Rig(tmp_path, idle_end_s=0.2)
    await second.runtime.reconcile([(stream, generation)], [])
    session = second.runtime.media(generation.id)
    assert session is not None and not session.ended
    index = session.index("source")
    assert index is not None
    # The last window is served at once, with the same numbers; nothing goes back.
    assert [s.msn for s in index.segments] == window
    assert index.media_sequence == index_before.media_sequence
    assert index.discontinuity_sequence == index_before.discontinuity_sequence
    assert [v.name for v in session.variants()] == ["source"]
    # The encoder does not come back: the auto-started generation is reported idle.
    await asyncio.sleep(0.4)
    assert await events_of(second.runtime) == [PublisherIdle(stream.id, generation.id)]
    # When it does, its media goes on after the last number, past a discontinuity.
    await second.runtime.attach(generation.id, "peer", "k1")
    second.backends.made[0].write("source", fixture("av"))
    newer = [s for s in index.retained if s.msn > window[-1]]
    assert newer and newer[0].discontinuity
    await second.runtime.close()


async def test_a_finished_generation_is_served_ended_after_a_restart(tmp_path: Path) -> None:
    first = Rig(tmp_path)
    stream = make_stream()
    generation = make_generation(stream)
    await first.runtime.apply(stream, generation)
    await first.runtime.attach(generation.id, "peer", "k1")
    first.backends.made[0].write("source", fixture("av"))
    done = ended(generation)
    await first.runtime.apply(stream, done)
    await first.runtime.close()

    second = Rig(tmp_path)
    plan = await second.runtime.reconcile([], [(stream, done)])
    assert [gid for _, gid, _ in plan.keep] == [generation.id]
    session = second.runtime.media(generation.id)
    assert session is not None and session.ended
    index = session.index("source")
    assert index is not None and index.ended and index.segments
    with pytest.raises(PublishEnded):
        await second.runtime.attach(generation.id, "peer", "k1")
    await second.runtime.close()


# Faults ----------------------------------------------------------------------------------


async def test_unreadable_backend_output_restarts_the_backend_and_is_counted(
    rig: Rig, caplog: pytest.LogCaptureFixture
) -> None:
    stream = make_stream()
    generation = make_generation(stream)
    await rig.runtime.apply(stream, generation)
    await rig.runtime.attach(generation.id, "peer", "k1")
    backend = rig.backends.made[0]
    data = fixture("av")
    backend.write("source", data)
    session = rig.runtime.media(generation.id)
    assert session is not None
    index = session.index("source")
    assert index is not None
    before = index.segments[-1].msn
    backend.write("source", b"\x00\x00\x00\x03junk")  # a box smaller than its own header
    assert backend.restart_reasons == ["unreadable output of rendition source"]
    assert rig.runtime.corrupt_outputs == {stream.slug: 1}
    assert rig.runtime.backend_restarts == {stream.slug: 1}
    assert "unreadable backend output" in caplog.text
    backend.write("source", data)  # the new process's file
    assert index.init_name == "init-1.mp4"
    assert index.segments[-1].msn > before
    assert any(s.discontinuity for s in index.segments)


async def test_a_new_publisher_starts_new_files_whatever_the_last_one_left(rig: Rig) -> None:
    stream = make_stream()
    generation = make_generation(stream)
    await rig.runtime.apply(stream, generation)
    first = await rig.runtime.attach(generation.id, "peer", "k1")
    data = fixture("av")
    rig.backends.made[0].write("source", data[: len(data) // 2])  # its backend died mid-box
    await first.on_end("EOF")
    await rig.runtime.attach(generation.id, "peer", "k1")
    rig.backends.made[1].write("source", data)
    session = rig.runtime.media(generation.id)
    assert session is not None
    index = session.index("source")
    assert index is not None and index.init_name == "init-1.mp4" and index.segments
    assert rig.runtime.corrupt_outputs == {}


async def test_segments_the_spool_refused_are_served_from_memory_while_listed(
    rig: Rig,
) -> None:
    stream = make_stream()
    generation = make_generation(stream)
    await rig.runtime.apply(stream, generation)
    await rig.runtime.attach(generation.id, "peer", "k1")
    blocked = rig.spool.rendition_dir(stream.id, generation.id, "source")
    blocked.parent.mkdir(parents=True)
    blocked.write_bytes(b"")  # a file where the rendition's directory goes: every write fails
    backend = rig.backends.made[0]
    data = fixture("av")
    backend.write("source", data)
    session = rig.runtime.media(generation.id)
    assert session is not None
    await session.writer.flush()
    index = session.index("source")
    assert index is not None and len(index.segments) == 4
    assert all(session.segment_bytes("source", s.msn) for s in index.segments)
    assert session.spool_failing
    assert sum(rig.runtime.spool_errors.values()) >= 5  # the init and every segment
    assert {reason for _, reason in rig.runtime.spool_errors} == {"EEXIST"}
    # What leaves the spool's keep leaves memory too: it stays bounded.
    for _ in range(3):
        backend.restart()
        backend.write("source", data)
    await session.writer.flush()
    state = session.renditions["source"]
    assert state.held.held() <= {s.msn for s in index.retained}
    assert all(session.segment_bytes("source", s.msn) for s in index.segments)
    # The disk is back: files are written again, and the spool no longer counts as failing.
    blocked.unlink()
    backend.restart()
    backend.write("source", data)
    await session.writer.flush()
    assert not session.spool_failing
    newest = index.segments[-1]
    path = session.media_path("source", newest.name)
    assert path is not None and path.is_file()


async def test_a_silent_publisher_is_taken_over_and_a_sending_one_is_not(
    tmp_path: Path,
) -> None:
    rig = Rig(tmp_path, takeover_after_s=0.2)
    stream = make_stream()
    generation = make_generation(stream)
    await rig.runtime.apply(stream, generation)
    first = await rig.runtime.attach(generation.id, "203.0.113.5:4000", "k1")
    for _ in range(4):
        await asyncio.sleep(0.1)
        first.on_bytes(4096)  # still sending
        with pytest.raises(BusyError):
            await rig.runtime.attach(generation.id, "203.0.113.5:4001", "k1")
    await asyncio.sleep(0.3)  # gone quiet: no FIN, no RST, nothing
    second = await rig.runtime.attach(generation.id, "203.0.113.5:4002", "k1")
    assert rig.backends.made[0].stopped and rig.backends.made[1].started
    info = rig.runtime.publisher(stream.id)
    assert info is not None and info.peer == "203.0.113.5:4002"
    with pytest.raises(PublishEnded):
        await first.on_tag(FlvTag(TagType.VIDEO, 0, b"\x17\x01"))
    await first.on_end("idle timeout")  # its connection ends at last: the new one stays
    info = rig.runtime.publisher(stream.id)
    assert info is not None and info.peer == "203.0.113.5:4002"
    assert second is not first
    await rig.runtime.close()


async def test_a_stream_update_reaches_every_session_of_the_stream(rig: Rig) -> None:
    stream = make_stream()
    old = make_generation(stream, 1)
    await rig.runtime.apply(stream, old)
    await rig.runtime.apply(stream, ended(old))
    current = make_generation(stream, 2)
    await rig.runtime.apply(stream, current)
    private = replace(
        stream, visibility=Visibility.PRIVATE, updated_at=stream.updated_at + timedelta(seconds=1)
    )
    await rig.runtime.apply(private, current)
    sessions = [rig.runtime.media(old.id), rig.runtime.media(current.id)]
    assert all(s is not None and s.stream.visibility is Visibility.PRIVATE for s in sessions)
    # A copy read before that update (a publish racing it) does not undo it.
    await rig.runtime.apply(stream, current)
    assert all(s is not None and s.stream.visibility is Visibility.PRIVATE for s in sessions)
