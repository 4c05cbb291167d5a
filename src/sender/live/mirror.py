"""What the runtime holds for a generation another node makes: a mirror, built by a factory.

An edge node serves generations whose media is made elsewhere (another
Sender node's origin, an external muxer) by mirroring them from upstream
sources. The runtime stays the one owner of every generation's media on the
node and the one lookup delivery reads: it keeps mirrors beside its own
sessions, made by a `MirrorFactory` that the composition root injects (the
edge package's), and drives them with what the store says:
- `follow(route)`: the sources to pull from, in failover order, with their
  health as the shared state has it; called again whenever that changes;
- `finish()`: the generation ended: the playlists end (EXT-X-ENDLIST);
- `suspend()` and `close()`: node shutdown, or the retention is over.

A mirror is a LiveMedia (hls.source) and reads, for the stats and the
dashboard, like a session without a publisher (its `role` is "edge"; an
origin session's is "origin").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Protocol

from sender.domain.generations import Generation
from sender.domain.streams import Stream
from sender.domain.topology import Upstream
from sender.media.index import RenditionIndex


class MirrorRendition(Protocol):
    """One mirrored rendition: its index, and how it describes itself (a playlist variant)."""

    @property
    def name(self) -> str: ...
    @property
    def index(self) -> RenditionIndex: ...
    @property
    def segments_total(self) -> int: ...
    @property
    def codecs(self) -> str | None: ...
    @property
    def bandwidth(self) -> int | None: ...
    @property
    def average_bandwidth(self) -> int | None: ...
    @property
    def width(self) -> int | None: ...
    @property
    def height(self) -> int | None: ...
    @property
    def frame_rate(self) -> float | None: ...


class MirrorSession(Protocol):
    """A mirrored generation (the members of hls.source.LiveMedia, and the runtime's)."""

    stream: Stream
    generation: Generation

    # hls.source.LiveMedia (live/ does not import hls/: the members are repeated here).
    @property
    def generation_id(self) -> str: ...
    @property
    def stream_id(self) -> str: ...
    @property
    def ended(self) -> bool: ...
    @property
    def segment_target_s(self) -> float: ...
    def rendition_names(self) -> Sequence[str]: ...
    def index(self, rendition: str) -> RenditionIndex | None: ...
    def variants(self) -> Sequence[MirrorRendition]: ...
    def init_bytes(self, rendition: str, name: str) -> bytes | None: ...
    def segment_bytes(self, rendition: str, msn: int) -> bytes | None: ...
    def media_path(self, rendition: str, name: str) -> Path | None: ...
    async def wait_changed(self, rendition: str | None, timeout: float) -> bool: ...

    @property
    def role(self) -> str:
        """"edge": what the stats and snapshots file it under."""
        ...

    @property
    def publisher(self) -> None: ...

    @property
    def spool_failing(self) -> bool: ...

    @property
    def renditions(self) -> Mapping[str, MirrorRendition]: ...

    def ingest_bps(self) -> float:
        """Bits per second pulled from upstream."""
        ...

    def follow(self, route: Sequence[Upstream]) -> None: ...

    async def finish(self) -> None: ...

    async def suspend(self) -> None: ...

    async def close(self) -> None: ...


class MirrorFactory(Protocol):
    def __call__(
        self, stream: Stream, generation: Generation, route: Sequence[Upstream]
    ) -> MirrorSession: ...
