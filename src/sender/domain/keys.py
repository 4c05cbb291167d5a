"""Stream keys: publish credentials of the form `<key_id>.<secret>`.

The secret carries 192 random bits and is shown once. Only a verifier is
stored: SHA-256 of the secret. A slow hash adds nothing for secrets of that
entropy, and publish checks stay cheap. Comparison is constant-time.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import datetime

KEY_ID_BYTES = 6  # 12 hex characters: short, non-secret, unique per key
SECRET_BYTES = 24  # 192 bits
_KEY_RE = re.compile(r"^([0-9a-f]{12})\.([A-Za-z0-9_-]{20,128})$")


@dataclass(frozen=True, slots=True)
class StreamKey:
    id: str
    key_id: str
    stream_id: str
    verifier: str
    created_at: datetime
    revoked_at: datetime | None = None
    last_used_at: datetime | None = None

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None


@dataclass(frozen=True, slots=True)
class NewKey:
    """A freshly made key: `key` is the only time the secret exists outside the encoder."""

    key_id: str
    secret: str
    verifier: str

    @property
    def key(self) -> str:
        return f"{self.key_id}.{self.secret}"


def make_verifier(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def generate_key() -> NewKey:
    key_id = secrets.token_hex(KEY_ID_BYTES)
    secret = secrets.token_urlsafe(SECRET_BYTES)
    return NewKey(key_id=key_id, secret=secret, verifier=make_verifier(secret))


def parse_key(key: str) -> tuple[str, str] | None:
    """Split `<key_id>.<secret>`; None when the key is malformed."""
    match = _KEY_RE.match(key)
    if not match:
        return None
    return match.group(1), match.group(2)


def verify_secret(secret: str, verifier: str) -> bool:
    return hmac.compare_digest(make_verifier(secret), verifier)


def redact(key: str) -> str:
    """What a log may show of a presented key: its id part at most, never the secret."""
    parsed = parse_key(key)
    return f"{parsed[0]}.***" if parsed else "<malformed>"


def redact_app(app: str) -> str:
    """What a log may show of an RTMP app name: its first path segment at most.

    An encoder given the whole publish URL as its server (`rtmp://host/live/<key>`,
    a common OBS mistake) sends the key inside the app name, after the first `/`
    or in a query string; a first segment that is itself a key is hidden too.
    """
    first, slash, _ = app.strip("/").partition("/")
    first, query, _ = first.partition("?")
    if parse_key(first) is not None or len(first) > 32:
        first = "***"
    return first + ("?***" if query else "") + ("/***" if slash else "")
