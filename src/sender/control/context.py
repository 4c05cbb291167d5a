"""What every management operation runs against: the store, the settings and the live node.

`LiveControl` is the narrow view of the node runtime that the operations need;
the runtime implements it, tests use a recording double.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from sender.config import Settings
from sender.domain.generations import Generation
from sender.domain.streams import Stream

if TYPE_CHECKING:
    from sender.store.repository import Repository


@dataclass(frozen=True, slots=True)
class PublisherInfo:
    """The encoder currently publishing to a stream on this node."""

    peer: str
    key_id: str
    connected_at: datetime
    ingest_bps: float = 0.0
    video_codec: str | None = None
    audio_codec: str | None = None
    width: int | None = None
    height: int | None = None


class LiveControl(Protocol):
    async def generation_started(self, stream: Stream, generation: Generation) -> None:
        """Prepare the packaging for a new generation."""

    async def generation_stopped(self, stream: Stream, generation: Generation) -> None:
        """Disconnect the generation's publisher and finish its playlists (ENDLIST)."""

    def publisher(self, stream_id: str) -> PublisherInfo | None:
        """The connected encoder of the stream, if any."""


@dataclass(slots=True)
class Context:
    repo: Repository
    settings: Settings
    live: LiveControl
    node_id: str
