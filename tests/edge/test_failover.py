"""The failover machine: when an edge leaves its source, for which one, and when it comes back."""

from __future__ import annotations

from sender.domain.endpoints import Health
from sender.edge.failover import Failover, Failure, Probe, Switch

OK = Health.HEALTHY
LATE = 0.8  # three 0.2 s part targets after the next part was due


def machine(*healths: Health, now: float = 0.0, **options: float) -> Failover:
    sources = [(name, h) for name, h in zip("abc", healths or (OK, OK, OK), strict=False)]
    return Failover(sources, now=now, late_after_s=LATE, failback_after_s=5.0, **options)  # type: ignore[arg-type]


def test_it_follows_the_first_usable_source() -> None:
    assert machine().current == "a"
    assert machine(Health.DOWN, OK).current == "b"
    assert machine(Health.STALE, Health.OVERLOADED, Health.DEGRADED).current == "c"
    assert Failover([], now=0, late_after_s=LATE).current is None


def test_a_dead_source_is_left_at_once() -> None:
    f = machine()
    assert f.failed("a", Failure.DEAD, 1.0) == Switch("b", "it stopped answering")
    assert f.current == "b" and f.switches == 1


def test_errors_leave_the_source_only_when_repeated() -> None:
    f = machine(errors_before=3)
    assert f.failed("a", Failure.ERROR, 1.0) is None
    assert f.failed("a", Failure.ERROR, 1.1) is None
    f.answered("a")  # a good answer in between starts the count again
    assert f.failed("a", Failure.ERROR, 1.2) is None
    assert f.failed("a", Failure.ERROR, 1.3) is None
    assert f.failed("a", Failure.ERROR, 1.4) == Switch("b", "it keeps erring")


def test_a_source_marked_unusable_is_left_for_a_usable_one() -> None:
    f = machine()
    assert f.route([("a", Health.STALE), ("b", OK)], 1.0) == Switch("b", "its source is stale")
    # Degraded is still served from.
    g = machine()
    assert g.route([("a", Health.DEGRADED), ("b", OK)], 1.0) is None
    # Nothing better: it stays.
    h = machine()
    assert h.route([("a", Health.DOWN), ("b", Health.DOWN)], 1.0) is None and h.current == "a"


def test_a_late_source_is_left_only_for_one_that_is_ahead() -> None:
    f = machine()
    f.progressed("a", 1.0)
    assert f.due(1.0 + LATE - 0.01) is None
    assert f.due(1.0 + LATE) == Probe("b")
    assert f.due(1.0 + LATE + 0.1) is None  # one probe per lateness period
    # The next source has nothing newer either (the encoder stalled): stay.
    assert f.probed("b", 1.9, ahead=False, fresh=True, failback=False) is None
    assert f.current == "a"
    assert f.due(1.0 + 2 * LATE) == Probe("b")
    assert f.probed("b", 2.7, ahead=True, fresh=True, failback=False) == Switch(
        "b", "it is late and this one is ahead"
    )
    assert f.current == "b" and f.deadline() == 2.7 + LATE


def test_a_silent_hang_is_lateness() -> None:
    f = machine()
    f.progressed("a", 1.0)
    assert f.failed("a", Failure.LATE, 1.0 + LATE) == Probe("b")


def test_no_candidate_means_staying() -> None:
    f = machine(OK)
    assert f.failed("a", Failure.DEAD, 1.0) is None and f.current == "a"
    assert f.due(5.0) is None


def test_failback_after_the_preferred_answers_fresh_for_a_while() -> None:
    f = machine()
    f.failed("a", Failure.DEAD, 0.0)
    assert f.current == "b"
    # Benched for a second, then probed every second.
    f.progressed("b", 0.5)
    assert f.due(0.5) is None
    f.progressed("b", 1.0)
    probe = f.due(1.1)
    assert probe == Probe("a", failback=True)
    assert f.probed("a", 1.1, ahead=False, fresh=True, failback=True) is None
    f.progressed("b", 3.0)
    assert f.due(3.0) == Probe("a", failback=True)
    # A stale answer starts the wait again.
    assert f.probed("a", 3.0, ahead=False, fresh=False, failback=True) is None
    assert f.probed("a", 4.0, ahead=False, fresh=True, failback=True) is None
    assert f.probed("a", 8.9, ahead=False, fresh=True, failback=True) is None
    back = f.probed("a", 9.0, ahead=False, fresh=True, failback=True)
    assert back == Switch("a", "the preferred source answers fresh again", failback=True)
    assert f.current == "b"  # carried out by the edge, at its next segment boundary
    f.switched("a", 9.5)
    assert f.current == "a" and f.switches == 2


def test_a_route_change_keeps_the_current_source_when_it_stays() -> None:
    f = machine()
    f.failed("a", Failure.DEAD, 0.0)
    assert f.route([("c", OK), ("b", OK)], 0.1) is None and f.current == "b"
    assert f.route([("c", OK)], 0.2) == Switch("c", "its source left the route")
    assert f.sources() == ["c"]
