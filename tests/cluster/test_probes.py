"""Sender's poll of an external origin: its playlist's freshness, beside its own reports."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sender.cluster.probes import ExternalOriginProbe
from sender.domain.endpoints import EndpointKind, EndpointSnapshot, Health
from sender.domain.health import HealthThresholds
from sender.domain.renditions import Rendition
from sender.domain.streams import LatencyMode, Visibility
from sender.errors import UpstreamError
from sender.store.repository import Repository

LIMITS = HealthThresholds(degraded_after_s=4.0, stale_after_s=10.0, down_after_s=15.0)
T0 = datetime(2026, 11, 28, 12, 0, 0, tzinfo=UTC)


def playlist(first: int, count: int) -> str:
    lines = ["#EXTM3U", "#EXT-X-VERSION:7", "#EXT-X-TARGETDURATION:1"]
    lines += [f"#EXT-X-MEDIA-SEQUENCE:{first}", '#EXT-X-MAP:URI="init.mp4"']
    for n in range(first, first + count):
        date = (T0 + timedelta(seconds=n)).isoformat()
        lines += [f"#EXT-X-PROGRAM-DATE-TIME:{date}", "#EXTINF:1.0,", f"seg{n}.m4s"]
    return "\n".join(lines) + "\n"


async def test_the_poll_judges_freshness_and_keeps_the_muxers_own_figures(
    repo: Repository,
) -> None:
    muxer = await repo.upsert_endpoint(
        name="muxer", kind=EndpointKind.EXTERNAL_ORIGIN, base_url="http://mux", node_id="mux-1"
    )
    await repo.upsert_endpoint(
        name="edge-e", kind=EndpointKind.EDGE, base_url="http://e", node_id="e",
        source_ids=[muxer.id],
    )  # fmt: skip
    stream = await repo.create_stream(
        slug="show", title="Show", visibility=Visibility.PUBLIC, latency_mode=LatencyMode.STANDARD
    )
    await repo.create_generation(stream_id=stream.id, node_id="mux-1", auto_started=False)
    now = [T0 + timedelta(seconds=6)]
    served = {"text": playlist(0, 6)}
    asked: list[str] = []

    async def fetch(url: str, timeout: float, verify: bool) -> bytes:
        asked.append(url)
        if served["text"] == "":
            raise UpstreamError("dead", "refused")
        return served["text"].encode()

    probe = ExternalOriginProbe(
        repo, fetch, node_id="e", interval_s=1.0, history_limit=10, limits=LIMITS,
        wall=lambda: now[0],
    )  # fmt: skip
    [first] = await probe.probe_once()
    assert asked == ["http://mux/show/index.m3u8"]
    assert first.health is Health.HEALTHY and first.extra["polled_by"] == "e"
    assert first.last_segment_at == T0 + timedelta(seconds=6)

    # The muxer reports its own viewers with its token: the next poll keeps them.
    await repo.save_snapshot(
        EndpointSnapshot(muxer.id, now[0] + timedelta(seconds=0.5), viewers=42, egress_bps=9e6)
    )
    now[0] += timedelta(seconds=1)
    served["text"] = playlist(1, 6)
    [second] = await probe.probe_once()
    assert (second.viewers, second.egress_bps, second.health) == (42, 9e6, Health.HEALTHY)
    # Its playlist stops changing: degraded, then stale.
    now[0] += timedelta(seconds=5)
    [third] = await probe.probe_once()
    assert third.health is Health.DEGRADED and third.viewers == 42
    now[0] += timedelta(seconds=10)
    served["text"] = ""  # and it stops answering
    [fourth] = await probe.probe_once()
    assert fourth.health is Health.STALE
    assert fourth.viewers == 0  # the muxer's report is too old to stand by now
    latest = await repo.latest_snapshot(muxer.id)
    assert latest == fourth


async def test_nothing_to_poll_without_an_edge_that_pulls_from_it(repo: Repository) -> None:
    await repo.upsert_endpoint(
        name="muxer", kind=EndpointKind.EXTERNAL_ORIGIN, base_url="http://mux", node_id="mux-1"
    )

    async def fetch(url: str, timeout: float, verify: bool) -> bytes:
        raise AssertionError("nothing should be fetched")

    probe = ExternalOriginProbe(
        repo, fetch, node_id="e", interval_s=1.0, history_limit=10, limits=LIMITS
    )
    assert await probe.probe_once() == []


async def _muxer_with_a_generation(repo: Repository) -> str:
    muxer = await repo.upsert_endpoint(
        name="muxer", kind=EndpointKind.EXTERNAL_ORIGIN, base_url="http://mux", node_id="mux-1"
    )
    await repo.upsert_endpoint(
        name="edge-e", kind=EndpointKind.EDGE, base_url="http://e", node_id="e",
        source_ids=[muxer.id],
    )  # fmt: skip
    stream = await repo.create_stream(
        slug="show", title="Show", visibility=Visibility.PUBLIC, latency_mode=LatencyMode.STANDARD
    )
    generation = await repo.create_generation(
        stream_id=stream.id, node_id="mux-1", auto_started=False
    )
    return generation.id


async def test_a_multivariant_is_judged_by_its_stalest_variant(repo: Repository) -> None:
    await _muxer_with_a_generation(repo)
    now = [T0 + timedelta(seconds=6)]
    served = {
        "http://mux/show/index.m3u8": (
            "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=900000\nhi/media.m3u8\n"
            "#EXT-X-STREAM-INF:BANDWIDTH=400000\nlo/media.m3u8\n"
        ),
        "http://mux/show/hi/media.m3u8": playlist(0, 6),
        "http://mux/show/lo/media.m3u8": playlist(0, 6),
    }
    asked: list[str] = []

    async def fetch(url: str, timeout: float, verify: bool) -> bytes:
        asked.append(url)
        return served[url].encode()

    probe = ExternalOriginProbe(
        repo, fetch, node_id="e", interval_s=1.0, history_limit=10, limits=LIMITS,
        wall=lambda: now[0],
    )  # fmt: skip
    [first] = await probe.probe_once()
    assert asked == [
        "http://mux/show/index.m3u8",
        "http://mux/show/hi/media.m3u8",
        "http://mux/show/lo/media.m3u8",
    ]
    assert first.health is Health.HEALTHY
    # One variant goes on, the other stops changing: the generation is degraded, then stale.
    for step in range(1, 6):
        now[0] = T0 + timedelta(seconds=6 + step)
        served["http://mux/show/hi/media.m3u8"] = playlist(step, 6)
        [later] = await probe.probe_once()
    assert later.health is Health.DEGRADED
    assert later.last_segment_at == T0 + timedelta(seconds=6)  # the stalest variant's
    now[0] += timedelta(seconds=6)
    [last] = await probe.probe_once()
    assert last.health is Health.STALE


async def test_recorded_renditions_are_polled_at_their_playlist_urls(repo: Repository) -> None:
    generation_id = await _muxer_with_a_generation(repo)
    for name, url in (("360p", "show/360p.m3u8"), ("180p", "http://cdn/show/180p.m3u8")):
        await repo.upsert_rendition(Rendition(generation_id, name, playlist_url=url))
    await repo.upsert_rendition(Rendition(generation_id, "note"))  # no playlist: not polled
    now = [T0 + timedelta(seconds=6)]
    served = {
        "http://mux/show/360p.m3u8": playlist(0, 6),
        "http://cdn/show/180p.m3u8": playlist(0, 6),
    }
    asked: list[str] = []

    async def fetch(url: str, timeout: float, verify: bool) -> bytes:
        asked.append(url)
        if url not in served:
            raise UpstreamError("error", f"{url}: 404", status=404)
        return served[url].encode()

    probe = ExternalOriginProbe(
        repo, fetch, node_id="e", interval_s=1.0, history_limit=10, limits=LIMITS,
        wall=lambda: now[0],
    )  # fmt: skip
    [first] = await probe.probe_once()
    assert sorted(asked) == sorted(served)  # not the generation's URL, which has nothing
    assert first.health is Health.HEALTHY
    del served["http://cdn/show/180p.m3u8"]  # one rendition's playlist goes away
    now[0] += timedelta(seconds=11)
    served["http://mux/show/360p.m3u8"] = playlist(11, 6)
    [second] = await probe.probe_once()
    assert second.health is Health.STALE
