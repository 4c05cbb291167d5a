"""Who is watching: viewer sessions per stream, and what players report.

`Audience` is the one owner of the viewer table. A viewer session is active
for `window_s` (30 s) after its last sign of life:
- explicit signs, from any address: a player event or a playlist request that
  carries the page's viewer session id (`vsid`);
- for plain HLS clients without a vsid, the pair (client address, user agent)
  of a playlist request. That fallback ignores loopback and the trusted
  proxies themselves (a proxy's own requests are not a viewer), and takes the
  client address from `X-Forwarded-For` only when the request comes from a
  trusted proxy (`SENDER_TRUSTED_PROXIES`).

Memory is bounded: expired sessions are pruned from the oldest end on every
read and write (the table is kept in last-sign order), and at `max_sessions`
the least recently seen session is dropped with a warning. The count per
stream is kept incrementally, so reading it is O(1) after the prune.

`PlayerEvents` tallies what the player page reports (start-up time, stalls,
errors) by event type and per stream, with bounded strings and lists.
"""

from __future__ import annotations

import ipaddress
import logging
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from sender.domain.streams import Visibility

log = logging.getLogger(__name__)

WINDOW_S = 30.0
MAX_SESSIONS = 200_000
EVENT_TYPES = ("heartbeat", "startup", "error", "stall")
MAX_MESSAGE = 200
RECENT_ERRORS = 10

Clock = Callable[[], float]
Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def parse_networks(items: Iterable[str]) -> tuple[Network, ...]:
    return tuple(ipaddress.ip_network(item, strict=False) for item in items)


def _ip(text: str | None) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    if not text:
        return None
    text = text.strip()
    if text.startswith("[") and "]" in text:  # [v6]:port
        text = text[1 : text.index("]")]
    elif text.count(":") == 1:  # v4:port
        text = text.split(":", 1)[0]
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


class ClientAddresses:
    """The address of the viewer behind a request, believing only trusted proxies."""

    def __init__(self, trusted_proxies: Iterable[str] = ()) -> None:
        self.trusted = parse_networks(trusted_proxies)

    def is_trusted(self, address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
        return any(address in network for network in self.trusted)

    def client(self, peer: str | None, forwarded_for: str | None) -> str | None:
        """The client's address: the peer, or, from a trusted proxy, the nearest untrusted
        hop of `X-Forwarded-For` (read from the right, as each proxy appends its peer)."""
        address = _ip(peer)
        if address is None:
            return None
        if forwarded_for and self.is_trusted(address):
            for hop in reversed(forwarded_for.split(",")[-16:]):
                hop_ip = _ip(hop)
                if hop_ip is None:
                    break
                address = hop_ip
                if not self.is_trusted(hop_ip):
                    break
        return str(address)

    def countable(self, address: str | None) -> bool:
        """May this address stand for a viewer in the (address, user agent) fallback?"""
        ip = _ip(address)
        return ip is not None and not ip.is_loopback and not self.is_trusted(ip)


class Audience:
    """Active viewer sessions per stream."""

    def __init__(
        self,
        *,
        window_s: float = WINDOW_S,
        max_sessions: int = MAX_SESSIONS,
        clock: Clock = time.monotonic,
    ) -> None:
        self.window_s = window_s
        self.max_sessions = max_sessions
        self._clock = clock
        # (stream id, viewer key) -> last sign, oldest first.
        self._seen: OrderedDict[tuple[str, str], float] = OrderedDict()
        self._counts: dict[str, int] = {}
        self._slugs: dict[str, str] = {}  # stream id -> slug, while the stream has viewers
        self._visibility: dict[str, Visibility] = {}  # stream id -> visibility, as last signed
        self._evicted = 0
        self._last_warning = float("-inf")

    def sign(
        self,
        stream_id: str,
        viewer: str,
        slug: str | None = None,
        visibility: Visibility | None = None,
    ) -> None:
        """A sign of life of `viewer` (a vsid, or an address and user agent) on a stream."""
        now = self._clock()
        if slug is not None:
            self._slugs[stream_id] = slug
        if visibility is not None:
            self._visibility[stream_id] = visibility
        self._prune(now)
        key = (stream_id, viewer)
        if key in self._seen:
            self._seen.move_to_end(key)
        else:
            if len(self._seen) >= self.max_sessions:
                self._evict(now)
            self._counts[stream_id] = self._counts.get(stream_id, 0) + 1
        self._seen[key] = now

    def sign_vsid(
        self,
        stream_id: str,
        vsid: str,
        slug: str | None = None,
        visibility: Visibility | None = None,
    ) -> None:
        self.sign(stream_id, "v:" + vsid, slug, visibility)

    def sign_client(
        self,
        stream_id: str,
        address: str,
        user_agent: str,
        slug: str | None = None,
        visibility: Visibility | None = None,
    ) -> None:
        self.sign(stream_id, f"a:{address}\x00{user_agent[:200]}", slug, visibility)

    def slug(self, stream_id: str) -> str | None:
        return self._slugs.get(stream_id)

    def visibility(self, stream_id: str) -> Visibility | None:
        """The stream's visibility as its viewers' last sign said; None when never said."""
        return self._visibility.get(stream_id)

    def viewers(self, stream_id: str) -> int:
        self._prune(self._clock())
        return self._counts.get(stream_id, 0)

    def counts(self) -> dict[str, int]:
        """Active viewers of every stream that has any."""
        self._prune(self._clock())
        return dict(self._counts)

    def total(self) -> int:
        self._prune(self._clock())
        return len(self._seen)

    def _prune(self, now: float) -> None:
        horizon = now - self.window_s
        seen = self._seen
        while seen:
            key, last = next(iter(seen.items()))
            if last > horizon:
                break
            del seen[key]
            self._forget(key[0])

    def _evict(self, now: float) -> None:
        key, _ = self._seen.popitem(last=False)
        self._forget(key[0])
        self._evicted += 1
        if now - self._last_warning >= 60.0:
            self._last_warning = now
            log.warning(
                "viewer table full (%d sessions): dropping the least recently seen "
                "(%d dropped so far); viewer counts are now a lower bound",
                self.max_sessions,
                self._evicted,
            )

    def _forget(self, stream_id: str) -> None:
        left = self._counts[stream_id] - 1
        if left:
            self._counts[stream_id] = left
        else:
            del self._counts[stream_id]
            self._slugs.pop(stream_id, None)
            self._visibility.pop(stream_id, None)


@dataclass(slots=True)
class StreamEvents:
    """What the players of one stream reported."""

    startups: int = 0
    ttff_ms_total: float = 0.0
    stalls: int = 0
    stall_ms_total: float = 0.0
    errors: int = 0
    recent_errors: deque[str] = field(default_factory=lambda: deque(maxlen=RECENT_ERRORS))

    def as_dict(self) -> dict[str, object]:
        return {
            "startups": self.startups,
            "mean_ttff_ms": round(self.ttff_ms_total / self.startups) if self.startups else None,
            "stalls": self.stalls,
            "stall_ms_total": round(self.stall_ms_total),
            "errors": self.errors,
            "recent_errors": list(self.recent_errors),
        }


class PlayerEvents:
    """Counts of player events by type, and per stream the figures they carry."""

    def __init__(self, max_streams: int = 10_000) -> None:
        self.by_type: dict[str, int] = dict.fromkeys(EVENT_TYPES, 0)
        self._streams: OrderedDict[str, StreamEvents] = OrderedDict()
        self._max_streams = max_streams

    def record(self, stream_id: str, kind: str, fields: Mapping[str, object]) -> None:
        if kind not in self.by_type:
            raise ValueError(f"unknown player event type {kind!r}")
        self.by_type[kind] += 1
        stats = self._streams.get(stream_id)
        if stats is None:
            if len(self._streams) >= self._max_streams:
                self._streams.popitem(last=False)
            stats = self._streams[stream_id] = StreamEvents()
        else:
            self._streams.move_to_end(stream_id)
        if kind == "startup":
            stats.startups += 1
            stats.ttff_ms_total += _number(fields.get("ttff_ms"))
        elif kind == "stall":
            stats.stalls += 1
            stats.stall_ms_total += _number(fields.get("duration_ms"))
        elif kind == "error":
            stats.errors += 1
            stats.recent_errors.append(truncate(str(fields.get("message") or "")))

    def of(self, stream_id: str) -> StreamEvents:
        return self._streams.get(stream_id) or StreamEvents()


def truncate(text: str, limit: int = MAX_MESSAGE) -> str:
    """One line of at most `limit` characters."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _number(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return 0.0
    return float(min(max(value, 0), 3_600_000))
