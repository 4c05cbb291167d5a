"""Results as rows, printed as a Markdown table (the form docs/benchmarks.md records)."""

from __future__ import annotations

import logging
import statistics
import sys
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(slots=True)
class Row:
    benchmark: str
    item: str
    metric: str
    sender: float
    reference: float
    reference_name: str
    # The ratio Sender/reference of each round; the reported ratio is their median.
    ratios: list[float] = field(default_factory=list)
    note: str = ""

    @property
    def ratio(self) -> float:
        if self.ratios:
            return statistics.median(self.ratios)
        return self.sender / self.reference if self.reference else float("nan")

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "ratio": self.ratio}


def log_to_stderr(verbose: bool) -> None:
    """The benchmarks' progress log: every measurement with -v, else warnings only."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(asctime)s %(message)s",
        stream=sys.stderr,
    )


def fmt(value: float) -> str:
    if value != value:  # NaN
        return "n/a"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.3g}"


def markdown(rows: list[Row]) -> str:
    out = [
        "| benchmark | item | metric | Sender | reference | Sender/reference | note |",
        "|---|---|---|---:|---:|---:|---|",
    ]
    for r in rows:
        spread = ""
        if len(r.ratios) > 1:
            spread = f" ({fmt(min(r.ratios))}..{fmt(max(r.ratios))})"
        out.append(
            f"| {r.benchmark} | {r.item} | {r.metric} | {fmt(r.sender)} | "
            f"{fmt(r.reference)} ({r.reference_name}) | {fmt(r.ratio)}{spread} | {r.note} |"
        )
    return "\n".join(out)
