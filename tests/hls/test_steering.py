"""Content steering: the multivariant playlist's tag and the manifest's ranking and clones."""

from __future__ import annotations

import json

import m3u8
import pytest

from sender.hls.parser import parse_multivariant
from sender.hls.playlist import Steering, Variant, render_multivariant
from sender.hls.steering import Pathway, render_manifest

VARIANTS = [
    Variant("source/index.m3u8", 2_000_000, codecs="avc1.64001f,mp4a.40.2", stable_id="source"),
    Variant("360p/index.m3u8", 800_000, codecs="avc1.4d401e,mp4a.40.2", stable_id="360p"),
]


def test_the_multivariant_playlist_names_the_manifest_and_its_pathway() -> None:
    text = render_multivariant(
        VARIANTS, query="vsid=abcdefgh", steering=Steering("/steering/s/g.json?base=a", "a")
    )
    assert text.splitlines()[1] == (
        '#EXT-X-CONTENT-STEERING:SERVER-URI="/steering/s/g.json?base=a&vsid=abcdefgh",'
        'PATHWAY-ID="a"'
    )
    parsed = parse_multivariant(text)
    assert [s.attributes.get("PATHWAY-ID") for s in parsed.streams] == ["a", "a"]
    assert [s.attributes.get("STABLE-VARIANT-ID") for s in parsed.streams] == ["source", "360p"]
    steering = next(t for t in parsed.tags if t.name == "EXT-X-CONTENT-STEERING")
    assert steering.attributes is not None and steering.attributes.get("PATHWAY-ID") == "a"
    assert len(m3u8.loads(text).playlists) == 2  # an independent parser reads it too
    # Without steering nothing changes.
    assert "STEERING" not in render_multivariant(VARIANTS) and "PATHWAY" not in render_multivariant(
        VARIANTS
    )


def test_pathway_ids_keep_to_the_characters_allowed() -> None:
    with pytest.raises(ValueError, match="pathway"):
        render_multivariant(VARIANTS, steering=Steering("/s", 'a"b'))


def test_the_manifest_ranks_pathways_and_clones_the_players() -> None:
    pathways = [
        Pathway("b", {"source": "http://10.0.0.2:8081/hls/s/g/source/index.m3u8"}),
        Pathway("a", {"source": "http://10.0.0.1:8080/hls/s/g/source/index.m3u8"}),
        Pathway("c", {"source": "http://10.0.0.3:8082/hls/s/g/source/index.m3u8"}),
    ]
    body = json.loads(
        render_manifest(pathways, base="a", ttl_s=10, reload_uri="http://10.0.0.2:8081/st")
    )
    assert body["VERSION"] == 1 and body["TTL"] == 10
    assert body["RELOAD-URI"] == "http://10.0.0.2:8081/st"
    assert body["PATHWAY-PRIORITY"] == ["b", "a", "c"]
    clones = {c["ID"]: c for c in body["PATHWAY-CLONES"]}
    assert set(clones) == {"b", "c"}  # the player's own pathway is no clone
    assert clones["b"]["BASE-ID"] == "a"
    assert clones["b"]["URI-REPLACEMENT"] == {
        "HOST": "10.0.0.2",
        "PER-VARIANT-URIS": {"source": "http://10.0.0.2:8081/hls/s/g/source/index.m3u8"},
    }
    with pytest.raises(ValueError):
        render_manifest(pathways, base="a", ttl_s=0)
    assert json.loads(render_manifest([], base="a", ttl_s=5))["PATHWAY-PRIORITY"] == ["a"]
