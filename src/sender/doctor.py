"""`sender doctor`: is this machine ready to run a node? Each check prints one line."""

from __future__ import annotations

import asyncio
import subprocess

from sender.config import Settings, find_ffmpeg
from sender.errors import ConfigError
from sender.media.spool import Spool
from sender.store.repository import Repository


def _check_ffmpeg(settings: Settings) -> tuple[bool, str]:
    try:
        path = find_ffmpeg(settings)
    except ConfigError as exc:
        return False, str(exc)
    try:
        out = subprocess.run(
            [path, "-hide_banner", "-version"], capture_output=True, text=True, timeout=20
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return False, f"{path} does not run: {exc}"
    if out.returncode != 0:
        return False, f"{path} exited {out.returncode}"
    version = out.stdout.splitlines()[0] if out.stdout else "unknown version"
    muxers = subprocess.run(
        [path, "-hide_banner", "-muxers"], capture_output=True, text=True, timeout=20
    ).stdout
    if " mp4 " not in muxers:
        return False, f"{path} has no mp4 muxer"
    return True, f"{path} ({version})"


def _check_spool(settings: Settings) -> tuple[bool, str]:
    spool = Spool(settings.resolved_spool_root)
    try:
        spool.check_writable()
    except OSError as exc:
        return False, f"{spool.root} is not writable: {exc.strerror or exc}"
    return True, str(spool.root)


async def _check_store(settings: Settings) -> tuple[bool, str]:
    url = settings.resolved_database_url
    shown = url.split("@")[-1] if "@" in url else url
    try:
        repo = await Repository.open(url)
    except Exception as exc:
        return False, f"{shown}: cannot open: {exc}"
    try:
        await repo.ping()
        current = await repo.schema_is_current()
    except Exception as exc:
        return False, f"{shown}: unreachable: {type(exc).__name__}: {exc}"
    finally:
        await repo.close()
    if not current:
        return False, f"{shown}: reachable, schema not migrated (start the node once)"
    return True, f"{shown}: reachable, schema current"


def run_doctor(settings: Settings) -> int:
    results = [
        ("ffmpeg", *_check_ffmpeg(settings)),
        ("spool", *_check_spool(settings)),
        ("store", *asyncio.run(_check_store(settings))),
    ]
    for name, ok, detail in results:
        print(f"[{'ok' if ok else 'FAIL'}] {name}: {detail}")
    return 0 if all(ok for _, ok, _ in results) else 1
