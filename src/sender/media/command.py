"""The ffmpeg command line: FLV on stdin, fragmented MP4 renditions on pipes (pure).

Every rendition is one ffmpeg output with its own pipe, so an encoding ladder
is more `Output`s in one process that reads, demuxes and decodes the input
once: the copy rendition ("source") in the media backend's process, the rungs
of a ladder in the transcoder's (media.transcoder builds their codec options).

Input options, measured on a paced (real-time) 160x120 FLV, from the first tag
written to the `moov` (the first fragment follows one part target later):

    ffmpeg defaults                         2.7-3.0 s (the whole 3 s input: it
                                            probes 5 s / 5 MB before writing)
    -fflags nobuffer                        same start, but fragments went missing
    -probesize 32768 -analyzeduration 0     0.8-1.0 s; audio-only 3 s (0 = default)
    -probesize 32                           video+audio fails ("dimensions not set")
    -analyzeduration 100000                 av 0.16 s, video 0.14 s, audio 0.16 s
    -analyzeduration 100000 -fpsprobesize 0 av 0.03 s, video 0.14 s, audio 0.16 s
    -flush_packets 1                        no change: the muxer flushes per fragment

So: a short analysis window (tracks whose first tag comes later than this are
not detected; RTMP encoders send both sequence headers first, and the backend
replays them first after a restart), no frame-rate probing (copy does not need
it), and the default probesize (a cap, not a wait) so a large keyframe fits.

Output: when one track stops (an encoder whose audio source went away) the
muxer waits for it before it writes the other, by default up to 10 s of
media (`max_interleave_delta`); measured on a paced 15 fps stream whose audio
stopped after 2 s, nothing more came out for the remaining 6 s, which a
player sees as a frozen stream and the supervisor as a stalled ffmpeg. With
0.3 s the video goes on after a 0.5 s gap. Live encoders interleave their
tracks far closer than that.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sender.domain.renditions import SOURCE

# Long enough to tolerate the first audio and video tags arriving a little apart.
ANALYZE_DURATION_US = 100_000
# How far one track may run ahead of a silent other before the muxer writes it (see above).
MAX_INTERLEAVE_DELTA_US = 300_000

# frag_keyframe: a fragment starts at each keyframe, so segments can be cut there;
# empty_moov: the init segment comes first, before any media;
# default_base_moof: offsets relative to each moof, as CMAF requires.
# Not `+cmaf`: ffmpeg 9 then drops the edit list, and with B-frames stretches the
# first frame by the reorder delay (measured: 0.199 s for a 0.066 s frame) to start
# at zero. The in-process muxer writes the CMAF brand; this backend does not claim it.
MOVFLAGS = "+frag_keyframe+empty_moov+default_base_moof"

# A fragment duration below any frame's: ffmpeg then writes a fragment per video
# frame, and the packager groups them into parts of exactly PART-TARGET or less.
PER_FRAME_S = 1e-6

STDOUT = 1
# How often an ffmpeg asked for its progress reports it.
PROGRESS_PERIOD_S = 1.0


@dataclass(frozen=True, slots=True)
class Output:
    """One rendition: a name, the child's file descriptor it is written to, its codec options.

    `copy`: the rendition is the encoder's own stream, remuxed (its codec is the source's).
    """

    name: str
    fd: int = STDOUT
    codec_args: tuple[str, ...] = field(default=("-c", "copy"))
    copy: bool = True


SOURCE_OUTPUT = Output(SOURCE)


def build_ffmpeg_command(
    ffmpeg: str,
    *,
    fragment_s: float,
    outputs: Sequence[Output] = (SOURCE_OUTPUT,),
    source_hevc: bool = False,
    loglevel: str = "warning",
    progress: bool = False,
) -> list[str]:
    """The argv of an ffmpeg that reads FLV from stdin and writes each output as fMP4.

    `fragment_s` is the fragment duration asked for (PER_FRAME_S: one per frame).
    `source_hevc`: the encoder sends HEVC, which copy outputs package as `hvc1`
    (parameter sets in the sample entry), the sample entry Apple's players take;
    ffmpeg's default, `hev1`, they refuse.
    `progress`: ffmpeg reports its progress (`key=value` lines, `speed=` among
    them) on stderr every PROGRESS_PERIOD_S, for the transcoder's speed.
    """
    if fragment_s <= 0:
        raise ValueError(f"fragment_s must be positive, not {fragment_s}")
    if not outputs:
        raise ValueError("at least one output is needed")
    names = [o.name for o in outputs]
    if len(set(names)) != len(names):
        raise ValueError(f"output names must be unique: {names}")
    fds = [o.fd for o in outputs]
    if len(set(fds)) != len(fds):
        raise ValueError(f"output pipes must be distinct: {fds}")
    if any(fd < 1 or fd == 2 for fd in fds):
        raise ValueError(f"an output pipe cannot be stdin or stderr: {fds}")

    argv = [
        ffmpeg,
        "-hide_banner",
        "-nostats",
        "-nostdin",  # no interactive keys: stdin is the media
        "-loglevel",
        loglevel,
        "-analyzeduration",
        str(ANALYZE_DURATION_US),
        "-fpsprobesize",
        "0",
        "-f",
        "flv",
        "-i",
        "pipe:0",
    ]
    if progress:
        argv += ["-progress", "pipe:2", "-stats_period", f"{PROGRESS_PERIOD_S:g}"]
    frag_duration_us = max(1, round(fragment_s * 1_000_000))
    for output in outputs:
        tag = ("-tag:v", "hvc1") if output.copy and source_hevc else ()
        argv += [
            # Only audio and video: GStreamer's flvmux adds a data stream that ffmpeg
            # reads as a subtitle track, and an mp4 output with it fails.
            "-map",
            "0:v?",
            "-map",
            "0:a?",
            *output.codec_args,
            *tag,
            "-f",
            "mp4",
            "-max_interleave_delta",
            str(MAX_INTERLEAVE_DELTA_US),
            "-movflags",
            MOVFLAGS,
            "-frag_duration",
            str(frag_duration_us),
            f"pipe:{output.fd}",
        ]
    return argv


# The keys of ffmpeg's `-progress` report (one `key=value` line each, a block ending
# with `progress=continue` or `progress=end`); `stream_N_M_q` lines carry each encoder's q.
PROGRESS_KEYS = frozenset(
    {
        "frame",
        "fps",
        "bitrate",
        "total_size",
        "out_time_us",
        "out_time_ms",
        "out_time",
        "dup_frames",
        "drop_frames",
        "speed",
        "progress",
    }
)


def progress_line(text: str) -> tuple[str, str] | None:
    """(key, value) of a `-progress` line; None for anything else ffmpeg writes to stderr."""
    key, sep, value = text.partition("=")
    if not sep or " " in key:
        return None
    if key in PROGRESS_KEYS or (key.startswith("stream_") and key.endswith("_q")):
        return key, value.strip()
    return None
