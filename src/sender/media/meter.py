"""RateMeter: bytes per second over a sliding window, the one bit-rate meter of a node.

Ingest (what an encoder sends) and egress (what delivery serves) are both
measured with it. It keeps the bytes of the window in buckets of
`window_s / BUCKETS` seconds (so memory stays bounded at any request rate)
and a running total; the clock is passed in, so it is pure and testable. The rate
divides by the span the samples cover, but by at least `min_span_s`, so a
single burst right after a quiet spell does not read as an enormous rate.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

BUCKETS = 50  # per window: the rate's resolution is a fiftieth of the window


class RateMeter:
    def __init__(
        self,
        window_s: float = 5.0,
        *,
        min_span_s: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if window_s <= 0 or min_span_s <= 0:
            raise ValueError("window_s and min_span_s must be positive")
        self.window_s = window_s
        self.min_span_s = min_span_s
        self._clock = clock
        self._bucket_s = window_s / BUCKETS
        self._samples: deque[tuple[float, int]] = deque()  # closed buckets: (start, bytes)
        self._open_at: float | None = None  # the bucket being filled, and its bytes
        self._open_bytes = 0
        self._in_window = 0
        self.total = 0

    def add(self, nbytes: int) -> None:
        # Called for every read of a publisher's socket: the bucket being filled takes it,
        # and only a new bucket looks at what fell out of the window.
        now = self._clock()
        self.total += nbytes
        self._in_window += nbytes
        if self._open_at is not None and now - self._open_at < self._bucket_s:
            self._open_bytes += nbytes
            return
        if self._open_at is not None:
            self._samples.append((self._open_at, self._open_bytes))
        self._open_at, self._open_bytes = now, nbytes
        self._trim(now)

    def bits_per_second(self) -> float:
        now = self._clock()
        self._trim(now)
        if self._samples:
            first = self._samples[0][0]
        elif self._open_at is not None:
            first = self._open_at
        else:
            return 0.0
        span = max(now - first, self.min_span_s)
        return self._in_window * 8 / span

    def _trim(self, now: float) -> None:
        samples = self._samples
        while samples and now - samples[0][0] > self.window_s:
            self._in_window -= samples.popleft()[1]
        if self._open_at is not None and now - self._open_at > self.window_s:
            self._in_window -= self._open_bytes
            self._open_at, self._open_bytes = None, 0
