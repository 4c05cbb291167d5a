"""A token bucket per client address, in a bounded table.

Each address may spend `burst` requests at once and earns `rate_per_s` back.
The table keeps at most `max_clients` addresses; the least recently seen one
goes first, which at worst forgives that address its spent tokens.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable


class RateLimiter:
    def __init__(
        self,
        rate_per_s: float,
        burst: int,
        *,
        max_clients: int = 50_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if rate_per_s <= 0 or burst < 1:
            raise ValueError("rate_per_s must be positive and burst at least 1")
        self.rate_per_s = rate_per_s
        self.burst = float(burst)
        self.max_clients = max_clients
        self._clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()  # tokens, at

    def allow(self, client: str) -> bool:
        """Spend one token of `client`'s bucket; False when it is empty."""
        now = self._clock()
        entry = self._buckets.pop(client, None)
        if entry is None:
            tokens = self.burst
            while len(self._buckets) >= self.max_clients:
                self._buckets.popitem(last=False)
        else:
            tokens, at = entry
            tokens = min(self.burst, tokens + (now - at) * self.rate_per_s)
        allowed = tokens >= 1.0
        if allowed:
            tokens -= 1.0
        self._buckets[client] = (tokens, now)
        return allowed

    def __len__(self) -> int:
        return len(self._buckets)
