"""AMF0 values (Adobe "Action Message Format -- AMF 0", 2007), the encoding of RTMP commands.

Python values map to AMF0 types both ways:

    float | int       number (0x00); decoded as float
    bool              boolean (0x01)
    str               string (0x02), or long string (0x0C) when over 65,535 UTF-8 bytes
    LongString        long string (0x0C) whatever its length, so a decoded one re-encodes alike
    dict[str, ...]    object (0x03), terminated by the object end marker (0x09)
    None              null (0x05)
    UNDEFINED         undefined (0x06)
    EcmaArray         ECMA array (0x08): a dict with an associative count
    list              strict array (0x0A)
    AmfDate           date (0x0B): milliseconds since the epoch and a time zone

Bad input raises RtmpError with the offset where decoding failed.
"""

from __future__ import annotations

import enum
import struct
from dataclasses import dataclass
from typing import TypeAlias

from sender.errors import RtmpError

NUMBER = 0x00
BOOLEAN = 0x01
STRING = 0x02
OBJECT = 0x03
NULL = 0x05
UNDEFINED_MARKER = 0x06
ECMA_ARRAY = 0x08
OBJECT_END = 0x09
STRICT_ARRAY = 0x0A
DATE = 0x0B
LONG_STRING = 0x0C

DEFAULT_MAX_DEPTH = 32


class Undefined(enum.Enum):
    """The AMF0 undefined value, distinct from null (None)."""

    UNDEFINED = "undefined"

    def __repr__(self) -> str:
        return "UNDEFINED"


UNDEFINED = Undefined.UNDEFINED


class LongString(str):
    """A string that travels as an AMF0 long string even when short."""

    __slots__ = ()


@dataclass(frozen=True, slots=True)
class AmfDate:
    milliseconds: float
    timezone: int = 0  # minutes; the spec says senders write 0 and readers ignore it


AmfValue: TypeAlias = (
    "float | int | bool | str | Undefined | AmfDate | EcmaArray | dict[str, AmfValue] "
    "| list[AmfValue] | None"
)


class EcmaArray(dict[str, AmfValue]):
    """An AMF0 ECMA array: properties like an object, plus a count."""


_OBJECT_END_BYTES = b"\x00\x00\x09"


# Decoding -------------------------------------------------------------------


def decode(data: bytes, *, max_depth: int = DEFAULT_MAX_DEPTH) -> list[AmfValue]:
    """Every value in `data`, in order. Trailing partial values are an error."""
    values: list[AmfValue] = []
    offset = 0
    while offset < len(data):
        value, offset = decode_value(data, offset, max_depth=max_depth)
        values.append(value)
    return values


def decode_value(
    data: bytes, offset: int = 0, *, max_depth: int = DEFAULT_MAX_DEPTH
) -> tuple[AmfValue, int]:
    """One value starting at `offset`; returns it and the offset after it."""
    return _Decoder(data, max_depth).value(offset, 0)


class _Decoder:
    def __init__(self, data: bytes, max_depth: int) -> None:
        self.data = memoryview(data) if not isinstance(data, memoryview) else data
        self.max_depth = max_depth

    def _need(self, offset: int, n: int, what: str) -> None:
        if offset + n > len(self.data):
            raise RtmpError(f"AMF0: truncated {what} at offset {offset}")

    def value(self, offset: int, depth: int) -> tuple[AmfValue, int]:
        self._need(offset, 1, "type marker")
        marker = self.data[offset]
        offset += 1
        if marker == NUMBER:
            self._need(offset, 8, "number")
            return struct.unpack_from(">d", self.data, offset)[0], offset + 8
        if marker == BOOLEAN:
            self._need(offset, 1, "boolean")
            return self.data[offset] != 0, offset + 1
        if marker == STRING:
            return self.short_string(offset)
        if marker == LONG_STRING:
            self._need(offset, 4, "long string length")
            (length,) = struct.unpack_from(">I", self.data, offset)
            text, offset = self.text(offset + 4, length)
            return LongString(text), offset
        if marker == NULL:
            return None, offset
        if marker == UNDEFINED_MARKER:
            return UNDEFINED, offset
        if marker == DATE:
            self._need(offset, 10, "date")
            ms, tz = struct.unpack_from(">dh", self.data, offset)
            return AmfDate(ms, tz), offset + 10
        if marker in (OBJECT, ECMA_ARRAY, STRICT_ARRAY):
            if depth >= self.max_depth:
                raise RtmpError(f"AMF0: nesting deeper than {self.max_depth} at offset {offset}")
            if marker == OBJECT:
                obj: dict[str, AmfValue] = {}
                return obj, self.properties(offset, depth, obj)
            if marker == ECMA_ARRAY:
                # The count is advisory: encoders disagree on it, the end marker decides.
                self._need(offset, 4, "ECMA array count")
                arr = EcmaArray()
                return arr, self.properties(offset + 4, depth, arr)
            self._need(offset, 4, "strict array count")
            (count,) = struct.unpack_from(">I", self.data, offset)
            offset += 4
            # Every element takes at least one byte: a count beyond the input is a lie.
            if count > len(self.data) - offset:
                raise RtmpError(f"AMF0: strict array count {count} exceeds the input")
            items: list[AmfValue] = []
            for _ in range(count):
                item, offset = self.value(offset, depth + 1)
                items.append(item)
            return items, offset
        if marker == OBJECT_END:
            raise RtmpError(f"AMF0: unexpected object end marker at offset {offset - 1}")
        raise RtmpError(f"AMF0: unsupported type marker 0x{marker:02x} at offset {offset - 1}")

    def short_string(self, offset: int) -> tuple[str, int]:
        self._need(offset, 2, "string length")
        (length,) = struct.unpack_from(">H", self.data, offset)
        return self.text(offset + 2, length)

    def text(self, offset: int, length: int) -> tuple[str, int]:
        self._need(offset, length, "string")
        try:
            text = bytes(self.data[offset : offset + length]).decode("utf-8")
        except UnicodeDecodeError:
            raise RtmpError(f"AMF0: string at offset {offset} is not UTF-8") from None
        return text, offset + length

    def properties(self, offset: int, depth: int, into: dict[str, AmfValue]) -> int:
        while True:
            self._need(offset, 3, "object property or end marker")
            if bytes(self.data[offset : offset + 3]) == _OBJECT_END_BYTES:
                return offset + 3
            key, offset = self.short_string(offset)
            value, offset = self.value(offset, depth + 1)
            into[key] = value


# Encoding -------------------------------------------------------------------


def encode(*values: AmfValue) -> bytes:
    """The AMF0 encoding of `values`, one after another."""
    out = bytearray()
    for value in values:
        _encode(out, value, 0)
    return bytes(out)


def _encode(out: bytearray, value: AmfValue, depth: int) -> None:
    if depth > DEFAULT_MAX_DEPTH:
        raise RtmpError(f"AMF0: cannot encode nesting deeper than {DEFAULT_MAX_DEPTH}")
    if value is None:
        out.append(NULL)
    elif value is UNDEFINED:
        out.append(UNDEFINED_MARKER)
    elif isinstance(value, bool):  # before int: bool is an int
        out += bytes((BOOLEAN, 1 if value else 0))
    elif isinstance(value, int | float):
        out.append(NUMBER)
        out += struct.pack(">d", float(value))
    elif isinstance(value, str):
        raw = value.encode("utf-8")
        if isinstance(value, LongString) or len(raw) > 0xFFFF:
            out.append(LONG_STRING)
            out += struct.pack(">I", len(raw)) + raw
        else:
            out.append(STRING)
            out += struct.pack(">H", len(raw)) + raw
    elif isinstance(value, AmfDate):
        out.append(DATE)
        out += struct.pack(">dh", value.milliseconds, value.timezone)
    elif isinstance(value, EcmaArray):
        out.append(ECMA_ARRAY)
        out += struct.pack(">I", len(value))
        _encode_properties(out, value, depth)
    elif isinstance(value, dict):
        out.append(OBJECT)
        _encode_properties(out, value, depth)
    elif isinstance(value, list):
        out.append(STRICT_ARRAY)
        out += struct.pack(">I", len(value))
        for item in value:
            _encode(out, item, depth + 1)
    else:
        raise RtmpError(f"AMF0: cannot encode a {type(value).__name__}")


def _encode_properties(out: bytearray, value: dict[str, AmfValue], depth: int) -> None:
    for key, item in value.items():
        raw = key.encode("utf-8")
        if len(raw) > 0xFFFF:
            raise RtmpError("AMF0: property name longer than 65,535 bytes")
        out += struct.pack(">H", len(raw)) + raw
        _encode(out, item, depth + 1)
    out += _OBJECT_END_BYTES
