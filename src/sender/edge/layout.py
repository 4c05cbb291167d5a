"""Where each rendition of a generation is at a source, and under which name (pure).

An edge mirrors a generation rendition by rendition, each from its own media
playlist at the source it follows. The source's layout says which playlists:
- the renditions recorded for the generation (`renditions.upsert`,
  `PUT /api/v1/generations/{id}/renditions`) that name a `playlist_url`: an
  external muxer that brings several renditions describes them in the shared
  state, and those names are the ones the edge serves (`recorded_layout`);
- else the variants of the multivariant playlist the source serves at the
  generation's URL (`multivariant_layout`): a Sender node's own, or an
  external muxer's master playlist;
- else that URL is itself the only media playlist: rendition `source`.

A name is a Sender rendition name (media.names: it becomes a path segment of
`/hls/<stream>/<generation>/<rendition>/`); a recorded rendition whose name
is not one, or that names no playlist, is left out rather than guessed.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urljoin, urlsplit

from sender.domain.renditions import Rendition
from sender.hls import parser
from sender.media.names import is_rendition


def rendition_name(uri: str, position: int) -> str:
    """A variant's rendition name: Sender's `<name>/index.m3u8`, else the file's stem."""
    path = uri.split("?", 1)[0]
    parts = [p for p in path.split("/") if p]
    if len(parts) >= 2 and parts[-1] == "index.m3u8" and is_rendition(parts[-2]):
        return parts[-2]
    stem = parts[-1].rsplit(".", 1)[0].lower() if parts else ""
    return stem if is_rendition(stem) else f"v{position}"


def multivariant_layout(
    playlist: parser.MultivariantPlaylist, url: str
) -> dict[str, tuple[str, parser.StreamInf]]:
    """Each variant's rendition name -> (its media playlist URL, its EXT-X-STREAM-INF).

    Two variants whose URIs give the same name (`a/stream.m3u8`, `b/stream.m3u8`)
    would be one rendition: the later is named by its position instead.
    """
    layout: dict[str, tuple[str, parser.StreamInf]] = {}
    for position, stream_inf in enumerate(playlist.streams):
        uri = stream_inf.variant.uri
        name = rendition_name(uri, position)
        if name in layout:
            name = f"v{position}"
        layout[name] = (urljoin(url, uri.split("?", 1)[0]), stream_inf)
    return layout


def playlist_address(base_url: str, playlist_url: str) -> str:
    """A recorded playlist URL, absolute, or resolved against the endpoint's base URL.

    The base URL is taken as a directory whether or not it ends in "/", so
    `show/360p.m3u8` under `http://muxer/live` is `http://muxer/live/show/360p.m3u8`.
    """
    if urlsplit(playlist_url).scheme:
        return playlist_url
    return urljoin(base_url.rstrip("/") + "/", playlist_url)


def usable(rendition: Rendition) -> bool:
    """Can an edge mirror this recorded rendition (a Sender name, a playlist to read)?"""
    return bool(rendition.playlist_url) and is_rendition(rendition.name)


def recorded_layout(renditions: Iterable[Rendition], base_url: str) -> dict[str, str]:
    """Rendition name -> media playlist URL, for the recorded renditions that name one."""
    return {
        r.name: playlist_address(base_url, r.playlist_url)
        for r in renditions
        if r.playlist_url and is_rendition(r.name)
    }
