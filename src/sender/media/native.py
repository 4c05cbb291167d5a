"""The in-process media backend: FLV tags remuxed to fMP4 by media.muxer, no child process.

`NativeBackend` implements the MediaBackend seam for the copy rendition. Each
tag goes through a `Muxer` in frame-unit mode, and what it makes goes straight
to the session (`hooks.on_media`): init segments, frame units the packager
groups into parts (and has the muxer write, one moof + mdat each), and
timeline breaks. Nothing is written only to be parsed back, and there is no
process to start, stall or restart.

Bad input ends no node: a malformed or truncated frame is skipped and counted
by the muxer; a malformed sequence header ends the publish (BackendError, with
the muxer's exact message, which the ingest server logs). A codec the muxer
cannot carry (VP6, MP3, Opus, ...) hands the publish to the ffmpeg backend,
when the node has one to fall back on: the metadata and sequence headers
seen so far are replayed to it, then the tag that asked; what the native muxer
already made stays published (ffmpeg's output starts a new init), and
`fallback_reason` says why, for status.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from sender.errors import BackendError, FlvError, UnsupportedCodec
from sender.media.backend import BackendFactory, BackendHooks, MediaBackend
from sender.media.fmp4 import Fragment, InitSegment
from sender.media.muxer import Discontinuity, Muxer
from sender.media.profile import PackagingProfile
from sender.rtmp.flv import FlvTag, TagType, is_audio_sequence_header, is_video_sequence_header

log = logging.getLogger(__name__)

SOURCE = "source"
# A skipped frame is logged the first time, then once per this many (an encoder that sends
# only broken frames does not flood the log); the total is logged when the publish ends.
LOG_SKIPPED_EVERY = 100


class NativeBackend:
    def __init__(
        self,
        hooks: BackendHooks,
        profile: PackagingProfile,
        *,
        log_name: str = "",
        fallback: Callable[[BackendHooks], MediaBackend] | None = None,
    ) -> None:
        self._hooks = hooks
        self._muxer = Muxer(
            part_target_s=profile.part_target_s,
            segment_target_s=profile.segment_target_s,
            frame_units=True,
        )
        self._prefix = f"{log_name}: " if log_name else ""
        self._make_fallback = fallback
        self._fallback: MediaBackend | None = None
        self.fallback_reason: str | None = None
        self._headers: dict[tuple[TagType, bool], FlvTag] = {}  # the latest of each, to replay
        self._started = False
        self._stopped = False
        self._skipped = 0  # frames the muxer could not read, logged so far

    @property
    def restarts(self) -> int:
        return self._fallback.restarts if self._fallback is not None else 0

    @property
    def renditions(self) -> tuple[str, ...]:
        return (SOURCE,)

    @property
    def kind(self) -> str:
        return self._fallback.kind if self._fallback is not None else "native"

    @property
    def counters(self) -> dict[str, int]:
        """What the muxer passed over or mended, by reason (media.muxer.Muxer)."""
        return dict(self._muxer.counters)

    async def start(self) -> None:
        if self._started:
            raise BackendError("the backend is already started")
        self._started = True

    async def send(self, tag: FlvTag) -> None:
        if not self._started:
            raise BackendError("the backend is not started")
        if self._stopped:
            raise BackendError("the backend is stopped")
        if self._fallback is not None:
            await self._fallback.send(tag)
            return
        self._remember(tag)
        try:
            events = self._muxer.feed(tag)
        except UnsupportedCodec as exc:
            await self._fall_back(str(exc), tag)
            return
        except FlvError as exc:
            raise BackendError(f"the encoder's stream cannot be read: {exc}") from exc
        self._deliver(events)
        skipped = self._muxer.counters["malformed"]
        if skipped > self._skipped:
            every = LOG_SKIPPED_EVERY
            if self._skipped == 0 or skipped // every > self._skipped // every:
                log.warning(
                    "%sskipped a malformed %s tag at %d ms (%d so far this publish)",
                    self._prefix, tag.type.name.lower(), tag.timestamp, skipped,
                )  # fmt: skip
            self._skipped = skipped

    def restart(self, reason: str) -> None:
        """Replace the process on the consumer's request: only a fallback has one (what
        the muxer makes is handed over as objects, never bytes to be read back)."""
        if self._fallback is not None:
            self._fallback.restart(reason)

    async def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        if self._fallback is not None:
            await self._fallback.stop()
            return
        self._deliver(self._muxer.finish())
        if self._skipped:
            log.warning("%s%d malformed tags skipped in this publish", self._prefix, self._skipped)

    def _deliver(self, events: list[InitSegment | Fragment | Discontinuity]) -> None:
        media: list[InitSegment | Fragment] = []
        for event in events:
            if isinstance(event, Discontinuity):
                if media:
                    self._hooks.on_media(SOURCE, media, self._muxer.assemble)
                    media = []
                self._hooks.on_timeline(SOURCE, f"timestamps jumped {event.jump_ms} ms")
            else:
                media.append(event)
        if media:
            self._hooks.on_media(SOURCE, media, self._muxer.assemble)

    def _remember(self, tag: FlvTag) -> None:
        """Metadata and sequence headers: what a fallback must hear first."""
        header = (tag.type == TagType.VIDEO and is_video_sequence_header(tag.data)) or (
            tag.type == TagType.AUDIO and is_audio_sequence_header(tag.data)
        )
        if tag.type == TagType.SCRIPT or header:
            self._headers[(tag.type, header)] = tag

    async def _fall_back(self, reason: str, tag: FlvTag) -> None:
        """Hand the publish to ffmpeg: the headers seen so far, then the tag that asked."""
        if self._make_fallback is None:
            raise BackendError(f"{reason}, and this node has no ffmpeg to hand it to")
        log.warning("%s%s: handing the publish to ffmpeg", self._prefix, reason)
        self.fallback_reason = reason
        fallback = self._make_fallback(self._hooks)
        await fallback.start()  # BackendError propagates: the publish ends
        self._fallback = fallback
        replay = list(self._headers.values())
        if tag not in replay:
            replay.append(tag)
        for sent in replay:
            await fallback.send(sent)


class NativeBackends:
    """The BackendFactory of a node that muxes in process (SENDER_BACKEND=native)."""

    def __init__(self, profile: PackagingProfile, fallback: BackendFactory | None) -> None:
        self._profile = profile
        self._fallback = fallback

    def __call__(self, hooks: BackendHooks, *, log_name: str) -> NativeBackend:
        fallback = self._fallback
        make = (lambda h: fallback(h, log_name=log_name)) if fallback is not None else None
        return NativeBackend(hooks, self._profile, log_name=log_name, fallback=make)
