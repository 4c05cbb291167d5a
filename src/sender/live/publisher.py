"""Publisher: one connected encoder feeding a live session (the ingest server's MediaSink).

It hands the encoder's FLV tags to the session's media backend (awaiting the
backend is the back-pressure), measures the ingest bit rate, notes the codecs
the encoder announced, and keeps the ingest clock of the backend's current
process: when, by arrival over RTMP, the media it is packaging began. The
backend's output goes to the session, rendition by rendition.

It also knows how long the encoder has been silent (`silent_s`: nothing read
from its socket, and no tag on its way into the backend), which decides
whether a reconnecting encoder may take its place.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Protocol

from sender.domain.ids import utcnow
from sender.domain.publishers import PublisherInfo
from sender.errors import FlvError, PublishEnded
from sender.media.backend import Assemble, BackendFactory, BackendHooks
from sender.media.fmp4 import Fragment, InitSegment
from sender.media.meter import RateMeter
from sender.rtmp.flv import (
    AudioPacket,
    FlvTag,
    TagType,
    VideoPacket,
    is_video_keyframe,
    is_video_sequence_header,
)

# What status calls the codecs an encoder sends (the FourCC of enhanced RTMP, or the
# legacy codec id's name as rtmp.flv reads it).
VIDEO_CODECS = {"avc1": "h264", "hvc1": "hevc", "av01": "av1", "vp09": "vp9", "vp08": "vp8"}
AUDIO_CODECS = {"mp4a": "aac", "Opus": "opus", ".mp3": "mp3", "fLaC": "flac", "ac-3": "ac3"}


class PublisherOwner(Protocol):
    """What a publisher tells its session."""

    def backend_output(self, rendition: str, data: bytes, keyframe_at: datetime | None) -> None: ...
    def backend_media(
        self,
        rendition: str,
        items: Sequence[InitSegment | Fragment],
        assemble: Assemble,
        keyframe_at: datetime | None,
    ) -> None: ...
    def backend_timeline(self, rendition: str, reason: str) -> None: ...
    def backend_restarted(self, count: int, reason: str) -> None: ...
    def backend_failed(self, reason: str) -> None: ...
    def backend_renewed(self, reason: str) -> None: ...
    async def detach(self, publisher: Publisher, reason: str) -> None: ...


class Publisher:
    def __init__(
        self,
        owner: PublisherOwner,
        *,
        peer: str,
        key_id: str,
        backends: BackendFactory,
        log_name: str,
        clock: Callable[[], datetime] = utcnow,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._owner = owner
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
        # The ingest clock of the current backend process's media: the FLV timestamp of
        # the first keyframe fed to it, and min(arrival - FLV timestamp) over the tags
        # since. The minimum, not the first arrival: encoders send a burst on connect
        # (ffmpeg -re sends half a second at once), which arrives later than it was made.
        self._first_keyframe_ms: int | None = None
        self._clock_offset: datetime | None = None
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
        if tag.type in (TagType.VIDEO, TagType.AUDIO):
            self._observe_clock(tag)
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
    def _observe_clock(self, tag: FlvTag) -> None:
        if self._first_keyframe_ms is None:
            if not (
                tag.type == TagType.VIDEO
                and is_video_keyframe(tag.data)
                and not is_video_sequence_header(tag.data)
            ):
                return
            self._first_keyframe_ms = tag.timestamp
        offset = self._clock() - timedelta(milliseconds=tag.timestamp)
        if self._clock_offset is None or offset < self._clock_offset:
            self._clock_offset = offset

    @property
    def keyframe_at(self) -> datetime | None:
        """When, by ingest, the media of the current backend process began."""
        if self._first_keyframe_ms is None or self._clock_offset is None:
            return None
        return self._clock_offset + timedelta(milliseconds=self._first_keyframe_ms)

    # Backend hooks ---------------------------------------------------------
    def _on_output(self, rendition: str, data: bytes) -> None:
        self._owner.backend_output(rendition, data, self.keyframe_at)

    def _on_restart(self, count: int, reason: str) -> None:
        # The new process resumes at the next keyframe: a new clock from there.
        self._first_keyframe_ms = None
        self._clock_offset = None
        self._owner.backend_restarted(count, reason)

    def _on_media(
        self, rendition: str, items: Sequence[InitSegment | Fragment], assemble: Assemble
    ) -> None:
        self._owner.backend_media(rendition, items, assemble, self.keyframe_at)

    def _on_timeline(self, rendition: str, reason: str) -> None:
        # Re-based (a jump): a new clock from the next keyframe, as after a new file.
        self._first_keyframe_ms = None
        self._clock_offset = None
        self._owner.backend_timeline(rendition, reason)

    def _on_renew(self, reason: str) -> None:
        self._first_keyframe_ms = None
        self._clock_offset = None
        self._owner.backend_renewed(reason)

    def _on_failed(self, reason: str) -> None:
        self._closed = True
        self._owner.backend_failed(reason)

    # Life ------------------------------------------------------------------
    async def start(self) -> None:
        await self.backend.start()  # BackendError propagates to the caller

    def restart_backend(self, reason: str) -> None:
        """Replace the backend's process: what it writes can no longer be trusted."""
        if not self._closed:
            self.backend.restart(reason)

    async def close(self) -> None:
        """Stop feeding: let the backend flush its last fragment and exit."""
        self._closed = True
        await self.backend.stop()

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
