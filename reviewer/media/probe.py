"""Media probing and thumbnails with PyAV.

A clip is accepted only when PyAV opens it, finds a video stream and decodes its first frame.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import av

from reviewer.core.model import MediaInfo
from reviewer.errors import MediaError

VIDEO_EXTENSIONS = frozenset({".mp4", ".mov", ".m4v", ".mkv", ".webm", ".avi", ".mxf", ".ts", ".mts"})
MAX_PIXELS = 7680 * 4320  # 8K: larger frames are not social clips and would exhaust memory


def probe(path: Path, *, display_name: str | None = None) -> MediaInfo:
    """Open ``path`` with PyAV, decode its first video frame and describe it."""
    name = display_name or path.name
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise MediaError(f"{name}: cannot read ({exc.strerror or exc})") from None
    if size == 0:
        raise MediaError(f"{name}: empty file (0 bytes)")
    try:
        container = av.open(str(path), mode="r", options={"probesize": "5000000"})
    except (av.FFmpegError, OSError, UnicodeDecodeError, ValueError) as exc:
        raise MediaError(f"{name}: not a readable video file ({_short(exc)})") from None
    try:
        if not container.streams.video:
            raise MediaError(f"{name}: no video stream (audio-only or data file)")
        vs = container.streams.video[0]
        ctx = vs.codec_context
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
        rate = vs.average_rate or vs.guessed_rate or vs.base_rate
        fps = float(rate) if rate else 0.0
        if not (0 < fps <= 1000):
            fps = 25.0
        duration_ms = 0
        if vs.duration is not None and vs.time_base is not None:
            duration_ms = int(vs.duration * vs.time_base * 1000)
        if duration_ms <= 0 and container.duration:
            duration_ms = int(container.duration * 1000 // av.time_base)
        if duration_ms <= 0:
            raise MediaError(f"{name}: zero duration")
        audio = container.streams.audio[0].codec_context.name if container.streams.audio else None
        return MediaInfo(
            duration_ms=duration_ms,
            width=width,
            height=height,
            fps=round(fps, 3),
            video_codec=ctx.name,
            audio_codec=audio,
            container=container.format.name,
        )
    finally:
        container.close()


def make_thumbnail(path: Path, dest: Path, *, width: int = 240, at_ms: int = 0) -> Path:
    """Write a small JPEG of the first frame (or the frame at ``at_ms``) to ``dest``."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    with av.open(str(path)) as container:
        vs = container.streams.video[0]
        if at_ms and vs.time_base:
            container.seek(int(at_ms / 1000 / vs.time_base), stream=vs)
        frame = next(container.decode(video=0))
    h = max(2, int(round(frame.height * width / max(1, frame.width) / 2)) * 2)
    small = frame.reformat(width=width, height=h, format="yuvj420p")
    tmp = dest.with_suffix(".tmp.jpg")
    with av.open(str(tmp), mode="w", format="image2") as out:
        stream = out.add_stream("mjpeg", rate=1)
        stream.width, stream.height, stream.pix_fmt = width, h, "yuvj420p"
        small.pts = 0
        small.time_base = Fraction(1, 1)
        for packet in stream.encode(small):
            out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    tmp.replace(dest)
    return dest


def _short(exc: BaseException) -> str:
    # FFmpeg errors carry the path in str(); the reason alone reads better in a one-line report.
    text = getattr(exc, "strerror", None) or str(exc).strip() or type(exc).__name__
    text = text.splitlines()[0]
    return text[:160]
