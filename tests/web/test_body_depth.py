"""The nesting count that guards the JSON parser, against the real depth of real JSON."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from sender.web.errors import nesting_depth

# Strings full of the characters the count must skip: brackets, quotes, backslashes.
TEXT = st.text(alphabet=st.sampled_from('[]{}"\\ab\n\u00e9\u202e'), max_size=8)
VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=40,
)


def depth(value: Any) -> int:
    if isinstance(value, list):
        return 1 + max((depth(v) for v in value), default=0)
    if isinstance(value, dict):
        return 1 + max((depth(v) for v in value.values()), default=0)
    return 0


@settings(max_examples=300, deadline=None)
@given(VALUES, st.booleans())
def test_the_count_is_the_depth_of_any_json(value: Any, ascii_only: bool) -> None:
    text = json.dumps(value, ensure_ascii=ascii_only)
    assert nesting_depth(text.encode()) == depth(value)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_give_a_count_and_nothing_else(body: bytes) -> None:
    assert nesting_depth(body) >= 0


def test_escaped_quotes_do_not_end_a_string() -> None:
    assert nesting_depth(rb'{"a": "\"[[[[", "b": "\\", "c": [[1]]}') == 3
    assert nesting_depth(b"[" * 40 + b"]" * 40) == 40
