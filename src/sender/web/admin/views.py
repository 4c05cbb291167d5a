"""What the dashboard reads from the rest of the node: small protocols, no runtime class.

The live sessions (`LiveSessions`), per-stream figures (`StreamFigures`, e.g.
`stats.streams.LiveStats`) or bare viewer counts (`ViewerCounts`, e.g.
`stats.audience.Audience`), and the endpoint history (`SnapshotHistory`, the
repository).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Protocol, runtime_checkable

from sender.domain.endpoints import EndpointSnapshot
from sender.domain.generations import Generation
from sender.domain.streams import Stream


class PublisherView(Protocol):
    @property
    def peer(self) -> str: ...
    @property
    def connected_at(self) -> datetime: ...


class RenditionView(Protocol):
    @property
    def codecs(self) -> str | None: ...
    @property
    def width(self) -> int | None: ...
    @property
    def height(self) -> int | None: ...


class SessionView(Protocol):
    """One generation's live state on this node (live.session.LiveSession)."""

    @property
    def stream(self) -> Stream: ...
    @property
    def generation(self) -> Generation: ...
    @property
    def publisher(self) -> PublisherView | None: ...
    @property
    def renditions(self) -> Mapping[str, RenditionView]: ...
    @property
    def ended(self) -> bool: ...
    def ingest_bps(self) -> float: ...


class LiveSessions(Protocol):
    def all(self) -> Sequence[SessionView]: ...


class StreamFigure(Protocol):
    @property
    def stream_id(self) -> str: ...
    @property
    def viewers(self) -> int: ...
    @property
    def ingest_bps(self) -> float: ...
    @property
    def egress_bps(self) -> float: ...


@runtime_checkable
class StreamFigures(Protocol):
    """Per-stream viewers and bit rates (stats.streams.LiveStats)."""

    def streams(self) -> Sequence[StreamFigure]: ...


@runtime_checkable
class ViewerCounts(Protocol):
    """Active viewers of a stream (stats.audience.Audience)."""

    def viewers(self, stream_id: str) -> int: ...


class SnapshotHistory(Protocol):
    async def history(self, endpoint_id: str, *, limit: int = ...) -> Sequence[EndpointSnapshot]:
        """The newest `limit` snapshots of the endpoint, oldest first."""
        ...
