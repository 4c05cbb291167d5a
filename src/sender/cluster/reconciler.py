"""The node's cluster reconciler: the shared state, turned into local sessions as it changes.

One task per node runs the reconcile step (control.lifecycle.reconcile: own
generations, mirrors for this node's edge, ended ones finished) again and
again: when PostgreSQL NOTIFYs a change (store.changes; within milliseconds
of the write on any node), when a playback request needs a mirror now
(`ensure`), and every `poll_s` regardless, which catches what a lost
notification missed and is the only wake-up on SQLite. Wake-ups that come
while a pass runs make one more pass, not one each.

A failed pass (the store briefly away) is logged once and retried at the
next wake-up; the task ends only when the node closes it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import Protocol

log = logging.getLogger(__name__)


class ChangeSource(Protocol):
    """Notifications that the shared state changed (store.changes.ChangeFeed)."""

    async def wait(self, timeout: float) -> bool: ...


class ClusterReconciler:
    def __init__(
        self,
        step: Callable[[], Awaitable[None]],
        *,
        held: Callable[[str], bool],
        changes: ChangeSource | None,
        poll_s: float,
    ) -> None:
        self._step = step
        self._held = held
        self._changes = changes
        self._poll_s = poll_s
        self._wake = asyncio.Event()
        self._passed = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []
        self.passes = 0
        self.failures = 0

    def start(self) -> None:
        self._tasks.append(asyncio.create_task(self._run(), name="cluster-reconciler"))
        if self._changes is not None:
            self._tasks.append(asyncio.create_task(self._listen(), name="cluster-changes"))

    def wake(self) -> None:
        self._wake.set()

    async def ensure(self, generation_id: str, timeout: float) -> bool:
        """Reconcile now; True once the generation's media is held here, within `timeout`."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not self._held(generation_id):
            remaining = deadline - loop.time()
            if remaining <= 0 or not self._tasks:
                return False
            passed = self._passed  # set when the pass running (or the next) is over
            self.wake()
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(remaining):
                    await passed.wait()
        return True

    async def _listen(self) -> None:
        assert self._changes is not None
        while True:
            if await self._changes.wait(self._poll_s):
                self._wake.set()

    async def _run(self) -> None:
        failing = False
        while True:
            self._wake.clear()
            try:
                await self._step()
                self.passes += 1
                if failing:
                    log.info("cluster reconcile works again")
                failing = False
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                self.failures += 1
                if not failing:
                    log.warning("cluster reconcile failed: %s: %s", type(exc).__name__, exc)
                failing = True
            passed, self._passed = self._passed, asyncio.Event()
            passed.set()
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(self._poll_s):
                    await self._wake.wait()

    async def close(self) -> None:
        tasks, self._tasks = self._tasks, []
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
