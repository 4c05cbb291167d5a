"""The ffmpeg argv: FLV from stdin, fMP4 renditions on pipes."""

from __future__ import annotations

import pytest

from sender.media.command import PER_FRAME_S, SOURCE_OUTPUT, Output, build_ffmpeg_command


def option(argv: list[str], name: str) -> str:
    return argv[argv.index(name) + 1]


def test_source_rendition_copies_flv_from_stdin_to_fragmented_mp4_on_stdout() -> None:
    argv = build_ffmpeg_command("/opt/ffmpeg", fragment_s=0.2)
    assert argv[0] == "/opt/ffmpeg"
    i = argv.index("-i")
    assert argv[i - 2 : i + 2] == ["-f", "flv", "-i", "pipe:0"]
    assert argv[-1] == "pipe:1"
    out = argv[i + 2 :]
    assert out[:4] == ["-map", "0:v?", "-map", "0:a?"]
    assert option(out, "-c") == "copy"
    assert option(out, "-f") == "mp4"
    assert option(out, "-movflags") == "+frag_keyframe+empty_moov+default_base_moof"
    assert option(out, "-frag_duration") == "200000"
    assert "-tag:v" not in out
    # A track that stops does not hold the other up (10 s by default).
    assert option(out, "-max_interleave_delta") == "300000"


def test_fast_start_options_are_input_options() -> None:
    argv = build_ffmpeg_command("ffmpeg", fragment_s=0.2)
    before_input = argv[: argv.index("-i")]
    assert option(before_input, "-analyzeduration") == "100000"
    assert option(before_input, "-fpsprobesize") == "0"
    # nobuffer lost fragments when measured; a tiny probesize broke video+audio detection.
    assert "nobuffer" not in argv
    assert "-probesize" not in argv


def test_stderr_is_quiet() -> None:
    argv = build_ffmpeg_command("ffmpeg", fragment_s=0.2)
    assert {"-hide_banner", "-nostats", "-nostdin"} <= set(argv)
    assert option(argv, "-loglevel") == "warning"
    assert (
        option(build_ffmpeg_command("ffmpeg", fragment_s=0.2, loglevel="info"), "-loglevel")
        == "info"
    )


@pytest.mark.parametrize(
    ("fragment_s", "micros"), [(PER_FRAME_S, "1"), (0.05, "50000"), (1.0, "1000000")]
)
def test_fragment_duration_is_what_the_backend_asks(fragment_s: float, micros: str) -> None:
    argv = build_ffmpeg_command("ffmpeg", fragment_s=fragment_s)
    assert option(argv, "-frag_duration") == micros


def test_hevc_copied_is_tagged_hvc1_and_encoded_rungs_are_not() -> None:
    rung = Output("360p", fd=3, codec_args=("-c:v", "libx264"), copy=False)
    argv = build_ffmpeg_command(
        "ffmpeg", fragment_s=PER_FRAME_S, outputs=[SOURCE_OUTPUT, rung], source_hevc=True
    )
    first = argv.index("pipe:1")
    assert option(argv[:first], "-tag:v") == "hvc1"
    assert "-tag:v" not in argv[first:]


def test_each_rendition_is_one_output_on_its_own_pipe() -> None:
    low = Output("360p", fd=3, codec_args=("-c:v", "libx264", "-s", "640x360", "-c:a", "copy"))
    argv = build_ffmpeg_command("ffmpeg", fragment_s=0.5, outputs=[SOURCE_OUTPUT, low])
    assert argv.count("-i") == 1
    assert argv.count("-frag_duration") == 2
    assert argv.count("0:v?") == 2
    first = argv.index("pipe:1")
    second = argv.index("pipe:3")
    assert first < second
    assert argv[second - 2 : second + 1] == ["-frag_duration", "500000", "pipe:3"]
    assert "640x360" in argv[first + 1 : second]
    assert "640x360" not in argv[:first]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"fragment_s": 0}, "fragment_s must be positive"),
        ({"fragment_s": 0.2, "outputs": []}, "at least one output"),
        (
            {"fragment_s": 0.2, "outputs": [Output("a"), Output("a", fd=3)]},
            "names must be unique",
        ),
        ({"fragment_s": 0.2, "outputs": [Output("a"), Output("b")]}, "pipes must be distinct"),
        ({"fragment_s": 0.2, "outputs": [Output("a", fd=2)]}, "cannot be stdin or stderr"),
        ({"fragment_s": 0.2, "outputs": [Output("a", fd=0)]}, "cannot be stdin or stderr"),
    ],
)
def test_invalid_arguments_are_refused(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        build_ffmpeg_command("ffmpeg", **kwargs)  # type: ignore[arg-type]
