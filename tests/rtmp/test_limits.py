"""RtmpLimits: the two budgets, and the settings they refuse."""

from __future__ import annotations

import pytest

from sender.errors import ConfigError
from sender.rtmp.limits import MAX_CHUNK_SIZE, Budget, RtmpLimits


def test_two_budgets() -> None:
    limits = RtmpLimits()
    assert limits.pre_publish == Budget(4096, 16384, 256, 256, 8)
    assert limits.publishing == Budget(16 << 20, 32 << 20, None, 4096, 32)
    assert limits.max_chunk_size == MAX_CHUNK_SIZE == 2**31 - 1


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"max_chunk_size": 2**31}, "invalid setting rtmp_max_chunk_size: 2147483648 outside"),
        ({"max_chunk_size": 127}, "invalid setting rtmp_max_chunk_size"),
        ({"pre_publish_max_chunks": 0}, "rtmp_pre_publish_max_chunks: must be positive"),
        (
            {"max_message_size": 1 << 20, "pre_publish_max_message_size": 2 << 20},
            "rtmp_pre_publish_max_message_size: must not exceed the publishing limit of 1048576",
        ),
        (
            {"pre_publish_max_amf_depth": 40},
            "rtmp_pre_publish_max_amf_depth: must not exceed the publishing limit of 32",
        ),
    ],
)
def test_bad_limits_name_the_setting(fields: dict[str, int], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        RtmpLimits(**fields)
