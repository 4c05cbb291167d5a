"""The node's event loop (sender.runner): uvloop by default, asyncio's when asked or missing."""

from __future__ import annotations

import asyncio
import logging
import sys

import pytest

from sender import runner


async def _loop_module() -> str:
    await asyncio.sleep(0)
    return type(asyncio.get_running_loop()).__module__.split(".")[0]


def test_uvloop_by_default_and_asyncio_when_asked() -> None:
    assert runner.run(_loop_module()) == "uvloop"
    assert runner.run(_loop_module(), "asyncio") == "asyncio"


def test_without_uvloop_the_node_runs_on_asyncio_and_says_so(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setitem(sys.modules, "uvloop", None)  # import uvloop raises ImportError
    with caplog.at_level(logging.WARNING, logger="sender.runner"):
        assert runner.run(_loop_module()) == "asyncio"
    assert "uvloop is not installed here" in caplog.text
