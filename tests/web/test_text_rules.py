"""The text rules as the code applies them and as the API document states them agree."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from sender.domain.values import (
    LABEL_PATTERN,
    ONE_LINE_PATTERN,
    TEXT_PATTERN,
    label,
    text_problem,
)

# Every code point but the surrogates, which the document's patterns cannot name; biased
# towards the ones the rules are about.
SPECIAL = "\x00\x01\t\n\r\x1f \x7f\x85\x9f\xa0\u1680\u2000\u200a\u2028\u2029\u202a\u202e"
SPECIAL += "\u202f\u205f\u2066\u2069\u3000\ufeff\u200b"
CHARS = st.sampled_from(SPECIAL) | st.characters(exclude_categories=["Cs"])


@settings(max_examples=500, deadline=None)
@given(st.text(CHARS, max_size=12))
@example("abc\n")  # Python's `$` matches before a final newline; the rules do not
@example("   ")
@example("")
def test_patterns_and_checks_agree(text: str) -> None:
    assert (re.fullmatch(TEXT_PATTERN, text) is not None) == (
        text_problem(text, one_line=False) is None
    )
    one_line = text_problem(text) is None
    assert (re.fullmatch(ONE_LINE_PATTERN, text) is not None) == one_line
    assert (re.fullmatch(LABEL_PATTERN, text) is not None) == (one_line and label(text) != "")


def test_surrogates_are_refused_in_words() -> None:
    problem = text_problem("a\ud800b", one_line=False)
    assert problem is not None and "surrogate" in problem
    assert text_problem("\U0001f3a5 ok") is None  # an astral character is not a surrogate


def test_space_is_what_python_strips() -> None:
    every_space = "".join(chr(c) for c in range(0x110000) if chr(c).isspace())
    assert label(every_space + "x" + every_space) == "x"
    assert label("\u200bx") == "\u200bx"  # a zero-width space is not space
