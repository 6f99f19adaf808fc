"""Media probing and thumbnails with PyAV.

A clip is accepted only when PyAV opens it, finds a video stream and decodes its first frame.
What cameras and phones write is accepted as PyAV and libVLC both read it: MP4/MOV/3GP, MKV and
WebM, AVI, MXF, MPEG transport streams (.ts, AVCHD .mts/.m2ts), MPEG program streams (.mpg,
.mpeg, .vob), Windows Media (.wmv/.asf), Flash video (.flv) and DV.

Two things phones do are handled here rather than left to the player: a recorder that writes
no duration in the header (browsers' and phones' WebM) gets its length measured by reading the
file's packets (bounded in time), and a rotation flag (the display matrix of a portrait phone
video) turns the reported size and the thumbnail upright, as libVLC turns the picture.
"""

from __future__ import annotations

import logging
import os
import time
import uuid
from fractions import Fraction
from pathlib import Path
from typing import cast

import av
import av.filter

from reviewer.core.ingest import VIDEO_EXTENSIONS
from reviewer.core.model import MediaInfo, display_aspect
from reviewer.errors import MediaError
from reviewer.media.store import first_frame_still

log = logging.getLogger(__name__)

__all__ = [
    "VIDEO_EXTENSIONS",
    "MAX_PIXELS",
    "OPEN_OPTIONS",
    "DURATION_SCAN_SECONDS",
    "probe",
    "make_thumbnail",
    "make_stills",
    "make_first_frame",
]

MAX_PIXELS = 7680 * 4320  # 8K: larger frames are not social clips and would exhaust memory
# Only real video containers (the demuxers behind VIDEO_EXTENSIONS), read only from the local
# file: FFmpeg probes by content, so without this an ".mp4" holding a concat or HLS playlist
# would make it open the other files (or URLs) the playlist names.
_DEMUXERS = "mov,matroska,avi,mxf,mpegts,mpeg,asf,flv,dv"
OPEN_OPTIONS = {"format_whitelist": _DEMUXERS, "protocol_whitelist": "file"}
_CONTAINERS = "MP4/MOV/3GP, MKV/WebM, AVI, MXF, MPEG-TS/AVCHD, MPEG-PS, WMV, FLV, DV"
# A file without a duration in its header is read to its end to measure it, for at most this
# long; reading packets (not decoding) took 1.6 s for a 30-minute recording on the development
# machine (python -m bench.duration_scan), so only recordings of hours need more.
DURATION_SCAN_SECONDS = 20.0
# The first-frame still the desk shows while libVLC opens a clip: the frame as decoded, at most
# this wide (a 4K frame on a desk's video area would only cost decoding time), quantiser 2 of
# MJPEG's 1-31 (ffmpeg's -q:v 2: side by side with libVLC's frame it differs by ~1.5 % RMS, no
# visible change when one replaces the other; ~45 KB for the demo's clips, ~450 KB for a 1080p
# frame full of fine detail).
FIRST_FRAME_MAX_WIDTH = 1920
FIRST_FRAME_QSCALE = 2


def probe(path: Path, *, display_name: str | None = None) -> MediaInfo:
    """Open ``path`` with PyAV, decode its first video frame and describe it.

    Raises MediaError (one line, naming the file) for anything wrong with the file, including
    damage PyAV reports in unexpected ways: a hostile file must never stop an ingest.
    """
    name = display_name or path.name
    try:
        return _probe(path, name)
    except MediaError:
        raise
    except Exception as exc:  # untrusted bytes reach FFmpeg and PyAV here
        log.warning("probe of %s failed unexpectedly", name, exc_info=True)
        raise MediaError(f"{name}: damaged or unsupported video file ({type(exc).__name__})") from None


def _probe(path: Path, name: str) -> MediaInfo:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise MediaError(f"{name}: cannot read ({exc.strerror or exc})") from None
    if size == 0:
        raise MediaError(f"{name}: empty file (0 bytes)")
    try:
        container = av.open(str(path), mode="r", options={"probesize": "5000000", **OPEN_OPTIONS})
    except av.error.ArgumentError:
        raise MediaError(f"{name}: not a video container the desk accepts ({_CONTAINERS})") from None
    except (av.FFmpegError, OSError, UnicodeDecodeError, ValueError) as exc:
        raise MediaError(f"{name}: not a readable video file ({_short(exc)})") from None
    try:
        if not container.streams.video:
            raise MediaError(f"{name}: no video stream (audio-only or data file)")
        vs = container.streams.video[0]
        ctx = vs.codec_context
        if ctx is None:
            raise MediaError(f"{name}: the video stream's format is not recognised (damaged file?)")
        width, height = int(ctx.width or 0), int(ctx.height or 0)
        if width * height > MAX_PIXELS:
            raise MediaError(f"{name}: frame size {width}x{height} is larger than 8K")
        try:
            frame = next(container.decode(video=0))
        except StopIteration:
            raise MediaError(f"{name}: no video frame could be decoded (truncated or empty)") from None
        except (av.FFmpegError, ValueError, MemoryError) as exc:
            raise MediaError(f"{name}: first video frame does not decode ({_short(exc)})") from None
        width, height = frame.width, frame.height
        if width * height > MAX_PIXELS:
            raise MediaError(f"{name}: frame size {width}x{height} is larger than 8K")
        sar = ctx.sample_aspect_ratio or vs.sample_aspect_ratio
        aspect = display_aspect(width, height, float(sar) if sar else None)
        if clockwise_rotation(frame) in (90, 270):
            width, height = height, width  # a portrait phone video is shown (and listed) upright
            aspect = 1 / aspect
        rate = vs.average_rate or vs.guessed_rate or vs.base_rate
        fps = float(rate) if rate else 0.0
        if not (0 < fps <= 1000):
            fps = 25.0
        duration_ms = 0
        if vs.duration is not None and vs.time_base is not None:
            duration_ms = int(vs.duration * vs.time_base * 1000)
        if duration_ms <= 0 and container.duration:
            duration_ms = int(container.duration * 1000 // av.time_base)
        if duration_ms <= 0 and "mov" not in container.format.name.split(","):
            # Browser and phone recorders (MediaRecorder WebM) write no duration: measure it.
            # An MP4/MOV always states one; zero there is damage, not a recording in progress.
            duration_ms = _measured_duration_ms(path, name)
        if duration_ms <= 0:
            raise MediaError(f"{name}: zero duration")
        missing = _missing_tail(container, size, duration_ms)
        if missing:
            raise MediaError(f"{name}: {missing}")
        audio = None
        if container.streams.audio:
            actx = container.streams.audio[0].codec_context
            if actx is None:
                # Seen when the index is cut off: the sound cannot be played, so neither reviewed.
                raise MediaError(f"{name}: the sound track cannot be read (damaged file?)")
            audio = actx.name
        return MediaInfo(
            duration_ms=duration_ms,
            width=width,
            height=height,
            fps=round(fps, 3),
            video_codec=ctx.name,
            audio_codec=audio,
            container=container.format.name,
            display_aspect=round(aspect, 6),
        )
    finally:
        container.close()


def _missing_tail(container, size: int, duration_ms: int) -> str | None:
    """Why the file is shorter than its own MP4/MOV sample index says, or None when it is whole
    (or is another container, or PyAV is too old to show the index). An MP4 with its index at
    the front stays playable when its tail is cut off, so its header alone would pass an
    interrupted copy as whole."""
    if "mov" not in container.format.name.split(","):
        return None
    ends = {}
    for st in container.streams:
        entries = getattr(st, "index_entries", None)  # PyAV >= 14
        if entries is None:
            return None
        ends[st] = [(e.pos + e.size, e.timestamp) for e in entries]
    described = max((end for rows in ends.values() for end, _ in rows), default=0)
    if described <= size:
        return None
    reason = (
        f"the file ends early (an interrupted copy?): {described - size:,} bytes its own index describes are missing"
    )
    vs = container.streams.video[0]
    whole = [ts for end, ts in ends.get(vs, []) if end <= size]
    if vs.time_base is not None and len(whole) < len(ends.get(vs, [])):
        stop = (max(whole) - (vs.start_time or 0)) * vs.time_base if whole else 0
        reason += f"; its video stops at {float(stop):.1f} s of {duration_ms / 1000:.1f} s"
    return reason


def make_thumbnail(path: Path, dest: Path, *, width: int = 240, at_ms: int = 0) -> Path:
    """Write a small JPEG of the first frame (or the frame at ``at_ms``) to ``dest``."""
    _write_scaled(_upright_frame(path, at_ms), dest, width)
    return dest


def make_stills(path: Path, dest: Path) -> Path:
    """Ingest's stills, from one decode of frame 0: the queue's thumbnail at ``dest`` and the
    whole first frame beside it (:func:`reviewer.media.store.first_frame_still`), which the desk
    shows while libVLC opens the clip. Returns ``dest``. The first frame is a convenience: a
    failure to write it leaves only the thumbnail (the desk shows black meanwhile, as before)."""
    frame = _upright_frame(path, 0)
    _write_scaled(frame, dest, 240)
    try:
        _write_first_frame(frame, first_frame_still(dest.parent.parent, dest.stem))
    except Exception:  # noqa: BLE001 - the thumbnail and the clip stand without it
        log.warning("first-frame still of %s not written", path.name, exc_info=True)
    return dest


def make_first_frame(path: Path, dest: Path) -> Path:
    """Write the whole first frame of ``path`` (upright, at most FIRST_FRAME_MAX_WIDTH wide) to
    ``dest``: what the desk shows while libVLC opens the clip (made late for clips ingested
    before the desk had it)."""
    _write_first_frame(_upright_frame(path, 0), dest)
    return dest


def _upright_frame(path: Path, at_ms: int) -> av.VideoFrame:
    with av.open(str(path), options=dict(OPEN_OPTIONS)) as container:
        vs = container.streams.video[0]
        if at_ms and vs.time_base:
            container.seek(int(at_ms / 1000 / vs.time_base), stream=vs)
        frame = next(container.decode(video=0))
        return upright(frame)


def _write_first_frame(frame: av.VideoFrame, dest: Path) -> None:
    _write_scaled(frame, dest, min(frame.width, FIRST_FRAME_MAX_WIDTH), quality=FIRST_FRAME_QSCALE)


def _write_scaled(frame: av.VideoFrame, dest: Path, width: int, *, quality: int | None = None) -> None:
    """``frame`` at ``width`` pixels wide (its shape kept, even height) as a JPEG at ``dest``."""
    height = max(2, int(round(frame.height * width / max(1, frame.width) / 2)) * 2)
    _write_jpeg(frame.reformat(width=width, height=height, format="yuvj420p"), dest, quality=quality)


def _write_jpeg(picture: av.VideoFrame, dest: Path, *, quality: int | None = None) -> None:
    """``picture`` (yuvj420p) as a JPEG at ``dest``, written under a temporary name and renamed."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    # A name of its own per process (two desks may write the same still at once); the
    # pid in it lets the next desk remove it after a crash (MediaStore.clean_stale).
    tmp = dest.parent / f".thumb-{os.getpid()}-{uuid.uuid4().hex}.tmp.jpg"
    try:
        with av.open(str(tmp), mode="w", format="image2") as out:
            stream = out.add_stream("mjpeg", rate=1)
            stream.width, stream.height, stream.pix_fmt = picture.width, picture.height, "yuvj420p"
            if quality is not None:
                # A fixed quantiser (ffmpeg's -q:v): the whole frame must look like libVLC's.
                stream.codec_context.qscale = True
                stream.codec_context.options = {"qmin": str(quality), "qmax": str(quality)}
            picture.pts = 0
            picture.time_base = Fraction(1, 1)
            for packet in stream.encode(picture):
                out.mux(packet)
            for packet in stream.encode():
                out.mux(packet)
        tmp.replace(dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def clockwise_rotation(frame: av.VideoFrame) -> int:
    """How far (0, 90, 180, 270 degrees clockwise) the frame's display matrix turns the picture."""
    try:
        rotation = frame.rotation  # counterclockwise degrees, from the display matrix
    except Exception:  # noqa: BLE001 - a damaged matrix must not stop ingest; show it unturned
        return 0
    return int(round(-(rotation or 0) / 90.0)) % 4 * 90


# The filters that turn a picture upright, by its clockwise rotation (as FFmpeg's autorotate).
_UPRIGHT_FILTERS = {
    90: (("transpose", "clock"),),
    180: (("hflip", None), ("vflip", None)),
    270: (("transpose", "cclock"),),
}


def upright(frame: av.VideoFrame) -> av.VideoFrame:
    """The frame turned as its display matrix says (a phone's portrait video stands upright)."""
    filters = _UPRIGHT_FILTERS.get(clockwise_rotation(frame))
    if not filters:
        return frame
    graph = av.filter.Graph()
    node = graph.add_buffer(
        width=frame.width, height=frame.height, format=frame.format, time_base=frame.time_base or Fraction(1, 25)
    )
    source = node
    for filter_name, argument in filters:
        nxt = graph.add(filter_name, argument) if argument else graph.add(filter_name)
        node.link_to(nxt)
        node = nxt
    sink = graph.add("buffersink")
    node.link_to(sink)
    graph.configure()
    source.push(frame)
    return cast(av.VideoFrame, sink.pull())  # a video graph gives video frames


def _measured_duration_ms(path: Path, name: str) -> int:
    """The length of a file whose header gives none, from its packets' timestamps.

    Every stream counts (the sound may run past the last picture); reading stops with a
    one-line rejection after DURATION_SCAN_SECONDS (bench: ``python -m bench.duration_scan``).
    """
    deadline = time.monotonic() + DURATION_SCAN_SECONDS
    # stream index -> [first pts, last pts, latest end (pts + duration)], in the stream's time base
    bounds: dict[int, list[int]] = {}
    with av.open(str(path), mode="r", options=dict(OPEN_OPTIONS)) as container:
        for count, packet in enumerate(container.demux()):
            if count % 256 == 0 and time.monotonic() > deadline:
                raise MediaError(
                    f"{name}: no duration in its header, and measuring it took longer than {DURATION_SCAN_SECONDS:g} s"
                )
            pts = packet.pts
            if pts is None:
                continue
            b = bounds.get(packet.stream_index)
            if b is None:
                bounds[packet.stream_index] = [pts, pts, pts + (packet.duration or 0)]
            else:
                b[0], b[1], b[2] = min(b[0], pts), max(b[1], pts), max(b[2], pts + (packet.duration or 0))
        first: Fraction | None = None
        last: Fraction | None = None
        for index, (low, latest, end) in bounds.items():
            stream = container.streams[index]
            if stream.time_base is None:
                continue
            start, stop = low * stream.time_base, end * stream.time_base
            rate = (stream.average_rate or stream.guessed_rate) if stream.type == "video" else None
            if rate and end <= latest:
                # Recorders often leave a frame's duration out: the last frame still shows for one.
                stop = latest * stream.time_base + 1 / Fraction(rate)
            first = start if first is None else min(first, start)
            last = stop if last is None else max(last, stop)
    if first is None or last is None:
        return 0
    return int((last - first) * 1000)


def _short(exc: BaseException) -> str:
    # FFmpeg errors carry the path in str(); the reason alone reads better in a one-line report.
    text = getattr(exc, "strerror", None) or str(exc).strip() or type(exc).__name__
    text = text.splitlines()[0]
    return text[:160]
