"""The encoder currently publishing to a stream on a node."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class PublisherInfo:
    peer: str
    key_id: str
    connected_at: datetime
    ingest_bps: float = 0.0
    video_codec: str | None = None
    audio_codec: str | None = None
    width: int | None = None
    height: int | None = None
    backend: str | None = None  # what carries the publish: "ffmpeg" or "native"
    backend_fallback: str | None = None  # why it is not the node's own backend
