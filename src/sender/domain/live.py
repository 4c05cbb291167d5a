"""What a node's live media reports about a generation, for the control plane to record.

The runtime never writes the store. It queues these; the control plane takes
them one by one, writes what they mean to the store (a generation marked
live, failed or ended; a rendition described), and hands the stored
generation back to the runtime, so a generation is only ever written in one
direction: store -> runtime.
"""

from __future__ import annotations

from dataclasses import dataclass

from sender.domain.renditions import Rendition


@dataclass(frozen=True, slots=True)
class MediaStarted:
    """The generation's first segment is out: it is live."""

    stream_id: str
    generation_id: str


@dataclass(frozen=True, slots=True)
class MediaFailed:
    """The media backend gave up: the generation failed."""

    stream_id: str
    generation_id: str
    reason: str


@dataclass(frozen=True, slots=True)
class PublisherIdle:
    """An auto-started generation has had no publisher for the idle time: it ends."""

    stream_id: str
    generation_id: str


@dataclass(frozen=True, slots=True)
class RenditionDescribed:
    """A rendition's codecs, size or bit rate became known or changed."""

    rendition: Rendition


LiveEvent = MediaStarted | MediaFailed | PublisherIdle | RenditionDescribed
