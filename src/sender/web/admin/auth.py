"""Admin sessions and CSRF: the signed cookie value, its expiry, and the checks on every form.

A session value is `1.<session id>.<expiry>.<HMAC>`, never the token. The HMAC
key is derived from the admin token, so a new token ends every session, and any
node that shares the token accepts the cookie. Logout revokes the session id on
this node until it would have expired (a bounded list; a restart forgets it).

A state-changing form carries a CSRF token (an HMAC of the session id) and must
come from this site: `same_site` compares its `Origin`, else its `Referer`, with
the address the browser reached and the public URL.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

COOKIE = "sender_admin"
SESSION_TTL_S = 12 * 3600
MAX_VALUE = 200  # a cookie value longer than any we issue is not ours
MAX_REVOKED = 10_000  # logged-out sessions remembered; the oldest is forgotten first


@dataclass(frozen=True, slots=True)
class AdminSession:
    id: str
    expires_at: int


class AdminAuth:
    """Signed, expiring admin sessions and the CSRF tokens bound to them."""

    def __init__(
        self,
        admin_token: str,
        *,
        ttl_s: int = SESSION_TTL_S,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._token = admin_token.encode()
        self._key = hmac.new(self._token, b"sender admin session v1", hashlib.sha256).digest()
        self.ttl_s = ttl_s
        self._clock = clock
        self._revoked: OrderedDict[str, int] = OrderedDict()

    def token_matches(self, presented: str) -> bool:
        return hmac.compare_digest(presented.encode(), self._token)

    def issue(self) -> tuple[str, AdminSession]:
        session = AdminSession(secrets.token_urlsafe(18), int(self._clock()) + self.ttl_s)
        payload = f"1.{session.id}.{session.expires_at}"
        return f"{payload}.{self._sign(payload)}", session

    def verify(self, value: str | None) -> AdminSession | None:
        if not value or len(value) > MAX_VALUE:
            return None
        payload, _, signature = value.rpartition(".")
        if not hmac.compare_digest(signature.encode(), self._sign(payload).encode()):
            return None
        version, _, rest = payload.partition(".")
        sid, _, expiry = rest.partition(".")
        if version != "1" or not sid or not expiry.isdigit():
            return None
        expires_at = int(expiry)
        if expires_at <= self._clock() or sid in self._revoked:
            return None
        return AdminSession(sid, expires_at)

    def revoke(self, session: AdminSession) -> None:
        now = self._clock()
        for sid, expires_at in list(self._revoked.items()):
            if expires_at <= now:
                del self._revoked[sid]
        while len(self._revoked) >= MAX_REVOKED:
            self._revoked.popitem(last=False)
        self._revoked[session.id] = session.expires_at

    def csrf_token(self, session: AdminSession) -> str:
        return self._sign("csrf." + session.id)

    def csrf_ok(self, session: AdminSession, presented: str) -> bool:
        return hmac.compare_digest(presented.encode(), self.csrf_token(session).encode())

    def _sign(self, payload: str) -> str:
        return _b64(hmac.new(self._key, payload.encode(), hashlib.sha256).digest())


def same_site(
    *, origin: str | None, referer: str | None, host: str | None, public_url: str | None
) -> bool:
    """Does a POST come from one of our own pages? Its Origin, else its Referer; neither: no.

    Ours are the address the browser reached (`Host`, over http or https) and the public URL.
    """
    if origin is None or origin == "null":
        claimed = origin_of(referer) if referer else None
    else:
        claimed = origin_of(origin)
    if claimed is None:
        return False
    allowed = {origin_of(public_url or "")}
    if host:
        host = host.lower()
        allowed.update({f"http://{host}", f"https://{host}"})
    return claimed in allowed


def origin_of(url: str) -> str | None:
    """`scheme://host[:port]` of a URL, lower-cased; None when it has no scheme or host."""
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}".lower()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()
