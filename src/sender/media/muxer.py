"""A sans-I/O FLV -> fragmented MP4 (CMAF) muxer: the mirror of media/fmp4.py's reader.

`Muxer.feed(tag)` takes one publish's FLV tags as ingest delivers them and
returns, in order, what the packager consumes: an `InitSegment` for each codec
configuration, a `Fragment` (one `moof` + `mdat`, a traf per track) for each
LL-HLS part, and a `Discontinuity` where the input timeline jumped. `finish()`
flushes the rest at the end of the publish. Nothing is written only to be parsed
again: a Fragment's times and flags come from the samples it was built from, and
mean what the reader's do (`independent`: starts on a video keyframe, or the
stream is audio-only).

Configuration. Sequence headers carry it: AVC `avcC`, HEVC `hvcC` (packaged as
`hvc1`: parameter sets in the sample entry only) and AV1 `av1C`, legacy or
enhanced RTMP, and AAC's AudioSpecificConfig (into `esds`). Media waits, for at
most CONFIG_WAIT_MS of it, until every track onMetaData announces is configured;
then the first init segment goes out. A sequence header with other bytes makes a
new init segment at that track's next frame; a repeated one changes nothing.

Timeline. FLV times are 32-bit milliseconds: they are unwrapped and start at 0,
the first sample of each track at 0 (as ffmpeg's mp4 muxer places them). Video
runs at 16 kHz (ffmpeg's choice for a millisecond input) with the tag's
composition time as its offset (`trun` version 1 when one is negative); audio at
its sample rate, rescaled as ffmpeg does
(av_rescale_delta: whole frames while the millisecond times allow), so samples,
durations and offsets are those `ffmpeg -c copy` writes. A jump of more than
TIMESTAMP_JUMP_MS forward or back re-bases the input to go on where the output
was, and is reported as a Discontinuity.

Parts (RFC 8216bis 4.4.4.9). The main track (video, else audio) cuts them on
sample boundaries: a part ends once it reaches PART-TARGET, or earlier (at 85 %
or more) when the next sample would carry it past; so no part exceeds the target
by a frame and only a segment's last can be short. At a keyframe that will start
a segment (by the packager's rule, which the muxer follows part by part) the part
ends there. Other tracks are cut at the same instant: a part goes out once each
of them has a sample at or past the cut, or when the next cut is made.

Bad input. A malformed or truncated frame is skipped and counted in `counters`;
a malformed sequence header raises FlvError; a codec the muxer cannot carry
raises UnsupportedCodec. Memory held is about one part of samples (two while a
track lags) plus configuration, and never more than MAX_HELD_SAMPLES or
MAX_HELD_BYTES: reaching either cuts the part where it is.
"""

from __future__ import annotations

import collections
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from sender.errors import FlvError, RtmpError, UnsupportedCodec
from sender.media import boxes, codecs
from sender.media.codecs import AudioConfig, VideoConfig
from sender.media.fmp4 import Fragment, InitSegment, TrackFragment, describe_sample_entry
from sender.rtmp import amf0
from sender.rtmp.flv import (
    AudioPacket,
    AudioPacketType,
    FlvTag,
    TagType,
    VideoPacket,
    VideoPacketType,
)

Kind = Literal["video", "audio"]

# FLV's millisecond clock doubled until it reaches 10 kHz, as ffmpeg's mp4 muxer does: every
# FLV time is whole ticks, and a time that must be raised by a tick moves as ffmpeg's does.
VIDEO_TIMESCALE = 16_000
# A timestamp this far from the stream clock (either way) is a new timeline, not a gap or
# interleaving skew: encoders interleave audio and video within a few hundred ms.
TIMESTAMP_JUMP_MS = 1_000
# How much media may arrive before the first init while a track onMetaData announced has
# sent no sequence header (RTMP encoders send both first; this covers a late one).
CONFIG_WAIT_MS = 500
# Another track holding this much (the longer of the two) while the main track cuts no
# part has outrun it (video stopped, audio goes on): what is complete goes out. Three
# parts leave room for a part waiting for the next to be cut.
STALLED_TRACK_MS = 1_000
STALLED_TRACK_PARTS = 3
# Hard bounds on held samples, far past one part of any real stream (0.2 s of 240 fps
# video is 48 samples, of 100 Mbit/s 2.5 MB); they only stop broken input piling up.
MAX_HELD_SAMPLES = 1_000
MAX_HELD_BYTES = 32 << 20
# Frame units given out and not yet written: a few parts' worth at any frame rate (the
# packager writes a part as soon as it closes; what it drops ages out here).
MAX_HELD_UNITS = 256
# RFC 8216bis 4.4.4.9: every part but a segment's last lasts at least 85 % of PART-TARGET.
MIN_PART_FRACTION = 0.85
# The packager's tolerance when comparing durations with its targets.
EPSILON_S = 1e-3

# trun's sample_duration is 32 bits: a frame before a gap of days stops there.
_MAX_DURATION = 0xFFFF_FFFF
# CMAF (ISO/IEC 23000-19 7.2): the cmfc structural brand, over iso6 for ISO BMFF.
_BRANDS = (b"iso6", b"cmfc")


@dataclass(frozen=True, slots=True)
class Discontinuity:
    """The input timeline jumped; output times go on from `decode_time_s`.

    What came before is out (this event follows its last Fragment); the packager
    starts a new segment with EXT-X-DISCONTINUITY at the next independent part.
    """

    decode_time_s: float  # where the re-based timeline goes on
    jump_ms: int  # the input's jump: new timestamp minus the stream clock


MuxerEvent = InitSegment | Fragment | Discontinuity


class _Sample:
    __slots__ = ("cto", "data", "dts", "duration", "sync")

    def __init__(self, dts: int, cto: int, sync: bool, data: bytes) -> None:
        self.dts = dts
        self.cto = cto
        self.sync = sync
        self.data = data
        self.duration = 0


@dataclass(slots=True)
class _Early:
    """A frame that came before the first init segment, kept in input time."""

    kind: Kind
    ms: int
    cto_ms: int
    sync: bool
    data: bytes


class _Track:
    """One track's timeline: complete samples (`ready`) and the newest (`pending`).

    A sample's duration is known when the next one of its track arrives.
    """

    def __init__(self, kind: Kind, timescale: int, frame_duration: int) -> None:
        self.kind: Kind = kind
        self.timescale = timescale
        self.frame_duration = frame_duration  # audio: samples per frame; video: a guess
        self.track_id = 0
        self.ready: collections.deque[_Sample] = collections.deque()
        self.pending: _Sample | None = None
        self.last_dts: int | None = None
        self.last_duration = frame_duration  # of the newest complete sample
        self.first = False  # the next sample opens the timeline: it goes at 0
        self.rescale_last: int | None = None  # audio: av_rescale_delta's expected next time

    def end(self) -> int | None:
        """Where the track's next sample would start (the newest one's length estimated)."""
        if self.last_dts is None:
            return None
        if self.pending is not None:
            return self.last_dts + (self.last_duration or self.frame_duration)
        return self.last_dts + self.last_duration


@dataclass(frozen=True, slots=True)
class FrameUnit(Fragment):
    """One frame of the main track (with the other tracks' samples up to it), not yet
    written: `Muxer.assemble` writes a run of them as one moof + mdat.

    `data` is empty; the packager groups units into parts and asks for the bytes once
    per part, so each part is one fragment and nothing is written to be read back.
    """

    unit: int = 0


@dataclass(frozen=True, slots=True)
class _Cut:
    """A part boundary: the main track's sample at `dts` starts the next part."""

    dts: int
    timescale: int


class Muxer:
    """FLV tags of one publish in, init segments, fragments and discontinuities out.

    `counters` counts what was passed over or mended, by reason: `malformed` (a frame
    or tag header that does not parse), `empty`, `before_sequence_header`, `ignored`
    (command frames, colour metadata, sequence ends, silence), `empty_sequence_header`,
    `malformed_script` and `ignored_script` (data that is not onMetaData),
    `dropped_reconfigured` (early frames of a configuration replaced before the first
    init), `dropped_unconfigured`, `timestamps_raised` (a frame not after the one
    before), `stalled_main_track`, `held_limit`, and `hevc_in_band_parameter_sets`
    (samples with parameter sets that differ from hvcC's, kept in the sample).
    """

    def __init__(
        self,
        *,
        part_target_s: float = 0.2,
        segment_target_s: float = 2.0,
        frame_units: bool = False,
    ) -> None:
        if part_target_s <= 0 or segment_target_s <= 0:
            raise ValueError("part and segment targets must be positive")
        # frame_units: one FrameUnit per main-track frame instead of cut parts; the
        # packager decides the parts and `assemble` writes each.
        self._frame_units = frame_units
        self._units: collections.OrderedDict[int, list[boxes.TrackRun]] = (
            collections.OrderedDict()
        )
        self._unit_key = 0
        self._part_target = part_target_s
        self._segment_target = segment_target_s
        self.counters: collections.Counter[str] = collections.Counter()

        self._video_config: VideoConfig | None = None
        self._audio_config: AudioConfig | None = None
        self._announced: set[Kind] | None = None  # from onMetaData
        self._early: list[_Early] = []
        self._changed: set[Kind] = set()  # configurations that make a new init at next frame

        self._tracks: dict[Kind, _Track] = {}
        self._main: _Track | None = None
        self._started = False
        self._sequence = 0

        # Input time: 32-bit unwrapped, then shifted by `_offset` onto the output timeline.
        self._raw_last: int | None = None
        self._unwrapped = 0
        self._clock: int | None = None  # newest input time of a frame, in this timeline
        self._offset = 0

        # The open part (main track samples since the last cut) and cuts not yet out.
        self._open_duration = 0
        self._open_count = 0
        self._open_sync = False
        self._cuts: collections.deque[_Cut] = collections.deque()
        # The packager's open segment, part durations in order, as it will see them, and
        # whether the open part starts a segment the muxer foresaw (it is not cut short).
        self._segment: list[float] = []
        self._boundary = False

        self._held_samples = 0
        self._held_bytes = 0
        self._finished = False

    # --- public -------------------------------------------------------------------

    @property
    def held_samples(self) -> int:
        """Frames held: waiting for their duration, for their part, or for the first init."""
        return self._held_samples

    @property
    def held_bytes(self) -> int:
        return self._held_bytes

    def feed(self, tag: FlvTag) -> list[MuxerEvent]:
        if self._finished:
            raise RuntimeError("feed after finish")
        out: list[MuxerEvent] = []
        if tag.type is TagType.VIDEO:
            self._on_video(tag, out)
        elif tag.type is TagType.AUDIO:
            self._on_audio(tag, out)
        else:
            self._on_script(tag)
        return out

    def finish(self) -> list[MuxerEvent]:
        """The publish ended: everything held goes out (last durations estimated)."""
        if self._finished:
            return []
        self._finished = True
        out: list[MuxerEvent] = []
        if not self._started:
            if not self._early:
                return out
            self._start(out)
        self._flush(out, estimate=True)
        return out

    # --- tags ---------------------------------------------------------------------

    def _on_script(self, tag: FlvTag) -> None:
        try:
            values = amf0.decode(tag.data)
        except RtmpError:
            self.counters["malformed_script"] += 1
            return
        if len(values) < 2 or values[0] != "onMetaData" or not isinstance(values[1], dict):
            self.counters["ignored_script"] += 1
            return
        if self._announced is None:
            meta = values[1]
            announced: set[Kind] = set()
            if "videocodecid" in meta:
                announced.add("video")
            if "audiocodecid" in meta:
                announced.add("audio")
            self._announced = announced

    def _on_video(self, tag: FlvTag, out: list[MuxerEvent]) -> None:
        try:
            packet = VideoPacket.parse(tag.data)
        except FlvError:
            self.counters["malformed"] += 1
            return
        kind = packet.packet_type
        if packet.command is not None or kind in (
            VideoPacketType.METADATA,
            VideoPacketType.SEQUENCE_END,
        ):
            self.counters["ignored"] += 1  # seek commands, colour metadata, end of sequence
            return
        if kind is VideoPacketType.MULTITRACK:
            raise UnsupportedCodec("video", "multitrack")
        parse = codecs.VIDEO_CONFIG_PARSERS.get(packet.codec)
        if parse is None or kind is None or kind is VideoPacketType.MPEG2TS_SEQUENCE_START:
            raise UnsupportedCodec("video", packet.codec)
        if kind is VideoPacketType.SEQUENCE_START:
            if not packet.payload:
                self.counters["empty_sequence_header"] += 1  # libaom's first, before its record
                return
            self._on_config("video", parse(packet.payload))
            return
        config = self._video_config
        if config is None or config.codec != packet.codec:
            self.counters["before_sequence_header"] += 1
            return
        if not packet.payload:
            self.counters["empty"] += 1
            return
        try:
            data = self._video_sample(packet.payload, config)
        except FlvError:
            self.counters["malformed"] += 1
            return
        if not data:
            self.counters["empty"] += 1
            return
        cto = packet.composition_time if config.codec != "av01" else 0
        self._on_frame("video", tag.timestamp, cto, packet.is_keyframe, data, out)

    def _video_sample(self, payload: bytes, config: VideoConfig) -> bytes:
        if config.codec == "av01":
            return codecs.av1_sample(payload)
        if config.codec == "hvc1":
            sample, others = codecs.hevc_sample(payload, config)
            if others:
                self.counters["hevc_in_band_parameter_sets"] += 1
            return sample
        codecs.nal_units(payload, config.nal_length_size)
        return payload

    def _on_audio(self, tag: FlvTag, out: list[MuxerEvent]) -> None:
        if not tag.data:
            self.counters["ignored"] += 1  # an RTMP silence message
            return
        try:
            packet = AudioPacket.parse(tag.data)
        except FlvError:
            self.counters["malformed"] += 1
            return
        if packet.packet_type is AudioPacketType.MULTITRACK:
            raise UnsupportedCodec("audio", "multitrack")
        if packet.codec != "mp4a" or packet.packet_type is None:
            raise UnsupportedCodec("audio", packet.codec)
        if packet.packet_type is AudioPacketType.SEQUENCE_START:
            if not packet.payload:
                self.counters["empty_sequence_header"] += 1
                return
            stereo = 2 if packet.sound_flags & 0x01 or packet.enhanced else 1
            config = codecs.parse_audio_specific_config(packet.payload, channels_hint=stereo)
            self._on_config("audio", config)
            return
        if packet.packet_type is not AudioPacketType.CODED_FRAMES:
            self.counters["ignored"] += 1  # SequenceEnd, MultichannelConfig
            return
        if self._audio_config is None:
            self.counters["before_sequence_header"] += 1
            return
        if not packet.payload:
            self.counters["empty"] += 1
            return
        self._on_frame("audio", tag.timestamp, 0, True, packet.payload, out)

    def _on_config(self, kind: Kind, config: VideoConfig | AudioConfig) -> None:
        current = self._video_config if kind == "video" else self._audio_config
        if current == config:
            return  # a repeated sequence header
        if isinstance(config, VideoConfig):
            self._video_config = config
        else:
            assert isinstance(config, AudioConfig)
            self._audio_config = config
        if not self._started:
            # Frames under the old configuration cannot go out under the new one.
            kept = [e for e in self._early if e.kind != kind]
            for early in self._early:
                if early.kind == kind:
                    self.counters["dropped_reconfigured"] += 1
                    self._release(len(early.data))
            self._early = kept
        else:
            self._changed.add(kind)  # a new init at this track's next frame

    # --- frames -------------------------------------------------------------------

    def _on_frame(
        self, kind: Kind, timestamp: int, cto: int, sync: bool, data: bytes, out: list[MuxerEvent]
    ) -> None:
        ms = self._unwrap(timestamp)
        jump = self._clock is not None and abs(ms - self._clock) > TIMESTAMP_JUMP_MS
        if jump:
            assert self._clock is not None
            if not self._started:
                self._start(out)
            self._discontinuity(kind, ms, ms - self._clock, out)
        self._clock = ms if self._clock is None else max(self._clock, ms)
        if not self._started:
            self._early.append(_Early(kind, ms, cto, sync, data))
            self._hold(len(data))
            if self._ready_to_start():
                self._start(out)
                self._check_limits(out)
            return
        if kind in self._changed:
            self._reconfigure(kind, ms, out)
        track = self._tracks.get(kind)
        if track is None:
            self.counters["dropped_unconfigured"] += 1
            return
        self._hold(len(data))
        self._admit(track, ms + self._offset, cto, sync, data, out)
        self._check_limits(out)

    def _unwrap(self, timestamp: int) -> int:
        if self._raw_last is None:
            self._unwrapped = timestamp
        else:
            delta = (timestamp - self._raw_last) & 0xFFFF_FFFF
            if delta >= 1 << 31:
                delta -= 1 << 32
            self._unwrapped += delta
        self._raw_last = timestamp
        return self._unwrapped

    def _ready_to_start(self) -> bool:
        configured: set[Kind] = set()
        if self._video_config is not None:
            configured.add("video")
        if self._audio_config is not None:
            configured.add("audio")
        with_frames = {e.kind for e in self._early}
        span = max(e.ms for e in self._early) - min(e.ms for e in self._early)
        expected = self._announced if self._announced is not None else {"video", "audio"}
        full = self._held_samples > MAX_HELD_SAMPLES or self._held_bytes > MAX_HELD_BYTES
        return (expected <= configured <= with_frames) or span >= CONFIG_WAIT_MS or full

    def _start(self, out: list[MuxerEvent]) -> None:
        """The first init segment, then the frames that waited for it."""
        self._started = True
        early, self._early = self._early, []
        self._build_tracks(out, opening=True)
        origin = min((e.ms for e in early if e.kind in self._tracks), default=0)
        self._offset = -origin
        for e in early:
            track = self._tracks.get(e.kind)
            if track is None:
                self.counters["dropped_unconfigured"] += 1
                self._release(len(e.data))
                continue
            self._admit(track, e.ms + self._offset, e.cto_ms, e.sync, e.data, out)

    def _build_tracks(self, out: list[MuxerEvent], *, opening: bool) -> None:
        """Tracks for the current configurations (video first) and their init segment."""
        old = self._tracks
        tracks: dict[Kind, _Track] = {}
        if self._video_config is not None:
            tracks["video"] = old.get("video") or _Track("video", VIDEO_TIMESCALE, 0)
        if self._audio_config is not None:
            audio = self._audio_config
            track = old.get("audio")
            if track is None or track.timescale != audio.sample_rate:
                # Another sample rate is another timescale: a timeline of its own.
                track = _Track("audio", audio.sample_rate, audio.frame_samples)
            track.frame_duration = audio.frame_samples
            tracks["audio"] = track
        for i, track in enumerate(tracks.values(), start=1):
            track.track_id = i
            if opening:
                track.first = True
        self._tracks = tracks
        self._main = tracks.get("video") or tracks.get("audio")
        self._changed.clear()
        if tracks:
            out.append(self._init_segment())

    def _init_segment(self) -> InitSegment:
        headers: list[boxes.TrackHeader] = []
        brands = list(_BRANDS)
        for track in self._tracks.values():
            if track.kind == "video":
                video = self._video_config
                assert video is not None
                writer = {"avc1": boxes.avc1, "hvc1": boxes.hvc1, "av01": boxes.av01}[video.codec]
                entry = writer(video.width, video.height, video.record)
                if video.codec == "av01":
                    brands.append(b"av01")  # AV1-ISOBMFF 2.1
                headers.append(
                    boxes.TrackHeader(
                        track.track_id, "video", track.timescale, entry, video.width, video.height
                    )
                )
            else:
                audio = self._audio_config
                assert audio is not None
                entry = boxes.mp4a(track.track_id, audio.channels, audio.sample_rate, audio.config)
                headers.append(boxes.TrackHeader(track.track_id, "audio", track.timescale, entry))
        data = boxes.init_segment(headers, brands)
        infos = tuple(
            describe_sample_entry(h.track_id, track.kind, h.timescale, h.sample_entry)
            for h, track in zip(headers, self._tracks.values(), strict=True)
        )
        return InitSegment(data, infos)

    def _admit(
        self, track: _Track, ms: int, cto_ms: int, sync: bool, data: bytes, out: list[MuxerEvent]
    ) -> None:
        """A frame onto its track's timeline; cut a part before it when one is due."""
        if track.kind == "video":
            dts = ms * (VIDEO_TIMESCALE // 1000)
            cto = cto_ms * (VIDEO_TIMESCALE // 1000)
        else:
            dts = self._rescale_audio(track, ms)
            cto = 0
        if track.first:
            dts = 0  # the timeline opens at 0 for every track, whichever started first
            track.first = False
        if track.last_dts is not None and dts <= track.last_dts:
            # Not after the one before (GStreamer's flvmux gives B-frame streams equal times
            # at the start): a tick later, presented when it was, as ffmpeg moves them.
            raised = track.last_dts + 1
            pts = dts + cto
            cto = (max(pts, raised) if cto >= 0 else pts) - raised
            dts = raised
            self.counters["timestamps_raised"] += 1
        sample = _Sample(dts, cto, sync, data)
        previous = track.pending
        track.pending = sample
        track.last_dts = dts
        if previous is None:
            return
        previous.duration = min(dts - previous.dts, _MAX_DURATION)
        track.last_duration = previous.duration
        track.ready.append(previous)
        if track is self._main:
            self._open_duration += previous.duration
            self._open_count += 1
            if self._open_count == 1:
                self._open_sync = previous.sync
            cut, boundary = self._cut_due(sample, previous.duration)
            if cut:
                self._cut(sample.dts, boundary=boundary)
        self._emit_due(out)
        if track is not self._main and self._main is not None:
            self._check_stalled(track, out)

    def _rescale_audio(self, track: _Track, ms: int) -> int:
        """Milliseconds to samples keeping whole frames: ffmpeg's av_rescale_delta."""
        rate = track.timescale
        low = ((2 * ms - 1) * rate // 1000) >> 1
        high = (-((-(2 * ms + 1) * rate) // 1000) + 1) >> 1
        last = track.rescale_last
        if last is None or last < 2 * low - high or last > 2 * high - low:
            value = _round_half_away(ms * rate, 1000)
        else:
            value = min(max(last, low), high)
        track.rescale_last = value + track.frame_duration
        return value

    # --- parts ----------------------------------------------------------------------

    def _cut_due(self, following: _Sample, last_duration: int) -> tuple[bool, bool]:
        """Whether `following` (the main track's newest sample) starts a new part, and
        whether that part starts a segment."""
        main = self._main
        assert main is not None
        if self._frame_units:
            return True, False  # every frame is a unit; the packager cuts
        scale = main.timescale
        part = self._open_duration / scale
        target = self._part_target
        if following.sync and not self._boundary and main.kind == "video":
            # A keyframe the packager will start a segment at: the segment has reached its
            # target, or the next part (at least 85 % of PART-TARGET: that one is not cut
            # short again) will carry it past. Then this part ends here, short or not.
            # (Audio needs none of this: every frame is a sync sample, so every part ends
            # on one and the packager closes its segments where it will.)
            segment = _packager_segment(self._segment, part, self._open_sync, self._segment_target)
            elapsed = sum(segment)
            if (
                elapsed >= self._segment_target - EPSILON_S
                or elapsed + MIN_PART_FRACTION * target > self._segment_target + EPSILON_S
            ):
                return True, True
        if part >= target - EPSILON_S:
            return True, False
        # At 85 % or more, end the part here when the next sample (as long as the last)
        # would carry it past the target: parts stay at most PART-TARGET where frames allow.
        full = part >= MIN_PART_FRACTION * target
        return full and part + last_duration / scale > target + EPSILON_S, False

    def _cut(self, dts: int, *, boundary: bool) -> None:
        main = self._main
        assert main is not None
        self._boundary = boundary
        duration_s = self._open_duration / main.timescale
        self._segment = _packager_segment(
            self._segment, duration_s, self._open_sync, self._segment_target
        )
        self._cuts.append(_Cut(dts, main.timescale))
        self._open_duration = 0
        self._open_count = 0
        self._open_sync = False

    def _emit_due(self, out: list[MuxerEvent]) -> None:
        while self._cuts:
            cut = self._cuts[0]
            waiting = any(
                t is not self._main and (t.pending is None or _before(t.pending.dts, t, cut))
                for t in self._tracks.values()
            )
            if waiting and len(self._cuts) < 2:
                return
            self._cuts.popleft()
            self._emit(out, cut)

    def _emit(self, out: list[MuxerEvent], cut: _Cut | None) -> None:
        """One fragment: every ready sample before `cut` (None: every ready sample)."""
        runs: list[tuple[_Track, list[_Sample]]] = []
        for track in self._tracks.values():
            taken: list[_Sample] = []
            while track.ready and (cut is None or _before(track.ready[0].dts, track, cut)):
                taken.append(track.ready.popleft())
            if taken:
                runs.append((track, taken))
        if not runs:
            return
        self._sequence += 1
        track_runs = []
        fragments = []
        for track, samples in runs:
            flags = [
                boxes.SYNC_SAMPLE_FLAGS if s.sync else boxes.NON_SYNC_SAMPLE_FLAGS for s in samples
            ]
            data = b"".join(s.data for s in samples)
            track_runs.append(
                boxes.TrackRun(
                    track.track_id,
                    samples[0].dts,
                    [
                        boxes.RunSample(s.duration, len(s.data), f, s.cto)
                        for s, f in zip(samples, flags, strict=True)
                    ],
                    data,
                )
            )
            duration = sum(s.duration for s in samples)
            fragments.append(
                TrackFragment(
                    track_id=track.track_id,
                    kind=track.kind,
                    decode_time_s=samples[0].dts / track.timescale,
                    duration_s=duration / track.timescale,
                    sample_count=len(samples),
                    first_sample_sync=samples[0].sync,
                    size=len(data),
                )
            )
            self._release(len(data), len(samples))
        assert self._main is not None
        main_kind = self._main.kind
        main = next((f for f in fragments if f.kind == main_kind), None)
        if main is None:
            # The reader's rule for a fragment without the main track: time it by its
            # longest run; a video stream's fragment starts a segment only on video.
            main = max(fragments, key=lambda f: f.duration_s)
            independent = main_kind == "audio"
        else:
            independent = main.kind == "audio" or main.first_sample_sync
        if self._frame_units:
            self._sequence -= 1  # numbered when written, by `assemble`
            self._unit_key += 1
            self._units[self._unit_key] = track_runs
            while len(self._units) > MAX_HELD_UNITS:
                self._units.popitem(last=False)  # dropped by the packager, never written
            out.append(
                FrameUnit(
                    data=b"",
                    decode_time_s=main.decode_time_s,
                    duration_s=main.duration_s,
                    independent=independent,
                    tracks=tuple(fragments),
                    unit=self._unit_key,
                )
            )
            return
        out.append(
            Fragment(
                data=boxes.media_fragment(self._sequence, track_runs),
                decode_time_s=main.decode_time_s,
                duration_s=main.duration_s,
                independent=independent,
                tracks=tuple(fragments),
            )
        )

    def assemble(self, units: Sequence[Fragment]) -> bytes:
        """One moof + mdat of the units' samples, a traf per track, in their order.

        Units are forgotten once written; one not held any more (written already, or
        dropped long ago) is a RuntimeError, a bug of the caller.
        """
        by_track: dict[int, list[boxes.TrackRun]] = {}
        order: list[int] = []
        for unit in units:
            if not isinstance(unit, FrameUnit):
                raise RuntimeError("assemble takes this muxer's FrameUnits")
            runs = self._units.pop(unit.unit, None)
            if runs is None:
                raise RuntimeError(f"frame unit {unit.unit} is not held")
            for run in runs:
                if run.track_id not in by_track:
                    by_track[run.track_id] = []
                    order.append(run.track_id)
                by_track[run.track_id].append(run)
        merged = [
            boxes.TrackRun(
                track_id,
                by_track[track_id][0].decode_time,
                [sample for run in by_track[track_id] for sample in run.samples],
                b"".join(run.data for run in by_track[track_id]),
            )
            for track_id in order
        ]
        self._sequence += 1
        return boxes.media_fragment(self._sequence, merged)

    def _flush(self, out: list[MuxerEvent], *, estimate: bool) -> None:
        """Every part decided, then the open one. `estimate`: pending samples too."""
        if estimate:
            for track in self._tracks.values():
                self._complete_pending(track)
        while self._cuts:
            self._emit(out, self._cuts.popleft())
        if self._open_count:
            main = self._main
            assert main is not None
            duration = self._open_duration / main.timescale
            self._segment = _packager_segment(
                self._segment, duration, self._open_sync, self._segment_target
            )
        self._emit(out, None)
        self._open_duration = 0
        self._open_count = 0
        self._open_sync = False
        self._boundary = False

    def _complete_pending(self, track: _Track) -> None:
        sample = track.pending
        if sample is None:
            return
        track.pending = None
        # No next frame to time it by: audio frames have a known length; a video frame
        # lasts as long as the one before (a 30 fps frame when it is the first).
        sample.duration = track.last_duration or VIDEO_TIMESCALE // 30
        if track.kind == "audio":
            sample.duration = track.frame_duration
        track.last_duration = sample.duration
        track.ready.append(sample)
        if track is self._main:
            self._open_duration += sample.duration
            self._open_count += 1
            if self._open_count == 1:
                self._open_sync = sample.sync

    def _check_stalled(self, track: _Track, out: list[MuxerEvent]) -> None:
        """Another track piling up while no cut comes: the main track stopped."""
        if self._cuts or not track.ready or track.pending is None:
            return
        span_ms = (track.pending.dts - track.ready[0].dts) * 1000 // track.timescale
        if span_ms >= max(STALLED_TRACK_MS, STALLED_TRACK_PARTS * 1000 * self._part_target):
            self.counters["stalled_main_track"] += 1
            self._flush(out, estimate=False)

    def _check_limits(self, out: list[MuxerEvent]) -> None:
        if self._held_samples > MAX_HELD_SAMPLES or self._held_bytes > MAX_HELD_BYTES:
            self.counters["held_limit"] += 1
            self._flush(out, estimate=False)

    # --- timeline changes ------------------------------------------------------------

    def _discontinuity(self, kind: Kind, ms: int, jump: int, out: list[MuxerEvent]) -> None:
        """A jump in input time: flush, then re-base the input to go on where output was.

        The frame that jumped takes its track's next place, and every track keeps that
        offset: a stream whose times all moved by one amount comes out as if they had not.
        """
        self._flush(out, estimate=True)
        ends = {
            k: _round_half_away(end * 1000, t.timescale)
            for k, t in self._tracks.items()
            if (end := t.end()) is not None
        }
        resume = ends.get(kind, max(ends.values(), default=0))
        out.append(Discontinuity(resume / 1000, jump))
        self._offset = resume - ms
        self._clock = None
        self._segment = []

    def _reconfigure(self, kind: Kind, ms: int, out: list[MuxerEvent]) -> None:
        """A new configuration takes effect at this frame of its track: a new init."""
        track = self._tracks.get(kind)
        if track is not None and track.pending is not None:
            # This frame's time ends the last one under the old configuration.
            track.pending.duration = max(
                1, self._frame_dts(track, ms + self._offset) - track.pending.dts
            )
            ready = track.pending
            track.pending = None
            track.ready.append(ready)
            track.last_duration = ready.duration
            if track is self._main:
                self._open_duration += ready.duration
                self._open_count += 1
                if self._open_count == 1:
                    self._open_sync = ready.sync
        # Another track whose configuration changed too cannot carry its newest frame
        # into the new init: that frame goes out now, its length estimated.
        for other in self._changed - {kind}:
            if (changed := self._tracks.get(other)) is not None:
                self._complete_pending(changed)
        self._flush(out, estimate=False)
        self._build_tracks(out, opening=False)
        self._segment = []

    def _frame_dts(self, track: _Track, ms: int) -> int:
        if track.kind == "video":
            return ms * (VIDEO_TIMESCALE // 1000)
        saved = track.rescale_last
        value = self._rescale_audio(track, ms)
        track.rescale_last = saved
        return value

    # --- accounting ------------------------------------------------------------------

    def _hold(self, size: int) -> None:
        self._held_samples += 1
        self._held_bytes += size

    def _release(self, size: int, samples: int = 1) -> None:
        self._held_samples -= samples
        self._held_bytes -= size


def _before(dts: int, track: _Track, cut: _Cut) -> bool:
    """Whether a sample of `track` at `dts` starts before the cut, exactly."""
    return dts * cut.timescale < cut.dts * track.timescale


def _round_half_away(numerator: int, denominator: int) -> int:
    """numerator / denominator rounded half away from zero (av_rescale's default)."""
    q, r = divmod(abs(numerator), denominator)
    value = q + (2 * r >= denominator)
    return value if numerator >= 0 else -value


def _packager_segment(
    parts: list[float], duration: float, independent: bool, target: float
) -> list[float]:
    """The packager's open segment after one more part (media/packager.py on_fragment)."""
    if not parts:
        return [duration] if independent else []  # it drops parts before a keyframe
    current = sum(parts)
    if independent and (current >= target - EPSILON_S or current + duration > target + EPSILON_S):
        return [duration]
    return [*parts, duration]
