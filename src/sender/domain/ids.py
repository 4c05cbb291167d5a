"""Identifiers and clocks shared by the domain."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime


def new_id() -> str:
    """A random 32-character lowercase hex id, safe in URLs and file names."""
    return uuid.uuid4().hex


def is_id(value: str) -> bool:
    return len(value) == 32 and all(c in "0123456789abcdef" for c in value)


def utcnow() -> datetime:
    return datetime.now(UTC)
