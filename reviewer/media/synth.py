"""Synthesise real, playable clips with PyAV (for the demo library, tests and benchmarks).

Frames are a moving colour pattern (so a player visibly advances) with an optional frame
callback that returns raw RGB24 bytes (the demo paints Vietnamese title cards with Qt).
"""

from __future__ import annotations

import math
from fractions import Fraction
from pathlib import Path
from typing import Callable, cast

import av

FramePainter = Callable[[int, int, int], bytes]
"""(frame_index, width, height) -> width*height*3 bytes of RGB24."""


def _pattern_frame(index: int, width: int, height: int) -> bytes:
    """A diagonal colour gradient that scrolls one step per frame (no numpy needed)."""
    shift = (index * 4) % 256
    row_cache: dict[int, bytes] = {}
    rows = []
    for y in range(height):
        key = (y // 4 + shift) % 256
        row = row_cache.get(key)
        if row is None:
            base = bytearray(width * 3)
            for x in range(width):
                v = (x + key * 3) % 256
                base[3 * x] = v
                base[3 * x + 1] = (v * 2 + key) % 256
                base[3 * x + 2] = 255 - v
            row = bytes(base)
            row_cache[key] = row
        rows.append(row)
    return b"".join(rows)


def make_clip(
    path: str | Path,
    *,
    seconds: float = 2.0,
    width: int = 320,
    height: int = 240,
    fps: int = 25,
    audio: bool = True,
    painter: FramePainter | None = None,
    codec: str = "libx264",
) -> Path:
    """Write an H.264/AAC MP4 (or other container by suffix) of ``seconds`` length to ``path``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    frames = max(1, int(round(seconds * fps)))
    paint = painter or _pattern_frame
    with av.open(str(path), mode="w") as out:
        # codec is a runtime string, so PyAV's stubs cannot tell this is a video stream.
        vs = cast(av.VideoStream, out.add_stream(codec, rate=fps))
        vs.width = width
        vs.height = height
        vs.pix_fmt = "yuv420p"
        if codec == "libx264":
            vs.options = {"preset": "ultrafast", "tune": "zerolatency", "g": str(fps)}
        astream = None
        if audio:
            astream = out.add_stream("aac", rate=48000)
            astream.layout = "mono"
        for i in range(frames):
            frame = av.VideoFrame(width, height, "rgb24")
            frame.planes[0].update(paint(i, width, height))
            frame.pts = i
            frame.time_base = Fraction(1, fps)
            for packet in vs.encode(frame.reformat(format="yuv420p")):
                out.mux(packet)
        for packet in vs.encode():
            out.mux(packet)
        if astream is not None:
            _write_tone(out, astream, seconds)
    return path


def _write_tone(out, stream, seconds: float) -> None:
    """A quiet 440 Hz tone, so players have an audio track as real clips do."""
    import array

    rate = 48000
    samples_per_frame = 1024
    total = int(seconds * rate)
    pts = 0
    while pts < total:
        n = min(samples_per_frame, total - pts)
        buf = array.array("f", (0.1 * math.sin(2 * math.pi * 440 * (pts + k) / rate) for k in range(n)))
        frame = av.AudioFrame(format="flt", layout="mono", samples=n)
        frame.planes[0].update(buf.tobytes())
        frame.sample_rate = rate
        frame.pts = pts
        frame.time_base = Fraction(1, rate)
        for packet in stream.encode(frame):
            out.mux(packet)
        pts += n
    for packet in stream.encode():
        out.mux(packet)
