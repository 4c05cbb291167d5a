"""A stream with a ladder: real ffmpeg publishes 640x360 over RTMP, the node encodes the rungs.

One publish, three renditions (the copy and two rungs; a third rung taller than
the source is dropped with a note), and everything a player relies on, checked
against what real tools read:
- the multivariant playlist (m3u8 and hls.parser) lists them highest BANDWIDTH
  first, each with AVERAGE-BANDWIDTH, CODECS, RESOLUTION and FRAME-RATE;
- every rendition's segments decode in ffmpeg without a warning, at the rung's
  size;
- segment N covers the same span in every rendition: same media sequence
  numbers, dates and durations within a frame;
- every media playlist reports the others (EXT-X-RENDITION-REPORT);
- the playback API and status list the renditions and the dropped rung;
- the transcoder killed by its pid is replaced while the copy goes on without
  a break, and the rungs' playlists mark the cut with a discontinuity;
- at shutdown no child is left.
On either backend for the copy (ffmpeg, or the native muxer in process).
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
from collections.abc import Awaitable, Callable
from datetime import datetime
from pathlib import Path

import m3u8
import pytest

from sender.demo import test_pattern_command as pattern_command
from sender.domain.ladder import Rung, validate_ladder
from sender.hls.parser import parse_media_playlist, parse_multivariant
from sender.media.fmp4 import Fmp4Reader, InitSegment
from tests.e2e.conftest import Client, complete, decode_check, ffmpeg_children

pytestmark = pytest.mark.e2e

WAIT_S = 40.0
RATE = 30
LADDER = (
    Rung("270p", 270, 400, 64),
    Rung("180p", 180, 200, None, fps=15),  # the source's audio copied, half the frame rate
    Rung("720p", 720, 3000, 128),  # taller than the 360p source: dropped
)
SIZES = {"source": (640, 360), "270p": (480, 270), "180p": (320, 180)}
FRAME_RATES = {"source": 30.0, "270p": 30.0, "180p": 15.0}


async def until(check: Callable[[], Awaitable[bool]], what: str, timeout: float = WAIT_S) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not await check():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.2)


def decoded_warnings(ffmpeg: str, data: bytes, path: Path) -> str:
    """What ffmpeg says at warning level decoding the file (empty when clean)."""
    path.write_bytes(data)
    out = subprocess.run(
        [ffmpeg, "-hide_banner", "-v", "warning", "-i", str(path), "-f", "null", "-"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    return out.stderr


def cpu_share(pid: int) -> float:
    """The CPU a process used since it started, as a share of one core (from /proc)."""
    ticks = os.sysconf("SC_CLK_TCK")
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    used = (int(fields[11]) + int(fields[12])) / ticks  # utime + stime
    uptime = float(Path("/proc/uptime").read_text().split()[0])
    age = uptime - int(fields[19]) / ticks  # starttime
    return round(used / age, 3) if age > 0 else 0.0


def msn_of(segment: m3u8.Segment) -> int:
    return int(segment.uri.split("seg-")[1].split(".")[0].split("?")[0])


async def playlists(client: Client, hls_url: str) -> dict[str, m3u8.M3U8]:
    return {name: await client.media_playlist(hls_url, name) for name in SIZES}


def by_msn(playlist: m3u8.M3U8) -> dict[int, m3u8.Segment]:
    return {msn_of(s): s for s in complete(playlist)}


def assert_aligned(lists: dict[str, m3u8.M3U8], after: int = -1) -> int:
    """Segment N (above `after`) of every rendition starts at the same time and lasts as
    long (but a file's first segment), within a frame of the rendition with the fewest
    frames; returns how many were compared."""
    frame = 1 / min(FRAME_RATES.values())
    indexed = {name: by_msn(p) for name, p in lists.items()}
    common = {m for m in set.intersection(*(set(i) for i in indexed.values())) if m > after}
    for name, segments in indexed.items():
        numbers = sorted(segments)
        # One number per span, no gaps: a player's media sequence arithmetic holds.
        assert numbers == list(range(numbers[0], numbers[-1] + 1)), (name, numbers)
    for msn in sorted(common):
        segments = {name: indexed[name][msn] for name in indexed}
        starts: list[datetime] = [s.program_date_time for s in segments.values()]
        durations = [s.duration for s in segments.values()]
        spread = (max(starts) - min(starts)).total_seconds()
        assert spread <= frame + 0.001, "\n".join(
            [str(msn)]
            + [
                f"{n}: {[(m, str(s.program_date_time.time()), s.duration) for m, s in i.items()]}"
                for n, i in indexed.items()
            ]
        )
        if any(msn == min(i) or i[msn].discontinuity for i in indexed.values()):
            # A file's first segment: each muxer stretched its first frame back over the
            # audio that came before it (an encoder's AAC priming, 21-88 ms measured),
            # so it starts the same but its length differs by that; the next ones do not.
            continue
        assert max(durations) - min(durations) <= frame + 0.001, (
            msn,
            {n: s.duration for n, s in segments.items()},
        )
    return len(common)


@pytest.mark.parametrize("backend", ["ffmpeg", "native"])
async def test_a_ladder_is_encoded_aligned_listed_and_survives_its_transcoder(
    client: Client,
    ffmpeg: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    backend: str,
) -> None:
    stream, key = await client.create_stream("ladder", ladder=[r.as_dict() for r in LADDER])
    assert validate_ladder(stream["ladder"]) == LADDER
    cmd = pattern_command(
        ffmpeg, f"{client.node.rtmp_url}/{key}", duration_s=40, size="640x360", rate=RATE
    )
    proc = await asyncio.create_subprocess_exec(
        *cmd,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )
    try:
        info = await client.wait_state("ladder", "live")
        hls_url = info["hls_url"]

        # The multivariant playlist: three variants, highest BANDWIDTH first.
        asked = asyncio.get_running_loop().time()
        status, _, body = await client.get(hls_url)
        assert status == 200, body
        # Asked as soon as the copy is live: the rungs' first segments come that much later.
        rungs_wait_s = round(asyncio.get_running_loop().time() - asked, 3)
        text = body.decode()
        listed = m3u8.loads(text, uri=hls_url)
        parsed = parse_multivariant(text)
        names = [p.uri.split("/")[0] for p in listed.playlists]
        assert sorted(names) == sorted(SIZES), text
        assert [v.uri.split("/")[0] for v in parsed.variants] == names
        bandwidths = [p.stream_info.bandwidth for p in listed.playlists]
        assert bandwidths == sorted(bandwidths, reverse=True), text
        for playlist, variant in zip(listed.playlists, parsed.variants, strict=True):
            name = playlist.uri.split("/")[0]
            stream_info = playlist.stream_info
            assert stream_info.resolution == SIZES[name], text
            assert stream_info.average_bandwidth, text
            assert stream_info.codecs.startswith("avc1.") and "mp4a.40.2" in stream_info.codecs
            # Measured from the samples so far (the first second: a frame's jitter shows).
            assert abs(stream_info.frame_rate - FRAME_RATES[name]) < 1.5, text
            assert variant.bandwidth == stream_info.bandwidth
            assert variant.resolution == SIZES[name]
        rung_bandwidth = {p.uri.split("/")[0]: p.stream_info.bandwidth for p in listed.playlists}
        # The rungs keep near what the ladder asks (x264 capped at 110 % over 1 s).
        assert rung_bandwidth["270p"] < 2 * (400 + 64) * 1000, rung_bandwidth
        assert rung_bandwidth["180p"] < rung_bandwidth["270p"], rung_bandwidth

        # Several segments in every rendition, then: aligned, decodable, reported.
        async def three_each() -> bool:
            lists = await playlists(client, hls_url)
            return all(len(complete(p)) >= 4 for p in lists.values())

        await until(three_each, "four segments in every rendition")
        lists = await playlists(client, hls_url)
        compared = assert_aligned(lists)
        assert compared >= 3, {n: [s.uri for s in complete(p)] for n, p in lists.items()}
        for name, playlist in lists.items():
            status, _, raw = await client.get(hls_url.rsplit("/", 1)[0] + f"/{name}/index.m3u8")
            ours = parse_media_playlist(raw)
            reported = sorted(r.uri.split("/")[1] for r in ours.rendition_reports)
            assert reported == sorted(set(SIZES) - {name}), raw
            # Each report points at the other rendition's live edge: its newest part is in
            # the segment after (or at) the newest one this playlist completed.
            own_last = ours.segments[-1].msn
            for report in ours.rendition_reports:
                assert own_last - 1 <= report.last_msn <= own_last + 2, (name, report, raw)
            segment = complete(playlist)[-1]
            init = (await client.get(segment.init_section.absolute_uri))[2]
            data = (await client.get(segment.absolute_uri))[2]
            assert decode_check(ffmpeg, init + data, tmp_path, f"{name}.mp4") == ""
            assert decoded_warnings(ffmpeg, init + data, tmp_path / f"{name}-w.mp4") == ""
            (header,) = [i for i in Fmp4Reader().feed(init) if isinstance(i, InitSegment)]
            assert header.video is not None
            assert (header.video.width, header.video.height) == SIZES[name]

        # The playback API and status.
        info = await client.api("GET", "/api/v1/playback/ladder")
        described = {r["name"]: r for r in info["renditions"]}
        assert set(described) == set(SIZES), info
        assert (described["180p"]["width"], described["180p"]["height"]) == SIZES["180p"]
        stats = await client.api("GET", "/api/v1/streams/ladder/stats")
        shown = {r["name"]: r for r in stats["renditions"]}
        assert set(shown) == set(SIZES), stats
        assert shown["270p"]["codecs"] and shown["270p"]["bandwidth"], stats
        assert any(n.startswith("720p: dropped, taller") for n in stats["ladder_notes"]), stats

        # The transcoder dies: replaced, the copy goes on, the rungs mark a discontinuity.
        session = client.node.live.media(info["generation_id"])
        assert session is not None
        pid = session.transcoder_pid  # type: ignore[union-attr]
        # The copy's ffmpeg (none with the native backend, which muxes in process).
        copy_pid = getattr(session.publisher.backend, "pid", None)  # type: ignore[union-attr]
        assert pid is not None and pid != copy_pid
        source_before = max(by_msn(lists["source"]))
        cpu = {"transcoder": cpu_share(pid)}
        if copy_pid is not None:
            cpu["copy"] = cpu_share(copy_pid)
        os.kill(pid, signal.SIGKILL)

        async def rungs_again() -> bool:
            rung = await client.media_playlist(hls_url, "270p")
            return any(s.discontinuity and msn_of(s) > source_before for s in complete(rung))

        await until(rungs_again, "a rung segment after the transcoder's restart")
        rung = await client.media_playlist(hls_url, "270p")
        cut = min(
            msn_of(s) for s in complete(rung) if s.discontinuity and msn_of(s) > source_before
        )
        assert client.node.live.transcoder_restarts.get("ladder", 0) >= 1
        assert getattr(session.publisher.backend, "pid", None) == copy_pid  # type: ignore[union-attr]
        source = await client.media_playlist(hls_url, "source")
        after = [s for s in complete(source) if msn_of(s) > source_before]
        assert after and not any(s.discontinuity for s in after), source.dumps()

        # After the cut too, the rungs' segments line up with the copy's (the segment the
        # killed process left short is the one before the cut).
        async def two_after_cut() -> bool:
            rung = await client.media_playlist(hls_url, "180p")
            return sum(1 for s in complete(rung) if msn_of(s) >= cut) >= 2

        await until(two_after_cut, "two rung segments after the cut")
        lists = await playlists(client, hls_url)
        assert assert_aligned(lists, after=cut - 1) >= 2

        # Its speed, from ffmpeg's progress over 5 s, reaches the metrics.
        async def speed_known() -> bool:
            return session.transcode_speed is not None  # type: ignore[union-attr]

        await until(speed_known, "the transcoder's speed")
        metrics = (await client.get("/metrics"))[2].decode()
        assert 'sender_transcode_speed{stream="ladder"}' in metrics
        assert 'sender_transcoder_restarts_total{stream="ladder"}' in metrics
        speed = session.transcode_speed  # type: ignore[union-attr]
        # Shutdown: the copy's ffmpeg and the transcoder go with the node, killed by their pids.
        live_pids = {session.transcoder_pid, copy_pid} - {None}  # type: ignore[union-attr]
        await client.node.close()
        assert not live_pids & set(ffmpeg_children()), ffmpeg_children()
        with capsys.disabled():
            print(
                f"\n[ladder {backend}] bandwidths {rung_bandwidth}, transcoder speed {speed}, "
                f"CPU (share of one core since start) {cpu}, multivariant waited {rungs_wait_s} s"
            )
    finally:
        if proc.returncode is None:
            proc.terminate()
            await proc.wait()
