"""Streams: channels with a slug, a title, a visibility and output settings."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from sender.domain.ladder import Rung
from sender.domain.values import check_object, check_text, label
from sender.errors import ValidationFailed

SLUG_PATTERN = r"^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$"
SLUG_RE = re.compile(SLUG_PATTERN)
MAX_TITLE = 200


class Visibility(StrEnum):
    PUBLIC = "public"
    UNLISTED = "unlisted"
    PRIVATE = "private"


class LatencyMode(StrEnum):
    LOW = "low"
    STANDARD = "standard"


@dataclass(frozen=True, slots=True)
class Stream:
    id: str
    slug: str
    title: str
    visibility: Visibility
    latency_mode: LatencyMode
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None = None
    settings: dict[str, object] = field(default_factory=dict)
    ladder: tuple[Rung, ...] = ()  # rungs transcoded beside the source copy (`domain.ladder`)

    @property
    def deleted(self) -> bool:
        return self.deleted_at is not None


def validate_slug(slug: str) -> str:
    if not isinstance(slug, str) or not SLUG_RE.fullmatch(slug):  # no trailing newline
        raise ValidationFailed(
            "slug must be 1-64 characters of a-z, 0-9 and '-', not starting or ending with '-'"
        )
    return slug


def validate_title(title: str) -> str:
    """The title without surrounding space: one line of text (see `domain.values`)."""
    if not isinstance(title, str) or not label(title):
        raise ValidationFailed("title must be a non-empty string")
    if len(title) > MAX_TITLE:
        raise ValidationFailed(f"title must be at most {MAX_TITLE} characters")
    return label(check_text("title", title))


def validate_settings(settings: object) -> dict[str, object]:
    """Output settings: a free-form JSON object, bounded in depth and size (`domain.values`)."""
    return check_object("settings", settings)
