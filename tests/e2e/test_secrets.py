"""Secrets stay out of logs and metrics: stream keys in the wrong RTMP field, ffmpeg's errors."""

from __future__ import annotations

import asyncio
import logging
import socket
import sys
from pathlib import Path

import pytest

from sender.app import Node
from sender.demo import mask_key
from sender.domain.keys import redact_app
from tests.e2e.conftest import Client, publish

pytestmark = pytest.mark.e2e

SENDER = str(Path(sys.executable).with_name("sender"))
KEY = "0123456789ab.SecretSecretSecretSecret00"


@pytest.mark.parametrize(
    ("app", "shown"),
    [
        ("live", "live"),
        ("/live/", "live"),
        (f"live/{KEY}", "live/***"),
        (f"live?key={KEY}", "live?***"),
        (KEY, "***"),
        (f"{KEY}/live", "***/***"),
        ("x" * 200, "***"),
    ],
)
def test_what_a_log_shows_of_an_app_name(app: str, shown: str) -> None:
    assert redact_app(app) == shown


def test_publisher_lines_show_a_key_by_its_id_and_another_service_key_not_at_all() -> None:
    line = f"Error opening output rtmp://h/live/{KEY}: I/O error (secret {KEY.split('.')[1]})"
    assert mask_key(line, KEY) == (
        "Error opening output rtmp://h/live/0123456789ab.***: I/O error (secret ***)"
    )
    other = "live_4432_AbCdEfGhIjK"  # a key of another service: no id to show
    assert mask_key(f"rtmp://a.example/app/{other} failed", other) == (
        "rtmp://a.example/app/*** failed"
    )


async def test_a_key_sent_in_the_app_name_reaches_no_log_and_no_metric(
    client: Client, node: Node, ffmpeg: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    _, key = await client.create_stream("obs")
    secret = key.split(".", 1)[1]
    # OBS with the whole publish URL as its server and the key in the key field:
    # ffmpeg, like OBS, then sends app "live/<key>" and stream name "<key>".
    publisher = await publish(ffmpeg, f"{node.rtmp_url}/{key}/{key}", seconds=2)
    assert await publisher.wait() != 0  # refused: the app is not "live"
    refusals = [r.getMessage() for r in caplog.records if "publish refused" in r.getMessage()]
    assert refusals and "bad_app" in refusals[0] and "app=live/***" in refusals[0], refusals
    assert secret not in caplog.text  # every record as formatted, tracebacks included
    status, _, metrics = await client.get("/metrics")
    assert status == 200 and b'reason="bad_app"' in metrics
    assert secret.encode() not in metrics


async def test_publish_test_masks_the_key_in_ffmpegs_error_lines(tmp_path: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # bound, never listening: the publish fails at once
        proc = await asyncio.create_subprocess_exec(
            SENDER,
            "publish-test",
            f"rtmp://127.0.0.1:{port}/live/{KEY}",
            "--duration",
            "2",
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        out, err = await asyncio.wait_for(proc.communicate(), 60)
    text = (out + err).decode()
    assert proc.returncode != 0
    assert "Secret" not in text
    # ffmpeg's own lines still arrive, with the key shown by its id only.
    assert "Connection refused" in text
    assert f"rtmp://127.0.0.1:{port}/live/0123456789ab.***" in text
