"""Free loopback ports for servers that cannot report an ephemeral port they bound."""

from __future__ import annotations

import socket
import time

LOOPBACK = "127.0.0.1"


def free_port() -> int:
    """A port that was free a moment ago (the caller binds it soon after)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((LOOPBACK, 0))
        return int(sock.getsockname()[1])


def wait_listening(port: int, timeout_s: float = 10.0) -> None:
    """Return once something accepts TCP on the port; raise TimeoutError after the timeout."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            with socket.create_connection((LOOPBACK, port), timeout=0.5):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise TimeoutError(f"nothing listens on {LOOPBACK}:{port}") from None
            time.sleep(0.05)


def is_listening(port: int) -> bool:
    """Whether a TCP socket listens on the loopback port, read from /proc/net/tcp.

    It does not connect: some servers (ffmpeg `-listen 1`) take one connection only.
    """
    want = f"0100007F:{port:04X}"
    try:
        with open("/proc/net/tcp") as fh:
            next(fh)
            for line in fh:
                fields = line.split()
                if fields[1] == want and fields[3] == "0A":  # 0A: LISTEN
                    return True
    except OSError:
        return False
    return False


def wait_listening_passive(port: int, timeout_s: float = 10.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not is_listening(port):
        if time.monotonic() > deadline:
            raise TimeoutError(f"nothing listens on {LOOPBACK}:{port}")
        time.sleep(0.05)
