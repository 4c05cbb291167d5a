"""Complete segments held in memory beside their files: which, and for how long.

A rendition serves its open segment's parts from memory (media.index). A
complete segment, with its parts (views of its bytes, `RenditionIndex.share_part_data`),
stays in memory until its file is whole on disk and a newer segment is complete:
the newest segment's parts are the ones a player joining at the live edge still
asks for, so they are answered without a file read. From then on delivery
serves the segment and its parts from the file (`RenditionIndex.part_span`). A
segment the disk refused stays in memory until it expires, so every file a
playlist lists can be served.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from sender.media.index import RenditionIndex
from sender.media.names import SegmentName, parse_name


class HeldSegments:
    def __init__(self, index: Callable[[], RenditionIndex | None]) -> None:
        self._index = index
        self._bytes: dict[int, bytes] = {}  # msn -> the segment's bytes
        self._on_disk: set[int] = set()  # held, and whole on disk
        self._newest = -1

    def get(self, msn: int) -> bytes | None:
        return self._bytes.get(msn)

    def held(self) -> set[int]:
        """The media sequence numbers of the segments held."""
        return set(self._bytes)

    def add(self, msn: int, data: bytes) -> None:
        """Segment `msn` is complete (its file is on its way to the disk)."""
        self._bytes[msn] = data
        self._newest = max(self._newest, msn)
        self._let_go()

    def written(self, msn: int) -> None:
        """Its file is whole on disk (one the disk refused is never written: it stays)."""
        if msn in self._bytes:
            self._on_disk.add(msn)
            self._let_go()

    def expired(self, names: Iterable[str]) -> None:
        """Files that left the spool (the packager's or mirror's expiry): segments go too."""
        for named in map(parse_name, names):
            if isinstance(named, SegmentName):
                self._bytes.pop(named.msn, None)
                self._on_disk.discard(named.msn)

    def _let_go(self) -> None:
        index = self._index()
        for msn in [m for m in self._on_disk if m < self._newest]:
            self._on_disk.discard(msn)
            self._bytes.pop(msn, None)
            if index is not None:
                index.release_part_data(msn)
