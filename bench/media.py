"""The benchmark's media: one pre-encoded 720p30 FLV, publishers that replay it, ffmpeg alone.

The FLV is encoded once (x264 at a constant ~4 Mbit/s, a keyframe a second, AAC
audio), so a 2 s segment is about 1 MB and no encoder's CPU is in any
measurement: publishers only copy it to RTMP in real time (`-re -c copy`).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
from pathlib import Path

from sender.config import Settings, find_ffmpeg

VIDEO_BITRATE_K = 4000
AUDIO_BITRATE_K = 128
SIZE = "1280x720"
RATE = 30


def ffmpeg_executable() -> str:
    # Sender's own rule (SENDER_FFMPEG_EXECUTABLE, PATH, imageio-ffmpeg): one ffmpeg everywhere.
    return find_ffmpeg(Settings())


def encode_command(ffmpeg: str, out: Path, seconds: int) -> list[str]:
    return [
        ffmpeg, "-hide_banner", "-loglevel", "error", "-nostats", "-y",
        "-f", "lavfi", "-i", f"testsrc2=size={SIZE}:rate={RATE}",
        "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000",
        "-t", str(seconds),
        "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p",
        "-g", str(RATE), "-keyint_min", str(RATE), "-sc_threshold", "0",
        "-b:v", f"{VIDEO_BITRATE_K}k", "-minrate", f"{VIDEO_BITRATE_K}k",
        "-maxrate", f"{VIDEO_BITRATE_K}k", "-bufsize", f"{VIDEO_BITRATE_K // 2}k",
        # Filler makes the rate constant, so every 2 s segment is about 1 MB.
        "-x264-params", "nal-hrd=cbr",
        "-c:a", "aac", "-b:a", f"{AUDIO_BITRATE_K}k", "-ar", "48000",
        "-f", "flv", str(out),
    ]  # fmt: skip


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sender-bench"


def pattern_flv(ffmpeg: str, seconds: int = 20) -> Path:
    """The test FLV, encoded on first use and kept in the cache dir (keyed by its command)."""
    probe = encode_command(ffmpeg, Path("OUT"), seconds)[1:]
    digest = hashlib.sha256("\0".join(probe).encode()).hexdigest()[:12]
    path = cache_dir() / f"pattern-720p30-{digest}.flv"
    if path.exists() and path.stat().st_size > 0:
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp.flv")
    subprocess.run(encode_command(ffmpeg, tmp, seconds), check=True, timeout=600)
    os.replace(tmp, path)
    return path


def publish_command(ffmpeg: str, flv: Path, url: str, seconds: float) -> list[str]:
    """Replay the FLV to an RTMP URL in real time, looping, for `seconds` of output."""
    return [
        ffmpeg, "-hide_banner", "-loglevel", "error", "-nostats",
        "-re", "-stream_loop", "-1", "-i", str(flv),
        "-t", f"{seconds:g}", "-c", "copy", "-f", "flv", url,
    ]  # fmt: skip


def ffmpeg_hls_command(ffmpeg: str, listen_url: str, out_dir: Path, segment_s: float) -> list[str]:
    """ffmpeg alone as the RTMP server, remuxing to fMP4 HLS on disk: the lean reference."""
    return [
        ffmpeg, "-hide_banner", "-loglevel", "error", "-nostats",
        "-listen", "1", "-f", "flv", "-i", listen_url,
        "-map", "0:v?", "-map", "0:a?", "-c", "copy",
        "-f", "hls", "-hls_segment_type", "fmp4", "-hls_time", f"{segment_s:g}",
        "-hls_list_size", "10", "-hls_flags", "delete_segments+independent_segments",
        "-hls_fmp4_init_filename", "init.mp4",
        "-hls_segment_filename", str(out_dir / "seg-%d.m4s"),
        str(out_dir / "index.m3u8"),
    ]  # fmt: skip


def spawn(cmd: list[str], log: Path | None = None) -> subprocess.Popen[bytes]:
    stderr = open(log, "ab") if log is not None else subprocess.DEVNULL  # noqa: SIM115
    try:
        return subprocess.Popen(
            cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=stderr
        )
    finally:
        if log is not None:
            stderr.close()  # type: ignore[union-attr]


def stop(proc: subprocess.Popen[bytes], timeout_s: float = 10.0) -> None:
    """Ask a child to stop (SIGTERM), then kill it if it does not."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout_s)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout_s)
