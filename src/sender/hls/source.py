"""What HLS delivery needs from the live media: the narrow protocol it declares.

Delivery serves one generation's playlists and media from a `LiveMedia`: the
stream it belongs to (its visibility and latency mode, as the runtime last
had them from the store), an index per rendition (media.index), the variants
for the multivariant playlist, the bytes of init segments and fresh segments,
the spool file of an older object, and a wait for the next change. Nothing in
it reads the store: delivery never waits on it. An origin's live session
implements it from what its packagers make; an edge implements it from what
it fetched upstream. Delivery never sees who made the media.

What delivery reports goes the other way, through one `DeliveryObserver`
that the node's stats own: bytes served, and a viewer's sign of life.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from sender.domain.streams import Stream, Visibility
from sender.media.index import RenditionIndex


class Variant(Protocol):
    """One rendition as the multivariant playlist lists it."""

    @property
    def name(self) -> str: ...
    @property
    def codecs(self) -> str | None: ...
    @property
    def bandwidth(self) -> int | None:
        """Bits per second, peak; None while no segment was measured."""
        ...

    @property
    def average_bandwidth(self) -> int | None: ...
    @property
    def width(self) -> int | None: ...
    @property
    def height(self) -> int | None: ...
    @property
    def frame_rate(self) -> float | None: ...


class LiveMedia(Protocol):
    """One generation's media on this node."""

    @property
    def generation_id(self) -> str: ...

    @property
    def stream_id(self) -> str: ...

    @property
    def stream(self) -> Stream:
        """The stream, as the store last told the node (a stream update reaches it at once)."""
        ...

    @property
    def ended(self) -> bool:
        """No more media will come: every index is finished (ENDLIST)."""
        ...

    @property
    def segment_target_s(self) -> float:
        """The segment target the media is made with (waits before any index exists)."""
        ...

    def rendition_names(self) -> Sequence[str]:
        """Names of the renditions that have an index, in a stable order."""
        ...

    def index(self, rendition: str) -> RenditionIndex | None: ...

    def variants(self) -> Sequence[Variant]:
        """The renditions whose codecs are known (ready to be listed)."""
        ...

    def init_bytes(self, rendition: str, name: str) -> bytes | None: ...

    def segment_bytes(self, rendition: str, msn: int) -> bytes | None:
        """A fresh segment's bytes from memory; None when only the spool has it."""
        ...

    def media_path(self, rendition: str, name: str) -> Path | None:
        """The spool file a media name maps to (checked to lie in the spool), or None."""
        ...

    async def wait_changed(self, rendition: str | None, timeout: float) -> bool:
        """Wait until the rendition's index (None: anything) changes or the media ends.

        False when `timeout` passed first.
        """
        ...


class LiveMediaLookup(Protocol):
    def media(self, generation_id: str) -> LiveMedia | None: ...


class DeliveryObserver(Protocol):
    """Where delivery reports what it served and who asked (the node's stats)."""

    def served(self, stream_id: str, nbytes: int) -> None:
        """Body bytes sent for a stream (playlists and media, whole or a range; not HEAD)."""
        ...

    def viewer(
        self,
        stream_id: str,
        slug: str,
        *,
        visibility: Visibility,
        vsid: str | None,
        peer: str | None,
        forwarded_for: str | None,
        user_agent: str,
    ) -> None:
        """A playlist request: a viewer's sign of life (by vsid, else address and agent)."""
        ...


class TokenCheck(Protocol):
    def verify(self, token: str | None, stream_id: str) -> bool: ...
