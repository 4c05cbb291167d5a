"""AMF0: one case table drives both decoding and encoding; the decoder is fuzzed."""

from __future__ import annotations

import contextlib
import struct

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sender.errors import RtmpError
from sender.rtmp import amf0
from sender.rtmp.amf0 import UNDEFINED, AmfDate, AmfValue, EcmaArray, LongString


def _s(text: str) -> bytes:
    raw = text.encode()
    return struct.pack(">H", len(raw)) + raw


END = b"\x00\x00\x09"

CASES: list[tuple[str, bytes, AmfValue]] = [
    ("number", b"\x00" + struct.pack(">d", 1.5), 1.5),
    ("number zero", b"\x00" + bytes(8), 0.0),
    ("boolean true", b"\x01\x01", True),
    ("boolean false", b"\x01\x00", False),
    ("string", b"\x02" + _s("live"), "live"),
    ("empty string", b"\x02\x00\x00", ""),
    ("utf-8 string", b"\x02" + _s("café"), "café"),
    ("long string", b"\x0c\x00\x00\x00\x03abc", LongString("abc")),
    ("null", b"\x05", None),
    ("undefined", b"\x06", UNDEFINED),
    ("object", b"\x03" + _s("app") + b"\x02" + _s("live") + END, {"app": "live"}),
    ("empty object", b"\x03" + END, {}),
    (
        "nested object",
        b"\x03" + _s("a") + b"\x03" + _s("b") + b"\x05" + END + END,
        {"a": {"b": None}},
    ),
    (
        "ECMA array",
        b"\x08\x00\x00\x00\x01" + _s("width") + b"\x00" + struct.pack(">d", 160.0) + END,
        EcmaArray(width=160.0),
    ),
    ("strict array", b"\x0a\x00\x00\x00\x02\x05\x01\x01", [None, True]),
    ("date", b"\x0b" + struct.pack(">dh", 1.7e12, 0), AmfDate(1.7e12, 0)),
]


@pytest.mark.parametrize(("name", "data", "value"), CASES, ids=[c[0] for c in CASES])
def test_decode(name: str, data: bytes, value: AmfValue) -> None:
    decoded, end = amf0.decode_value(data)
    assert decoded == value
    assert type(decoded) is type(value)
    assert end == len(data)


@pytest.mark.parametrize(("name", "data", "value"), CASES, ids=[c[0] for c in CASES])
def test_encode(name: str, data: bytes, value: AmfValue) -> None:
    assert amf0.encode(value) == data


def test_a_string_over_65535_bytes_is_encoded_as_a_long_string() -> None:
    text = "x" * 70000
    data = amf0.encode(text)
    assert data[0] == amf0.LONG_STRING
    assert amf0.decode(data) == [text]


def test_ecma_array_count_is_advisory() -> None:
    # Encoders write 0 or a wrong count; the object end marker decides.
    data = b"\x08\x00\x00\x00\x00" + _s("a") + b"\x05" + END
    assert amf0.decode(data) == [EcmaArray(a=None)]


ERRORS: list[tuple[str, bytes, str]] = [
    ("truncated number", b"\x00\x00\x00", "truncated number"),
    ("truncated string", b"\x02\x00\x05ab", "truncated string"),
    ("bad utf-8", b"\x02\x00\x01\xff", "not UTF-8"),
    ("object without end", b"\x03" + _s("a") + b"\x05", "truncated object property"),
    ("bare object end", b"\x09", "unexpected object end marker"),
    ("unsupported marker", b"\x11", "unsupported type marker 0x11"),
    ("lying array count", b"\x0a\xff\xff\xff\xff\x05", "exceeds the input"),
]


@pytest.mark.parametrize(("name", "data", "message"), ERRORS, ids=[c[0] for c in ERRORS])
def test_bad_input_raises_rtmp_error(name: str, data: bytes, message: str) -> None:
    with pytest.raises(RtmpError, match=message):
        amf0.decode(data)


def test_depth_limit() -> None:
    deep = b"\x0a\x00\x00\x00\x01" * 40 + b"\x05"
    with pytest.raises(RtmpError, match="nesting deeper than 32"):
        amf0.decode(deep)
    assert amf0.decode(deep, max_depth=64) != []


values = st.recursive(
    st.none()
    | st.just(UNDEFINED)
    | st.booleans()
    | st.floats(allow_nan=False)
    | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


@given(values)
def test_round_trip(value: AmfValue) -> None:
    assert amf0.decode(amf0.encode(value)) == [value]


@given(st.binary(max_size=200))
def test_fuzz_decoder_raises_only_rtmp_error(data: bytes) -> None:
    with contextlib.suppress(RtmpError):
        amf0.decode(data)
