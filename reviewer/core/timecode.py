"""Timecode text for media times (pure Python, shared by the desk, notes and certificates)."""

from __future__ import annotations

import math


def frame_duration_ms(fps: float) -> float:
    """Length of one frame in milliseconds (40.0 at 25 fps)."""
    if not fps or fps <= 0 or math.isnan(fps) or math.isinf(fps):
        raise ValueError(f"fps must be a positive number, not {fps!r}")
    return 1000.0 / fps


def frame_at(ms: int, fps: float) -> int:
    """Index of the frame shown at ``ms`` (frame n spans ``[n/fps, (n+1)/fps)`` seconds)."""
    frame_duration_ms(fps)
    # The epsilon absorbs float error, so that exactly n * 1000/fps ms lands on frame n.
    return math.floor(max(0, ms) * fps / 1000.0 + 1e-9)


def timecode(ms: int, fps: float) -> str:
    """``HH:MM:SS:FF`` for media time ``ms`` at ``fps``.

    HH:MM:SS is wall-clock time in the clip, so it always matches what the player's seconds say;
    FF is the frame within that second (0 .. ceil(fps)-1). For 29.97/23.976 material this is not
    SMPTE drop-frame timecode: a reviewer's note must point at the same second everyone else sees,
    which matters more here than frame counts that match an edit suite. Negative times show as 0.
    """
    frame_duration_ms(fps)
    ms = max(0, int(ms))
    seconds, rest = divmod(ms, 1000)
    ff = min(math.floor(rest * fps / 1000.0 + 1e-9), math.ceil(fps) - 1)
    hh, rem = divmod(seconds, 3600)
    mm, ss = divmod(rem, 60)
    return f"{hh:02d}:{mm:02d}:{ss:02d}:{ff:02d}"


def frame_start_ms(frame: int, fps: float) -> int:
    """The first whole millisecond that shows frame ``frame`` (so ``frame_at`` of it is ``frame``)."""
    frame_duration_ms(fps)
    # ceil, not round: at 29.97 fps frame 1 starts at 33.37 ms, and 33 would still be frame 0.
    return max(0, math.ceil(max(0, frame) * 1000.0 / fps - 1e-9))
