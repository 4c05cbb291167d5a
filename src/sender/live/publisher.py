"""Publisher: one connected encoder feeding a live session (the ingest server's MediaSink).

It hands the encoder's FLV tags to the session's media backend (awaiting the
backend is the back-pressure), measures the ingest bit rate, notes the codecs
the encoder announced, and keeps the ingest clock of the backend's current
process: when, by arrival over RTMP, the media it is packaging began. The
backend's output goes to the session, rendition by rendition.

With a ladder (the stream's rungs, and a node that transcodes), it also owns
the generation's transcoder (media.transcoder) for the publish: started once
the first video sequence header tells the source's size, which decides the
rungs that are kept (rungs_for_source: none taller than the source), fed the
same tags without ever holding the encoder up, stopped with the publish. Its
output goes to the session as the rungs' renditions, with its own ingest
clock; its restarts touch only the rungs.

It also knows how long the encoder has been silent (`silent_s`: nothing read
from its socket, and no tag on its way into the backend), which decides
whether a reconnecting encoder may take its place.
"""

from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Protocol

from sender.domain.ids import utcnow
from sender.domain.ladder import Rung, rungs_for_source
from sender.domain.publishers import PublisherInfo
from sender.errors import BackendError, FlvError, PublishEnded
from sender.media.backend import Assemble, BackendFactory, BackendHooks
from sender.media.clock import IngestClock, InputTime
from sender.media.fmp4 import Fragment, InitSegment
from sender.media.meter import RateMeter
from sender.media.transcoder import Transcoder, TranscoderHooks, rung_size, source_size
from sender.rtmp.flv import (
    AudioPacket,
    FlvTag,
    TagType,
    VideoPacket,
    is_audio_sequence_header,
    is_metadata,
    is_video_sequence_header,
)

log = logging.getLogger(__name__)

# What status calls the codecs an encoder sends (the FourCC of enhanced RTMP, or the
# legacy codec id's name as rtmp.flv reads it).
VIDEO_CODECS = {"avc1": "h264", "hvc1": "hevc", "av01": "av1", "vp09": "vp9", "vp08": "vp8"}
AUDIO_CODECS = {"mp4a": "aac", "Opus": "opus", ".mp3": "mp3", "fLaC": "flac", "ac-3": "ac3"}

# Audio this long without video: the source has none, the ladder's rungs are dropped.
AUDIO_ONLY_AFTER_MS = 2000
# Every publish is its own input timeline (media.clock's epoch).
_epochs = itertools.count(1)


class TranscoderFactory(Protocol):
    """Makes a publish's transcoder (media.transcoder.TranscoderSettings.make)."""

    def __call__(
        self,
        rungs: Sequence[tuple[Rung, int]],
        hooks: TranscoderHooks,
        *,
        epoch: object,
        log_name: str,
    ) -> Transcoder: ...


class PublisherOwner(Protocol):
    """What a publisher tells its session."""

    def backend_output(self, rendition: str, data: bytes, ingest: InputTime) -> None: ...
    def backend_media(
        self,
        rendition: str,
        items: Sequence[InitSegment | Fragment],
        assemble: Assemble,
        ingest: InputTime,
    ) -> None: ...
    def backend_timeline(self, rendition: str, reason: str) -> None: ...
    def backend_restarted(self, count: int, reason: str) -> None: ...
    def backend_failed(self, reason: str) -> None: ...
    def backend_renewed(self, reason: str) -> None: ...
    async def detach(self, publisher: Publisher, reason: str) -> None: ...
    # The ladder's transcoder.
    def ladder_planned(
        self, rungs: Sequence[tuple[Rung, int, int]], notes: Sequence[str]
    ) -> None: ...
    def rung_output(self, rendition: str, data: bytes, ingest: InputTime) -> None: ...
    def rungs_restarted(self, count: int, reason: str) -> None: ...
    def rungs_renewed(self, reason: str) -> None: ...
    def rungs_failed(self, reason: str) -> None: ...
    def transcoder_slow(self, speed: float) -> None: ...


class Publisher:
    def __init__(
        self,
        owner: PublisherOwner,
        *,
        peer: str,
        key_id: str,
        backends: BackendFactory,
        log_name: str,
        ladder: Sequence[Rung] = (),
        transcoders: TranscoderFactory | None = None,
        clock: Callable[[], datetime] = utcnow,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._owner = owner
        self._log_name = log_name
        self.peer = peer
        self.key_id = key_id
        self._clock = clock
        self._monotonic = monotonic
        self.connected_at = clock()
        self._heard_at = monotonic()  # the last bytes or tag from the encoder
        self._sending = 0  # tags on their way into the backend (it may hold them a while)
        self.ingest = RateMeter()
        self.video_codec: str | None = None
        self.audio_codec: str | None = None
        self._closed = False
        self._epoch = next(_epochs)
        # The ingest clock of the current backend process's media (media.clock).
        self._ingest_clock = IngestClock(self._epoch)
        # The ladder: its transcoder starts at the first video sequence header.
        self._ladder = tuple(ladder) if transcoders is not None else ()
        self._transcoders = transcoders
        self.transcoder: Transcoder | None = None
        self._ladder_decided = not self._ladder
        self._metadata: FlvTag | None = None
        self._audio_header: FlvTag | None = None
        self._first_audio_ms: int | None = None
        self.backend = backends(
            BackendHooks(
                on_output=self._on_output,
                on_restart=self._on_restart,
                on_failed=self._on_failed,
                on_renew=self._on_renew,
                on_media=self._on_media,
                on_timeline=self._on_timeline,
            ),
            log_name=log_name,
        )

    # MediaSink -------------------------------------------------------------
    async def on_tag(self, tag: FlvTag) -> None:
        if self._closed:
            raise PublishEnded("the generation this encoder publishes to has ended")
        arrival = self._clock()
        self._ingest_clock.observe(tag, arrival)
        if not self._ladder_decided:
            await self._decide_ladder(tag)
        if self.transcoder is not None:
            self.transcoder.offer(tag, arrival)
        if tag.type == TagType.VIDEO and self.video_codec is None:
            self.video_codec = _codec_name(tag, VIDEO_CODECS)
        elif tag.type == TagType.AUDIO and self.audio_codec is None:
            self.audio_codec = _codec_name(tag, AUDIO_CODECS)
        self._heard_at = self._monotonic()
        self._sending += 1
        try:
            await self.backend.send(tag)
        finally:
            self._sending -= 1
            self._heard_at = self._monotonic()

    def on_bytes(self, nbytes: int) -> None:
        """Raw RTMP bytes from the ingest server: the ingest bit rate."""
        self.ingest.add(nbytes)
        self._heard_at = self._monotonic()

    def silent_s(self) -> float:
        """Seconds since the encoder last sent anything; 0 while the backend holds its tags
        (a slow backend holds the socket's reading up, which is not the encoder's silence)."""
        if self._sending:
            return 0.0
        return max(0.0, self._monotonic() - self._heard_at)

    async def on_end(self, reason: str) -> None:
        await self._owner.detach(self, reason)

    # The ingest clock ------------------------------------------------------
    @property
    def keyframe_at(self) -> datetime | None:
        """When, by ingest, the media of the current backend process began."""
        return self._ingest_clock.keyframe_at

    # The ladder --------------------------------------------------------------
    async def _decide_ladder(self, tag: FlvTag) -> None:
        """At the first video sequence header: the rungs this source keeps, and their
        transcoder, fed what the stream said before (metadata, audio header) first."""
        if is_metadata(tag):
            self._metadata = tag
            return
        if tag.type == TagType.AUDIO and is_audio_sequence_header(tag.data):
            self._audio_header = tag
            return
        if tag.type == TagType.AUDIO:
            # Audio alone for a while: no picture to scale, every rung is dropped.
            if self._first_audio_ms is None:
                self._first_audio_ms = tag.timestamp
            if tag.timestamp - self._first_audio_ms >= AUDIO_ONLY_AFTER_MS:
                self._ladder_decided = True
                self._owner.ladder_planned((), rungs_for_source(self._ladder, None)[1])
            return
        if tag.type != TagType.VIDEO:
            return
        self._ladder_decided = True
        # A video frame before any sequence header (a codec without one): size unknown.
        size = source_size(tag) if is_video_sequence_header(tag.data) else None
        if size is None:
            sized: list[tuple[Rung, int, int]] = []
            notes = tuple(
                f"{r.name}: dropped, the source's picture size is unknown" for r in self._ladder
            )
        else:
            kept, notes = rungs_for_source(self._ladder, size[1])
            sized = [(r, *rung_size(r, *size)) for r in kept]
        self._owner.ladder_planned(sized, notes)
        if not sized or self._transcoders is None:
            return
        transcoder = self._transcoders(
            [(r, w) for r, w, _ in sized],
            TranscoderHooks(
                on_output=self._owner.rung_output,
                on_restart=self._owner.rungs_restarted,
                on_renew=self._owner.rungs_renewed,
                on_failed=self._owner.rungs_failed,
                on_slow=self._owner.transcoder_slow,
            ),
            epoch=self._epoch,
            log_name=self._log_name,
        )
        try:
            await transcoder.start()
        except (BackendError, OSError) as exc:
            # The copy goes on without its rungs.
            log.error("%s: the transcoder did not start: %s", self._log_name, exc)
            self._owner.rungs_failed(str(exc))
            return
        self.transcoder = transcoder
        for earlier in (self._metadata, self._audio_header):
            if earlier is not None:
                transcoder.offer(earlier)

    # Backend hooks ---------------------------------------------------------
    def _on_output(self, rendition: str, data: bytes) -> None:
        self._owner.backend_output(rendition, data, self._ingest_clock.now())

    def _on_restart(self, count: int, reason: str) -> None:
        # The new process resumes at the next keyframe: a new clock from there.
        self._ingest_clock.reset()
        self._owner.backend_restarted(count, reason)

    def _on_media(
        self, rendition: str, items: Sequence[InitSegment | Fragment], assemble: Assemble
    ) -> None:
        self._owner.backend_media(rendition, items, assemble, self._ingest_clock.now())

    def _on_timeline(self, rendition: str, reason: str) -> None:
        # Re-based (a jump): a new clock from the next keyframe, as after a new file.
        self._ingest_clock.reset()
        self._owner.backend_timeline(rendition, reason)

    def _on_renew(self, reason: str) -> None:
        self._ingest_clock.reset()
        self._owner.backend_renewed(reason)

    def _on_failed(self, reason: str) -> None:
        self._closed = True
        self._owner.backend_failed(reason)

    # Life ------------------------------------------------------------------
    async def start(self) -> None:
        await self.backend.start()  # BackendError propagates to the caller

    # The transcoder, as the session reads it ----------------------------------------
    @property
    def transcode_speed(self) -> float | None:
        return self.transcoder.speed if self.transcoder is not None else None

    @property
    def transcode_slow(self) -> bool:
        return self.transcoder is not None and self.transcoder.slow

    @property
    def transcoder_pid(self) -> int | None:
        return self.transcoder.pid if self.transcoder is not None else None

    def restart_transcoder(self, reason: str) -> None:
        """Replace the transcoder's process: what it wrote can no longer be trusted."""
        if self.transcoder is not None and not self._closed:
            self.transcoder.restart(reason)

    def restart_backend(self, reason: str) -> None:
        """Replace the backend's process: what it writes can no longer be trusted."""
        if not self._closed:
            self.backend.restart(reason)

    async def close(self) -> None:
        """Stop feeding: let the backend flush its last fragment and exit."""
        self._closed = True
        transcoder, self.transcoder = self.transcoder, None
        try:
            await self.backend.stop()
        finally:
            if transcoder is not None:
                await transcoder.stop()

    def info(self, *, width: int | None, height: int | None) -> PublisherInfo:
        return PublisherInfo(
            peer=self.peer,
            key_id=self.key_id,
            connected_at=self.connected_at,
            ingest_bps=self.ingest.bits_per_second(),
            video_codec=self.video_codec,
            audio_codec=self.audio_codec,
            width=width,
            height=height,
            backend=self.backend.kind,
            backend_fallback=self.backend.fallback_reason,
        )


def _codec_name(tag: FlvTag, names: dict[str, str]) -> str | None:
    """The codec a tag's header names, as status shows it; None for a tag that says none."""
    parse = VideoPacket.parse if tag.type == TagType.VIDEO else AudioPacket.parse
    try:
        packet = parse(tag.data)
    except FlvError:
        return None
    if not packet.codec:
        return None  # a command frame or a multitrack packet: the next tag may say
    return names.get(packet.codec, packet.codec)
