"""The media backend seam: FLV tags in, fragmented MP4 bytes out, one output per rendition.

A backend is made by a `BackendFactory` for one publish, with the hooks it
calls back: `on_output(rendition, data)` with the bytes of that rendition's
fMP4 (each rendition is its own file: ftyp, moov, then moof+mdat pairs),
`on_restart(count, reason)` before a replacement process's output after a
failure (every rendition starts a new file), `on_renew(reason)` before a new
file that is no failure (the input's timeline broke: a jump, new parameters),
and `on_failed(reason)` once it gives up. A backend that muxes in process hands
over what it made instead of bytes: `on_media(rendition, items, assemble)`
(init segments and frame units; `assemble` writes a part of them), and
`on_timeline(rendition, reason)` where it re-based its timeline. It lives for
one publish: `start`, any number of `send` (and `restart` when its consumer
cannot read what it wrote), then `stop`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from sender.media.fmp4 import Fragment, InitSegment
from sender.rtmp.flv import FlvTag

# Writes a part's frame units as bytes (media.packager.Packager.on_fragment).
Assemble = Callable[[Sequence[Fragment]], bytes]


@dataclass(frozen=True, slots=True)
class BackendHooks:
    on_output: Callable[[str, bytes], None]
    on_restart: Callable[[int, str], None]
    on_failed: Callable[[str], None]
    on_renew: Callable[[str], None]
    on_media: Callable[[str, Sequence[InitSegment | Fragment], Assemble], None]
    on_timeline: Callable[[str, str], None]


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

    @property
    def kind(self) -> str:
        """What carries the publish now, as status shows it: "ffmpeg" or "native"."""
        ...

    @property
    def fallback_reason(self) -> str | None:
        """Why the publish went to another backend than the node's, or None."""
        ...


class BackendFactory(Protocol):
    def __call__(self, hooks: BackendHooks, *, log_name: str) -> MediaBackend: ...
