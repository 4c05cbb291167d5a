"""Response bodies read from domain objects: the exact JSON of the API contract, and no secret."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sender.control.context import PublisherInfo
from sender.control.endpoints import EndpointView, UpsertedEndpoint
from sender.control.playback import Playback
from sender.control.streams import StreamStatus
from sender.domain.endpoints import EndpointKind, EndpointSnapshot, Health, MediaEndpoint
from sender.domain.generations import Generation, GenerationState
from sender.domain.keys import StreamKey
from sender.domain.ladder import Rung
from sender.domain.renditions import Rendition
from sender.domain.streams import LatencyMode, Stream, Visibility
from sender.web import schemas as s

T = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
TS = "2026-01-02T03:04:05Z"
SID, GID, EID = "a" * 32, "b" * 32, "d" * 32

LADDER = (Rung("720p", 720, 3000, 128), Rung("low", 360, 400, None, 15.0))
STREAM = Stream(
    SID, "show", "Show", Visibility.PRIVATE, LatencyMode.LOW, T, T, None, {"x": [1]}, LADDER
)
GENERATION = Generation(GID, SID, GenerationState.LIVE, "node-a", True, T, T)
PUBLISHER = PublisherInfo(
    "192.0.2.1:5000", "0123456789ab", T, 1.5, "avc1", None, 1280, 720, "native", None
)
RENDITION = Rendition(
    GID, "source", 1280, 720, 3_000_000, "avc1.64001f", 30.0, 2_500_000, "source/index.m3u8"
)

STREAM_JSON = {
    "id": SID,
    "slug": "show",
    "title": "Show",
    "visibility": "private",
    "latency_mode": "low",
    "settings": {"x": [1]},
    "ladder": [
        {"name": "720p", "height": 720, "video_kbps": 3000, "audio_kbps": 128, "fps": None},
        {"name": "low", "height": 360, "video_kbps": 400, "audio_kbps": None, "fps": 15.0},
    ],
    "created_at": TS,
    "updated_at": TS,
}
GENERATION_JSON = {
    "id": GID,
    "stream_id": SID,
    "state": "live",
    "active": True,
    "node_id": "node-a",
    "auto_started": True,
    "created_at": TS,
    "live_at": TS,
    "ended_at": None,
    "failure_reason": None,
}
RENDITION_JSON = {
    "name": "source",
    "width": 1280,
    "height": 720,
    "bandwidth": 3_000_000,
    "average_bandwidth": 2_500_000,
    "codecs": "avc1.64001f",
    "frame_rate": 30.0,
    "playlist_url": "source/index.m3u8",
}


def dump(model: s.BaseModel) -> dict[str, object]:
    data: dict[str, object] = model.model_dump(mode="json")
    return data


def test_stream_generation_and_status() -> None:
    assert dump(s.StreamOut.model_validate(STREAM)) == STREAM_JSON
    assert dump(s.GenerationOut.model_validate(GENERATION)) == GENERATION_JSON
    status = dump(s.StatusOut.model_validate(StreamStatus(STREAM, GENERATION, PUBLISHER)))
    assert status == {
        "stream": STREAM_JSON,
        "generation": GENERATION_JSON,
        "publisher": {
            "peer": "192.0.2.1:5000",
            "key_id": "0123456789ab",
            "connected_at": TS,
            "ingest_bps": 1.5,
            "video_codec": "avc1",
            "audio_codec": None,
            "width": 1280,
            "height": 720,
            "backend": "native",
            "backend_fallback": None,
        },
    }
    empty = dump(s.StatusOut.model_validate(StreamStatus(STREAM, None, None)))
    assert empty == {"stream": STREAM_JSON, "generation": None, "publisher": None}


def test_a_key_shows_its_state_and_never_its_verifier() -> None:
    key = StreamKey("c" * 32, "0123456789ab", SID, "VERIFIER-SECRET-HASH", T, T, None)
    body = dump(s.KeyOut.model_validate(key))
    assert body == {
        "key_id": "0123456789ab",
        "stream_id": SID,
        "created_at": TS,
        "revoked": True,
        "revoked_at": TS,
        "last_used_at": None,
    }


def test_an_endpoint_says_whether_it_has_a_token_and_never_shows_the_verifier() -> None:
    snapshot = EndpointSnapshot(EID, T, 3, 1.0, 2.0, None, T, 0.5, Health.DEGRADED, {"k": "v"})
    with_token = MediaEndpoint(
        EID, "cdn", EndpointKind.EXTERNAL_EDGE, "https://cdn", None, T, T, ("e" * 32,), "VERIF"
    )
    plain = MediaEndpoint("f" * 32, "o", EndpointKind.ORIGIN, "http://o", "node-a", T, T)
    listed = dump(s.EndpointOut.from_view(EndpointView(with_token, snapshot)))
    assert listed == {
        "id": EID,
        "name": "cdn",
        "kind": "external_edge",
        "base_url": "https://cdn",
        "node_id": None,
        "source_ids": ["e" * 32],
        "enabled": True,
        "capacity": {"max_viewers": None, "max_egress_bps": None},
        "tls_verify": True,
        "has_token": True,
        "created_at": TS,
        "updated_at": TS,
        "health": "down",
        "snapshot": {
            "endpoint_id": EID,
            "reported_at": TS,
            "viewers": 3,
            "ingress_bps": 1.0,
            "egress_bps": 2.0,
            "playlist_age_s": None,
            "last_segment_at": TS,
            "segment_lag": 0.5,
            "health": "degraded",
            "extra": {"k": "v"},
        },
    }
    assert dump(s.EndpointOut.from_view(EndpointView(plain, None)))["has_token"] is False
    upserted = dump(s.EndpointUpsertOut.from_upsert(UpsertedEndpoint(with_token, "NEW")))
    assert upserted["token"] == "NEW" and upserted["snapshot"] is None
    assert dump(s.EndpointUpsertOut.from_upsert(UpsertedEndpoint(plain, None)))["token"] is None
    for body in (listed, upserted):
        assert "VERIF" not in json.dumps(body) and "token_verifier" not in body


def test_playback_names_the_stream_and_nothing_more_of_it() -> None:
    url = f"http://node/hls/{SID}/{GID}/index.m3u8?token=t"
    played = Playback(STREAM, GID, "live", url, True, (RENDITION,), False)
    assert dump(s.PlaybackOut.model_validate(played)) == {
        "stream": {"slug": "show", "title": "Show", "visibility": "private"},
        "generation_id": GID,
        "state": "live",
        "hls_url": url,
        "low_latency": True,
        "renditions": [RENDITION_JSON],
        "publishing": False,
    }
    assert dump(s.RenditionOut.model_validate(RENDITION)) == RENDITION_JSON
