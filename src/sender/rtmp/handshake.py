"""The RTMP handshake: the simple one (RTMP spec 5.2) and the digest one of Flash Player 9/10.

Simple: C1 carries zero in bytes 4..7; the server sends S1 and echoes C1 as S2.

Digest (undocumented by Adobe; as librtmp, ffmpeg, nginx-rtmp and SRS implement it):
C1 carries a non-zero version and a 32-byte HMAC-SHA256 digest, keyed on
"Genuine Adobe Flash Player 001", at an offset derived from four bytes of C1
(scheme 1: bytes 8..11, digest within 12..739; scheme 2: bytes 772..775,
digest within 776..1503). The server answers with S1 digested the same way
under "Genuine Adobe Flash Media Server 001", and S2 whose last 32 bytes are an
HMAC of S2's other bytes keyed on HMAC(full server key, client digest).
A C1 that looks like neither gets the simple answer, as real servers do.

C0 names the RTMP version the client wants. Any other than 3 is answered with 3
(spec 5.2.2: "a server that does not recognize the client's requested version
SHOULD respond with 3"); the client then goes on with 3 or gives up.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import os
from collections.abc import Callable

from sender.errors import RtmpError

RTMP_VERSION = 3
HANDSHAKE_SIZE = 1536
DIGEST_SIZE = 32

_KEY_TAIL = bytes.fromhex("f0eec24a8068bee82e00d0d1029e7e576eec5d2d29806fab93b8e636cfeb31ae")
CLIENT_KEY = b"Genuine Adobe Flash Player 001"
SERVER_KEY = b"Genuine Adobe Flash Media Server 001"
CLIENT_FULL_KEY = CLIENT_KEY + _KEY_TAIL
SERVER_FULL_KEY = SERVER_KEY + _KEY_TAIL

SERVER_VERSION = bytes((4, 5, 0, 1))  # any non-zero version tells a client to check digests
CLIENT_VERSION = bytes((9, 0, 124, 2))


class DigestScheme(enum.IntEnum):
    """Where the digest sits: the base of its offset bytes."""

    SCHEME_1 = 8
    SCHEME_2 = 772


def digest_offset(block: bytes, scheme: DigestScheme) -> int:
    base = int(scheme)
    return sum(block[base : base + 4]) % 728 + base + 4


def _hmac(key: bytes, message: bytes) -> bytes:
    return hmac.new(key, message, hashlib.sha256).digest()


def _digest_at(block: bytes, offset: int, key: bytes) -> bytes:
    return _hmac(key, block[:offset] + block[offset + DIGEST_SIZE :])


def find_digest(block: bytes, key: bytes) -> tuple[DigestScheme, bytes] | None:
    """The scheme and digest of a C1/S1 digested under `key`, or None when neither matches."""
    for scheme in DigestScheme:
        offset = digest_offset(block, scheme)
        digest = block[offset : offset + DIGEST_SIZE]
        if hmac.compare_digest(digest, _digest_at(block, offset, key)):
            return scheme, digest
    return None


def make_digested_block(
    time: bytes, version: bytes, random: bytes, scheme: DigestScheme, key: bytes
) -> bytes:
    """A C1 or S1: time, version, random bytes, with the digest placed per `scheme`."""
    block = bytearray(time + version + random[: HANDSHAKE_SIZE - 8])
    offset = digest_offset(bytes(block), scheme)
    block[offset : offset + DIGEST_SIZE] = _digest_at(bytes(block), offset, key)
    return bytes(block)


def response_digest(block: bytes, peer_digest: bytes, full_key: bytes) -> bytes:
    """The S2 (or C2) trailer: keyed on the peer's C1 (or S1) digest."""
    return _hmac(_hmac(full_key, peer_digest), block[: HANDSHAKE_SIZE - DIGEST_SIZE])


class ServerHandshake:
    """C0+C1 in, S0+S1+S2 out, then C2 in. `feed` returns the bytes it consumed."""

    def __init__(self, random: Callable[[int], bytes] = os.urandom) -> None:
        self._random = random
        self._buffer = bytearray()
        self._out = bytearray()
        self.done = False
        self.client_scheme: DigestScheme | None = None  # None: simple handshake
        self.requested_version: int | None = None  # from C0
        self._sent = False

    def feed(self, data: bytes) -> int:
        """Take bytes; return how many belonged to the handshake (the rest is chunk data)."""
        if self.done:
            return 0
        need = (1 + 2 * HANDSHAKE_SIZE) - len(self._buffer)
        taken = data[:need]
        self._buffer += taken
        if self.requested_version is None and self._buffer:
            self.requested_version = self._buffer[0]
        if not self._sent and len(self._buffer) >= 1 + HANDSHAKE_SIZE:
            self._out += self._answer(bytes(self._buffer[1 : 1 + HANDSHAKE_SIZE]))
            self._sent = True
        if len(self._buffer) == 1 + 2 * HANDSHAKE_SIZE:
            # C2 is not checked: clients differ in what they echo, and nothing rides on it.
            self.done = True
            self._buffer = bytearray()
        return len(taken)

    def _answer(self, c1: bytes) -> bytes:
        random = self._random(HANDSHAKE_SIZE)
        found = find_digest(c1, CLIENT_KEY) if c1[4:8] != b"\x00\x00\x00\x00" else None
        if found is None:
            s1 = b"\x00\x00\x00\x00" + b"\x00\x00\x00\x00" + random[: HANDSHAKE_SIZE - 8]
            return bytes((RTMP_VERSION,)) + s1 + c1
        scheme, client_digest = found
        self.client_scheme = scheme
        s1 = make_digested_block(b"\x00\x00\x00\x00", SERVER_VERSION, random, scheme, SERVER_KEY)
        s2_random = self._random(HANDSHAKE_SIZE - DIGEST_SIZE)
        s2 = s2_random + response_digest(s2_random, client_digest, SERVER_FULL_KEY)
        return bytes((RTMP_VERSION,)) + s1 + s2

    def data_to_send(self) -> bytes:
        out = bytes(self._out)
        self._out.clear()
        return out


class ClientHandshake:
    """The client side, for tests and tools: builds C0+C1, checks S0+S1+S2, builds C2.

    With `digest=True` it behaves like Flash Player 9+ and ffmpeg: it sends a
    digested C1 and insists on a valid server digest in S1 and S2.
    """

    def __init__(
        self,
        *,
        digest: bool,
        scheme: DigestScheme = DigestScheme.SCHEME_1,
        random: Callable[[int], bytes] = os.urandom,
    ) -> None:
        self.digest = digest
        if digest:
            self.c1 = make_digested_block(
                b"\x00\x00\x00\x00", CLIENT_VERSION, random(HANDSHAKE_SIZE), scheme, CLIENT_KEY
            )
            found = find_digest(self.c1, CLIENT_KEY)
            assert found is not None
            self._c1_digest: bytes | None = found[1]
        else:
            self.c1 = b"\x00" * 8 + random(HANDSHAKE_SIZE - 8)
            self._c1_digest = None
        self._random = random

    def c0c1(self) -> bytes:
        return bytes((RTMP_VERSION,)) + self.c1

    def c2(self, s0s1s2: bytes) -> bytes:
        """Validate the server's answer (exactly S0+S1+S2) and return C2."""
        if len(s0s1s2) != 1 + 2 * HANDSHAKE_SIZE:
            raise RtmpError(f"handshake: server answer is {len(s0s1s2)} bytes, not 3073")
        if s0s1s2[0] != RTMP_VERSION:
            raise RtmpError(f"handshake: server version {s0s1s2[0]}")
        s1 = s0s1s2[1 : 1 + HANDSHAKE_SIZE]
        s2 = s0s1s2[1 + HANDSHAKE_SIZE :]
        if not self.digest:
            if s2 != self.c1:
                raise RtmpError("handshake: S2 does not echo C1")
            return s1
        assert self._c1_digest is not None
        found = find_digest(s1, SERVER_KEY)
        if found is None:
            raise RtmpError("handshake: S1 carries no valid server digest")
        expected = response_digest(s2, self._c1_digest, SERVER_FULL_KEY)
        if not hmac.compare_digest(s2[-DIGEST_SIZE:], expected):
            raise RtmpError("handshake: S2 digest is not keyed on the client's digest")
        c2_random = self._random(HANDSHAKE_SIZE - DIGEST_SIZE)
        return c2_random + response_digest(c2_random, found[1], CLIENT_FULL_KEY)
