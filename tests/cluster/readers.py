"""A client that follows a live LL-HLS playlist the way a player does, and remembers what it saw."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import time
from dataclasses import dataclass, field

import aiohttp

from sender.errors import PlaylistError
from sender.hls.parser import MediaPlaylist, parse_media_playlist


@dataclass
class Reader:
    """Blocking requests for the next part, one after the other; every part and segment seen."""

    http: aiohttp.ClientSession
    url: str  # a media playlist
    parts: dict[tuple[int, int], float] = field(default_factory=dict)  # first seen (monotonic)
    segments: dict[int, tuple[str, float, str]] = field(default_factory=dict)
    changed: list[str] = field(default_factory=list)  # a segment listed twice, differently
    part_counts: dict[int, int] = field(default_factory=dict)  # parts of a complete segment
    errors: int = 0
    last: MediaPlaylist | None = None
    _task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._run())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def _run(self) -> None:
        query = ""
        while True:
            try:
                async with self.http.get(
                    self.url + query, timeout=aiohttp.ClientTimeout(total=10)
                ) as r:
                    body = await r.read()
                    if r.status != 200:
                        raise PlaylistError(f"status {r.status}")
                playlist = parse_media_playlist(body)
            except (aiohttp.ClientError, TimeoutError, PlaylistError):
                self.errors += 1
                await asyncio.sleep(0.1)
                continue
            self._see(playlist)
            if playlist.ended:
                return
            msn, part = playlist.next_part()
            query = f"?_HLS_msn={msn}&_HLS_part={part}"

    def _see(self, playlist: MediaPlaylist) -> None:
        now = time.monotonic()
        self.last = playlist
        for seg in playlist.segments:
            date = seg.program_date_time.isoformat() if seg.program_date_time else ""
            seen = (seg.uri, round(seg.duration, 3), date)
            known = self.segments.setdefault(seg.msn, seen)
            if known != seen:
                self.changed.append(f"segment {seg.msn}: {known} then {seen}")
            if seg.parts:
                self.part_counts[seg.msn] = len(seg.parts)
            for p in seg.parts:
                self.parts.setdefault((p.msn, p.index), now)
        if playlist.open is not None:
            for p in playlist.open.parts:
                self.parts.setdefault((p.msn, p.index), now)

    def newest_after(self, moment: float) -> float | None:
        """When the first part that was not there at `moment` appeared."""
        later = [t for t in self.parts.values() if t > moment]
        return min(later) if later else None

    def gaps(self) -> list[str]:
        """Parts missing between the first segment seen from its start and the newest part."""
        keys = sorted(self.parts)
        start = next((k for k in keys if k[1] == 0), None)
        if start is None:
            return ["no segment seen from its first part"]
        keys = [k for k in keys if k >= start]
        found = []
        for (m1, i1), (m2, i2) in itertools.pairwise(keys):
            last_of_m1 = self.part_counts.get(m1, i1 + 1) - 1
            if not ((m2 == m1 and i2 == i1 + 1) or (m2 == m1 + 1 and i2 == 0 and i1 == last_of_m1)):
                found.append(f"({m1}, {i1}) -> ({m2}, {i2})")
        segs = sorted(m for m in self.segments if m >= start[0])
        found += [f"segment {a} -> {b}" for a, b in itertools.pairwise(segs) if b != a + 1]
        return found
