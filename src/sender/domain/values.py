"""What a client may hand Sender to keep: text and small free-form JSON.

Every string kept in the store must be valid Unicode without NUL (PostgreSQL
text holds neither a NUL nor a lone surrogate, and no later reader should meet
them). Text shown as one line (titles, names) also holds no control
characters, line or paragraph separators, and no bidirectional embedding,
override or isolate (U+202A-U+202E, U+2066-U+2069), which make a title read
differently from what it is.

Free-form JSON (a stream's `settings`, a snapshot's `extra`) is an object of
bounded depth and size, with finite numbers and such strings only, so that
whatever was stored can always be read back and served.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable

from sender.errors import ValidationFailed

# Depth 1 is a flat object; a list of objects inside it (a ladder of renditions) is depth 3.
MAX_OBJECT_DEPTH = 16
MAX_OBJECT_BYTES = 16 * 1024  # as compact JSON: far above any settings, well below a body

# Code points text may not hold, as (first, last, why). The same table writes the checks
# and the patterns the API document shows, so the two do not disagree.
NEVER = (
    (0x0000, 0x0000, "must not contain NUL"),
    (0xD800, 0xDFFF, "must be valid Unicode (it holds a lone surrogate)"),
)
NOT_IN_ONE_LINE = (
    (0x0001, 0x001F, "must be one line without control characters"),
    (0x007F, 0x009F, "must be one line without control characters"),
    (0x2028, 0x2029, "must be one line without line or paragraph separators"),
    (0x202A, 0x202E, "must not hold bidirectional embeddings or overrides"),
    (0x2066, 0x2069, "must not hold bidirectional isolates"),
)
# What `label` strips from both ends, and what a label must hold more than: the characters
# for which Python's str.isspace() is true (spelled out, so the document can say them too).
SPACE = (
    (0x0009, 0x000D),
    (0x001C, 0x0020),
    (0x0085, 0x0085),
    (0x00A0, 0x00A0),
    (0x1680, 0x1680),
    (0x2000, 0x200A),
    (0x2028, 0x2029),
    (0x202F, 0x202F),
    (0x205F, 0x205F),
    (0x3000, 0x3000),
)


def _class(ranges: Iterable[tuple[int, int]]) -> str:
    """A regex character class body: `\\uXXXX-\\uYYYY...`, read alike by Python and ECMA."""
    return "".join(f"\\u{a:04x}" if a == b else f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges)


def _spans(table: Iterable[tuple[int, int, str]]) -> list[tuple[int, int]]:
    return [(first, last) for first, last, _ in table]


_TEXT_FIRST_BAD = re.compile(f"[{_class(_spans(NEVER))}]")
_ONE_LINE_FIRST_BAD = re.compile(f"[{_class(_spans(NEVER + NOT_IN_ONE_LINE))}]")

# The API document's patterns say the same, less the surrogates: a pattern cannot name them
# (they are not characters), so the document says in words that strings must be valid Unicode.
_SURROGATES = (0xD800, 0xDFFF)
NOT_ONE_LINE = _class(r for r in _spans(NEVER + NOT_IN_ONE_LINE) if r != _SURROGATES)
TEXT_PATTERN = f"^[^{_class(r for r in _spans(NEVER) if r != _SURROGATES)}]*$"
ONE_LINE_PATTERN = f"^[^{NOT_ONE_LINE}]*$"
LABEL_PATTERN = f"^[^{NOT_ONE_LINE}]*[^{NOT_ONE_LINE}{_class(SPACE)}][^{NOT_ONE_LINE}]*$"
_SPACE_CHARS = "".join(chr(c) for first, last in SPACE for c in range(first, last + 1))


def text_problem(value: str, *, one_line: bool = True) -> str | None:
    """Why `value` may not be kept as text (None when it may)."""
    bad = (_ONE_LINE_FIRST_BAD if one_line else _TEXT_FIRST_BAD).search(value)
    if bad is None:
        return None
    code = ord(bad.group())
    why = next(w for first, last, w in NEVER + NOT_IN_ONE_LINE if first <= code <= last)
    return f"{why} (U+{code:04X})"


def check_text(field: str, value: str, *, one_line: bool = True) -> str:
    """`value`, or ValidationFailed naming `field` and what is wrong with it."""
    problem = text_problem(value, one_line=one_line)
    if problem is not None:
        raise ValidationFailed(f"{field}: {problem}")
    return value


def label(value: str) -> str:
    """`value` without space at either end (the characters of SPACE)."""
    return value.strip(_SPACE_CHARS)


def object_problem(
    value: object, *, max_depth: int = MAX_OBJECT_DEPTH, max_bytes: int = MAX_OBJECT_BYTES
) -> str | None:
    """Why `value` may not be kept as a free-form JSON object (None when it may)."""
    if not isinstance(value, dict):
        return "must be a JSON object"
    problem = _tree_problem(value, 1, max_depth)
    if problem is not None:
        return problem
    size = len(json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode())
    if size > max_bytes:
        return f"must be at most {max_bytes} bytes as JSON (it is {size})"
    return None


def check_object(field: str, value: object) -> dict[str, object]:
    """`value` as a free-form JSON object, or ValidationFailed naming `field`."""
    problem = object_problem(value)
    if problem is not None:
        raise ValidationFailed(f"{field}: {problem}")
    assert isinstance(value, dict)
    return value


def _tree_problem(value: object, depth: int, max_depth: int) -> str | None:
    if isinstance(value, dict | list):
        if depth > max_depth:
            return f"must be nested at most {max_depth} levels deep"
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for key, item in items:
            if isinstance(value, dict):
                if not isinstance(key, str):
                    return "must have string keys"
                problem = text_problem(key, one_line=False)
                if problem is not None:
                    return f"key {key[:40]!r} {problem}"
            problem = _tree_problem(item, depth + 1, max_depth)
            if problem is not None:
                return problem
        return None
    if isinstance(value, str):
        problem = text_problem(value, one_line=False)
        return f"string {problem}" if problem is not None else None
    if isinstance(value, float) and not math.isfinite(value):
        return "numbers must be finite (no NaN or Infinity)"
    if value is None or isinstance(value, bool | int | float):
        return None
    return f"must hold only JSON values, not {type(value).__name__}"
