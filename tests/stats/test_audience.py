"""Viewer sessions: 30 s activity window, the address fallback's rules, bounded memory."""

from __future__ import annotations

import logging

import pytest

from sender.stats.audience import Audience, ClientAddresses, PlayerEvents, truncate


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_session_is_active_for_30_s_after_its_last_sign() -> None:
    clock = Clock()
    audience = Audience(clock=clock)
    audience.sign_vsid("s1", "viewer-aaaaaaaa")
    audience.sign_vsid("s1", "viewer-bbbbbbbb")
    audience.sign_vsid("s2", "viewer-aaaaaaaa")
    assert (audience.viewers("s1"), audience.viewers("s2")) == (2, 1)
    clock.now += 20
    audience.sign_vsid("s1", "viewer-aaaaaaaa")  # a heartbeat renews only this one
    clock.now += 10.5
    assert audience.counts() == {"s1": 1}
    assert audience.total() == 1
    clock.now += 19.0
    assert audience.viewers("s1") == 1
    clock.now += 1.0
    assert audience.viewers("s1") == 0
    assert audience.counts() == {}


def test_the_same_viewer_counts_once_and_slugs_are_remembered_while_watched() -> None:
    clock = Clock()
    audience = Audience(clock=clock)
    for _ in range(5):
        audience.sign_vsid("s1", "same-vsid-0001", slug="news")
        audience.sign_client("s1", "203.0.113.9", "VLC/3.0", slug="news")
    assert audience.viewers("s1") == 2
    assert audience.slug("s1") == "news"
    clock.now += 31
    assert audience.viewers("s1") == 0
    assert audience.slug("s1") is None


def test_a_full_table_drops_the_least_recent_with_one_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    clock = Clock()
    audience = Audience(clock=clock, max_sessions=3)
    with caplog.at_level(logging.WARNING):
        for i in range(5):
            clock.now += 1
            audience.sign_vsid("s", f"viewer-{i:08d}")
    assert audience.total() == 3
    assert audience.viewers("s") == 3
    warnings = [r for r in caplog.records if "viewer table full" in r.getMessage()]
    assert len(warnings) == 1


def test_client_address_believes_forwarded_for_only_from_trusted_proxies() -> None:
    plain = ClientAddresses()
    assert plain.client("198.51.100.7", "203.0.113.1") == "198.51.100.7"
    proxied = ClientAddresses(["10.0.0.0/8", "127.0.0.1"])
    assert proxied.client("10.1.2.3", "203.0.113.1") == "203.0.113.1"
    # Each proxy appends its peer: read from the right, skip our own proxies.
    assert proxied.client("10.1.2.3", "192.0.2.66, 203.0.113.1, 10.9.9.9") == "203.0.113.1"
    # A client cannot hide behind a forged header it sends through our proxy:
    assert proxied.client("10.1.2.3", "1.2.3.4, 203.0.113.5") == "203.0.113.5"
    assert proxied.client("127.0.0.1", "203.0.113.1") == "203.0.113.1"
    # From an untrusted peer the header is ignored.
    assert proxied.client("198.51.100.7", "203.0.113.1") == "198.51.100.7"
    assert proxied.client("10.1.2.3", None) == "10.1.2.3"
    assert proxied.client("::ffff:10.1.2.3", "203.0.113.1") == "203.0.113.1"
    assert proxied.client(None, "203.0.113.1") is None


def test_loopback_and_trusted_proxies_are_no_viewers_in_the_fallback() -> None:
    addresses = ClientAddresses(["10.0.0.0/8"])
    assert not addresses.countable("127.0.0.1")
    assert not addresses.countable("::1")
    assert not addresses.countable("10.4.4.4")
    assert not addresses.countable(None)
    assert not addresses.countable("not-an-address")
    assert addresses.countable("203.0.113.1")
    assert addresses.countable("2001:db8::1")


def test_player_events_tally_by_type_and_stream() -> None:
    events = PlayerEvents()
    events.record("s1", "startup", {"ttff_ms": 800})
    events.record("s1", "startup", {"ttff_ms": 1200})
    events.record("s1", "stall", {"duration_ms": 350})
    events.record("s1", "error", {"message": "x" * 5000 + "\nsecond line"})
    events.record("s2", "heartbeat", {})
    assert events.by_type == {"heartbeat": 1, "startup": 2, "error": 1, "stall": 1}
    s1 = events.of("s1").as_dict()
    assert (s1["startups"], s1["mean_ttff_ms"], s1["stalls"], s1["stall_ms_total"]) == (
        2,
        1000,
        1,
        350,
    )
    (message,) = s1["recent_errors"]  # type: ignore[misc]
    assert len(message) == 200 and "\n" not in message
    with pytest.raises(ValueError):
        events.record("s1", "bogus", {})


def test_truncate_keeps_one_short_line() -> None:
    assert truncate("  a\n b\tc ") == "a b c"
    assert truncate("y" * 300, 10) == "y" * 9 + "…"
