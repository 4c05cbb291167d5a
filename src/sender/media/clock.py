"""The ingest clock of one backend process: when, by arrival over RTMP, its media began (pure).

A process (the media backend's, or the transcoder's) starts its output at the
first video keyframe it is fed; its output's decode times count from there.
This clock keeps that keyframe's FLV timestamp and the arrival clock of the
input: min(arrival - FLV timestamp) over the tags since. The minimum, not the
first arrival: encoders send a burst on connect (ffmpeg -re sends half a
second at once), which arrives later than it was made.

Two things follow from it for every rendition the process writes:
- its dates (EXT-X-PROGRAM-DATE-TIME) by ingest (`keyframe_at`), and
- where its media lies on the input's own timeline (`keyframe_s`, on the
  publish's `epoch`): renditions made by different processes from one input
  (the copy and a ladder's rungs) number a segment that starts at the same
  input time alike (media.numbering), whichever process started or restarted
  when.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sender.rtmp.flv import FlvTag, TagType, is_video_keyframe, is_video_sequence_header


@dataclass(frozen=True, slots=True)
class InputTime:
    """Where a process's media began: by ingest, and on the input's timeline."""

    epoch: object  # the publish: input timestamps of one publish are one timeline
    keyframe_at: datetime | None = None
    keyframe_s: float | None = None  # the first keyframe's FLV timestamp, seconds


class IngestClock:
    def __init__(self, epoch: object) -> None:
        self.epoch = epoch
        self._first_keyframe_ms: int | None = None
        self._offset: datetime | None = None

    def reset(self) -> None:
        """A new process (restart, renew, re-based timeline): a new clock from its keyframe."""
        self._first_keyframe_ms = None
        self._offset = None

    def observe(self, tag: FlvTag, arrival: datetime) -> None:
        """A tag fed to the process, and when it arrived."""
        if tag.type not in (TagType.VIDEO, TagType.AUDIO):
            return
        if self._first_keyframe_ms is None:
            if not (
                tag.type == TagType.VIDEO
                and is_video_keyframe(tag.data)
                and not is_video_sequence_header(tag.data)
            ):
                return
            self._first_keyframe_ms = tag.timestamp
        offset = arrival - timedelta(milliseconds=tag.timestamp)
        if self._offset is None or offset < self._offset:
            self._offset = offset

    @property
    def keyframe_at(self) -> datetime | None:
        if self._first_keyframe_ms is None or self._offset is None:
            return None
        return self._offset + timedelta(milliseconds=self._first_keyframe_ms)

    def now(self) -> InputTime:
        keyframe_s = None if self._first_keyframe_ms is None else self._first_keyframe_ms / 1000
        return InputTime(self.epoch, self.keyframe_at, keyframe_s)
