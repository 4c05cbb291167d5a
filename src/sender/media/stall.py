"""When a media backend's process has stalled: times in, a verdict out (pure).

A live ffmpeg that reads its input writes output about once per part target:
it cuts fragments by media time, and live media time runs with the wall
clock. A process that stops without exiting (SIGSTOP, a hung decoder, a pipe
it cannot write) shows as one of:

- input fed for `timeout_s` of wall-clock time without any output since (the
  bytes pile up in its input pipe and our queue);
- a write of its input that has waited `timeout_s` to drain while nothing came
  out for as long (it stopped reading, and it is not busy writing either).

Before its first output a new process gets `start_timeout_s` instead: it
probes its input first. Input that stops (an encoder that pauses) is no
stall: a remuxer then has nothing to write. A slow process that still writes
(an encoder that cannot keep up) is not one either: killing it would not help.
"""

from __future__ import annotations


class StallWatch:
    """One process's signs of life; `verdict(now)` says why it counts as stalled, if it does."""

    def __init__(self, *, timeout_s: float, start_timeout_s: float, now: float) -> None:
        if timeout_s <= 0 or start_timeout_s <= 0:
            raise ValueError("stall timeouts must be positive")
        self.timeout_s = timeout_s
        self.start_timeout_s = start_timeout_s
        self._started_at = now
        self._output_at: float | None = None
        self._fed_since: float | None = None  # the first input after the last output
        self._fed_at: float | None = None  # the latest input
        self._draining_since: float | None = None

    def fed(self, now: float) -> None:
        """Input was written to the process."""
        if self._fed_since is None:
            self._fed_since = now
        self._fed_at = now

    def output(self, now: float) -> None:
        """The process wrote output."""
        self._output_at = now
        self._fed_since = None

    def drain_started(self, now: float) -> None:
        """A write waits for the process to read its input."""
        self._draining_since = now

    def drain_ended(self) -> None:
        self._draining_since = None

    def verdict(self, now: float) -> str | None:
        """None while the process shows signs of life; else what it failed to do."""
        limit = self.timeout_s if self._output_at is not None else self.start_timeout_s
        if self._fed_since is not None and self._fed_at is not None:
            fed_for = self._fed_at - self._fed_since
            if fed_for >= limit:
                return f"no output for {fed_for:.1f} s while its input was fed"
        if self._draining_since is not None:
            waiting = now - self._draining_since
            quiet = now - (self._output_at if self._output_at is not None else self._started_at)
            if waiting >= limit and quiet >= limit:
                return f"input not read for {waiting:.1f} s, and no output for {quiet:.1f} s"
        return None
