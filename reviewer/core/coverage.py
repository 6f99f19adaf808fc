"""Which parts of a clip the reviewer has actually watched, as exact integer-millisecond intervals.

Everything here is pure Python (no Qt, no vlc): the desk feeds a :class:`PlaybackTracker` with
what the player observed, persists the resulting :class:`IntervalSet`, and the signing policy asks
:func:`is_fully_covered` before an approval may be signed.

Intervals are half-open ``[start, end)`` in milliseconds, so ``[0, 40)`` and ``[40, 80)`` touch
and merge into ``[0, 80)``, and ``total_ms`` is simply the sum of ``end - start``.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

Interval = tuple[int, int]

DEFAULT_END_TOLERANCE_MS = 250
"""Default slack at the end of a clip for :func:`is_fully_covered` (see there)."""

MAX_COUNTED_RATE = 2.0
"""Playback faster than this is skimming, not watching: it adds no coverage."""


def _check_int(name: str, value: object) -> int:
    # bool is an int subclass; True/False as a millisecond is always a caller bug.
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int of milliseconds, not {type(value).__name__}")
    return value


def _normalise(pairs: Iterable[Iterable[int]]) -> tuple[Interval, ...]:
    """Sort, drop empty intervals, merge overlapping and touching ones."""
    items: list[Interval] = []
    for pair in pairs:
        start, end = pair
        start = _check_int("start", start)
        end = _check_int("end", end)
        if end < start:
            raise ValueError(f"interval end {end} is before its start {start}")
        if end > start:
            items.append((start, end))
    items.sort()
    merged: list[Interval] = []
    for start, end in items:
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return tuple(merged)


class IntervalSet:
    """An immutable, always-normalised set of half-open ``[start, end)`` millisecond intervals.

    Normalised means sorted, disjoint and never touching (``end`` of one < ``start`` of the next);
    empty intervals are dropped. Every "modifying" method returns a new set.
    """

    __slots__ = ("_intervals", "_starts")

    def __init__(self, intervals: Iterable[Iterable[int]] = ()) -> None:
        self._intervals: tuple[Interval, ...] = _normalise(intervals)
        self._starts = [s for s, _ in self._intervals]

    @property
    def intervals(self) -> tuple[Interval, ...]:
        """The normalised intervals as ``((start, end), ...)``."""
        return self._intervals

    def add(self, start: int, end: int) -> IntervalSet:
        """A new set that also covers ``[start, end)``."""
        return IntervalSet((*self._intervals, (start, end)))

    def union(self, other: IntervalSet | Iterable[Iterable[int]]) -> IntervalSet:
        """A new set covering everything either set covers."""
        other_pairs = other.intervals if isinstance(other, IntervalSet) else other
        return IntervalSet((*self._intervals, *other_pairs))

    __or__ = union

    def total_ms(self) -> int:
        """How many milliseconds are covered."""
        return sum(e - s for s, e in self._intervals)

    def intersect_range(self, lo: int, hi: int) -> IntervalSet:
        """A new set with only the parts inside ``[lo, hi)``."""
        lo, hi = _check_int("lo", lo), _check_int("hi", hi)
        if hi <= lo:
            return IntervalSet()
        # Start from the last interval starting at or before lo: it may reach into the range.
        i = max(0, bisect.bisect_right(self._starts, lo) - 1)
        out: list[Interval] = []
        for s, e in self._intervals[i:]:
            if s >= hi:
                break
            s2, e2 = max(s, lo), min(e, hi)
            if e2 > s2:
                out.append((s2, e2))
        return IntervalSet(out)

    def gaps(self, lo: int, hi: int) -> IntervalSet:
        """The parts of ``[lo, hi)`` this set does not cover."""
        lo, hi = _check_int("lo", lo), _check_int("hi", hi)
        out: list[Interval] = []
        cursor = lo
        for s, e in self.intersect_range(lo, hi).intervals:
            if s > cursor:
                out.append((cursor, s))
            cursor = e
        if cursor < hi:
            out.append((cursor, hi))
        return IntervalSet(out)

    def covers(self, ms: int) -> bool:
        """Whether millisecond ``ms`` (i.e. ``[ms, ms + 1)``) is covered."""
        i = bisect.bisect_right(self._starts, ms) - 1
        return i >= 0 and ms < self._intervals[i][1]

    def to_json(self) -> list[list[int]]:
        """A JSON-ready ``[[start, end], ...]`` list."""
        return [[s, e] for s, e in self._intervals]

    @classmethod
    def from_json(cls, data: str | bytes | list[Any]) -> IntervalSet:
        """Parse what :meth:`to_json` produced (the list itself or its JSON text)."""
        if isinstance(data, (str, bytes)):
            data = json.loads(data)
        if not isinstance(data, list):
            raise ValueError("coverage JSON must be a list of [start, end] pairs")
        pairs = []
        for item in data:
            if not isinstance(item, (list, tuple)) or len(item) != 2:
                raise ValueError(f"coverage JSON item is not a [start, end] pair: {item!r}")
            pairs.append((item[0], item[1]))
        return cls(pairs)

    def __iter__(self) -> Iterator[Interval]:
        return iter(self._intervals)

    def __len__(self) -> int:
        return len(self._intervals)

    def __bool__(self) -> bool:
        return bool(self._intervals)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, IntervalSet):
            return NotImplemented
        return self._intervals == other._intervals

    def __hash__(self) -> int:
        return hash(self._intervals)

    def __repr__(self) -> str:
        return f"IntervalSet({list(self._intervals)!r})"


def _as_set(intervals: IntervalSet | Iterable[Iterable[int]]) -> IntervalSet:
    return intervals if isinstance(intervals, IntervalSet) else IntervalSet(intervals)


def coverage_of(intervals: IntervalSet | Iterable[Iterable[int]], duration_ms: int) -> float:
    """The watched fraction of ``[0, duration_ms)``, in ``[0, 1]``.

    Parts outside the clip (players may report times past the end) do not count. A clip of zero
    duration has coverage 0.0: nothing of it can have been watched.
    """
    duration_ms = _check_int("duration_ms", duration_ms)
    if duration_ms <= 0:
        return 0.0
    covered = _as_set(intervals).intersect_range(0, duration_ms).total_ms()
    return min(1.0, covered / duration_ms)


def is_fully_covered(
    intervals: IntervalSet | Iterable[Iterable[int]],
    duration_ms: int,
    *,
    tolerance_ms: int = DEFAULT_END_TOLERANCE_MS,
) -> bool:
    """Whether the whole clip was watched, allowing ``tolerance_ms`` unwatched at the very end.

    Full coverage means ``[0, duration_ms - tolerance_ms)`` has no gap. The end gets slack because
    a player polled every ~40 ms rarely reports the time of the last frame before it signals the
    end (libvlc's last ``get_time()`` is typically one or more frames short). The start gets none:
    playback always begins with a report at the position it starts from. The caller passes the
    tolerance, typically one or a few frame durations (default 250 ms). Clips no longer than the
    tolerance still need their first millisecond watched, so "never played" is never "covered".
    """
    duration_ms = _check_int("duration_ms", duration_ms)
    tolerance_ms = _check_int("tolerance_ms", tolerance_ms)
    if tolerance_ms < 0:
        raise ValueError("tolerance_ms must not be negative")
    if duration_ms <= 0:
        return False
    need_until = max(1, duration_ms - tolerance_ms)
    return not _as_set(intervals).gaps(0, need_until)


@dataclass(frozen=True)
class _Report:
    ms: int
    now_s: float
    playing: bool
    rate: float


class PlaybackTracker:
    """Turns the player's position reports into watched intervals, crediting only real viewing.

    Feed it every position the player reports (``on_position``), user seeks (``on_seek``) and
    stops (``on_stop``); take the new coverage with ``flush``. The span between two consecutive
    reports ``[previous_ms, ms)`` is credited only when all of these hold:

    * the new report says playing, and (if the previous one was playing too) at no more than
      :data:`MAX_COUNTED_RATE` (2x): faster is skimming;
    * the position went forward;
    * the jump is plausible for the wall clock that passed:
      ``ms - previous_ms <= elapsed_s * 1000 * rate + slack_ms``. A bigger jump is a seek.

    ``elapsed_s`` is capped at ``max_report_gap_s``: the player reports every ~40 ms while playing,
    so a longer silence (a paused player, a frozen GUI) means we do not know what was on screen and
    any larger jump is not credited. This errs on the side of asking for a re-watch, never of
    crediting unseen footage.

    Mutable by design (it is a state machine); ``flush`` returns an immutable :class:`IntervalSet`.
    """

    def __init__(self, *, slack_ms: int = 250, max_report_gap_s: float = 1.0) -> None:
        self.slack_ms = slack_ms
        self.max_report_gap_s = max_report_gap_s
        self._last: _Report | None = None
        self._pending: list[Interval] = []

    def on_position(self, ms: int, now_s: float, *, playing: bool, rate: float = 1.0) -> None:
        """Take one position report: ``ms`` in the media, ``now_s`` from a monotonic clock."""
        ms = _check_int("ms", ms)
        if ms < 0:
            # libvlc answers -1 when it has no time; that is no observation at all.
            return
        prev, self._last = self._last, _Report(ms, now_s, playing, rate)
        if prev is None or not playing:
            return
        if rate > MAX_COUNTED_RATE or (prev.playing and prev.rate > MAX_COUNTED_RATE):
            return
        delta = ms - prev.ms
        if delta <= 0:
            return
        elapsed = min(max(0.0, now_s - prev.now_s), self.max_report_gap_s)
        bound_rate = max(rate, prev.rate) if prev.playing else rate
        if delta > elapsed * 1000.0 * bound_rate + self.slack_ms:
            return  # a seek (or a jump we cannot vouch for)
        self._pending.append((prev.ms, ms))

    def on_seek(self, ms: int, now_s: float | None = None) -> None:
        """The user moved to ``ms``; with ``now_s`` playback may be credited from exactly ``ms``."""
        ms = _check_int("ms", ms)
        # A seek target is an anchor, never an observation of playback: mark it not playing, so
        # the jump to it is never credited and only time from here on can be.
        self._last = None if now_s is None or ms < 0 else _Report(ms, now_s, False, 1.0)

    def on_stop(self) -> None:
        """Playback stopped or a different clip was loaded: forget the anchor."""
        self._last = None

    @property
    def pending(self) -> IntervalSet:
        """Coverage recorded since the last :meth:`flush` (without clearing it)."""
        return IntervalSet(self._pending)

    def flush(self) -> IntervalSet:
        """Return the coverage recorded since the last flush and start a new batch.

        The anchor is kept, so playback that continues across a flush loses nothing.
        """
        out = IntervalSet(self._pending)
        self._pending = []
        return out
