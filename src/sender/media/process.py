"""Child processes that never outlive Sender.

Each child gets its own process group (so it and anything it forks can be
killed as one, and a Ctrl-C on Sender's terminal does not reach it before
Sender decides) and, on Linux, a parent-death signal: if Sender dies without a
chance to clean up (SIGKILL, OOM killer), the kernel kills the child.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import ctypes.util
import os
import signal
import sys
from collections.abc import Callable, Collection, Sequence

PR_SET_PDEATHSIG = 1

_libc: ctypes.CDLL | None = None
if sys.platform.startswith("linux"):
    with contextlib.suppress(OSError):
        _libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)


def _death_signal(parent: int) -> Callable[[], None]:
    def preexec() -> None:
        # Runs in the child between fork and exec; the signal survives exec.
        if _libc is not None:
            _libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        # The parent may have died before prctl took effect: then nobody would kill us.
        if os.getppid() != parent:
            os._exit(1)

    return preexec


async def spawn(
    argv: Sequence[str],
    *,
    stdin: int | None = asyncio.subprocess.PIPE,
    stdout: int | None = asyncio.subprocess.PIPE,
    stderr: int | None = asyncio.subprocess.PIPE,
    pass_fds: Collection[int] = (),
) -> asyncio.subprocess.Process:
    """Start `argv` in its own process group with a parent-death SIGKILL.

    The death signal fires when the thread that spawned the child exits, so
    spawn from the event loop's thread (which lives as long as Sender).
    Raises OSError when the program cannot be started.
    """
    return await asyncio.create_subprocess_exec(
        *argv,
        stdin=stdin,
        stdout=stdout,
        stderr=stderr,
        pass_fds=tuple(pass_fds),
        start_new_session=True,
        preexec_fn=_death_signal(os.getpid()),
    )


def kill_group(process: asyncio.subprocess.Process) -> None:
    """SIGKILL the child's whole process group; a group already gone is fine."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
    if process.returncode is None:
        # The group may already be gone while the child itself is a zombie not yet reaped.
        with contextlib.suppress(ProcessLookupError):
            process.kill()


async def terminate(process: asyncio.subprocess.Process, timeout_s: float) -> int:
    """Wait up to `timeout_s` for the child to exit, then kill its group; its exit status.

    The group is killed in every case, also when the wait is cancelled, so
    nothing the child started is left behind.
    """
    try:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(process.wait(), timeout_s)
    finally:
        kill_group(process)
    return await process.wait()
