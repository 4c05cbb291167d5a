"""NativeBackend: the in-process seam, its hand-over to ffmpeg, and what it refuses."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path

import pytest
from tests.media.packagers import make_packager

from sender.errors import BackendError
from sender.media.backend import Assemble, BackendHooks, MediaBackend
from sender.media.fmp4 import Fragment, InitSegment
from sender.media.native import NativeBackend, NativeBackends
from sender.media.packager import PartReady, SegmentReady
from sender.media.profile import PackagingProfile
from sender.rtmp.flv import FlvReader, FlvTag, TagType

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "flv"
PROFILE = PackagingProfile(segment_target_s=1.0, part_target_s=0.2)
T0 = datetime(2026, 11, 1, 12, 0, 0, tzinfo=UTC)
MP3 = FlvTag(TagType.AUDIO, 0, bytes.fromhex("2f fffb9064"))


@cache
def capture(name: str) -> tuple[FlvTag, ...]:
    return tuple(FlvReader().feed((FIXTURES / f"{name}.flv").read_bytes()))


@dataclass
class Heard:
    """What a backend told its session, in order."""

    media: list[tuple[str, InitSegment | Fragment, Assemble]] = field(default_factory=list)
    timeline: list[tuple[str, str]] = field(default_factory=list)
    output: list[tuple[str, bytes]] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    def hooks(self) -> BackendHooks:
        return BackendHooks(
            on_output=lambda r, d: self.output.append((r, d)),
            on_restart=lambda n, why: None,
            on_failed=self.failed.append,
            on_renew=lambda why: None,
            on_media=self._on_media,
            on_timeline=lambda r, why: self.timeline.append((r, why)),
        )

    def _on_media(
        self, rendition: str, items: Sequence[InitSegment | Fragment], assemble: Assemble
    ) -> None:
        self.media += [(rendition, item, assemble) for item in items]


class RecordingBackend:
    """The fallback: a MediaBackend that keeps what it was sent."""

    def __init__(self) -> None:
        self.sent: list[FlvTag] = []
        self.started = self.stopped = False
        self.restarts = 0
        self.renditions = ("source",)
        self.kind = "ffmpeg"
        self.fallback_reason: str | None = None
        self.restarted: list[str] = []

    async def start(self) -> None:
        self.started = True

    async def send(self, tag: FlvTag) -> None:
        self.sent.append(tag)

    async def stop(self) -> None:
        self.stopped = True

    def restart(self, reason: str) -> None:
        self.restarted.append(reason)


async def feed(backend: MediaBackend, tags: Sequence[FlvTag]) -> None:
    await backend.start()
    for tag in tags:
        await backend.send(tag)
    await backend.stop()


async def test_a_publish_becomes_parts_and_segments_without_a_process() -> None:
    heard = Heard()
    backend = NativeBackend(heard.hooks(), PROFILE)
    await feed(backend, capture("ffmpeg_h264"))
    assert backend.kind == "native" and backend.fallback_reason is None
    assert heard.output == [] and heard.failed == []  # no bytes to parse back
    assert {rendition for rendition, _, _ in heard.media} == {"source"}
    # The session packages what it was handed, each part written by the muxer.
    packager = make_packager("source", segment_target_s=1.0, part_target_s=0.2)
    events = []
    for n, (_, item, assemble) in enumerate(heard.media):
        now = T0 + timedelta(seconds=n * 0.04)
        if isinstance(item, InitSegment):
            events += packager.on_init(item, now)
        else:
            events += packager.on_fragment(item, now, assemble)
    events += packager.finish(T0 + timedelta(seconds=60))
    segments = [e for e in events if isinstance(e, SegmentReady)]
    parts = [e for e in events if isinstance(e, PartReady)]
    assert len(segments) >= 2 and segments[0].segment.parts[0].independent
    # A part is one moof + mdat, whatever number of frames it carries.
    assert all(p.data[4:8] == b"moof" and p.data.count(b"moof") == 1 for p in parts)


async def test_a_codec_it_cannot_carry_goes_to_the_fallback_with_the_headers_first() -> None:
    heard = Heard()
    fallback = RecordingBackend()
    backend = NativeBackend(heard.hooks(), PROFILE, fallback=lambda hooks: fallback)
    tags = [t for t in capture("ffmpeg_h264") if t.type != TagType.AUDIO][:40]
    await backend.start()
    for tag in tags[:10]:
        await backend.send(tag)
    await backend.send(MP3)
    assert fallback.started
    assert backend.kind == "ffmpeg"
    assert backend.fallback_reason is not None and "mp3" in backend.fallback_reason
    # The fallback hears the metadata and the sequence headers seen so far, then the tag
    # that asked for it, then the rest.
    replayed = list(fallback.sent)
    assert replayed[0].type == TagType.SCRIPT
    assert any(t.type == TagType.VIDEO and t.data[1] == 0 for t in replayed)
    assert replayed[-1] == MP3
    assert not any(t.type == TagType.VIDEO and t.data[1] == 1 for t in replayed)
    for tag in tags[10:]:
        await backend.send(tag)
    assert fallback.sent[-len(tags[10:]) :] == tags[10:]
    # Its output is bytes the session reads: when it cannot, the fallback is restarted.
    backend.restart("unreadable output of rendition source")
    assert fallback.restarted == ["unreadable output of rendition source"]
    await backend.stop()
    assert fallback.stopped


async def test_without_a_fallback_an_unsupported_codec_ends_the_publish_clearly() -> None:
    backend = NativeBackend(Heard().hooks(), PROFILE)
    await backend.start()
    with pytest.raises(BackendError, match=r"mp3.*no ffmpeg to hand it to"):
        await backend.send(MP3)


async def test_a_malformed_sequence_header_ends_the_publish_with_the_reason() -> None:
    backend = NativeBackend(Heard().hooks(), PROFILE)
    await backend.start()
    broken = FlvTag(TagType.VIDEO, 0, bytes.fromhex("17 00 000000 01"))  # AVC config cut short
    with pytest.raises(BackendError, match="cannot be read"):
        await backend.send(broken)


async def test_send_outside_its_life_is_refused() -> None:
    backend = NativeBackend(Heard().hooks(), PROFILE)
    with pytest.raises(BackendError, match="not started"):
        await backend.send(capture("ffmpeg_h264")[0])
    await backend.start()
    with pytest.raises(BackendError, match="already started"):
        await backend.start()
    await backend.stop()
    await backend.stop()  # idempotent
    with pytest.raises(BackendError, match="stopped"):
        await backend.send(capture("ffmpeg_h264")[0])


async def test_the_factory_hands_each_publish_its_own_fallback() -> None:
    made: list[str] = []

    def ffmpeg_backends(hooks: BackendHooks, *, log_name: str) -> RecordingBackend:
        made.append(log_name)
        return RecordingBackend()

    factory = NativeBackends(PROFILE, fallback=ffmpeg_backends)
    backend = factory(Heard().hooks(), log_name="tv1")
    await backend.start()
    assert made == []  # no process until a codec asks for one
    await backend.send(MP3)
    assert made == ["tv1"] and backend.kind == "ffmpeg"
