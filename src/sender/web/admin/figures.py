"""The dashboard's figures per stream: viewers, ingest and egress bit rates.

From `StreamFigures` when the node gives them (`stats.streams.LiveStats`);
otherwise ingest from the sessions, egress from the sessions' byte counters
between two renders (`EgressMeter`), and viewers from `ViewerCounts` when given,
else unknown (None, shown as "—", never 0).
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from sender.web.admin.views import SessionView, StreamFigures, ViewerCounts

EGRESS_WINDOW_S = 10.0
MIN_SPAN_S = 0.5  # two samples closer than this give no rate worth showing


@dataclass(slots=True)
class Figure:
    viewers: int | None = None
    ingest_bps: float = 0.0
    egress_bps: float | None = None


class EgressMeter:
    """Egress bit rate per stream from the sessions' byte counters, when no figures are given."""

    def __init__(
        self, window_s: float = EGRESS_WINDOW_S, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.window_s = window_s
        self._clock = clock
        self._samples: dict[str, deque[tuple[float, int]]] = {}

    def rates(self, totals: Mapping[str, int]) -> dict[str, float | None]:
        now = self._clock()
        for gone in set(self._samples) - set(totals):
            del self._samples[gone]
        rates: dict[str, float | None] = {}
        for stream_id, total in totals.items():
            samples = self._samples.setdefault(stream_id, deque())
            if samples and total < samples[-1][1]:
                samples.clear()  # a session left: start again
            samples.append((now, total))
            while len(samples) > 2 and samples[1][0] <= now - self.window_s:
                samples.popleft()
            (t0, b0), (t1, b1) = samples[0], samples[-1]
            rates[stream_id] = (b1 - b0) * 8 / (t1 - t0) if t1 - t0 >= MIN_SPAN_S else None
        return rates


class DashboardFigures:
    """Figures per stream id from whichever source the node gave."""

    def __init__(self, source: StreamFigures | ViewerCounts | None) -> None:
        self.source = source
        self.egress = EgressMeter()

    def per_stream(self, sessions: Sequence[SessionView]) -> dict[str, Figure]:
        """Viewers and bit rates per stream id, from the figures given, else from the sessions."""
        source = self.source
        if isinstance(source, StreamFigures):
            return {
                f.stream_id: Figure(f.viewers, f.ingest_bps, f.egress_bps) for f in source.streams()
            }
        out: dict[str, Figure] = {}
        totals: dict[str, int] = {}
        for s in sessions:
            sid = s.stream.id
            totals[sid] = totals.get(sid, 0) + s.egress_bytes
            figure = out.setdefault(sid, Figure())
            if not s.ended:
                figure.ingest_bps += s.ingest_bps()
        for sid, rate in self.egress.rates(totals).items():
            out[sid].egress_bps = rate
        return out

    def of(self, stream_id: str, figures: Mapping[str, Figure]) -> Figure:
        """The figure of one stream, with its viewer count when only counts are given."""
        figure = figures.get(stream_id)
        if figure is None:
            # No session on this node: nothing in or out; viewers unknown without a source.
            figure = Figure(viewers=None if self.source is None else 0, egress_bps=0.0)
        source = self.source
        if isinstance(source, ViewerCounts) and not isinstance(source, StreamFigures):
            figure.viewers = source.viewers(stream_id)
        return figure
