"""The media backend seam: FLV tags in, fragmented MP4 bytes out per rendition.

A backend is created with its output callback (`on_output(rendition, data)`)
and lives for one publish: `start`, any number of `send`, then `stop`.
"""

from __future__ import annotations

from typing import Protocol

from sender.rtmp.flv import FlvTag


class MediaBackend(Protocol):
    async def start(self) -> None:
        """Spawn the backend; raises sender.errors.BackendError when it cannot start."""

    async def send(self, tag: FlvTag) -> None:
        """Hand one tag over. Awaiting it is the back-pressure: the buffer is bounded.

        Raises BackendError once the backend has given up (too many failures).
        """

    async def stop(self) -> None:
        """End the input, let the last fragment out, wait (bounded), then kill what is left."""

    @property
    def restarts(self) -> int:
        """How many times the backend was restarted after a failure."""
