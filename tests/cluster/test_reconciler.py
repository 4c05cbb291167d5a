"""The reconciler task: a pass on every change, on every poll, and on demand."""

from __future__ import annotations

import asyncio
import time

from sender.cluster.reconciler import ClusterReconciler


class Changes:
    def __init__(self) -> None:
        self.event = asyncio.Event()

    async def wait(self, timeout: float) -> bool:
        try:
            async with asyncio.timeout(timeout):
                await self.event.wait()
        except TimeoutError:
            return False
        self.event.clear()
        return True


async def test_a_change_makes_a_pass_at_once_and_the_poll_catches_up() -> None:
    passes: list[float] = []

    async def step() -> None:
        passes.append(time.monotonic())

    changes = Changes()
    reconciler = ClusterReconciler(step, held=lambda _: False, changes=changes, poll_s=0.5)
    reconciler.start()
    try:
        await asyncio.sleep(0.05)
        assert len(passes) == 1  # at start
        changed = time.monotonic()
        changes.event.set()
        await asyncio.sleep(0.05)
        assert len(passes) == 2 and passes[1] - changed < 0.05
        await asyncio.sleep(0.6)  # nothing changes: the poll makes a pass anyway
        assert len(passes) == 3
    finally:
        await reconciler.close()


async def test_ensure_waits_for_the_pass_that_holds_the_generation() -> None:
    held: set[str] = set()
    calls = 0

    async def step() -> None:
        nonlocal calls
        calls += 1
        if calls >= 2:
            held.add("g")

    reconciler = ClusterReconciler(step, held=held.__contains__, changes=None, poll_s=30.0)
    assert not await reconciler.ensure("g", 0.1)  # not running: nothing will hold it
    reconciler.start()
    try:
        started = time.monotonic()
        assert await reconciler.ensure("g", 2.0)
        assert time.monotonic() - started < 0.5  # woken, not polled
        assert not await reconciler.ensure("other", 0.2)
    finally:
        await reconciler.close()


async def test_a_failing_pass_is_retried() -> None:
    calls = 0

    async def step() -> None:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise ConnectionError("store away")

    reconciler = ClusterReconciler(step, held=lambda _: False, changes=None, poll_s=0.05)
    reconciler.start()
    try:
        await asyncio.sleep(0.3)
        assert reconciler.failures == 1 and reconciler.passes >= 2
    finally:
        await reconciler.close()
