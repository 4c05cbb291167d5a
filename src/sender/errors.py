"""Sender's errors: one small tree.

    SenderError                 base of everything Sender raises on purpose
    ├── ConfigError             invalid configuration; names the setting
    ├── ProtocolError           bad bytes from a peer (also a ValueError)
    │   ├── RtmpError           RTMP handshake, chunk stream, AMF0, commands
    │   ├── FlvError            FLV tags
    │   ├── Fmp4Error           fragmented MP4 boxes
    │   ├── PlaylistError       HLS playlist text (an upstream's, or anyone's)
    │   └── UnsupportedCodec    well-formed media in a codec the in-process muxer cannot carry
    ├── ApiError                an operation refused; carries an HTTP status and a code
    │   ├── BadRequest          400 bad_request
    │   ├── Unauthorized        401 unauthorized
    │   ├── Forbidden           403 forbidden
    │   ├── NotFound            404 not_found
    │   ├── Conflict            409 conflict
    │   │   └── IllegalTransition   a generation state change the table forbids
    │   ├── PayloadTooLarge     413 payload_too_large
    │   ├── ValidationFailed    422 validation_failed
    │   └── Unavailable         503 unavailable; `retry_after_s` for a Retry-After header
    │       └── StoreBusy       the store's write lock is held too long: retry shortly
    ├── PublishRefused          an RTMP publish refused (bad key, busy stream); carries the
    │                           NetStream status code and a reason label for metrics
    ├── BusyError               a second encoder for a stream that already has one
    ├── PublishEnded            the generation an encoder publishes to has ended: it closes
    ├── BackendError            the media backend (ffmpeg) could not start or run
    ├── UpstreamError           an edge's source failed a request: not there, erring, or
    │                           silent; carries the failure kind and the HTTP status
    └── DataDirBusy             another node holds the data dir; carries its pid

Protocol and format code raises only ProtocolError subclasses; anything else
escaping a parser is a bug, and the fuzz tests check exactly that.
"""

from __future__ import annotations

from pathlib import Path


class SenderError(Exception):
    """Base of every error Sender raises on purpose."""


class ConfigError(SenderError):
    """Invalid configuration. The message names the setting."""

    def __init__(self, setting: str, message: str) -> None:
        super().__init__(f"invalid setting {setting}: {message}")
        self.setting = setting


class ProtocolError(SenderError, ValueError):
    """Bytes from a peer that break the protocol or format."""


class RtmpError(ProtocolError):
    """RTMP handshake, chunk stream, AMF0 or command error."""


class FlvError(ProtocolError):
    """Malformed FLV tag or header."""


class Fmp4Error(ProtocolError):
    """Malformed fragmented MP4."""


class PlaylistError(ProtocolError):
    """Malformed HLS playlist; the message names the line and the tag."""


class UnsupportedCodec(ProtocolError):
    """Media the in-process muxer cannot carry (say VP6, MP3, Opus or multitrack).

    Not malformed: a publish can be refused with this message, or handed to ffmpeg.
    `kind` is "video" or "audio"; `codec` names what was found.
    """

    def __init__(self, kind: str, codec: str) -> None:
        super().__init__(f"unsupported {kind} codec: {codec}")
        self.kind = kind
        self.codec = codec


class ApiError(SenderError):
    """An operation refused; mapped to `{"error": {"code", "message"}}` with `status`."""

    status: int = 400
    code: str = "bad_request"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code


class BadRequest(ApiError):
    status = 400
    code = "bad_request"


class Unauthorized(ApiError):
    status = 401
    code = "unauthorized"


class Forbidden(ApiError):
    status = 403
    code = "forbidden"


class NotFound(ApiError):
    status = 404
    code = "not_found"


class Conflict(ApiError):
    status = 409
    code = "conflict"


class IllegalTransition(Conflict):
    code = "illegal_transition"


class PayloadTooLarge(ApiError):
    status = 413
    code = "payload_too_large"


class ValidationFailed(ApiError):
    status = 422
    code = "validation_failed"


class Unavailable(ApiError):
    """503; `retry_after_s`, when set, goes out as a Retry-After header (whole seconds)."""

    status = 503
    code = "unavailable"
    retry_after_s: float | None = None

    def __init__(
        self, message: str, *, code: str | None = None, retry_after_s: float | None = None
    ) -> None:
        super().__init__(message, code=code)
        if retry_after_s is not None:
            self.retry_after_s = retry_after_s


class StoreBusy(Unavailable):
    """The database did not take a write within the busy timeout (another writer holds it)."""


class PublishRefused(SenderError):
    """An RTMP publish refused.

    `status_code` is the NetStream code sent to the encoder
    (NetStream.Publish.BadName or NetStream.Publish.Rejected); `reason` is a
    short label for logs and metrics (bad_key, revoked_key, busy, ...). The
    message never contains the key.
    """

    def __init__(self, status_code: str, reason: str, description: str) -> None:
        super().__init__(description)
        self.status_code = status_code
        self.reason = reason
        self.description = description


class BusyError(SenderError):
    """A second encoder tried to publish to a stream that already has one."""


class PublishEnded(SenderError):
    """Raised into the ingest connection when its generation was stopped: it closes."""


class BackendError(SenderError):
    """The media backend could not start or keep running."""


class UpstreamError(SenderError):
    """An upstream request of an edge failed.

    `failure` is "dead" (refused, reset, closed), "error" (an HTTP error status, a
    body too large) or "late" (no answer in time; a 503 from a blocking request
    that timed out upstream); `status` is the HTTP status when there was one.
    """

    def __init__(self, failure: str, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.failure = failure
        self.status = status


class DataDirBusy(SenderError):
    """Another node holds the data dir's lock; `pid` is that node's, when it could be read."""

    def __init__(self, data_dir: Path, pid: int | None) -> None:
        who = f"pid {pid}" if pid is not None else "pid unknown"
        super().__init__(
            f"data dir {data_dir} is in use by another Sender node ({who}); "
            "stop that node or give this one its own SENDER_DATA_DIR"
        )
        self.data_dir = data_dir
        self.pid = pid
