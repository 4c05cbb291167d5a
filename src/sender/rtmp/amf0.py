"""AMF0 values (Adobe "Action Message Format -- AMF 0", 2007), the encoding of RTMP commands.

Python values map to AMF0 types both ways:

    float | int       number (0x00); decoded as float
    bool              boolean (0x01)
    str               string (0x02), or long string (0x0C) when over 65,535 UTF-8 bytes
    LongString        long string (0x0C) whatever its length, so a decoded one re-encodes alike
    dict[str, ...]    object (0x03), terminated by the object end marker (0x09)
    None              null (0x05)
    UNDEFINED         undefined (0x06)
    AmfReference      reference (0x07): the index of an earlier object of the same message
    EcmaArray         ECMA array (0x08): a dict with an associative count
    list              strict array (0x0A)
    AmfDate           date (0x0B): milliseconds since the epoch and a time zone
    UNSUPPORTED       unsupported (0x0D)
    XmlDocument       XML document (0x0F): its text
    TypedObject       typed object (0x10): a class name and properties

Decoding only: AVM+ (0x11) switches to AMF3 (Adobe "AMF 3 Specification", 2013) for one
value, which decodes to the same Python types: an integer as int, a ByteArray as bytes, an
array with named members as EcmaArray (its dense part under "0", "1", ...), an object with
a class name as TypedObject, a vector as a list, a Dictionary as a list of [key, value]
pairs, and an AMF3 object reference as AmfReference(index, amf3=True). MovieClip (0x04)
and RecordSet (0x0E) are reserved markers without an encoding: they are an error.

References are not resolved: a few bytes of them can stand for a value exponentially
larger than the message, or a cycle, and nothing Sender reads needs one resolved.

Bounds: one call decodes at most `max_elements` values (nested ones, property names of
AMF3 traits and the items of vectors count too), nested at most `max_depth` deep. A
declared count beyond the remaining input or the remaining budget is refused before any
of it is walked. Bad input raises RtmpError with the offset where decoding failed.
"""

from __future__ import annotations

import enum
import struct
from dataclasses import dataclass, field
from typing import TypeAlias

from sender.errors import RtmpError

NUMBER = 0x00
BOOLEAN = 0x01
STRING = 0x02
OBJECT = 0x03
MOVIECLIP = 0x04
NULL = 0x05
UNDEFINED_MARKER = 0x06
REFERENCE = 0x07
ECMA_ARRAY = 0x08
OBJECT_END = 0x09
STRICT_ARRAY = 0x0A
DATE = 0x0B
LONG_STRING = 0x0C
UNSUPPORTED_MARKER = 0x0D
RECORDSET = 0x0E
XML_DOCUMENT = 0x0F
TYPED_OBJECT = 0x10
AVMPLUS = 0x11

DEFAULT_MAX_DEPTH = 32
# For callers that pass no budget (tools, tests): far above what any command holds, far
# below what would take a noticeable time to walk.
DEFAULT_MAX_ELEMENTS = 65536


class Undefined(enum.Enum):
    """The AMF0 undefined value, distinct from null (None)."""

    UNDEFINED = "undefined"

    def __repr__(self) -> str:
        return "UNDEFINED"


UNDEFINED = Undefined.UNDEFINED


class Unsupported(enum.Enum):
    """The AMF0 unsupported value (a type the sender could not serialize)."""

    UNSUPPORTED = "unsupported"

    def __repr__(self) -> str:
        return "UNSUPPORTED"


UNSUPPORTED = Unsupported.UNSUPPORTED


class LongString(str):
    """A string that travels as an AMF0 long string even when short."""

    __slots__ = ()


class XmlDocument(str):
    """The text of an AMF0 XML document (or an AMF3 XML value)."""

    __slots__ = ()


@dataclass(frozen=True, slots=True)
class AmfDate:
    milliseconds: float
    timezone: int = 0  # minutes; the spec says senders write 0 and readers ignore it


@dataclass(frozen=True, slots=True)
class AmfReference:
    """A reference to the `index`-th object of the message (AMF3: of the AVM+ value)."""

    index: int
    amf3: bool = False


AmfValue: TypeAlias = (
    "float | int | bool | str | bytes | Undefined | Unsupported | AmfDate | AmfReference "
    "| EcmaArray | TypedObject | dict[str, AmfValue] | list[AmfValue] | None"
)


class EcmaArray(dict[str, AmfValue]):
    """An AMF0 ECMA array: properties like an object, plus a count."""


@dataclass(frozen=True, slots=True)
class TypedObject:
    """An object of a named class: AMF0 typed object, or an AMF3 object with a class name."""

    class_name: str
    properties: dict[str, AmfValue] = field(default_factory=dict)


_OBJECT_END_BYTES = b"\x00\x00\x09"


# Decoding -------------------------------------------------------------------


def decode(
    data: bytes,
    *,
    max_depth: int = DEFAULT_MAX_DEPTH,
    max_elements: int = DEFAULT_MAX_ELEMENTS,
) -> list[AmfValue]:
    """Every value in `data`, in order. Trailing partial values are an error."""
    decoder = _Decoder(data, max_depth, max_elements)
    values: list[AmfValue] = []
    offset = 0
    while offset < len(data):
        value, offset = decoder.value(offset, 0)
        values.append(value)
    return values


def decode_value(
    data: bytes,
    offset: int = 0,
    *,
    max_depth: int = DEFAULT_MAX_DEPTH,
    max_elements: int = DEFAULT_MAX_ELEMENTS,
) -> tuple[AmfValue, int]:
    """One value starting at `offset`; returns it and the offset after it."""
    return _Decoder(data, max_depth, max_elements).value(offset, 0)


class _Decoder:
    def __init__(self, data: bytes, max_depth: int, max_elements: int) -> None:
        self.data = memoryview(data) if not isinstance(data, memoryview) else data
        self.max_depth = max_depth
        self.max_elements = max_elements
        self.elements = 0
        self.objects = 0  # complex values begun: the length of the reference table

    def need(self, offset: int, n: int, what: str, amf: str = "AMF0") -> None:
        if offset + n > len(self.data):
            raise RtmpError(f"{amf}: truncated {what} at offset {offset}")

    def count(self, offset: int, n: int = 1, amf: str = "AMF0") -> None:
        self.elements += n
        if self.elements > self.max_elements:
            raise RtmpError(f"{amf}: more than {self.max_elements} elements at offset {offset}")

    def reserve(
        self, offset: int, count: int, least_bytes: int, what: str, amf: str = "AMF0"
    ) -> None:
        """Refuse a declared count the input cannot hold or the budget does not allow."""
        if count * least_bytes > len(self.data) - offset:
            raise RtmpError(f"{amf}: {what} count {count} exceeds the input")
        if count > self.max_elements - self.elements:
            raise RtmpError(
                f"{amf}: {what} of {count} elements at offset {offset} exceeds the limit of "
                f"{self.max_elements} elements"
            )

    def nest(self, offset: int, depth: int, amf: str = "AMF0") -> None:
        if depth >= self.max_depth:
            raise RtmpError(f"{amf}: nesting deeper than {self.max_depth} at offset {offset}")

    def value(self, offset: int, depth: int) -> tuple[AmfValue, int]:
        self.need(offset, 1, "type marker")
        marker = self.data[offset]
        self.count(offset)
        offset += 1
        if marker == NUMBER:
            self.need(offset, 8, "number")
            return struct.unpack_from(">d", self.data, offset)[0], offset + 8
        if marker == BOOLEAN:
            self.need(offset, 1, "boolean")
            return self.data[offset] != 0, offset + 1
        if marker == STRING:
            return self.short_string(offset)
        if marker in (LONG_STRING, XML_DOCUMENT):
            self.need(offset, 4, "long string length")
            (length,) = struct.unpack_from(">I", self.data, offset)
            text, offset = self.text(offset + 4, length)
            return (LongString(text) if marker == LONG_STRING else XmlDocument(text)), offset
        if marker == NULL:
            return None, offset
        if marker == UNDEFINED_MARKER:
            return UNDEFINED, offset
        if marker == UNSUPPORTED_MARKER:
            return UNSUPPORTED, offset
        if marker == REFERENCE:
            self.need(offset, 2, "reference")
            (index,) = struct.unpack_from(">H", self.data, offset)
            if index >= self.objects:
                raise RtmpError(
                    f"AMF0: reference {index} at offset {offset} to one of {self.objects} objects"
                )
            return AmfReference(index), offset + 2
        if marker == DATE:
            self.need(offset, 10, "date")
            ms, tz = struct.unpack_from(">dh", self.data, offset)
            return AmfDate(ms, tz), offset + 10
        if marker in (OBJECT, ECMA_ARRAY, STRICT_ARRAY, TYPED_OBJECT):
            self.nest(offset, depth)
            self.objects += 1
            if marker == OBJECT:
                obj: dict[str, AmfValue] = {}
                return obj, self.properties(offset, depth, obj)
            if marker == TYPED_OBJECT:
                class_name, offset = self.short_string(offset)
                typed = TypedObject(class_name)
                return typed, self.properties(offset, depth, typed.properties)
            if marker == ECMA_ARRAY:
                # The count is advisory: encoders disagree on it, the end marker decides.
                self.need(offset, 4, "ECMA array count")
                arr = EcmaArray()
                return arr, self.properties(offset + 4, depth, arr)
            self.need(offset, 4, "strict array count")
            (count,) = struct.unpack_from(">I", self.data, offset)
            offset += 4
            # Every element takes at least one byte: a count beyond the input is a lie.
            self.reserve(offset, count, 1, "strict array")
            items: list[AmfValue] = []
            for _ in range(count):
                item, offset = self.value(offset, depth + 1)
                items.append(item)
            return items, offset
        if marker == AVMPLUS:
            return _Amf3(self).value(offset, depth)
        if marker == OBJECT_END:
            raise RtmpError(f"AMF0: unexpected object end marker at offset {offset - 1}")
        if marker in (MOVIECLIP, RECORDSET):
            raise RtmpError(f"AMF0: reserved type marker 0x{marker:02x} at offset {offset - 1}")
        raise RtmpError(f"AMF0: unsupported type marker 0x{marker:02x} at offset {offset - 1}")

    def short_string(self, offset: int) -> tuple[str, int]:
        self.need(offset, 2, "string length")
        (length,) = struct.unpack_from(">H", self.data, offset)
        return self.text(offset + 2, length)

    def text(self, offset: int, length: int, amf: str = "AMF0") -> tuple[str, int]:
        self.need(offset, length, "string", amf)
        try:
            text = bytes(self.data[offset : offset + length]).decode("utf-8")
        except UnicodeDecodeError:
            raise RtmpError(f"{amf}: string at offset {offset} is not UTF-8") from None
        return text, offset + length

    def properties(self, offset: int, depth: int, into: dict[str, AmfValue]) -> int:
        while True:
            self.need(offset, 3, "object property or end marker")
            if bytes(self.data[offset : offset + 3]) == _OBJECT_END_BYTES:
                return offset + 3
            key, offset = self.short_string(offset)
            value, offset = self.value(offset, depth + 1)
            into[key] = value


@dataclass(frozen=True, slots=True)
class _Traits:
    class_name: str
    sealed: tuple[str, ...]
    dynamic: bool


_AMF3_VECTORS = {
    0x0D: ("i", 4, "int vector"),
    0x0E: ("I", 4, "uint vector"),
    0x0F: ("d", 8, "double vector"),
}


class _Amf3:
    """One AMF3 value after an AVM+ marker, with reference tables of its own (AMF3 spec
    2.2). It spends the element budget and depth of the AMF0 decoder it came from."""

    def __init__(self, outer: _Decoder) -> None:
        self.d = outer
        self.strings: list[str] = []
        self.objects = 0
        self.traits: list[_Traits] = []

    def need(self, offset: int, n: int, what: str) -> None:
        self.d.need(offset, n, what, "AMF3")

    def u29(self, offset: int) -> tuple[int, int]:
        """A variable-length 29-bit integer: 7 bits a byte, all 8 of a fourth."""
        value = 0
        for i in range(4):
            self.need(offset, 1, "integer")
            byte = self.d.data[offset]
            offset += 1
            if i == 3:
                return value << 8 | byte, offset
            value = value << 7 | byte & 0x7F
            if not byte & 0x80:
                break
        return value, offset

    def header(self, offset: int) -> tuple[int | None, AmfReference | None, int]:
        """A U29 whose low bit says inline (the rest is returned) or reference."""
        value, offset = self.u29(offset)
        if value & 1:
            return value >> 1, None, offset
        index = value >> 1
        if index >= self.objects:
            raise RtmpError(
                f"AMF3: reference {index} at offset {offset} to one of {self.objects} objects"
            )
        return None, AmfReference(index, amf3=True), offset

    def string(self, offset: int) -> tuple[str, int]:
        value, offset = self.u29(offset)
        if not value & 1:
            index = value >> 1
            if index >= len(self.strings):
                raise RtmpError(
                    f"AMF3: string reference {index} at offset {offset} to one of "
                    f"{len(self.strings)} strings"
                )
            return self.strings[index], offset
        text, offset = self.d.text(offset, value >> 1, "AMF3")
        if text:  # the empty string is never sent by reference
            self.strings.append(text)
        return text, offset

    def value(self, offset: int, depth: int) -> tuple[AmfValue, int]:
        self.need(offset, 1, "type marker")
        marker = self.d.data[offset]
        self.d.count(offset, 1, "AMF3")
        offset += 1
        if marker <= 0x03:
            return (UNDEFINED, None, False, True)[marker], offset
        if marker == 0x04:
            number, offset = self.u29(offset)
            return number - (1 << 29) if number & 1 << 28 else number, offset
        if marker == 0x05:
            self.need(offset, 8, "double")
            return struct.unpack_from(">d", self.d.data, offset)[0], offset + 8
        if marker == 0x06:
            return self.string(offset)
        if marker in (0x07, 0x0B, 0x0C):  # XMLDocument, XML, ByteArray
            length, ref, offset = self.header(offset)
            if ref is not None:
                return ref, offset
            assert length is not None
            self.objects += 1
            if marker == 0x0C:
                self.need(offset, length, "byte array")
                return bytes(self.d.data[offset : offset + length]), offset + length
            text, offset = self.d.text(offset, length, "AMF3")
            return XmlDocument(text), offset
        if marker == 0x08:
            _, ref, offset = self.header(offset)
            if ref is not None:
                return ref, offset
            self.objects += 1
            self.need(offset, 8, "date")
            return AmfDate(struct.unpack_from(">d", self.d.data, offset)[0]), offset + 8
        if marker == 0x09:
            return self.array(offset, depth)
        if marker == 0x0A:
            return self.object(offset, depth)
        if marker in _AMF3_VECTORS:
            count, ref, offset = self.header(offset)
            if ref is not None:
                return ref, offset
            assert count is not None
            self.objects += 1
            fmt, size, what = _AMF3_VECTORS[marker]
            self.need(offset, 1, "vector")
            offset += 1  # fixed-length flag
            self.d.reserve(offset, count, size, what, "AMF3")
            self.d.count(offset, count, "AMF3")
            numbers = list(struct.unpack_from(f">{count}{fmt}", self.d.data, offset))
            return numbers, offset + count * size
        if marker in (0x10, 0x11):  # vector of objects, Dictionary
            count, ref, offset = self.header(offset)
            if ref is not None:
                return ref, offset
            assert count is not None
            self.d.nest(offset, depth, "AMF3")
            self.objects += 1
            self.need(offset, 1, "vector" if marker == 0x10 else "dictionary")
            offset += 1  # fixed-length or weak-keys flag
            if marker == 0x10:
                _, offset = self.string(offset)  # the item type name
                self.d.reserve(offset, count, 1, "object vector", "AMF3")
                items: list[AmfValue] = []
                for _ in range(count):
                    item, offset = self.value(offset, depth + 1)
                    items.append(item)
                return items, offset
            self.d.reserve(offset, count, 2, "dictionary", "AMF3")
            pairs: list[AmfValue] = []
            for _ in range(count):
                key, offset = self.value(offset, depth + 1)
                item, offset = self.value(offset, depth + 1)
                pairs.append([key, item])
            return pairs, offset
        raise RtmpError(f"AMF3: unknown type marker 0x{marker:02x} at offset {offset - 1}")

    def array(self, offset: int, depth: int) -> tuple[AmfValue, int]:
        count, ref, offset = self.header(offset)
        if ref is not None:
            return ref, offset
        assert count is not None
        self.d.nest(offset, depth, "AMF3")
        self.objects += 1
        named = EcmaArray()
        while True:
            key, offset = self.string(offset)
            if not key:
                break
            named[key], offset = self.value(offset, depth + 1)
        self.d.reserve(offset, count, 1, "array", "AMF3")
        dense: list[AmfValue] = []
        for _ in range(count):
            item, offset = self.value(offset, depth + 1)
            dense.append(item)
        if not named:
            return dense, offset
        for i, item in enumerate(dense):
            named[str(i)] = item
        return named, offset

    def object(self, offset: int, depth: int) -> tuple[AmfValue, int]:
        start = offset
        value, offset = self.u29(offset)
        if not value & 1:
            index = value >> 1
            if index >= self.objects:
                raise RtmpError(
                    f"AMF3: reference {index} at offset {start} to one of {self.objects} objects"
                )
            return AmfReference(index, amf3=True), offset
        if not value & 2:
            index = value >> 2
            if index >= len(self.traits):
                raise RtmpError(
                    f"AMF3: traits reference {index} at offset {start} to one of "
                    f"{len(self.traits)} traits"
                )
            traits = self.traits[index]
        elif value & 4:
            name, _ = self.string(offset)
            raise RtmpError(
                f"AMF3: externalizable object of class {name[:64]!r} at offset {start} "
                "cannot be read"
            )
        else:
            class_name, offset = self.string(offset)
            count = value >> 4
            self.d.reserve(offset, count, 1, "object traits", "AMF3")
            self.d.count(offset, count, "AMF3")
            sealed = []
            for _ in range(count):
                name, offset = self.string(offset)
                sealed.append(name)
            traits = _Traits(class_name, tuple(sealed), bool(value & 8))
            self.traits.append(traits)
        self.d.nest(offset, depth, "AMF3")
        self.objects += 1
        properties: dict[str, AmfValue] = {}
        for name in traits.sealed:
            properties[name], offset = self.value(offset, depth + 1)
        if traits.dynamic:
            while True:
                name, offset = self.string(offset)
                if not name:
                    break
                properties[name], offset = self.value(offset, depth + 1)
        if traits.class_name:
            return TypedObject(traits.class_name, properties), offset
        return properties, offset


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
    elif value is UNSUPPORTED:
        out.append(UNSUPPORTED_MARKER)
    elif isinstance(value, AmfReference):
        if value.amf3 or not 0 <= value.index <= 0xFFFF:
            raise RtmpError(f"AMF0: cannot encode {value!r}")
        out.append(REFERENCE)
        out += struct.pack(">H", value.index)
    elif isinstance(value, bool):  # before int: bool is an int
        out += bytes((BOOLEAN, 1 if value else 0))
    elif isinstance(value, int | float):
        out.append(NUMBER)
        out += struct.pack(">d", float(value))
    elif isinstance(value, XmlDocument):
        raw = value.encode("utf-8")
        out.append(XML_DOCUMENT)
        out += struct.pack(">I", len(raw)) + raw
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
    elif isinstance(value, TypedObject):
        out.append(TYPED_OBJECT)
        _encode_key(out, value.class_name)
        _encode_properties(out, value.properties, depth)
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


def _encode_key(out: bytearray, key: str) -> None:
    raw = key.encode("utf-8")
    if len(raw) > 0xFFFF:
        raise RtmpError("AMF0: property or class name longer than 65,535 bytes")
    out += struct.pack(">H", len(raw)) + raw


def _encode_properties(out: bytearray, value: dict[str, AmfValue], depth: int) -> None:
    for key, item in value.items():
        _encode_key(out, key)
        _encode(out, item, depth + 1)
    out += _OBJECT_END_BYTES
