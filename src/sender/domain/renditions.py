"""Renditions: the variants of a generation. The copy rendition is `source`."""

from __future__ import annotations

from dataclasses import dataclass

SOURCE = "source"


@dataclass(frozen=True, slots=True)
class Rendition:
    generation_id: str
    name: str
    width: int | None = None
    height: int | None = None
    bandwidth: int | None = None  # bits per second, peak estimate
    codecs: str | None = None  # RFC 6381, e.g. "avc1.64001f,mp4a.40.2"
    frame_rate: float | None = None
    # Bits per second averaged over the stream (RFC 8216bis 4.4.6.2 AVERAGE-BANDWIDTH).
    average_bandwidth: int | None = None
    # The media playlist of this rendition when an external muxer produces it: absolute,
    # or relative to the endpoint's base_url. None for renditions Sender packages itself.
    playlist_url: str | None = None
