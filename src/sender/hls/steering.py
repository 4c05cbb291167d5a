"""The content-steering manifest (HLS Content Steering, RFC 8216bis 4.4.6.6 and 7.2), pure.

A multivariant playlist served by one node names one pathway (its own) and a
manifest; the manifest ranks every pathway that can serve the generation
(PATHWAY-PRIORITY, best first) and describes the others as clones of the
one the player has (PATHWAY-CLONES): the same variants, whose playlists are
at another host. PER-VARIANT-URIS gives each clone's variant URI whole,
since nodes may differ in port as well as host (a player's HOST replacement
changes the host name only); HOST is given too. A player that supports
content steering (hls.js) moves to the next pathway when its own fails, and
reloads the manifest after TTL seconds, from RELOAD-URI when given.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

VERSION = 1


@dataclass(frozen=True, slots=True)
class Pathway:
    """One copy of the generation: its id and each variant's playlist URL there."""

    id: str
    variant_uris: Mapping[str, str]  # STABLE-VARIANT-ID -> absolute playlist URL


def render_manifest(
    pathways: Sequence[Pathway],
    *,
    base: str,
    ttl_s: int,
    reload_uri: str | None = None,
) -> str:
    """The manifest's JSON: `pathways` best first; clones of `base`, the player's pathway."""
    if ttl_s < 1:
        raise ValueError("TTL must be at least one second")
    manifest: dict[str, object] = {"VERSION": VERSION, "TTL": ttl_s}
    if reload_uri is not None:
        manifest["RELOAD-URI"] = reload_uri
    manifest["PATHWAY-PRIORITY"] = list(dict.fromkeys(p.id for p in pathways)) or [base]
    clones = []
    for pathway in pathways:
        if pathway.id == base or not pathway.variant_uris:
            continue
        host = urlsplit(next(iter(pathway.variant_uris.values()))).hostname or ""
        clones.append(
            {
                "BASE-ID": base,
                "ID": pathway.id,
                "URI-REPLACEMENT": {
                    "HOST": host,
                    "PER-VARIANT-URIS": dict(pathway.variant_uris),
                },
            }
        )
    if clones:
        manifest["PATHWAY-CLONES"] = clones
    return json.dumps(manifest, separators=(",", ":"))
