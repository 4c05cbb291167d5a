"""The media backend seam: FLV tags in, fragmented MP4 bytes out, one output per rendition.

A backend is made by a `BackendFactory` for one publish, with the hooks it
calls back: `on_output(rendition, data)` with the bytes of that rendition's
fMP4 (each rendition is its own file: ftyp, moov, then moof+mdat pairs),
`on_restart(count, reason)` before a replacement process's output (every
rendition starts a new file), and `on_failed(reason)` once it gives up. It
lives for one publish: `start`, any number of `send` (and `restart` when its
consumer cannot read what it wrote), then `stop`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from sender.rtmp.flv import FlvTag


@dataclass(frozen=True, slots=True)
class BackendHooks:
    on_output: Callable[[str, bytes], None]
    on_restart: Callable[[int, str], None]
    on_failed: Callable[[str], None]


class MediaBackend(Protocol):
    async def start(self) -> None:
        """Spawn the backend; raises sender.errors.BackendError when it cannot start."""

    async def send(self, tag: FlvTag) -> None:
        """Hand one tag over. Awaiting it is the back-pressure: the buffer is bounded.

        Raises BackendError once the backend has given up (too many failures).
        """

    async def stop(self) -> None:
        """End the input, let the last fragment out, wait (bounded), then kill what is left."""

    def restart(self, reason: str) -> None:
        """Replace the running process now (its output cannot be trusted), as after a crash:
        `on_restart(count, reason)` comes before the new process's output."""

    @property
    def restarts(self) -> int:
        """How many times the backend was restarted after a failure."""
        ...

    @property
    def renditions(self) -> tuple[str, ...]:
        """The renditions it writes, one output each."""
        ...


class BackendFactory(Protocol):
    def __call__(self, hooks: BackendHooks, *, log_name: str) -> MediaBackend: ...
