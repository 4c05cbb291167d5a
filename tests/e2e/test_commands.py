"""The node commands as a user runs them: `sender demo`, `sender serve`, `sender doctor`."""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import signal
import stat
import sys
from collections.abc import Callable
from pathlib import Path

import aiohttp
import m3u8
import pytest

from sender import demo
from sender.app import start_node
from sender.control import keys as key_ops
from sender.media.process import spawn
from tests.e2e.conftest import Client, complete, e2e_settings, processes, publish

pytestmark = pytest.mark.e2e

SENDER = str(Path(sys.executable).with_name("sender"))


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SENDER_")}
    env.update(
        SENDER_DATA_DIR=str(tmp_path / "data"),
        SENDER_HTTP_HOST="127.0.0.1",
        SENDER_HTTP_PORT="0",
        SENDER_RTMP_HOST="127.0.0.1",
        SENDER_RTMP_PORT="0",
        SENDER_SEGMENT_TARGET_S="1.0",
    )
    env.update(extra)
    return env


def _descendants(pid: int) -> list[int]:
    """Every live process below `pid`."""
    children: dict[int, list[int]] = {}
    for proc in processes():
        if proc.state != "Z":
            children.setdefault(proc.ppid, []).append(proc.pid)
    found: list[int] = []
    todo = [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def _alive(pids: list[int]) -> list[int]:
    """The pids still running (a zombie awaiting its parent counts as gone)."""
    running = {p.pid for p in processes() if p.state != "Z"}
    return [pid for pid in pids if pid in running]


async def _poll(check: Callable[[], bool], timeout: float) -> bool:
    for _ in range(int(timeout / 0.2)):
        if check():
            return True
        await asyncio.sleep(0.2)
    return check()


async def test_demo_publishes_plays_and_stops_cleanly(tmp_path: Path) -> None:
    proc = await asyncio.create_subprocess_exec(
        SENDER,
        "demo",
        env=_env(tmp_path),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    assert proc.stdout is not None
    hls_url = None
    try:
        async with asyncio.timeout(60):
            while hls_url is None:
                line = (await proc.stdout.readline()).decode()
                assert line, "demo exited before printing its URLs"
                if m := re.search(r"HLS:\s+(\S+)", line):
                    hls_url = m.group(1)
        assert "/watch/demo" in (await proc.stdout.readline()).decode()
        async with aiohttp.ClientSession() as http:
            media = hls_url.rsplit("/", 1)[0] + "/source/index.m3u8"
            async with asyncio.timeout(60):
                while True:
                    async with http.get(media) as r:
                        if r.status == 200:
                            playlist = m3u8.loads(await r.text())
                            if len(complete(playlist)) >= 2:
                                break
                    await asyncio.sleep(0.3)
        below = _descendants(proc.pid)
        assert len(below) >= 1  # the publisher (the default backend remuxes in process)
    finally:
        proc.send_signal(signal.SIGINT)
        code = await asyncio.wait_for(proc.wait(), 30)
    assert code == 0
    assert _alive(below) == []
    assert proc.stderr is not None
    logged = (await proc.stderr.read()).decode()
    secret = (tmp_path / "data" / "demo-key").read_text().strip().split(".", 1)[1]
    assert "publish authorized" in logged and secret not in logged


async def test_killing_the_server_takes_ffmpeg_with_it(tmp_path: Path) -> None:
    # The ffmpeg backend: a remuxing ffmpeg per publish besides the demo's publisher.
    proc = await asyncio.create_subprocess_exec(
        SENDER,
        "demo",
        env=_env(tmp_path, SENDER_BACKEND="ffmpeg"),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
    )
    assert proc.stdout is not None
    async with asyncio.timeout(60):
        while "HLS:" not in (await proc.stdout.readline()).decode():
            pass
    assert await _poll(lambda: len(_descendants(proc.pid)) >= 2, 30)
    below = _descendants(proc.pid)
    proc.kill()  # SIGKILL: no shutdown code runs; the parent-death signal must do it
    await proc.wait()
    assert await _poll(lambda: _alive(below) == [], 20), _alive(below)


async def _doctor(tmp_path: Path, cwd: Path | None = None, **env: str) -> tuple[int, str]:
    proc = await asyncio.create_subprocess_exec(
        SENDER, "doctor", env=_env(tmp_path, **env), stdout=asyncio.subprocess.PIPE, cwd=cwd
    )
    out, _ = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode is not None
    return proc.returncode, out.decode()


async def test_doctor_on_a_fresh_machine_is_ready_and_creates_nothing(tmp_path: Path) -> None:
    env = {k: v for k, v in _env(tmp_path).items() if k != "SENDER_DATA_DIR"}
    proc = await asyncio.create_subprocess_exec(
        SENDER, "doctor", env=env, stdout=asyncio.subprocess.PIPE, cwd=tmp_path
    )
    out, _ = await asyncio.wait_for(proc.communicate(), 60)
    text = out.decode()
    assert proc.returncode == 0, text
    assert "[FAIL]" not in text
    assert f"[ok] data dir: {tmp_path / 'sender-data'} (not there yet" in text
    assert "[ok] store:" in text and "creates and migrates it at first start" in text
    assert os.listdir(tmp_path) == []  # no ./sender-data, no database, no spool


async def test_doctor_reports_ready_and_not_ready(tmp_path: Path) -> None:
    code, out = await _doctor(tmp_path)
    assert code == 0, out
    assert "[ok] ffmpeg" in out and "[ok] spool" in out and "[ok] store" in out
    node = await start_node(e2e_settings(tmp_path))  # creates and migrates the same SQLite file
    try:
        code, out = await _doctor(tmp_path)
        assert code == 0, out
        assert "schema current" in out
        assert f"in use by the node with pid {os.getpid()}" in out
    finally:
        await node.close()
    code, out = await _doctor(tmp_path, SENDER_FFMPEG_EXECUTABLE="/nonexistent/ffmpeg")
    assert code == 1 and "[FAIL] ffmpeg" in out
    (tmp_path / "file").write_text("")
    code, out = await _doctor(tmp_path, SENDER_SPOOL_ROOT=str(tmp_path / "file" / "spool"))
    assert code == 1 and "[FAIL] spool" in out and "is not a directory" in out


async def test_serve_with_bad_setting_says_which(tmp_path: Path) -> None:
    proc = await asyncio.create_subprocess_exec(
        SENDER,
        "serve",
        env=_env(tmp_path, SENDER_HTTP_PORT="eighty"),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    _, err = await asyncio.wait_for(proc.communicate(), 30)
    assert proc.returncode == 2
    lines = err.decode().strip().splitlines()
    assert len(lines) == 1 and "SENDER_HTTP_PORT" in lines[0]
    proc = await asyncio.create_subprocess_exec(
        SENDER,
        "serve",
        env=_env(tmp_path, SENDER_FFMPEG_EXECUTABLE="/nonexistent/ffmpeg"),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    _, err = await asyncio.wait_for(proc.communicate(), 30)
    assert proc.returncode == 2 and "SENDER_FFMPEG_EXECUTABLE" in err.decode()
    assert "Traceback" not in err.decode()


@pytest.mark.parametrize("backend", ["ffmpeg", "native"])
async def test_restart_resumes_the_active_generation(
    tmp_path: Path, ffmpeg: str, backend: str
) -> None:
    settings = e2e_settings(tmp_path, backend=backend)
    node = await start_node(settings)
    async with aiohttp.ClientSession() as http:
        client = Client(node=node, http=http)
        _, key = await client.create_stream("durable")
        first = await publish(ffmpeg, f"{node.rtmp_url}/{key}", seconds=3)
        info = await client.wait_state("durable", "live")
        assert await first.wait() == 0
        before = await client.wait_segments(info["hls_url"], 2)
        last_before = int(complete(before)[-1].uri.split("seg-")[1].split(".")[0])
    await node.close()

    node = await start_node(settings)
    try:
        async with aiohttp.ClientSession() as http:
            client = Client(node=node, http=http)
            info2 = await client.api("GET", "/api/v1/playback/durable")
            assert info2["generation_id"] == info["generation_id"]
            assert info2["state"] == "live"
            # Until the encoder returns, the playlist serves the window it had.
            waiting = await client.media_playlist(info2["hls_url"])
            kept = [int(s.uri.split("seg-")[1].split(".")[0]) for s in complete(waiting)]
            assert kept and kept[-1] == last_before
            second = await publish(ffmpeg, f"{node.rtmp_url}/{key}", seconds=3)
            assert await second.wait() == 0
            after = await client.wait_segments(info2["hls_url"], len(kept) + 2)
            new = [
                s for s in complete(after)
                if int(s.uri.split("seg-")[1].split(".")[0]) > last_before
            ]  # fmt: skip
            # The media sequence went on, no reuse of names, after a discontinuity.
            assert new and new[0].discontinuity
            assert after.media_sequence >= waiting.media_sequence
            # New init names too: the old ones are cached as immutable everywhere.
            assert new[0].init_section.uri != complete(before)[0].init_section.uri
    finally:
        await node.close()


async def _serve(tmp_path: Path, **env: str) -> tuple[asyncio.subprocess.Process, str]:
    """`sender serve` running; (process, its HTTP URL from the line it prints)."""
    proc = await asyncio.create_subprocess_exec(
        SENDER,
        "serve",
        env=_env(tmp_path, **env),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    assert proc.stdout is not None
    async with asyncio.timeout(60):
        while True:
            line = (await proc.stdout.readline()).decode()
            assert line, "serve exited before it was running"
            if m := re.search(r"Sender is running: HTTP (\S+)", line):
                return proc, m.group(1)


async def _stop(proc: asyncio.subprocess.Process) -> bytes:
    """SIGTERM, wait, and what the process wrote on stderr."""
    if proc.returncode is None:
        proc.send_signal(signal.SIGTERM)
    _, err = await asyncio.wait_for(proc.communicate(), 30)
    assert proc.returncode == 0, err
    return err


async def test_a_second_node_on_the_same_data_dir_refuses_and_names_the_first(
    tmp_path: Path,
) -> None:
    first, url = await _serve(tmp_path)
    try:
        token = (tmp_path / "data" / "admin-token").read_text().strip()
        headers = {"Authorization": f"Bearer {token}"}
        async with aiohttp.ClientSession(headers=headers) as http:
            async with http.get(url + "/api/v1/endpoints") as r:
                before = (await r.json())["endpoints"]
            second = await asyncio.create_subprocess_exec(
                SENDER,
                "serve",
                env=_env(tmp_path),
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.PIPE,
            )
            out, err = await asyncio.wait_for(second.communicate(), 30)
            assert second.returncode == 1, (out, err)
            lines = err.decode().strip().splitlines()
            assert len(lines) == 1 and f"pid {first.pid}" in lines[0], lines
            assert str((tmp_path / "data").resolve()) in lines[0]
            assert b"Sender is running" not in out
            # The first node still serves, and its endpoint still names it.
            async with http.get(url + "/api/v1/endpoints") as r:
                assert r.status == 200
                after = (await r.json())["endpoints"]
            assert [(e["id"], e["base_url"]) for e in after] == [
                (e["id"], e["base_url"]) for e in before
            ]
            assert before[0]["base_url"] == url
            async with http.get(url + "/healthz") as r:
                assert r.status == 200
    finally:
        await _stop(first)


async def test_serve_runs_on_uvloop_unless_told_otherwise(tmp_path: Path) -> None:
    for env, loop in (({}, "uvloop"), ({"SENDER_EVENT_LOOP": "asyncio"}, "asyncio")):
        proc, url = await _serve(tmp_path, **env)
        try:
            async with aiohttp.ClientSession() as http, http.get(url + "/healthz") as r:
                assert r.status == 200
        finally:
            err = (await _stop(proc)).decode()
        assert f"(event loop: {loop})" in err


async def test_the_admin_token_is_printed_on_a_terminal_only(tmp_path: Path) -> None:
    proc, _ = await _serve(tmp_path)  # stderr is a pipe, as under a service manager
    err = (await _stop(proc)).decode()
    token = (tmp_path / "data" / "admin-token").read_text().strip()
    assert token not in err
    assert f"admin token created in {tmp_path / 'data' / 'admin-token'}" in err

    other = tmp_path / "tty"
    leader, follower = os.openpty()
    try:
        proc = await asyncio.create_subprocess_exec(
            SENDER,
            "serve",
            env=_env(other),
            stdout=asyncio.subprocess.PIPE,
            stderr=follower,
        )
        os.close(follower)
        assert proc.stdout is not None
        async with asyncio.timeout(60):
            while "Sender is running" not in (await proc.stdout.readline()).decode():
                pass
        proc.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(proc.wait(), 30) == 0
        shown = b""
        with contextlib.suppress(OSError):  # EIO once the terminal's last writer is gone
            while chunk := os.read(leader, 65536):
                shown += chunk
    finally:
        os.close(leader)
    token = (other / "data" / "admin-token").read_text().strip()
    assert f"admin token (stored in {other / 'data' / 'admin-token'}): {token}" in shown.decode()


def _modes(root: Path) -> dict[str, int]:
    return {
        str(p.relative_to(root)): stat.S_IMODE(p.stat().st_mode)
        for p in [root, *root.rglob("*")]
    }


async def test_the_data_dir_database_and_spool_are_private(tmp_path: Path, ffmpeg: str) -> None:
    data = tmp_path / "data"
    # What an older version left: a world-readable dir and database.
    data.mkdir(mode=0o755)
    os.chmod(data, 0o755)
    (data / "sender.db").touch()
    os.chmod(data / "sender.db", 0o644)
    node = await start_node(e2e_settings(tmp_path))
    try:
        async with aiohttp.ClientSession() as http:
            client = Client(node=node, http=http)
            _, key = await client.create_stream("media")
            publisher = await publish(ffmpeg, f"{node.rtmp_url}/{key}", seconds=3)
            info = await client.wait_state("media", "live")
            await client.wait_segments(info["hls_url"], 1)
            assert await publisher.wait() == 0
        modes = _modes(data)
        assert (data / "sender.db-wal").exists()  # open: the WAL files are there
    finally:
        await node.close()
    assert modes["."] == 0o700
    for name in ("sender.db", "sender.db-wal", "sender.db-shm", "playback-secret", "node.lock"):
        assert modes[name] == 0o600, (name, oct(modes[name]))
    spool = {k: v for k, v in modes.items() if k.startswith("spool")}
    files = [k for k in spool if k.endswith((".mp4", ".m4s"))]
    assert files, spool
    for name, bits in spool.items():
        limit = 0o750 if (data / name).is_dir() else 0o640
        assert bits & ~limit == 0, (name, oct(bits))
    assert all(bits & 0o007 == 0 for bits in modes.values()), modes


async def test_the_demo_key_is_kept_across_runs_and_replaced_once_revoked(tmp_path: Path) -> None:
    settings = e2e_settings(tmp_path)
    node = await start_node(settings)
    try:
        first, _ = await demo.prepare_demo(node)
    finally:
        await node.close()
    path = tmp_path / "data" / demo.DEMO_KEY_FILE
    assert path.read_text().strip() == first and stat.S_IMODE(path.stat().st_mode) == 0o600
    node = await start_node(settings)  # the next `make run`
    try:
        again, _ = await demo.prepare_demo(node)
        assert again == first
        assert len(await key_ops.list_keys(node.ctx, demo.DEMO_SLUG)) == 1
        await key_ops.revoke_key(node.ctx, demo.DEMO_SLUG, first.split(".", 1)[0])
        replaced, _ = await demo.prepare_demo(node)
        assert replaced != first and path.read_text().strip() == replaced
    finally:
        await node.close()


async def test_the_demo_publisher_ends_on_its_signal_not_by_being_killed(
    tmp_path: Path, ffmpeg: str
) -> None:
    node = await start_node(e2e_settings(tmp_path))
    try:
        async with aiohttp.ClientSession() as http:
            client = Client(node=node, http=http)
            _, key = await client.create_stream("pattern")
            url = f"{node.rtmp_url}/{key}"
            proc = await spawn(
                demo.test_pattern_command(ffmpeg, url, size="320x180", rate=25),
                stdin=asyncio.subprocess.DEVNULL,
                stdout=asyncio.subprocess.DEVNULL,
                stderr=asyncio.subprocess.DEVNULL,
            )
            try:
                await client.wait_state("pattern", "live")
            finally:
                code = await demo.stop_publisher(proc)
    finally:
        await node.close()
    # Waited on without a signal, a publisher that runs forever is SIGKILLed after the grace.
    assert code != -signal.SIGKILL, code
