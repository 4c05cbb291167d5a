"""AMF0: one case table drives both decoding and encoding; the decoder is fuzzed."""

from __future__ import annotations

import contextlib
import struct

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sender.errors import RtmpError
from sender.rtmp import amf0
from sender.rtmp.amf0 import (
    UNDEFINED,
    UNSUPPORTED,
    AmfDate,
    AmfReference,
    AmfValue,
    EcmaArray,
    LongString,
    TypedObject,
    XmlDocument,
)


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
    ("unsupported", b"\x0d", UNSUPPORTED),
    ("xml document", b"\x0f\x00\x00\x00\x08<a>b</a>", XmlDocument("<a>b</a>")),
    (
        "typed object",
        b"\x10" + _s("Point") + _s("x") + b"\x00" + struct.pack(">d", 1.0) + END,
        TypedObject("Point", {"x": 1.0}),
    ),
    (
        # Object 0 is the array itself, 1 the empty object inside it.
        "reference",
        b"\x0a\x00\x00\x00\x02" + b"\x03" + END + b"\x07\x00\x01",
        [{}, AmfReference(1)],
    ),
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
    ("unknown marker", b"\x12", "unsupported type marker 0x12"),
    ("movieclip", b"\x04", "reserved type marker 0x04"),
    ("recordset", b"\x0e", "reserved type marker 0x0e"),
    ("lying array count", b"\x0a\xff\xff\xff\xff\x05", "exceeds the input"),
    ("reference to nothing", b"\x07\x00\x00", "reference 0 at offset 1 to one of 0 objects"),
    (
        "reference past the table",
        b"\x03" + _s("a") + b"\x07\x00\x01" + END,
        "reference 1 at offset 5 to one of 1 objects",
    ),
    ("truncated reference", b"\x07\x00", "truncated reference"),
    ("truncated typed object", b"\x10\x00\x05ab", "truncated string"),
    ("truncated xml", b"\x0f\x00\x00\x00\x09<a/>", "truncated string"),
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
    typed = (b"\x10" + _s("T") + _s("p")) * 9 + b"\x05" + END * 9
    with pytest.raises(RtmpError, match="nesting deeper than 8 at offset"):
        amf0.decode(typed, max_depth=8)
    assert amf0.decode(typed, max_depth=9) != []


def test_a_declared_count_over_the_budget_is_refused_before_it_is_walked() -> None:
    # The connect of 8 million nulls: the count is refused, not eight million values read.
    nulls = amf0.encode("connect", 1) + b"\x0a" + struct.pack(">I", 8_000_000) + b"\x05" * 8_000_000
    with pytest.raises(
        RtmpError,
        match="strict array of 8000000 elements at offset 24 exceeds the limit of 256 elements",
    ):
        amf0.decode(nulls, max_elements=256)


def test_elements_are_counted_as_they_are_read() -> None:
    # An object's properties have no declared count: each value spends the budget.
    many = b"\x03" + b"".join(_s(f"k{i}") + b"\x05" for i in range(300)) + END
    with pytest.raises(RtmpError, match="more than 256 elements at offset"):
        amf0.decode(many, max_elements=256)
    assert len(amf0.decode(many, max_elements=301)[0]) == 300  # type: ignore[arg-type]
    # Nested values count too; the budget is for the whole call.
    values = b"\x0a\x00\x00\x00\x02\x05\x05" * 2
    with pytest.raises(
        RtmpError, match="strict array of 2 elements at offset 12 exceeds the limit of 5"
    ):
        amf0.decode(values, max_elements=5)
    assert amf0.decode(values, max_elements=6) == [[None, None], [None, None]]


# AVM+ (0x11): one AMF3 value. Bytes after the marker, and what they decode to.
def _s3(text: str) -> bytes:
    raw = text.encode()
    return bytes((len(raw) << 1 | 1,)) + raw


AMF3_CASES: list[tuple[str, bytes, AmfValue]] = [
    ("undefined", b"\x00", UNDEFINED),
    ("null", b"\x01", None),
    ("false", b"\x02", False),
    ("true", b"\x03", True),
    ("integer", b"\x04\x05", 5),
    ("two-byte integer", b"\x04\x81\x00", 128),
    ("negative integer", b"\x04\xff\xff\xff\xff", -1),
    ("double", b"\x05" + struct.pack(">d", 1.5), 1.5),
    ("string", b"\x06" + _s3("live"), "live"),
    ("string reference", b"\x09\x05\x01" + b"\x06" + _s3("live") + b"\x06\x00", ["live", "live"]),
    ("xml", b"\x0b" + _s3("<a/>"), XmlDocument("<a/>")),
    ("date", b"\x08\x01" + struct.pack(">d", 1.7e12), AmfDate(1.7e12)),
    ("dense array", b"\x09\x05\x01\x04\x01\x04\x02", [1, 2]),
    (
        "array with named members",
        b"\x09\x03" + _s3("a") + b"\x04\x01\x01" + b"\x04\x07",
        EcmaArray({"a": 1, "0": 7}),
    ),
    (
        "dynamic object",
        b"\x0a\x0b\x01" + _s3("app") + b"\x06" + _s3("live") + b"\x01",
        {"app": "live"},
    ),
    ("typed object", b"\x0a\x13" + _s3("P") + _s3("x") + b"\x04\x02", TypedObject("P", {"x": 2})),
    (
        "traits reference",
        b"\x09\x05\x01" + b"\x0a\x13" + _s3("P") + _s3("x") + b"\x04\x01" + b"\x0a\x01\x04\x02",
        [TypedObject("P", {"x": 1}), TypedObject("P", {"x": 2})],
    ),
    (
        "object reference",
        b"\x09\x05\x01" + b"\x0a\x0b\x01\x01" + b"\x0a\x02",
        [{}, AmfReference(1, amf3=True)],
    ),
    ("byte array", b"\x0c\x07abc", b"abc"),
    ("int vector", b"\x0d\x05\x00" + struct.pack(">ii", 1, -2), [1, -2]),
    ("uint vector", b"\x0e\x03\x01" + struct.pack(">I", 0xFFFFFFFF), [0xFFFFFFFF]),
    ("double vector", b"\x0f\x03\x00" + struct.pack(">d", 0.5), [0.5]),
    ("object vector", b"\x10\x03\x00\x01\x04\x03", [3]),
    ("dictionary", b"\x11\x03\x00\x06" + _s3("k") + b"\x04\x01", [["k", 1]]),
]


@pytest.mark.parametrize(("name", "data", "value"), AMF3_CASES, ids=[c[0] for c in AMF3_CASES])
def test_avmplus_value(name: str, data: bytes, value: AmfValue) -> None:
    # The AMF3 value sits among AMF0 ones, as in a command: what follows still decodes.
    decoded = amf0.decode(amf0.encode("x") + b"\x11" + data + b"\x05")
    assert decoded == ["x", value, None]
    assert type(decoded[1]) is type(value)


AMF3_ERRORS: list[tuple[str, bytes, str]] = [
    ("externalizable", b"\x0a\x07" + _s3("Foo"), "externalizable object of class 'Foo'"),
    ("string reference to nothing", b"\x06\x00", "string reference 0 at offset 3 to one of 0"),
    ("object reference to nothing", b"\x0a\x00", "AMF3: reference 0 at offset 2 to one of 0"),
    ("traits reference to nothing", b"\x0a\x01", "traits reference 0 at offset 2 to one of 0"),
    ("unknown marker", b"\x12", "AMF3: unknown type marker 0x12"),
    ("truncated double", b"\x05\x00", "AMF3: truncated double"),
    ("truncated integer", b"\x04\x80", "AMF3: truncated integer"),
    (
        "lying vector count",
        b"\x0d\xbf\xff\xff\xff\x00",
        "AMF3: int vector count 134217727 exceeds the input",
    ),
    (
        "lying array count",
        b"\x09\xbf\xff\xff\xff\x01",
        "AMF3: array count 134217727 exceeds the input",
    ),
    ("bad utf-8", b"\x06\x03\xff", "AMF3: string at offset 3 is not UTF-8"),
]


@pytest.mark.parametrize(("name", "data", "message"), AMF3_ERRORS, ids=[c[0] for c in AMF3_ERRORS])
def test_avmplus_errors(name: str, data: bytes, message: str) -> None:
    with pytest.raises(RtmpError, match=message):
        amf0.decode(b"\x11" + data)


def test_avmplus_values_spend_the_same_budget() -> None:
    sealed = b"\x11\x0a" + bytes((0xB2, 0x03)) + _s3("C") + b"\x01" * 400  # 400 sealed names
    with pytest.raises(RtmpError, match="AMF3: object traits of 400 elements at offset 6 exceeds"):
        amf0.decode(sealed, max_elements=256)
    vector = b"\x11\x0d\x86\x21\x00" + bytes(4 * 400)  # 400 ints
    with pytest.raises(RtmpError, match="AMF3: int vector of 400 elements at offset 5 exceeds"):
        amf0.decode(vector, max_elements=256)
    # The marker, the vector and its 400 items.
    assert len(amf0.decode(vector, max_elements=402)[0]) == 400  # type: ignore[arg-type]
    deep = b"\x11" + b"\x09\x03\x01" * 10 + b"\x01"
    with pytest.raises(RtmpError, match="nesting deeper than 8"):
        amf0.decode(deep, max_depth=8)


values = st.recursive(
    st.none()
    | st.just(UNDEFINED)
    | st.just(UNSUPPORTED)
    | st.booleans()
    | st.floats(allow_nan=False)
    | st.text(max_size=20)
    | st.text(max_size=20).map(XmlDocument),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.text(max_size=8), children, max_size=4)
        | st.builds(
            TypedObject, st.text(max_size=8), st.dictionaries(st.text(max_size=8), children)
        )
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


# Markers (AMF0 and, after 0x11, AMF3) mixed with short runs of any bytes: dense in
# structure where plain random bytes mostly stop at the first marker.
structured = st.lists(
    st.sampled_from([bytes((m,)) for m in range(0x13)]) | st.binary(min_size=1, max_size=4),
    max_size=60,
).map(b"".join)


@given(structured, st.integers(min_value=1, max_value=64), st.integers(min_value=1, max_value=16))
def test_fuzz_markers_raise_only_rtmp_error(data: bytes, elements: int, depth: int) -> None:
    with contextlib.suppress(RtmpError):
        amf0.decode(data, max_elements=elements, max_depth=depth)
    with contextlib.suppress(RtmpError):
        amf0.decode(b"\x11" + data, max_elements=elements, max_depth=depth)
