"""Small inline SVG line charts: no script, no external file, so the page's CSP stays strict."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import datetime

WIDTH, HEIGHT, PAD = 320, 96, 4  # the viewBox; the stylesheet scales it to the card


def render_chart(
    label: str,
    series: Sequence[tuple[str, Sequence[float]]],
    times: Sequence[datetime],
    fmt: Callable[[float], str],
) -> str:
    """One polyline per `(css class, values)` series on a shared scale, with its peak and span."""
    peak = max((v for _, values in series for v in values), default=0.0)
    scale = peak if peak > 0 else 1.0
    n = len(times)
    lines = []
    for css, values in series:
        points = " ".join(
            f"{PAD + (WIDTH - 2 * PAD) * i / max(1, n - 1):.1f},"
            f"{HEIGHT - PAD - (HEIGHT - 2 * PAD) * v / scale:.1f}"
            for i, v in enumerate(values)
        )
        lines.append(f'<polyline class="{_esc(css)}" points="{points}"/>')
    span = ""
    if n >= 2:
        minutes = (times[-1] - times[0]).total_seconds() / 60
        span = f"last {minutes:.0f} min" if minutes >= 1 else "last minute"
    legend = "".join(
        f'<span class="key {_esc(css)}">{_esc(css.removeprefix("s-"))}</span>'
        for css, _ in series
        if len(series) > 1
    )
    return (
        '<figure class="chart">'
        f"<figcaption><span>{_esc(label)}</span>{legend}"
        f'<span class="peak">peak {_esc(fmt(peak))}</span></figcaption>'
        f'<svg viewBox="0 0 {WIDTH} {HEIGHT}" preserveAspectRatio="none" role="img" '
        f'aria-label="{_esc(label)}, {_esc(span)}, peak {_esc(fmt(peak))}">'
        f'<line class="axis" x1="0" y1="{HEIGHT - PAD}" x2="{WIDTH}" y2="{HEIGHT - PAD}"/>'
        f"{''.join(lines)}</svg>"
        f'<div class="span">{_esc(span)}</div>'
        "</figure>"
    )


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)
