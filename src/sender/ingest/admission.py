"""Who may connect to the RTMP port and who may try a stream key.

Connections are capped on the node and per address. Wrong-key attempts (a refusal
for `bad_key`, `malformed_key`, `revoked_key` or `bad_app`) spend a token bucket per
address: `key_failures_burst` at once, `key_failures_per_s` earned back. An address
with an empty bucket is refused before its key is looked at. What was refused is
tallied for the server's periodic log line.

Pure: the server passes the time in and logs; nothing here sleeps or does I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field

WRONG_KEY_REASONS = frozenset({"bad_key", "malformed_key", "revoked_key", "bad_app"})
TOO_MANY_CONNECTIONS = "too_many_connections"
TOO_MANY_FROM_ADDRESS = "too_many_from_address"
RATE_LIMITED = "rate_limited"

# Addresses whose buckets are remembered. A full bucket is forgotten at each report; past
# this many the oldest goes first, which at worst forgives an address its spent tokens.
MAX_TRACKED_ADDRESSES = 100_000


@dataclass(slots=True)
class Tally:
    """Refusals since the last report."""

    wrong_keys: int = 0  # refused by the handler for a wrong key
    rate_limited: int = 0  # refused before the handler: the address had no tokens left
    addresses: set[str] = field(default_factory=set)  # where those two came from
    capped: int = 0  # connections closed at once: over the node or per-address cap

    def __bool__(self) -> bool:
        return bool(self.wrong_keys or self.rate_limited or self.capped)


class Admission:
    def __init__(
        self,
        *,
        max_connections: int,
        max_connections_per_address: int,
        key_failures_burst: int,
        key_failures_per_s: float,
    ) -> None:
        if min(max_connections, max_connections_per_address, key_failures_burst) < 1:
            raise ValueError("connection caps and the burst must be at least 1")
        if key_failures_per_s <= 0:
            raise ValueError("key_failures_per_s must be positive")
        self.max_connections = max_connections
        self.max_connections_per_address = max_connections_per_address
        self.burst = float(key_failures_burst)
        self.rate_per_s = key_failures_per_s
        self.connections = 0
        self._open: dict[str, int] = {}
        self._buckets: dict[str, tuple[float, float]] = {}  # address -> (tokens, at)
        self._tally = Tally()

    # Connections ---------------------------------------------------------------

    def admit(self, address: str) -> str | None:
        """Count a new connection from `address`, or the reason it may not open."""
        if self.connections >= self.max_connections:
            self._tally.capped += 1
            return TOO_MANY_CONNECTIONS
        if self._open.get(address, 0) >= self.max_connections_per_address:
            self._tally.capped += 1
            return TOO_MANY_FROM_ADDRESS
        self.connections += 1
        self._open[address] = self._open.get(address, 0) + 1
        return None

    def release(self, address: str) -> None:
        """An admitted connection from `address` is gone."""
        left = self._open.get(address, 0) - 1
        if left < 0:
            return
        self.connections -= 1
        if left:
            self._open[address] = left
        else:
            del self._open[address]

    # Stream keys -----------------------------------------------------------------

    def may_try_key(self, address: str, now: float) -> bool:
        """Whether `address` may have a key checked now; a False is tallied as refused."""
        if self._tokens(address, now) >= 1.0:
            return True
        self._tally.rate_limited += 1
        self._tally.addresses.add(address)
        return False

    def refused(self, address: str, reason: str, now: float) -> bool:
        """The handler refused a publish from `address` for `reason`. For a wrong key this
        spends a token; True when it is the address's first in this report's interval."""
        if reason not in WRONG_KEY_REASONS:
            return False
        tokens = self._tokens(address, now)
        self._buckets.pop(address, None)
        while len(self._buckets) >= MAX_TRACKED_ADDRESSES:
            del self._buckets[next(iter(self._buckets))]
        self._buckets[address] = (max(0.0, tokens - 1.0), now)
        first = address not in self._tally.addresses
        self._tally.wrong_keys += 1
        self._tally.addresses.add(address)
        return first

    def report(self, now: float) -> Tally:
        """The refusals since the last report (and forget the buckets that are full again)."""
        tally, self._tally = self._tally, Tally()
        for address in [a for a in self._buckets if self._tokens(a, now) >= self.burst]:
            del self._buckets[address]
        return tally

    @property
    def tracked_addresses(self) -> int:
        return len(self._buckets)

    def _tokens(self, address: str, now: float) -> float:
        entry = self._buckets.get(address)
        if entry is None:
            return self.burst
        tokens, at = entry
        return min(self.burst, tokens + max(0.0, now - at) * self.rate_per_s)
