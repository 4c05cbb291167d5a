"""Server handshake: digest answers that a checking client accepts, and the simple echo."""

from __future__ import annotations

from pathlib import Path

import pytest

from sender.errors import RtmpError
from sender.rtmp.handshake import (
    CLIENT_KEY,
    HANDSHAKE_SIZE,
    ClientHandshake,
    DigestScheme,
    ServerHandshake,
    find_digest,
)

FIXTURES = Path(__file__).parents[1] / "fixtures" / "rtmp"


def shake(client: ClientHandshake) -> tuple[ServerHandshake, bytes]:
    server = ServerHandshake()
    c0c1 = client.c0c1()
    # Byte by byte: the answer comes exactly when C1 is complete.
    for i in range(len(c0c1)):
        assert server.feed(c0c1[i : i + 1]) == 1
        if i < len(c0c1) - 1:
            assert server.data_to_send() == b""
    answer = server.data_to_send()
    c2 = client.c2(answer)
    assert server.feed(c2 + b"chunk data") == HANDSHAKE_SIZE
    assert server.done
    return server, answer


@pytest.mark.parametrize("scheme", list(DigestScheme))
def test_digest_client_validates_s1_and_s2(scheme: DigestScheme) -> None:
    server, answer = shake(ClientHandshake(digest=True, scheme=scheme))
    assert server.client_scheme is scheme
    assert answer[5:9] != bytes(4)  # a version in S1 tells clients to check the digest


def test_simple_client_gets_its_c1_echoed() -> None:
    client = ClientHandshake(digest=False)
    server, answer = shake(client)
    assert server.client_scheme is None
    assert answer[1 + HANDSHAKE_SIZE :] == client.c1


def test_a_checking_client_refuses_a_simple_answer() -> None:
    # The client-side check is real: an echo (no server digest) fails it.
    client = ClientHandshake(digest=True)
    forged = b"\x03" + bytes(HANDSHAKE_SIZE) + client.c1
    with pytest.raises(RtmpError, match="S1 carries no valid server digest"):
        client.c2(forged)


def test_tampered_s2_is_caught() -> None:
    client = ClientHandshake(digest=True)
    server = ServerHandshake()
    server.feed(client.c0c1())
    answer = bytearray(server.data_to_send())
    answer[-1] ^= 0xFF
    with pytest.raises(RtmpError, match="S2 digest"):
        client.c2(bytes(answer))


def test_nonzero_version_without_a_valid_digest_falls_back_to_echo() -> None:
    c1 = b"\x00\x00\x00\x00\x09\x00\x7c\x02" + bytes(range(256)) * 6
    c1 = c1[:HANDSHAKE_SIZE]
    server = ServerHandshake()
    server.feed(b"\x03" + c1)
    assert server.data_to_send()[1 + HANDSHAKE_SIZE :] == c1


@pytest.mark.parametrize("version", [0, 4, 6, 8, 31, 255])
@pytest.mark.parametrize("digest", [True, False])
def test_other_versions_are_answered_with_3(version: int, digest: bool) -> None:
    # Spec 5.2.2: a server that does not know the requested version answers 3; the
    # client goes on with 3 (as here) or gives up.
    client = ClientHandshake(digest=digest)
    server = ServerHandshake()
    server.feed(bytes((version,)) + client.c1)
    assert server.requested_version == version
    answer = server.data_to_send()
    assert answer[0] == 3
    assert server.feed(client.c2(answer)) == HANDSHAKE_SIZE
    assert server.done


def test_captured_clients_cover_both_paths() -> None:
    # ffmpeg sends a digested C1 (and checks our digest when it plays); GStreamer a simple one.
    ffmpeg = (FIXTURES / "ffmpeg_publish.bin").read_bytes()
    gst = (FIXTURES / "gstreamer_publish.bin").read_bytes()
    assert find_digest(ffmpeg[1 : 1 + HANDSHAKE_SIZE], CLIENT_KEY) is not None
    assert gst[5:9] == bytes(4)
    for data, digest in ((ffmpeg, True), (gst, False)):
        server = ServerHandshake()
        server.feed(data)
        assert server.done
        assert (server.client_scheme is not None) is digest
