"""The ingest server runs on the loop a node runs on (sender.runner): each test here runs on
that loop and on asyncio's own, whose transports differ."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping

import pytest

from sender import runner


def pytest_asyncio_loop_factories(
    config: pytest.Config, item: pytest.Item
) -> Mapping[str, Callable[[], asyncio.AbstractEventLoop]]:
    node_loop = runner.loop_factory("uvloop")  # None where uvloop is not installed
    loops = {"asyncio": asyncio.new_event_loop}
    return {"uvloop": node_loop, **loops} if node_loop is not None else loops
