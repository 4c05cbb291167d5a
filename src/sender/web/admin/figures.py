"""The dashboard's figures per stream: viewers, ingest and egress bit rates.

From `StreamFigures` when the node gives them (`stats.streams.LiveStats`, which
meters what delivery serves); otherwise ingest from the sessions, egress unknown,
and viewers from `ViewerCounts` when given, else unknown (None, shown as "—",
never 0).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sender.web.admin.views import SessionView, StreamFigures, ViewerCounts


@dataclass(slots=True)
class Figure:
    viewers: int | None = None
    ingest_bps: float = 0.0
    egress_bps: float | None = None


class DashboardFigures:
    """Figures per stream id from whichever source the node gave."""

    def __init__(self, source: StreamFigures | ViewerCounts | None) -> None:
        self.source = source

    def per_stream(self, sessions: Sequence[SessionView]) -> dict[str, Figure]:
        """Viewers and bit rates per stream id, from the figures given, else from the sessions."""
        source = self.source
        if isinstance(source, StreamFigures):
            return {
                f.stream_id: Figure(f.viewers, f.ingest_bps, f.egress_bps) for f in source.streams()
            }
        out: dict[str, Figure] = {}
        for s in sessions:
            figure = out.setdefault(s.stream.id, Figure())
            if not s.ended:
                figure.ingest_bps += s.ingest_bps()
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
