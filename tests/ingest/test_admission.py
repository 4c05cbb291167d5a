"""Admission: connection caps and the wrong-key bucket per address, on a given clock."""

from __future__ import annotations

import pytest

from sender.ingest import admission
from sender.ingest.admission import Admission


def make(**kwargs: float) -> Admission:
    settings = {
        "max_connections": 3,
        "max_connections_per_address": 2,
        "key_failures_burst": 3,
        "key_failures_per_s": 0.5,
    }
    return Admission(**(settings | kwargs))  # type: ignore[arg-type]


def test_caps_count_open_connections() -> None:
    a = make()
    assert [a.admit("x"), a.admit("x"), a.admit("x")] == [None, None, "too_many_from_address"]
    assert a.admit("y") is None
    assert a.admit("z") == "too_many_connections"
    a.release("x")
    assert a.admit("z") is None
    a.release("nobody")  # never admitted: nothing to free
    assert a.connections == 3
    assert a.report(0).capped == 2


def test_wrong_keys_spend_the_bucket_and_time_refills_it() -> None:
    a = make()
    assert [a.refused("x", "bad_key", 0.0) for _ in range(3)] == [True, False, False]
    assert not a.may_try_key("x", 0.0)
    assert a.may_try_key("y", 0.0)  # per address
    assert not a.may_try_key("x", 1.9)
    assert a.may_try_key("x", 2.0)  # 0.5 a second: one attempt back after 2 s
    tally = a.report(2.0)
    assert (tally.wrong_keys, tally.rate_limited, tally.addresses) == (3, 2, {"x"})
    assert not a.report(2.0)


@pytest.mark.parametrize("reason", ["busy", "not_started", "ended", "error"])
def test_other_refusals_spend_nothing(reason: str) -> None:
    a = make(key_failures_burst=1)
    assert a.refused("x", reason, 0.0) is False
    assert a.may_try_key("x", 0.0)
    assert not a.report(0.0)


@pytest.mark.parametrize("reason", sorted(admission.WRONG_KEY_REASONS))
def test_every_wrong_key_reason_spends(reason: str) -> None:
    a = make(key_failures_burst=1)
    a.refused("x", reason, 0.0)
    assert not a.may_try_key("x", 0.0)


def test_full_buckets_are_forgotten_and_the_table_is_bounded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    a = make()
    a.refused("x", "bad_key", 0.0)
    a.report(1.0)
    assert a.tracked_addresses == 1  # half refilled: remembered
    a.report(2.0)
    assert a.tracked_addresses == 0  # full again: forgotten
    monkeypatch.setattr(admission, "MAX_TRACKED_ADDRESSES", 2)
    for name in ("a", "b", "c"):
        a.refused(name, "bad_key", 0.0)
    assert a.tracked_addresses == 2


def test_bad_settings_are_refused() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        make(max_connections=0)
    with pytest.raises(ValueError, match="positive"):
        make(key_failures_per_s=0)
