"""What every management operation runs against: the store, the settings and the live node.

`LiveControl` is the narrow view of the node runtime that the operations need;
the runtime (live.runtime) implements it, tests use a recording double. Writes
go one way: an operation changes the store, then tells the runtime what the
store now holds (`apply`), and the runtime's media follows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from sender.config import Settings
from sender.domain.generations import Generation
from sender.domain.live import LiveEvent
from sender.domain.publishers import PublisherInfo
from sender.domain.streams import Stream
from sender.domain.topology import Upstream
from sender.rtmp.flv import FlvTag

if TYPE_CHECKING:
    from sender.store.repository import Repository

__all__ = ["ClusterControl", "Context", "LiveControl", "MediaSink", "PublisherInfo"]


class MediaSink(Protocol):
    """An attached encoder's feed (what the RTMP server hands the tags to)."""

    async def on_tag(self, tag: FlvTag) -> None: ...
    async def on_end(self, reason: str) -> None: ...


class LiveControl(Protocol):
    async def apply(self, stream: Stream, generation: Generation) -> None:
        """The store now holds `generation`: a session for an active one, ENDLIST for an ended."""

    async def reconcile(
        self,
        active: Sequence[tuple[Stream, Generation]],
        finished: Sequence[tuple[Stream, Generation]],
        mirrored: Sequence[tuple[Stream, Generation, Sequence[Upstream]]] = (),
    ) -> object:
        """The whole node follows the store: this node's active generations, the finished
        ones with files here (kept for their retention, then removed), and the other nodes'
        active generations this node's edge mirrors (each with its sources)."""

    def running_generations(self) -> list[str]:
        """Generations whose media on this node has not ended (its own and its mirrors)."""
        ...

    def spooled_generations(self) -> list[str]:
        """Generations with files on this node but no session."""
        ...

    def publisher(self, stream_id: str) -> PublisherInfo | None:
        """The connected encoder of the stream, if any."""

    async def attach(self, generation_id: str, peer: str, key_id: str) -> MediaSink:
        """Connect an authorized encoder to the active generation's session."""
        ...

    async def next_event(self) -> LiveEvent:
        """What the node's media reports next (a generation live, failed, idle; a rendition)."""
        ...


class ClusterControl(Protocol):
    """The node's cluster reconciler, as playback needs it (cluster.reconciler)."""

    async def ensure(self, generation_id: str, timeout: float) -> bool:
        """Reconcile now; True once the generation's media is held here (within `timeout`)."""
        ...


@dataclass(slots=True)
class Context:
    repo: Repository
    settings: Settings
    live: LiveControl
    node_id: str
    cluster: ClusterControl | None = None
