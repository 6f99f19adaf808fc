"""Stills and start timecode of a media file, for the change-request package (PyAV)."""

from __future__ import annotations

import logging
from fractions import Fraction
from pathlib import Path

import av

from reviewer.media.probe import OPEN_OPTIONS

log = logging.getLogger(__name__)


def start_timecode(path: Path) -> str | None:
    """The file's own start timecode ("10:00:00:00", "01:00:00;00" drop-frame), or None.

    FFmpeg shows an MP4/MOV ``tmcd`` track, an MXF or a DV start timecode as ``timecode`` metadata
    of the video stream, of a data stream or of the container.
    """
    try:
        with av.open(str(path), options=dict(OPEN_OPTIONS)) as c:
            places = [s.metadata for s in c.streams.video] + [s.metadata for s in c.streams if s.type == "data"]
            places.append(c.metadata)
            for meta in places:
                tc = (meta or {}).get("timecode")
                if tc:
                    return str(tc).strip()
    except (av.FFmpegError, OSError, ValueError) as exc:
        log.warning("start timecode of %s: %s", Path(path).name, exc)
    return None


def frame_still(path: Path, at_ms: int, dest: Path, *, width: int = 480) -> bool:
    """Write a JPEG of the frame on screen at ``at_ms`` (exact, not the keyframe before); False if none."""
    try:
        with av.open(str(path), options=dict(OPEN_OPTIONS)) as c:
            vs = c.streams.video[0]
            tb = vs.time_base or Fraction(1, 90000)
            start = vs.start_time or 0
            target = start + int(at_ms / 1000 / tb)
            c.seek(max(start, target), stream=vs, backward=True, any_frame=False)
            chosen = None
            for frame in c.decode(vs):
                if frame.pts is None:
                    continue
                if frame.pts > target and chosen is not None:
                    break
                chosen = frame
                if frame.pts >= target:
                    break
            if chosen is None:
                return False
            h = max(2, int(round(chosen.height * width / max(1, chosen.width) / 2)) * 2)
            _jpeg(chosen, dest, width, h)
        return True
    except (av.FFmpegError, OSError, ValueError, IndexError, StopIteration) as exc:
        log.warning("still of %s at %d ms: %s", Path(path).name, at_ms, exc)
        return False


def _jpeg(frame, dest: Path, width: int, height: int) -> None:
    """One JPEG through FFmpeg's mjpeg encoder (no Pillow needed)."""
    small = frame.reformat(width=width, height=height, format="yuvj420p")
    with av.open(str(dest), mode="w", format="image2") as out:
        stream = out.add_stream("mjpeg", rate=1)
        stream.width, stream.height, stream.pix_fmt = width, height, "yuvj420p"
        small.pts, small.time_base = 0, Fraction(1, 1)
        for packet in stream.encode(small):
            out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
