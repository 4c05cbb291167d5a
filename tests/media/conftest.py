"""Short FLV files made with real ffmpeg, split into tags."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from sender.config import Settings, find_ffmpeg
from sender.rtmp.flv import FlvReader, FlvTag

FPS = 15
GOP = 15  # a keyframe every second


@pytest.fixture(scope="session")
def ffmpeg_exe() -> str:
    return find_ffmpeg(Settings())


MakeFlv = Callable[..., Path]


@pytest.fixture
def make_flv(ffmpeg_exe: str, tmp_path: Path) -> MakeFlv:
    """`make_flv(seconds, video=True, audio=True)`: a 160x120 H.264/AAC FLV file."""

    def make(seconds: float = 3.0, *, video: bool = True, audio: bool = True) -> Path:
        assert video or audio
        name = ("v" if video else "") + ("a" if audio else "")
        path = tmp_path / f"{name}-{seconds}.flv"
        argv = [ffmpeg_exe, "-v", "error", "-y"]
        if video:
            argv += ["-f", "lavfi", "-i", f"testsrc2=size=160x120:rate={FPS}"]
        if audio:
            argv += ["-f", "lavfi", "-i", "sine=frequency=440:sample_rate=44100"]
        argv += ["-t", str(seconds)]
        if video:
            argv += ["-c:v", "libx264", "-preset", "ultrafast", "-g", str(GOP)]
            argv += ["-pix_fmt", "yuv420p"]
        if audio:
            argv += ["-c:a", "aac", "-b:a", "48k"]
        argv += ["-f", "flv", str(path)]
        subprocess.run(argv, check=True, capture_output=True, timeout=60)
        return path

    return make


def read_tags(path: Path) -> list[FlvTag]:
    return FlvReader().feed(path.read_bytes())


@pytest.fixture
def flv_tags(make_flv: MakeFlv) -> Callable[..., list[FlvTag]]:
    """`flv_tags(seconds, video=True, audio=True)`: the tags of a fresh FLV file."""

    def tags(seconds: float = 3.0, *, video: bool = True, audio: bool = True) -> list[FlvTag]:
        return read_tags(make_flv(seconds, video=video, audio=audio))

    return tags
