"""Sessions: every MediaSession on this node, and the only owner of that set.

It is where the rooms meet without importing each other's insides:
- for the control operations it is the `LiveControl` (a generation started or
  stopped; who is publishing);
- for the RTMP server it is the `PublishHandler` (check the key, attach the
  encoder to its generation's session);
- for each session it is the `SessionOwner` (state changes that go to the store).

Store writes caused by media events run as tasks it owns and awaits on close.
Ended generations stay readable (ENDLIST playlists, files) for the retention
time, then their spool directory is removed.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from collections.abc import Awaitable, Coroutine
from typing import Any

from sender.config import Settings
from sender.control import generations as generation_ops
from sender.control.context import Context, PublisherInfo
from sender.control.publish import authorize_publish
from sender.domain.generations import Generation
from sender.domain.ids import utcnow
from sender.domain.renditions import Rendition
from sender.domain.streams import Stream
from sender.errors import BackendError, PublishRefused, SenderError
from sender.media.ffmpeg import FfmpegBackend
from sender.media.session import (
    BackendFactory,
    BusyError,
    FailedCallback,
    MediaSession,
    OutputCallback,
    PublishEnded,
    Publisher,
    RestartCallback,
)
from sender.media.spool import Spool

log = logging.getLogger(__name__)

_SEGMENT_RE = re.compile(r"^seg-(\d+)\.m4s$")
_INIT_RE = re.compile(r"^init-(\d+)\.mp4$")


class Sessions:
    def __init__(self, *, settings: Settings, spool: Spool, ffmpeg: str) -> None:
        self.settings = settings
        self.spool = spool
        self.ffmpeg = ffmpeg
        self._ctx: Context | None = None
        self._by_generation: dict[str, MediaSession] = {}
        self._active_by_stream: dict[str, MediaSession] = {}
        self._tasks: set[asyncio.Task[Any]] = set()
        self._retention: dict[str, asyncio.Task[None]] = {}
        self._closing = False
        self.rtmp_refusals: dict[str, int] = {}
        self.backend_restarts: dict[str, int] = {}

    def bind(self, ctx: Context) -> None:
        """The control context is built around this object, so it arrives after construction."""
        self._ctx = ctx

    @property
    def ctx(self) -> Context:
        if self._ctx is None:
            raise RuntimeError("Sessions used before bind()")
        return self._ctx

    # Lookups for delivery and status ------------------------------------------------
    def get(self, generation_id: str) -> MediaSession | None:
        return self._by_generation.get(generation_id)

    def all(self) -> list[MediaSession]:
        return list(self._by_generation.values())

    # LiveControl ------------------------------------------------------------------------
    async def generation_started(self, stream: Stream, generation: Generation) -> None:
        self._ensure_session(stream, generation)

    async def generation_stopped(self, stream: Stream, generation: Generation) -> None:
        session = self._by_generation.get(generation.id)
        if session is None:
            return
        session.generation = generation
        self._active_by_stream.pop(stream.id, None)
        await session.finish()
        self._schedule_retention(session)

    def publisher(self, stream_id: str) -> PublisherInfo | None:
        session = self._active_by_stream.get(stream_id)
        if session is None or session.publisher is None:
            return None
        pub = session.publisher
        source = session.renditions.get("source")
        return PublisherInfo(
            peer=pub.peer,
            key_id=pub.key_id,
            connected_at=pub.connected_at,
            ingest_bps=session.ingest_bps(),
            video_codec=_VIDEO_CODECS.get(pub.video_codec_id or -1),
            audio_codec=_AUDIO_CODECS.get(pub.audio_codec_id or -1),
            width=source.width if source else None,
            height=source.height if source else None,
        )

    # PublishHandler ---------------------------------------------------------------------
    async def begin_publish(self, app: str, name: str, peer: str) -> Publisher:
        grant = await authorize_publish(self.ctx, app, name)
        session = self._ensure_session(grant.stream, grant.generation)
        try:
            return await session.attach(peer, grant.key_id)
        except BusyError:
            raise PublishRefused(
                "NetStream.Publish.Rejected", "busy", "the stream already has a publisher"
            ) from None
        except PublishEnded:
            raise PublishRefused(
                "NetStream.Publish.Rejected", "ended", "the generation has ended"
            ) from None
        except BackendError as exc:
            log.error("stream %s: media backend failed to start: %s", grant.stream.slug, exc)
            await self._fail(session, f"backend failed to start: {exc}")
            raise PublishRefused(
                "NetStream.Publish.Rejected", "backend_failed", "the media backend failed"
            ) from None

    def publish_refused(self, reason: str) -> None:
        """The RTMP server refused a publish (any reason, including a handler failure)."""
        self.rtmp_refusals[reason] = self.rtmp_refusals.get(reason, 0) + 1

    # SessionOwner -----------------------------------------------------------------------
    def session_live(self, session: MediaSession) -> None:
        self._spawn(self._mark_live(session), f"mark-live:{session.generation.id}")

    def session_rendition(self, session: MediaSession, rendition: Rendition) -> None:
        self._spawn(self.ctx.repo.upsert_rendition(rendition), f"rendition:{rendition.name}")

    def session_failed(self, session: MediaSession, reason: str) -> None:
        self._spawn(self._fail(session, reason), f"fail:{session.generation.id}")

    def session_idle(self, session: MediaSession) -> None:
        self._spawn(self._end_idle(session), f"idle-end:{session.generation.id}")

    def session_backend_restarted(self, session: MediaSession, count: int, reason: str) -> None:
        slug = session.stream.slug
        self.backend_restarts[slug] = self.backend_restarts.get(slug, 0) + 1
        log.warning("stream %s: media backend restarted (%d): %s", slug, count, reason)

    # Internals --------------------------------------------------------------------------
    def _ensure_session(self, stream: Stream, generation: Generation) -> MediaSession:
        session = self._by_generation.get(generation.id)
        if session is None:
            first_msn, first_init_id = self._resume_point(stream.id, generation.id)
            session = MediaSession(
                stream=stream,
                generation=generation,
                settings=self.settings,
                spool=self.spool,
                backend_factory=self._backend_factory,
                owner=self,
                first_msn=first_msn,
                first_init_id=first_init_id,
            )
            self._by_generation[generation.id] = session
            if generation.active:
                self._active_by_stream[stream.id] = session
        return session

    def _resume_point(self, stream_id: str, generation_id: str) -> tuple[int, int]:
        """(next msn, next init id) of a generation that already has files on disk.

        After a server restart a generation goes on; the names it has served are
        immutable in every cache, so numbering continues past them.
        """
        directory = self.spool.generation_dir(stream_id, generation_id) / "source"
        if not directory.is_dir():
            return 0, 0
        msns, inits = [-1], [-1]
        for path in directory.iterdir():
            if m := _SEGMENT_RE.match(path.name):
                msns.append(int(m.group(1)))
            elif m := _INIT_RE.match(path.name):
                inits.append(int(m.group(1)))
        return max(msns) + 1, max(inits) + 1

    def _backend_factory(self, session: MediaSession) -> BackendFactory:
        def make(
            on_output: OutputCallback, on_restart: RestartCallback, on_failed: FailedCallback
        ) -> FfmpegBackend:
            return FfmpegBackend(
                self.ffmpeg,
                on_output=on_output,
                on_restart=on_restart,
                on_failed=on_failed,
                part_target_s=self.settings.part_target_s,
                restart_initial_s=self.settings.backend_restart_initial_s,
                restart_max_s=self.settings.backend_restart_max_s,
                queue_bytes=self.settings.backend_queue_bytes,
                log_name=session.stream.slug,
            )

        return make

    async def _mark_live(self, session: MediaSession) -> None:
        generation = await generation_ops.mark_live(self.ctx, session.generation.id)
        session.generation = generation
        log.info("stream %s: generation %s is live", session.stream.slug, generation.id)

    async def _fail(self, session: MediaSession, reason: str) -> None:
        try:
            generation = await generation_ops.mark_failed(self.ctx, session.generation.id, reason)
        except SenderError as exc:
            log.warning("could not mark generation %s failed: %s", session.generation.id, exc)
            generation = session.generation
        await self.generation_stopped(session.stream, generation)

    async def _end_idle(self, session: MediaSession) -> None:
        try:
            await generation_ops.end_generation(self.ctx, session.generation.id)
        except SenderError as exc:
            log.warning("could not end idle generation %s: %s", session.generation.id, exc)

    def _schedule_retention(self, session: MediaSession) -> None:
        gen_id = session.generation.id
        if gen_id in self._retention or self._closing:
            return
        self._retention[gen_id] = asyncio.create_task(
            self._expire(session), name=f"retention:{gen_id}"
        )

    async def _expire(self, session: MediaSession) -> None:
        await asyncio.sleep(self.settings.ended_retention_s)
        self._by_generation.pop(session.generation.id, None)
        self._retention.pop(session.generation.id, None)
        await session.close()
        await asyncio.to_thread(
            self.spool.remove_generation, session.stream.id, session.generation.id
        )
        log.info("generation %s: retention over, spool removed", session.generation.id)

    def _spawn(self, coro: Coroutine[Any, Any, Any], name: str) -> None:
        task = asyncio.create_task(_logged(coro, name), name=name)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def restore(self) -> None:
        """On start: resume this node's active generations; sweep spool past retention."""
        repo = self.ctx.repo
        for generation in await repo.list_active_generations(node_id=self.ctx.node_id):
            stream = await repo.get_stream(generation.stream_id)
            if stream is None:
                continue
            self._ensure_session(stream, generation)
            log.info("stream %s: resuming generation %s", stream.slug, generation.id)
        for stream_id, generation_id in await asyncio.to_thread(self.spool.existing_generations):
            if generation_id in self._by_generation:
                continue
            found = await repo.get_generation(generation_id)
            if found is not None and (found.active or self._within_retention(found)):
                continue
            await asyncio.to_thread(self.spool.remove_generation, stream_id, generation_id)

    def _within_retention(self, generation: Generation) -> bool:
        if generation.ended_at is None:
            return False
        age = (utcnow() - generation.ended_at).total_seconds()
        return age < self.settings.ended_retention_s

    async def close(self) -> None:
        """Server shutdown: publishers off, files flushed, tasks done. Generations stay active."""
        self._closing = True
        for session in list(self._by_generation.values()):
            with contextlib.suppress(Exception):
                await session.suspend()
        if self._tasks:
            await asyncio.wait(list(self._tasks), timeout=5)
        for task in list(self._tasks) + list(self._retention.values()):
            task.cancel()
        await asyncio.gather(*self._tasks, *self._retention.values(), return_exceptions=True)
        for session in list(self._by_generation.values()):
            await session.close()
        self._by_generation.clear()
        self._active_by_stream.clear()


async def _logged(coro: Awaitable[Any], name: str) -> None:
    try:
        await coro
    except asyncio.CancelledError:
        raise
    except Exception:
        log.exception("background task %s failed", name)


# FLV codec ids (FLV spec, VIDEODATA CodecID and AUDIODATA SoundFormat).
_VIDEO_CODECS = {7: "h264", 12: "hevc", 2: "h263", 4: "vp6"}
_AUDIO_CODECS = {10: "aac", 2: "mp3", 11: "speex", 13: "opus"}
