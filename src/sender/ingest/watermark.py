"""How many bytes a publisher's socket holds before the node is woken to read it.

Encoders write each message's chunk headers and bodies in pieces, so a node woken
for every piece spends more on the wake-ups than on the media: a 4 Mbit/s
stream's socket was read about 150 times a second, most reads a few hundred
bytes. The kernel can hold the wake-up back until a number of bytes is queued
(SO_RCVLOWAT, the receive low-water mark); `ReadWatermark` chooses that number
so that no message waits for it:

- inside a message, the bytes it still needs at least
  (`rtmp.chunk.ChunkReader.bytes_wanted`): it cannot complete sooner, so the
  wait costs nothing;
- between messages, about `BETWEEN_S` of the stream's measured rate, at most
  `MAX_BETWEEN` bytes (none before a rate is known): a message smaller than that
  waits for the bytes behind it, at this rate a few milliseconds;
- as a guard, the mark falls to one byte until the next read whenever a look
  every `GUARD_S` finds no read since the last one: a peer gone quiet after a
  small message is read within two looks (50 ms), where without the mark it
  would be read at once. In a stream the bytes behind it come sooner.

Pure: the adapter (ingest.server) passes in what it read and when, and applies
the mark to its socket.
"""

from __future__ import annotations

from dataclasses import dataclass, field

BETWEEN_S = 0.004
MAX_BETWEEN = 2048
MAX_MARK = 64 * 1024  # the server's read size: a larger mark would not read more at once
GUARD_S = 0.025
RATE_WINDOW_S = 1.0


@dataclass(slots=True)
class ReadWatermark:
    mark: int = 1
    rate_bps: float | None = None  # bytes per second over the last whole window
    _window_start: float | None = field(default=None, init=False)
    _window_bytes: int = field(default=0, init=False)
    _reads: int = field(default=0, init=False)
    _guarded_reads: int = field(default=-1, init=False)  # reads at the last guard look

    def after_read(self, now: float, nbytes: int, wanted: int) -> int:
        """A read of `nbytes` was handled and the message under way needs `wanted` more
        bytes (0 between messages): the mark to wait for next."""
        self._reads += 1
        if self._window_start is None:
            self._window_start = now
        else:
            self._window_bytes += nbytes
            elapsed = now - self._window_start
            if elapsed >= RATE_WINDOW_S:
                self.rate_bps = self._window_bytes / elapsed
                self._window_start, self._window_bytes = now, 0
        if wanted > 0:
            self.mark = min(wanted, MAX_MARK)
        elif self.rate_bps is None:
            self.mark = 1
        else:
            self.mark = max(1, min(MAX_BETWEEN, int(self.rate_bps * BETWEEN_S)))
        return self.mark

    def guard(self) -> int:
        """Every `GUARD_S`: the mark, one byte when nothing was read since the last look."""
        if self._reads == self._guarded_reads:
            self.mark = 1
        self._guarded_reads = self._reads
        return self.mark
