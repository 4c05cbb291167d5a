"""The pure parts of the benchmark harness (bench/), and its paced publisher against ffmpeg."""

from __future__ import annotations

import asyncio
import itertools
import math
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from bench import backends, ladder, procstat, rawpub
from bench.ports import LOOPBACK, free_port, wait_listening_passive

from sender.config import Settings, find_ffmpeg
from sender.domain.ladder import PRESETS
from sender.rtmp.flv import FlvReader, TagType

CAPTURE = Path(__file__).resolve().parent / "fixtures" / "flv" / "ffmpeg_h264.flv"


def frames(tags: list, kind: TagType = TagType.VIDEO) -> list[int]:
    return [t.timestamp for t in tags if t.type == kind and not rawpub.is_header(t)]


# rawpub --------------------------------------------------------------------------------------
def test_looped_runs_the_timestamps_on_sends_the_headers_once_and_stops_at_the_length() -> None:
    one = rawpub.read_tags(CAPTURE)
    video = frames(one)
    span = video[-1] + (video[1] - video[0])
    tags = rawpub.looped(one, seconds=span * 2.5 / 1000)
    assert sum(1 for t in tags if rawpub.is_header(t)) == sum(1 for t in one if rawpub.is_header(t))
    got = frames(tags)
    assert got[: len(video)] == video
    # The second loop is the first shifted by one constant, past the first loop's last tag.
    offset = got[len(video)] - video[0]
    assert got[len(video) : 2 * len(video)] == [v + offset for v in video]
    assert offset > max(t.timestamp for t in one)
    assert max(t.timestamp for t in tags) < span * 2.5
    assert len(got) == pytest.approx(2.5 * len(video), abs=3)
    assert all(b >= a for a, b in itertools.pairwise(got))


def test_spoiled_slips_the_two_bad_tags_before_the_first_frame_at_the_time() -> None:
    tags = rawpub.looped(rawpub.read_tags(CAPTURE), 4.0)
    bad, at = rawpub.spoiled(tags, 1.5)
    assert len(bad) == len(tags) + 2
    i = next(i for i, t in enumerate(bad) if t.data == rawpub.OVERRUN)
    assert bad[i + 1].data == rawpub.CUT
    assert bad[i + 2].timestamp == at >= 1500
    assert bad[i].timestamp == bad[i + 1].timestamp == at
    earlier = [t.timestamp for t in tags if t.type == TagType.VIDEO and not rawpub.is_header(t)]
    assert max(x for x in earlier if x < at) < 1500


def test_publish_speaks_rtmp_to_ffmpeg_and_paces_by_the_timestamps(tmp_path: Path) -> None:
    ffmpeg = find_ffmpeg(Settings())
    tags = rawpub.read_tags(CAPTURE)
    port = free_port()
    out = tmp_path / "got.flv"
    url = f"rtmp://{LOOPBACK}:{port}/live/x"
    cmd = [ffmpeg, "-hide_banner", "-loglevel", "error", "-listen", "1", "-f", "flv",
           "-i", url, "-c", "copy", "-f", "flv", str(out)]  # fmt: skip
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_listening_passive(port)
        done = asyncio.run(rawpub.publish(port, "live", "x", tags))
        finished = time.time()
        proc.wait(30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert done.completed, done
    assert done.statuses == ["NetStream.Publish.Start"]
    assert done.sent == len(tags)
    # Paced: the last tag went out no sooner than its timestamp after the first.
    assert done.connect_at <= done.started_at <= done.first_tag_at
    span = (max(t.timestamp for t in tags) - tags[0].timestamp) / 1000
    assert finished - done.first_tag_at >= span - 0.02
    back = FlvReader().feed(out.read_bytes())
    assert frames(back) == frames(tags)
    assert frames(back, TagType.AUDIO) == frames(tags, TagType.AUDIO)


# procstat ------------------------------------------------------------------------------------
def test_anonymous_memory_grows_with_what_the_process_allocates() -> None:
    before = procstat.anon_bytes(os.getpid())
    assert before is not None and before > 0
    block = bytearray(64 << 20)
    block[::4096] = b"x" * len(block[::4096])  # touch every page
    after = procstat.anon_bytes(os.getpid())
    assert after is not None and after - before >= 60 << 20
    mem = procstat.tree_memory([os.getpid()])
    assert mem.anon is not None and mem.anon >= after - (8 << 20)
    del block


# backends ------------------------------------------------------------------------------------
def test_trailing_parts_count_only_the_parts_after_the_last_segment() -> None:
    text = "\n".join([
        "#EXTM3U", "#EXT-X-PART:DURATION=0.200,URI=\"part-0.0.m4s\"", "#EXTINF:2.000,",
        "seg-0.m4s", "#EXT-X-PART:DURATION=0.200,URI=\"part-1.0.m4s\"",
        "#EXT-X-PART:DURATION=0.133,URI=\"part-1.1.m4s\"",
        "#EXT-X-PRELOAD-HINT:TYPE=PART,URI=\"part-1.2.m4s\"",
    ])  # fmt: skip
    assert backends.trailing_parts_s(text) == pytest.approx(0.333)
    assert backends.trailing_parts_s("#EXTM3U\n#EXTINF:2.0,\nseg-0.m4s\n") == 0.0


def _cost(cpu1: float, idle: float, one: float, many: float, n: int = 8) -> backends.Cost:
    return backends.Cost(idle, idle, cpu1, one, one, cpu1 * n, many, many, n, 0.01)


def test_rows_give_ratios_against_ffmpeg_alone_for_cpu_and_the_ffmpeg_backend_for_latency() -> None:
    mb = 1e6
    startup = {
        s: [backends.Startup(0.25 if s in backends.BACKENDS else None, 2.0 + i / 10, 0.01)]
        for i, s in enumerate(backends.SYSTEMS)
    }
    cost = {
        "native": _cost(0.03, 80 * mb, 90 * mb, 90 * mb + 7 * 12 * mb),
        "ffmpeg": _cost(0.04, 80 * mb, 100 * mb, 100 * mb + 7 * 20 * mb),
        "ffmpeg-alone": _cost(0.01, 6 * mb, 13 * mb, 13 * mb + 7 * 14 * mb),
        "nginx-rtmp": _cost(0.008, 4 * mb, 4.2 * mb, 4.3 * mb),
    }
    lat = {
        "native": [{"server": {"pdt_lag": {"median": 0.05, "p95": 0.06}},
                    "browser": {"median_ms": 1100}}],
        "ffmpeg": [{"server": {"pdt_lag": {"median": 0.04, "p95": 0.05}},
                    "browser": {"median_ms": 1000}}],
    }  # fmt: skip
    got = {(r.item, r.metric): r for r in backends.rows(
        {"startup": startup, "cost": cost, "latency": lat})}  # fmt: skip
    cpu = got[("Sender native", "CPU % of a core, 1 stream")]
    assert cpu.reference_name == "ffmpeg alone" and cpu.ratio == pytest.approx(3.0)
    per = got[("Sender native", "anonymous MB added per stream, 1 -> 8")]
    assert per.sender == pytest.approx(12.0) and per.reference == pytest.approx(14.0)
    first = got[("Sender native", "anonymous MB added by the 1st stream")]
    assert first.sender == pytest.approx(10.0)
    seg = got[("nginx-rtmp", "first segment listed, s after connect")]
    assert seg.reference_name == "Sender ffmpeg" and seg.ratio == pytest.approx(2.3 / 2.1)
    assert ("nginx-rtmp", "first part listed, s after connect") not in got
    lag = got[("Sender native", "LL part PDT lag p50 ms (blocking reload)")]
    assert lag.reference_name == "Sender ffmpeg" and lag.ratio == pytest.approx(1.25)
    assert got[("Sender native", "browser playhead ms behind (hls.js p50)")].ratio == 1.1


# ladder --------------------------------------------------------------------------------------
def test_ladder_command_decodes_once_and_writes_one_hls_output_per_rung(tmp_path: Path) -> None:
    cmd = ladder.ladder_command("ffmpeg", "rtmp://127.0.0.1:1/live/x", tmp_path, ladder.rungs())
    assert cmd.count("-i") == 1 and cmd.count("-listen") == 1
    assert cmd.count("-f") == 4  # the flv input and three hls outputs
    assert [a for a in cmd if a.startswith("scale=")] == [
        "scale=1280:720", "scale=854:480", "scale=640:360"
    ]  # fmt: skip
    rates = [cmd[i + 1] for i, a in enumerate(cmd) if a == "-b:v"]
    assert rates == [f"{PRESETS[n].video_kbps}k" for n in ladder.RUNGS]
    outs = [a for a in cmd if a.endswith("index.m3u8")]
    assert outs == [str(tmp_path / n / "index.m3u8") for n in ladder.RUNGS]
    assert cmd.count("libx264") == 3 and cmd.count("veryfast") == 3


def test_a_rendition_keeps_real_time_when_its_segments_come_as_fast_as_they_last() -> None:
    steady = ladder.Track(appeared=[(10.0 + 2 * i, 2.0) for i in range(8)])
    assert steady.rate() == pytest.approx(1.0)
    slow = ladder.Track(appeared=[(10.0 + 2.2 * i, 2.0) for i in range(8)])
    assert slow.rate() == pytest.approx(2 / 2.2)
    assert math.isnan(ladder.Track(appeared=[(1.0, 2.0)]).rate())
    ok, why = ladder.keeps_real_time([steady], 9.0, 25.0)
    assert ok and why == ""
    ok, why = ladder.keeps_real_time([steady, slow], 9.0, 26.0)
    assert not ok and "0.909x real time" in why
    late = ladder.Track(appeared=[(10.0, 2.0), (12.0, 2.0), (14.0, 2.0), (18.0, 2.0)])
    ok, why = ladder.keeps_real_time([late], 9.0, 19.0)
    assert not ok and "4.00 s after the previous one" in why


def test_a_failed_capacity_step_shows_the_first_line_of_its_reason() -> None:
    from bench import capacity

    step = capacity._failed_start(128, "the publisher of cap124 exited (255); the log:\nTraceback")
    table = capacity.describe([step.as_dict()])
    assert "| 128 | NO |" in table
    assert "exited (255); the log: |" in table and "Traceback" not in table
    assert "carried 0 stream(s) on time" in table


def test_a_revision_is_checked_out_apart_and_its_sources_come_first(tmp_path: Path) -> None:
    from bench.ab import REPO, checkouts, sources_first

    with checkouts([".", "HEAD"], tmp_path) as trees:
        tree = trees["HEAD"]
        assert trees["."] == REPO and tree != REPO and (tree / "src/sender").is_dir()
        with sources_first(tree):
            found = subprocess.run(
                [sys.executable, "-c", "import sender; print(sender.__file__)"],
                cwd=REPO, capture_output=True, text=True, check=True,
            ).stdout.strip()  # fmt: skip
        assert Path(found).resolve().is_relative_to(tree.resolve())
    assert not tree.exists()  # the worktree is gone with the run
