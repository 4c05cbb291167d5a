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
