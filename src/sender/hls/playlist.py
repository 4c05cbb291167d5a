"""HLS playlists rendered from a RenditionIndex (RFC 8216bis, HTTP Live Streaming 2nd Edition).

Pure functions: one in-memory model renders both the standard playlist and the
low-latency one (parts, preload hint, blocking reload, delta updates).

EXT-X-VERSION is the lowest the tags need (8216bis section 8):
- 6 for every media playlist: EXT-X-MAP in a playlist without
  EXT-X-I-FRAMES-ONLY needs 6 (which also covers the decimal EXTINF of 3).
  The low-latency tags (PART, PART-INF, SERVER-CONTROL, PRELOAD-HINT,
  RENDITION-REPORT) raise no version.
- 9 for a delta update: EXT-X-SKIP needs 9.
- none in the multivariant playlist: nothing in it (STREAM-INF with CODECS,
  RESOLUTION, FRAME-RATE, AVERAGE-BANDWIDTH) needs more than version 1, which a
  playlist without the tag obeys by definition.

EXT-X-INDEPENDENT-SEGMENTS is claimed in a media playlist, and only while
every segment it lists starts on a keyframe (4.4.2.1); a segment cut without
one (a GOP longer than the target) drops the claim until it leaves.

Every URI carries `query` (a private stream's token, a viewer session id), so
a player that follows the playlist keeps its access.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sender.media.index import Part, RenditionIndex
from sender.media.names import part_name

# 8216bis 4.4.3.7: PART-HOLD-BACK at least twice PART-TARGET, SHOULD be three times.
PART_HOLD_BACK_PARTS = 3
# 8216bis 4.4.3.8: CAN-SKIP-UNTIL at least six times the target duration.
SKIP_TARGET_DURATIONS = 6
# 8216bis 4.4.4.9: parts may leave the playlist once more than three target
# durations from its end; keep them that long so a player joining at
# PART-HOLD-BACK always finds them.
PART_LIST_TARGET_DURATIONS = 3


@dataclass(frozen=True, slots=True)
class RenditionReport:
    """EXT-X-RENDITION-REPORT of another rendition (uri relative to this playlist)."""

    uri: str
    last_msn: int
    last_part: int | None = None


@dataclass(frozen=True, slots=True)
class Variant:
    uri: str
    bandwidth: int
    average_bandwidth: int | None = None
    codecs: str | None = None
    resolution: tuple[int, int] | None = None
    frame_rate: float | None = None
    stable_id: str | None = None  # STABLE-VARIANT-ID: the rendition name, for content steering


@dataclass(frozen=True, slots=True)
class Steering:
    """EXT-X-CONTENT-STEERING (8216bis 4.4.6.6): the manifest's URI and this copy's pathway."""

    server_uri: str
    pathway_id: str


def rendition_report(uri: str, index: RenditionIndex) -> RenditionReport | None:
    """The report of `index`'s rendition, None while it has no part yet."""
    last = index.last_msn_part()
    if last is None:
        return None
    return RenditionReport(uri, last[0], last[1])


def with_query(uri: str, query: str) -> str:
    if not query:
        return uri
    return f"{uri}{'&' if '?' in uri else '?'}{query}"


def _date(value: datetime) -> str:
    # ISO 8601 in UTC with milliseconds (8216bis 4.4.4.6).
    value = value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
    return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"


def _seconds(value: float) -> str:
    return f"{value:.3f}"


def _part_line(part: Part, query: str) -> str:
    line = f'#EXT-X-PART:DURATION={_seconds(part.duration)},URI="{with_query(part.name, query)}"'
    return line + (",INDEPENDENT=YES" if part.independent else "")


def skipped_segments(index: RenditionIndex) -> int:
    """How many leading segments a delta update replaces with EXT-X-SKIP.

    A segment is skipped only when it ends at least CAN-SKIP-UNTIL before the
    end of the playlist (8216bis 6.2.5.1); zero for a short playlist.
    """
    until = SKIP_TARGET_DURATIONS * index.target_duration
    after = sum(s.duration for s in index.segments)
    count = 0
    for seg in index.segments:
        after -= seg.duration
        if after < until:
            break
        count += 1
    return count


def render_media_playlist(
    index: RenditionIndex,
    *,
    low_latency: bool,
    skip: bool = False,
    query: str = "",
    rendition_reports: Sequence[RenditionReport] = (),
) -> str:
    """The media playlist of one rendition.

    `low_latency` adds parts, the preload hint, blocking reload and delta
    updates (8216bis 4.4.3.7-4.4.5.4); `skip` asks for a delta update
    (`_HLS_skip=YES`), honoured only when the playlist is long enough. An ended
    playlist is a plain one with EXT-X-ENDLIST, whatever was asked.
    """
    live_ll = low_latency and not index.ended
    skipped = skipped_segments(index) if live_ll and skip else 0
    lines = ["#EXTM3U", f"#EXT-X-VERSION:{9 if skipped else 6}"]
    lines.append(f"#EXT-X-TARGETDURATION:{index.target_duration}")
    if live_ll:
        skip_until = SKIP_TARGET_DURATIONS * index.target_duration
        # In whole milliseconds, so the printed value is not rounded below 3 x PART-TARGET.
        hold_back = PART_HOLD_BACK_PARTS * math.ceil(index.part_target * 1000 - 1e-6) / 1000
        lines.append(
            "#EXT-X-SERVER-CONTROL:CAN-BLOCK-RELOAD=YES,"
            f"CAN-SKIP-UNTIL={_seconds(skip_until)},PART-HOLD-BACK={_seconds(hold_back)}"
        )
        lines.append(f"#EXT-X-PART-INF:PART-TARGET={_seconds(index.part_target)}")
    if _all_independent(index, live_ll, skipped):
        lines.append("#EXT-X-INDEPENDENT-SEGMENTS")
    lines.append(f"#EXT-X-MEDIA-SEQUENCE:{index.media_sequence}")
    lines.append(f"#EXT-X-DISCONTINUITY-SEQUENCE:{index.discontinuity_sequence}")
    if skipped:
        lines.append(f"#EXT-X-SKIP:SKIPPED-SEGMENTS={skipped}")

    # Parts are listed for the segments ending within three target durations of
    # the playlist's end, and only while their bytes are still served.
    open_duration = index.open.duration if index.open is not None and live_ll else 0.0
    from_end = open_duration
    with_parts: set[int] = set()
    if live_ll:
        for seg in reversed(index.segments):
            if from_end > PART_LIST_TARGET_DURATIONS * index.target_duration:
                break
            if not index.parts_listed(seg.msn):
                break
            with_parts.add(seg.msn)
            from_end += seg.duration

    current_init: str | None = None
    for seg in index.segments[skipped:]:
        if seg.discontinuity:
            lines.append("#EXT-X-DISCONTINUITY")
        if seg.init_name != current_init:
            lines.append(f'#EXT-X-MAP:URI="{with_query(seg.init_name, query)}"')
            current_init = seg.init_name
        lines.append(f"#EXT-X-PROGRAM-DATE-TIME:{_date(seg.program_date_time)}")
        if seg.msn in with_parts:
            lines.extend(_part_line(p, query) for p in seg.parts)
        lines.append(f"#EXTINF:{_seconds(seg.duration)},")
        lines.append(with_query(seg.name, query))

    if live_ll:
        current = index.open
        if current is not None and current.parts:
            if current.discontinuity:
                lines.append("#EXT-X-DISCONTINUITY")
            if current.init_name != current_init:
                lines.append(f'#EXT-X-MAP:URI="{with_query(current.init_name, query)}"')
            lines.append(f"#EXT-X-PROGRAM-DATE-TIME:{_date(current.program_date_time)}")
            lines.extend(_part_line(p, query) for p in current.parts)
        msn, part = index.next_part()
        hint = with_query(part_name(msn, part), query)
        lines.append(f'#EXT-X-PRELOAD-HINT:TYPE=PART,URI="{hint}"')
        for report in rendition_reports:
            attrs = f'URI="{with_query(report.uri, query)}",LAST-MSN={report.last_msn}'
            if report.last_part is not None:
                attrs += f",LAST-PART={report.last_part}"
            lines.append(f"#EXT-X-RENDITION-REPORT:{attrs}")
    if index.ended:
        lines.append("#EXT-X-ENDLIST")
    return "\n".join(lines) + "\n"


def _all_independent(index: RenditionIndex, live_ll: bool, skipped: int) -> bool:
    """Does every segment (and open segment) the playlist lists start independently?"""
    listed = list(index.segments[skipped:])
    firsts = [seg.parts[0] for seg in listed if seg.parts]
    if live_ll and index.open is not None and index.open.parts:
        firsts.append(index.open.parts[0])
    return bool(firsts) and len(firsts) >= len(listed) and all(p.independent for p in firsts)


def _quoted_safe(value: str, what: str) -> str:
    if '"' in value or "\n" in value or "\r" in value:
        raise ValueError(f"{what} cannot contain quotes or line breaks: {value!r}")
    return value


_PATHWAY_RE = re.compile(r"[A-Za-z0-9._-]{1,128}")


def _pathway_safe(value: str) -> str:
    # 8216bis 4.4.6.2: PATHWAY-ID and STABLE-VARIANT-ID hold [a-z], [A-Z], [0-9], '.', '-', '_'.
    if not _PATHWAY_RE.fullmatch(value):
        raise ValueError(f"not a pathway or stable variant id: {value!r}")
    return value


def render_multivariant(
    variants: Sequence[Variant], *, query: str = "", steering: Steering | None = None
) -> str:
    """The multivariant playlist listing every rendition (8216bis 4.4.6.2).

    With `steering`, it names the content-steering manifest and this copy's
    pathway (4.4.6.6), and every variant carries that PATHWAY-ID and its
    STABLE-VARIANT-ID, which the manifest's clones refer to (4.4.6.2).
    """
    if not variants:
        raise ValueError("a multivariant playlist needs at least one variant")
    lines = ["#EXTM3U"]
    if steering is not None:
        server = with_query(_quoted_safe(steering.server_uri, "server uri"), query)
        pathway = _pathway_safe(steering.pathway_id)
        lines.append(f'#EXT-X-CONTENT-STEERING:SERVER-URI="{server}",PATHWAY-ID="{pathway}"')
    # In the caller's order: players start with the first variant listed.
    for v in variants:
        attrs = [f"BANDWIDTH={max(1, int(v.bandwidth))}"]
        if v.average_bandwidth:
            attrs.append(f"AVERAGE-BANDWIDTH={int(v.average_bandwidth)}")
        if v.codecs:
            attrs.append(f'CODECS="{_quoted_safe(v.codecs, "codecs")}"')
        if v.resolution is not None:
            attrs.append(f"RESOLUTION={v.resolution[0]}x{v.resolution[1]}")
        if v.frame_rate:
            attrs.append(f"FRAME-RATE={_seconds(v.frame_rate)}")
        if steering is not None:
            attrs.append(f'PATHWAY-ID="{_pathway_safe(steering.pathway_id)}"')
            if v.stable_id:
                attrs.append(f'STABLE-VARIANT-ID="{_pathway_safe(v.stable_id)}"')
        lines.append("#EXT-X-STREAM-INF:" + ",".join(attrs))
        lines.append(with_query(_quoted_safe(v.uri, "uri"), query))
    return "\n".join(lines) + "\n"
