"""Media times as text, and back: the one home of every clock format of the program.

Pure Python, shared by the CLI, the desk, notes, captions, certificates and reports:

============================  ======================  =========================================
function                      looks like              used for
============================  ======================  =========================================
:func:`timecode`              ``00:01:02:13``         the desk (HH:MM:SS:FF at the clip's rate)
:func:`frame_timecode`        ``00:01:02:13``         a frame number at a whole rate
:func:`clock_ms`              ``00:01:02.520``        the CLI (show, notes, diff)
:func:`clock_short`           ``01:02.520``           certificates (hours only when needed)
:func:`clock_tenths`          ``01:02.5``             the English reasons of the sign-off rules
:func:`srt_time`              ``00:01:02,520``        SRT files
:func:`minutes_seconds`       ``1:02``                short media times in the desk
:func:`duration_text`         ``1:03`` / ``1:01:03``  lengths (rounded to the second)
:func:`parse_clock`           ``62.5``/``1:02.5``     the CLI's ``--at`` / ``--to``
:func:`parse_timecode`        ``00:01:02:13``         the desk's note times
============================  ======================  =========================================
"""

from __future__ import annotations

import math
import re

from reviewer.errors import UsageError


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


def frame_timecode(frame: int, fps: int) -> str:
    """``HH:MM:SS:FF`` of frame number ``frame`` at a whole rate ``fps`` (hours wrap at 24, as SMPTE)."""
    seconds, ff = divmod(max(0, int(frame)), fps)
    return f"{seconds // 3600 % 24:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}:{ff:02d}"


def _hms(ms: int) -> tuple[int, int, int, int]:
    seconds, millis = divmod(int(ms), 1000)
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return hours, minutes, seconds, millis


def clock_ms(ms: int | None) -> str:
    """``HH:MM:SS.mmm`` ("" for None)."""
    if ms is None:
        return ""
    h, m, s, millis = _hms(ms)
    return f"{h:02d}:{m:02d}:{s:02d}.{millis:03d}"


def clock_short(ms: int | None) -> str:
    """``MM:SS.mmm``, ``HH:MM:SS.mmm`` from an hour on ("" for None)."""
    if ms is None:
        return ""
    h, m, s, millis = _hms(ms)
    return f"{h:02d}:{m:02d}:{s:02d}.{millis:03d}" if h else f"{m:02d}:{s:02d}.{millis:03d}"


def clock_tenths(ms: int) -> str:
    """``MM:SS.d``: minutes (not wrapped into hours), seconds and tenths."""
    minutes, rest = divmod(int(ms), 60_000)
    return f"{minutes:02d}:{rest // 1000:02d}.{rest % 1000 // 100}"


def srt_time(ms: int) -> str:
    """An SRT timestamp ``HH:MM:SS,mmm`` (a leading ``-`` if negative)."""
    sign = "-" if ms < 0 else ""
    h, m, s, millis = _hms(abs(int(ms)))
    return f"{sign}{h:02d}:{m:02d}:{s:02d},{millis:03d}"


def minutes_seconds(ms: int) -> str:
    """``m:ss`` of a media time (whole seconds, minutes not wrapped into hours)."""
    s = max(0, int(ms)) // 1000
    return f"{s // 60}:{s % 60:02d}"


def duration_text(ms: int) -> str:
    """A length rounded to the second: ``m:ss``, ``h:mm:ss`` from an hour on."""
    seconds = max(0, int(round(ms / 1000)))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def parse_clock(text: str) -> int:
    """Seconds, ``MM:SS`` or ``HH:MM:SS(.mmm)`` → milliseconds; :class:`UsageError` otherwise."""
    problem = f"'{text}' is not a time (use seconds, MM:SS or HH:MM:SS.mmm)"
    try:
        parts = [float(p) for p in text.strip().split(":")]
    except ValueError:
        raise UsageError(problem) from None
    if not 1 <= len(parts) <= 3 or any(p < 0 for p in parts):
        raise UsageError(problem)
    seconds = 0.0
    for p in parts:
        seconds = seconds * 60 + p
    return int(round(seconds * 1000))


_TIMECODE = re.compile(r"^\s*(\d{1,2}):(\d{1,2}):(\d{1,2})[:;.](\d{1,3})\s*$")


def parse_timecode(text: str, fps: float) -> int | None:
    """``HH:MM:SS:FF`` at ``fps`` back to milliseconds (the first ms of that frame); None if invalid."""
    m = _TIMECODE.match(text)
    if not m:
        return None
    hh, mm, ss, ff = (int(g) for g in m.groups())
    if mm > 59 or ss > 59 or ff >= math.ceil(fps):
        return None
    # ceil: the first whole millisecond that lies inside frame ff, so timecode(ms) shows ff again.
    return ((hh * 60 + mm) * 60 + ss) * 1000 + math.ceil(ff * 1000 / fps - 1e-9)
