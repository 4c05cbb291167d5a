"""Change: a wake-up that every waiter hears, re-armed after each notify.

Readers of an index (held playlist and part requests) wait on it instead of
polling; `notify` releases all of them at once. One per rendition, and one
for the whole session (waits for "anything", such as the first codecs).
"""

from __future__ import annotations

import asyncio


class Change:
    __slots__ = ("_event",)

    def __init__(self) -> None:
        self._event = asyncio.Event()

    def notify(self) -> None:
        event, self._event = self._event, asyncio.Event()
        event.set()

    async def wait(self, timeout: float) -> bool:
        """True when notified within `timeout` seconds, False otherwise."""
        event = self._event
        try:
            async with asyncio.timeout(max(0.0, timeout)):
                await event.wait()
        except TimeoutError:
            return False
        return True


class Changes:
    """One Change per rendition and one for the whole session, as a session's readers wait.

    `notify(rendition)` wakes that rendition's waiters and the session's; `notify()`
    wakes every rendition's and the session's.
    """

    __slots__ = ("_any", "_by")

    def __init__(self) -> None:
        self._any = Change()
        self._by: dict[str, Change] = {}

    def _of(self, rendition: str) -> Change:
        change = self._by.get(rendition)
        if change is None:
            change = self._by[rendition] = Change()
        return change

    def notify(self, rendition: str | None = None) -> None:
        if rendition is None:
            for change in self._by.values():
                change.notify()
        else:
            self._of(rendition).notify()
        self._any.notify()

    async def wait(self, rendition: str | None, timeout: float) -> bool:
        """True when `rendition` (None: anything) changed within `timeout` seconds."""
        change = self._any if rendition is None else self._of(rendition)
        return await change.wait(timeout)
