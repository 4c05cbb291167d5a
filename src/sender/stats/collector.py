"""The Prometheus collector: reads the node's live state at scrape time.

Nothing is updated per request or per segment for these metrics: a scrape
asks `LiveStats` (and through it the live sessions) and builds the families then. Labels
are low-cardinality on purpose — a stream slug, a rendition name, a refusal
reason, an event type — never a viewer, an address or a token.

When `/metrics` is public, a stream is labelled by its slug only if it is
public: an unlisted or private stream's slug, and whether it exists, is not for
strangers. Its figures still count in the node's totals (`sender_node_*`).

The request-duration histogram (per route template) is the one metric that is
observed as requests happen; it lives in `sender.web.metrics` and is
registered in the same registry.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from prometheus_client.registry import Collector

from sender.domain.streams import Visibility
from sender.stats.streams import LiveStats


class NodeCollector(Collector):
    def __init__(
        self,
        stats: LiveStats,
        rtmp_connections: Callable[[], int] = lambda: 0,
        *,
        public_only: bool = False,
    ) -> None:
        self.stats = stats
        self.rtmp_connections = rtmp_connections
        self.public_only = public_only  # label public streams only (metrics open to anyone)

    def full_view(self) -> NodeCollector:
        """The same figures, every stream named."""
        return NodeCollector(self.stats, self.rtmp_connections, public_only=False)

    def public_view(self) -> NodeCollector:
        """The same figures, only public streams named (the node totals count them all)."""
        return NodeCollector(self.stats, self.rtmp_connections, public_only=True)

    def collect(self) -> Iterator[GaugeMetricFamily | CounterMetricFamily]:
        every = self.stats.streams()
        streams = [s for s in every if not self.public_only or s.visibility is Visibility.PUBLIC]
        shown = {s.slug for s in streams}

        def visible(slug: str) -> bool:
            return not self.public_only or slug in shown

        backend_restarts = {
            slug: n for slug, n in self.stats.backend_restarts().items() if visible(slug)
        }
        corrupt_outputs = {
            slug: n for slug, n in self.stats.corrupt_outputs().items() if visible(slug)
        }
        spool_errors = {key: n for key, n in self.stats.spool_errors().items() if visible(key[0])}
        transcoder_restarts = {
            slug: n for slug, n in self.stats.transcoder_restarts().items() if visible(slug)
        }
        slow_counts = {slug: n for slug, n in self.stats.transcode_slow().items() if visible(slug)}

        viewers = GaugeMetricFamily(
            "sender_viewers", "Active viewer sessions (a sign in the last 30 s)", labels=["stream"]
        )
        ingest = GaugeMetricFamily(
            "sender_ingest_bits_per_second",
            "Bit rate the encoder sends, over the last seconds",
            labels=["stream"],
        )
        egress = CounterMetricFamily(
            "sender_egress_bytes", "Media and playlist bytes served", labels=["stream"]
        )
        age = GaugeMetricFamily(
            "sender_playlist_age_seconds",
            "Time since the newest part or segment of a live rendition",
            labels=["stream", "rendition"],
        )
        segments = CounterMetricFamily(
            "sender_segments",
            "Segments made in the stream's current generation",
            labels=["stream", "rendition"],
        )
        live = GaugeMetricFamily(
            "sender_generation_live", "1 while the stream's generation is live", labels=["stream"]
        )
        restarts = CounterMetricFamily(
            "sender_backend_restarts", "Media backend (ffmpeg) restarts", labels=["stream"]
        )
        behind = GaugeMetricFamily(
            "sender_edge_behind_seconds",
            "Edge: how far its newest part is behind the origin's clock (PROGRAM-DATE-TIME)",
            labels=["stream"],
        )
        source = GaugeMetricFamily(
            "sender_edge_source",
            "Edge: 1 for the source it follows now",
            labels=["stream", "source"],
        )
        switches = CounterMetricFamily(
            "sender_edge_source_switches",
            "Edge: changes of source (failover, failback)",
            labels=["stream"],
        )
        for s in streams:
            viewers.add_metric([s.slug], s.viewers)
            ingest.add_metric([s.slug], s.ingest_bps)
            egress.add_metric([s.slug], s.egress_bytes)
            live.add_metric([s.slug], 1 if s.live else 0)
            for r in s.renditions:
                segments.add_metric([s.slug, r.name], r.segments_total)
                if r.playlist_age_s is not None:
                    age.add_metric([s.slug, r.name], r.playlist_age_s)
            if s.role == "edge":
                if s.behind_s is not None:
                    behind.add_metric([s.slug], s.behind_s)
                if s.source is not None:
                    source.add_metric([s.slug, s.source], 1)
                switches.add_metric([s.slug], s.source_switches)
        listed = {s.slug for s in streams}
        for slug, count in sorted(backend_restarts.items()):
            restarts.add_metric([slug], count)
        for slug in sorted(listed - set(backend_restarts)):
            restarts.add_metric([slug], 0)
        corrupt = CounterMetricFamily(
            "sender_backend_corrupt_outputs",
            "Backend outputs that could not be read; each restarted the backend",
            labels=["stream"],
        )
        for slug, count in sorted(corrupt_outputs.items()):
            corrupt.add_metric([slug], count)
        for slug in sorted(listed - set(corrupt_outputs)):
            corrupt.add_metric([slug], 0)
        spool = CounterMetricFamily(
            "sender_spool_errors",
            "Spool writes and removals that failed, by errno (the stream goes on)",
            labels=["stream", "reason"],
        )
        for (slug, reason), count in sorted(spool_errors.items()):
            spool.add_metric([slug, reason], count)
        spool_failing = GaugeMetricFamily(
            "sender_spool_failing",
            "1 while the spool refuses the stream's files (its latest operation failed)",
            labels=["stream"],
        )
        for s in streams:
            spool_failing.add_metric([s.slug], 1 if s.spool_failing else 0)
        speed = GaugeMetricFamily(
            "sender_transcode_speed",
            "The ladder transcoder's speed over the last 5 s (1.0: real time)",
            labels=["stream"],
        )
        for s in streams:
            if s.transcode_speed is not None:
                speed.add_metric([s.slug], s.transcode_speed)
        slow = CounterMetricFamily(
            "sender_transcode_slow",
            "Times the ladder transcoder fell below real time (the endpoint is degraded)",
            labels=["stream"],
        )
        for slug, count in sorted(slow_counts.items()):
            slow.add_metric([slug], count)
        transcoder = CounterMetricFamily(
            "sender_transcoder_restarts",
            "Ladder transcoder (ffmpeg) restarts; the copy rendition goes on",
            labels=["stream"],
        )
        for slug, count in sorted(transcoder_restarts.items()):
            transcoder.add_metric([slug], count)

        connections = GaugeMetricFamily(
            "sender_rtmp_connections", "Open RTMP connections (publishing or not)"
        )
        connections.add_metric([], self.rtmp_connections())
        rejected = CounterMetricFamily(
            "sender_publish_rejected", "RTMP publishes refused, by reason", labels=["reason"]
        )
        for reason, count in sorted(self.stats.refusals.items()):
            rejected.add_metric([reason], count)
        events = CounterMetricFamily(
            "sender_player_events", "Player events received, by type", labels=["type"]
        )
        for kind, count in sorted(self.stats.events.by_type.items()):
            events.add_metric([kind], count)

        node_viewers = GaugeMetricFamily(
            "sender_node_viewers", "Active viewer sessions of every stream on this node"
        )
        node_viewers.add_metric([], sum(s.viewers for s in every))
        node_egress = CounterMetricFamily(
            "sender_node_egress_bytes", "Media and playlist bytes served for every stream"
        )
        node_egress.add_metric([], sum(s.egress_bytes for s in every))
        node_live = GaugeMetricFamily("sender_node_live_streams", "Streams live on this node")
        node_live.add_metric([], sum(1 for s in every if s.live))

        yield from (viewers, ingest, egress, age, segments, live, restarts, corrupt)
        yield from (spool, spool_failing, behind, source, switches, speed, slow, transcoder)
        yield from (node_viewers, node_egress, node_live)
        yield from (connections, rejected, events)
