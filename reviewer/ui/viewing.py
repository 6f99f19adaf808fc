"""Viewing coverage of the version under review: feeds a PlaybackTracker, persists per person.

Not a widget: the window forwards the player's observations here (position reports with the
playing state and rate, user seeks, stops) and draws what :meth:`ViewingCoverage.intervals`
returns. What was watched is merged into the stored intervals of (version, person) with
:class:`IntervalSet` and saved through ``Library.save_coverage`` when playback pauses or stops,
when another clip is chosen, every minute of continuous playback and when the desk closes.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QObject, Signal

from reviewer.core.coverage import IntervalSet, PlaybackTracker, coverage_of
from reviewer.errors import ReviewerError
from reviewer.ui import messages

log = logging.getLogger(__name__)

AUTOSAVE_S = 60.0


class ViewingCoverage(QObject):
    """Watched intervals of one person on the loaded version, stored and unsaved.

    Signals:
        coverage_changed(float): the watched fraction (0..1) changed.
        coverage_saved(str, int): intervals of (clip id, version id) were written to the library.
    """

    coverage_changed = Signal(float)
    coverage_saved = Signal(str, int)

    def __init__(self, library, person: str | None, *, clock=time.monotonic, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._person = person
        self._clock = clock
        self._clip_id = ""
        self._version_id = 0
        self._duration = 0
        self._stored = IntervalSet()
        self._session = IntervalSet()  # watched since the last save
        self._tracker = PlaybackTracker()
        self._last_save = clock()
        self._fraction = 0.0

    # -- lifecycle --------------------------------------------------------------------------
    @property
    def person(self) -> str | None:
        """Whose viewing is recorded (None: nobody is at the desk, nothing is recorded)."""
        return self._person

    def set_person(self, person: str | None) -> None:
        """Someone else sits down: what the previous person watched is saved as theirs first."""
        if person == self._person:
            return
        self.interrupted()
        self.save()
        self._person = person
        self._tracker = PlaybackTracker()
        self._session = IntervalSet()
        self._stored = self._read_stored()
        self._emit()

    def _read_stored(self) -> IntervalSet:
        if not self._version_id or not self._person:
            return IntervalSet()
        try:
            return IntervalSet(self._library.coverage(self._version_id, self._person))
        except ReviewerError as exc:
            messages.report_exception(exc, "")
            return IntervalSet()

    def start(self, clip_id: str, version_id: int, duration_ms: int) -> None:
        """Begin tracking a version (the previous one must have been saved by the caller)."""
        self._clip_id, self._version_id, self._duration = clip_id, version_id, max(0, int(duration_ms))
        self._tracker = PlaybackTracker()
        self._session = IntervalSet()
        self._stored = self._read_stored()
        self._last_save = self._clock()
        self._emit()

    def clear(self) -> None:
        """No version loaded."""
        self._clip_id, self._version_id, self._duration = "", 0, 0
        self._stored = IntervalSet()
        self._session = IntervalSet()
        self._tracker = PlaybackTracker()
        self._emit()

    def set_duration(self, duration_ms: int) -> None:
        """The player knows the exact length now."""
        if duration_ms > 0 and duration_ms != self._duration:
            self._duration = int(duration_ms)
            self._emit()

    # -- observations -----------------------------------------------------------------------
    def observe(self, ms: int, *, playing: bool, rate: float) -> None:
        """A position report from the player."""
        if not self._version_id or not self._person:
            return
        self._tracker.on_position(int(ms), self._clock(), playing=playing, rate=rate)
        new = self._tracker.flush()
        if new:
            self._session = self._session | new
            self._emit()
            if self._clock() - self._last_save >= AUTOSAVE_S:
                self.save()

    def seeked(self, ms: int) -> None:
        """The user moved the playhead to ``ms``: the jump is never credited."""
        self._tracker.on_seek(int(ms), self._clock())

    def interrupted(self) -> None:
        """Playback stopped, or moved somewhere we cannot vouch for (frame step, reverse shuttle)."""
        self._tracker.on_stop()

    # -- results ----------------------------------------------------------------------------
    @property
    def clip_id(self) -> str:
        """The clip tracked ("" when none)."""
        return self._clip_id

    @property
    def version_id(self) -> int:
        """The version tracked (0 when none)."""
        return self._version_id

    def intervals(self) -> IntervalSet:
        """Everything watched: stored plus not yet saved."""
        return self._stored | self._session

    def unsaved(self) -> IntervalSet:
        """Watched since the last save."""
        return self._session

    def fraction(self) -> float:
        """Watched share of the version (0..1)."""
        return coverage_of(self.intervals(), self._duration) if self._duration > 0 else 0.0

    def duration_ms(self) -> int:
        """Length used for the fraction."""
        return self._duration

    def save(self) -> bool:
        """Write unsaved coverage to the library (one audited view session); True if written."""
        self._last_save = self._clock()
        if not self._version_id or not self._person:
            return False
        new = self._session
        merged = self._stored | new
        if merged == self._stored:
            self._session = IntervalSet()
            return False
        try:
            self._library.save_coverage(
                self._clip_id, self._version_id, self._person, merged.to_json(), new.to_json(), merged.total_ms()
            )
        except ReviewerError as exc:
            messages.report_exception(exc, "")
            return False
        except Exception:  # coverage must not be lost silently; the hook shows the bug
            log.exception("saving coverage failed")
            raise
        self._stored = merged
        self._session = IntervalSet()
        self.coverage_saved.emit(self._clip_id, self._version_id)
        return True

    def _emit(self) -> None:
        fraction = self.fraction()
        self._fraction = fraction
        self.coverage_changed.emit(fraction)
