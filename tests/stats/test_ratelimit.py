from __future__ import annotations

from sender.stats.ratelimit import RateLimiter


def test_bucket_allows_a_burst_then_the_rate() -> None:
    now = [0.0]
    limiter = RateLimiter(2.0, 5, clock=lambda: now[0])
    assert [limiter.allow("a") for _ in range(6)] == [True] * 5 + [False]
    assert limiter.allow("b")  # another address has its own bucket
    now[0] += 0.5  # one token back
    assert limiter.allow("a")
    assert not limiter.allow("a")
    now[0] += 100  # refills only up to the burst
    assert [limiter.allow("a") for _ in range(6)] == [True] * 5 + [False]


def test_the_table_is_bounded() -> None:
    limiter = RateLimiter(1.0, 1, max_clients=100, clock=lambda: 0.0)
    for i in range(1000):
        limiter.allow(f"10.0.{i // 256}.{i % 256}")
    assert len(limiter) == 100
