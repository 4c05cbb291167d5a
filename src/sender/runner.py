"""The event loop a node runs on: uvloop where it is installed, else asyncio's own.

A node's CPU goes largely to the event loop's own work (waking for each socket
read, scheduling callbacks and tasks). uvloop does that work in C: measured on
four native 720p streams, 2.85 % of a core per stream against 3.50 % on
asyncio's loop (docs/benchmarks.md). `SENDER_EVENT_LOOP=asyncio` keeps the
standard loop; where uvloop is not available (Windows), asyncio's is used and
the node says so once.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from sender.config import EventLoop

log = logging.getLogger(__name__)

T = TypeVar("T")


def loop_factory(choice: EventLoop) -> Callable[[], asyncio.AbstractEventLoop] | None:
    """The factory of the chosen loop; None for asyncio's default."""
    if choice == "asyncio":
        return None
    try:
        import uvloop
    except ImportError:
        log.warning("uvloop is not installed here: running on asyncio's event loop")
        return None
    return uvloop.new_event_loop


def run(main: Coroutine[Any, Any, T], choice: EventLoop = "uvloop") -> T:
    """asyncio.run(main) on the chosen loop."""
    with asyncio.Runner(loop_factory=loop_factory(choice)) as runner:
        return runner.run(main)
