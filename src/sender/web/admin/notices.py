"""Notices: what an action tells the admin on the next full render of the dashboard.

A notice waits in memory for its session's next render, then is forgotten. A
new stream key is a notice of its own (`kind` "key") and is kept nowhere else,
so it is shown exactly once. The table is bounded in sessions, notices per
session and age.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from sender.web.admin.auth import AdminSession

NOTICE_TTL_S = 600.0  # a notice nobody came back for is dropped after ten minutes
MAX_NOTICE_SESSIONS = 1000
MAX_PER_SESSION = 10


@dataclass(frozen=True, slots=True)
class Notice:
    kind: str  # "ok", "error" or "key"
    text: str
    key: str | None = None  # a new stream key, for its one render
    rtmp_url: str | None = None


class Notices:
    """Messages for a session's next dashboard render, then forgotten (bounded, in memory)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._pending: OrderedDict[str, tuple[float, list[Notice]]] = OrderedDict()

    def push(self, session: AdminSession, notice: Notice) -> None:
        now = self._clock()
        self._prune(now)
        _, items = self._pending.pop(session.id, (now, []))
        items.append(notice)
        self._pending[session.id] = (now, items[-MAX_PER_SESSION:])
        while len(self._pending) > MAX_NOTICE_SESSIONS:
            self._pending.popitem(last=False)

    def pop(self, session: AdminSession) -> list[Notice]:
        self._prune(self._clock())
        return self._pending.pop(session.id, (0.0, []))[1]

    def _prune(self, now: float) -> None:
        while self._pending:
            sid, (at, _) = next(iter(self._pending.items()))
            if now - at < NOTICE_TTL_S:
                break
            del self._pending[sid]
