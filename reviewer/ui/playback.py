"""Playback of the version under review and what the person at the desk has watched of it.

:class:`PlaybackController` is the one owner of the player's state as the desk sees it: position,
play/pause, speed, shuttles, scrubbing, and the viewing coverage fed from it. The transport, the
transcript, the sign-off panels and the window listen to its signals; none of them talks to the
player or to the coverage tracker directly.

Keys behave as in every editing program: K always stops (shuttles included) and puts the speed
back to 1×; Space plays at 1× (or pauses); J/L shuttle. Playing faster than what counts as
viewing (:data:`reviewer.core.coverage.MAX_COUNTED_RATE`) or backwards raises ``uncounted_changed``
so the desk can say so while it happens. "Play the parts not yet watched" walks the gaps of the
coverage, seeking over what was seen.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from reviewer.core.coverage import MAX_COUNTED_RATE, IntervalSet
from reviewer.ui.viewing import ViewingCoverage

log = logging.getLogger(__name__)

SPEEDS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
PLAYING_STATES = {"playing"}
STOPPED_STATES = {"stopped", "ended", "error", "idle"}
SCRUB_INTERVAL_MS = 40
# Gaps shorter than this are frame-rounding leftovers, not footage left to watch.
MIN_GAP_MS = 60


class PlaybackController(QObject):
    """Player commands and viewing coverage for the version under review.

    ``player`` is the :class:`reviewer.media.player.Player` facade (or a stand-in with its API),
    ``library`` stores coverage, ``person`` whose viewing is recorded (None: nobody is at the desk).

    Signals:
        position_changed(int): the playhead (ms), from the player or a seek.
        state_changed(str): the player's state (playing, paused, ended, ...).
        rate_changed(float): the playback rate (negative while shuttling backwards).
        duration_changed(int): the exact length is known.
        coverage_changed(float): the watched share of the version changed (0..1).
        uncounted_changed(bool): playback now runs (or stops running) faster than what counts.
        unwatched_mode_changed(bool): "play the parts not yet watched" started or ended.
        first_frame_shown(): the clip's first picture is on screen.
        error_occurred(str): the clip cannot be played.
    """

    position_changed = Signal(int)
    state_changed = Signal(str)
    rate_changed = Signal(float)
    duration_changed = Signal(int)
    coverage_changed = Signal(float)
    uncounted_changed = Signal(bool)
    unwatched_mode_changed = Signal(bool)
    first_frame_shown = Signal()
    error_occurred = Signal(str)

    def __init__(self, player, library, person: str | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.player = player
        self.coverage = ViewingCoverage(library, person, parent=self)
        self._state = "idle"
        self._rate = 1.0
        self._position = 0
        self._duration = 0
        self._fps = 25.0
        self._loaded = False
        self._adopted = False
        self._uncounted = False
        self._unwatched: list[tuple[int, int]] | None = None  # gaps still to play, in order
        self._pending_scrub: int | None = None
        self._was_playing_before_scrub = False
        self._scrub_timer = QTimer(self, singleShot=True, interval=SCRUB_INTERVAL_MS)
        self._scrub_timer.timeout.connect(self._apply_scrub)

        player.position_changed.connect(self._on_position)
        player.state_changed.connect(self._on_state)
        player.media_loaded.connect(self._on_media_loaded)
        player.rate_changed.connect(self._on_rate)
        player.first_frame_shown.connect(self.first_frame_shown)
        player.error_occurred.connect(self.error_occurred)
        # Every jump (seek, frame step, shuttle step, loop) re-anchors coverage: never credited.
        player.seeked.connect(self.coverage.seeked)
        self.coverage.coverage_changed.connect(self.coverage_changed)

    # -- the clip -----------------------------------------------------------------------------
    def open(
        self, clip_id: str, version_id: int, path: str, *, duration_ms: int, fps: float, loop: bool = False
    ) -> None:
        """Load a version paused on its first frame and start tracking what is watched of it."""
        self._stop_unwatched()
        self._fps = fps if fps and fps > 0 else 25.0
        self._duration = int(duration_ms)
        self._position = 0
        self._rate = 1.0
        self._loaded = True
        self._adopted = False
        self.coverage.start(clip_id, version_id, duration_ms)
        self.player.set_loop(loop)
        self.player.load(str(path), fps=self._fps, paused_on_first_frame=True)
        self._set_uncounted(False)

    def adopt(self, clip_id: str, version_id: int, *, duration_ms: int, fps: float, loop: bool = False) -> None:
        """Take over a version the player opened before this controller existed (the desk's head
        start): no reload, the player's state and length as they are now."""
        self._stop_unwatched()
        self._fps = fps if fps and fps > 0 else 25.0
        self._duration = self.player.duration_ms() or int(duration_ms)
        self._position = self.player.position_ms()
        self._rate = 1.0
        self._loaded = True
        self._adopted = True
        self._state = self.player.state()
        self.coverage.start(clip_id, version_id, self._duration)
        self.player.set_loop(loop)
        self.state_changed.emit(self._state)
        if self._duration:
            self.duration_changed.emit(self._duration)

    def adopted(self) -> bool:
        """Whether the version under review was taken over from the head start."""
        return self._adopted

    def close(self, *, stop_player: bool = True) -> None:
        """Nothing under review (the outgoing clip's coverage must be saved first: :meth:`leave`)."""
        self._stop_unwatched()
        self._loaded = False
        self._duration = 0
        self._position = 0
        if stop_player:
            self.player.stop()
        self.coverage.clear()

    def leave(self) -> None:
        """Save what was watched of the outgoing clip."""
        if self.coverage.version_id:
            self.coverage.interrupted()
            self.coverage.save()

    def set_person(self, person: str | None) -> None:
        """Another person sits at the desk: their coverage from now on (the previous one's is saved)."""
        if self.is_playing():
            self.pause()
        self.coverage.set_person(person)

    # -- reading ------------------------------------------------------------------------------
    def state(self) -> str:
        """The player's state as last reported."""
        return self._state

    def is_playing(self) -> bool:
        """Whether the clip plays now."""
        return self._state in PLAYING_STATES

    def rate(self) -> float:
        """The rate as last reported (negative while shuttling backwards)."""
        return self._rate

    def duration(self) -> int:
        """The clip's length (ms)."""
        return self._duration

    def fps(self) -> float:
        """Frame rate used for steps and timecodes."""
        return self._fps

    def position(self) -> int:
        """The playhead: live from the player while playing."""
        pos = self.player.position_ms()
        return pos if pos is not None and pos >= 0 else self._position

    def is_uncounted(self) -> bool:
        """Whether playback runs faster than what counts as viewing (or backwards)."""
        return self._uncounted

    def unwatched_mode(self) -> bool:
        """Whether "play the parts not yet watched" is running."""
        return self._unwatched is not None

    def unwatched_gaps(self) -> list[tuple[int, int]]:
        """The parts of the version the person has not watched yet, in order."""
        if not self._loaded or self._duration <= 0:
            return []
        end = max(1, self._duration - self.coverage_tolerance_ms())
        gaps = IntervalSet(self.coverage.intervals()).gaps(0, end)
        return [(s, e) for s, e in gaps.intervals if e - s >= MIN_GAP_MS]

    @staticmethod
    def coverage_tolerance_ms() -> int:
        """The end slack the coverage rule allows (the signing service checks the same figure)."""
        from reviewer.core.coverage import DEFAULT_END_TOLERANCE_MS

        return DEFAULT_END_TOLERANCE_MS

    # -- commands -----------------------------------------------------------------------------
    def play_normal(self) -> None:
        """Space: pause when playing, else play at 1× (after the end: from the start)."""
        if not self._loaded:
            return
        if self.is_playing():
            self.pause()
            return
        self._stop_unwatched()
        if abs(self._rate - 1.0) > 1e-6:
            self.player.set_rate(1.0)
        if self._state == "ended" or (self._duration and self._position >= self._duration - 50):
            self.seek(0)
        self.player.play()

    def toggle_play(self) -> None:
        """Play at 1× or pause (the Space key)."""
        self.play_normal()

    def pause(self) -> None:
        """K: stop whatever runs (play, either shuttle, the unwatched tour); speed back to 1×."""
        if not self._loaded:
            return
        self._stop_unwatched()
        self.player.pause()
        if abs(self._rate - 1.0) > 1e-6 or getattr(self.player, "shuttle_speed", lambda: 1.0)() < 0:
            # The next L or Space starts at 1× again, as in every editing program.
            self.player.set_rate(1.0)

    def seek(self, ms: int) -> None:
        """Go to ``ms`` (a seek: the jump never counts as watched)."""
        if not self._loaded:
            return
        ms = max(0, min(int(ms), self._duration or int(ms)))
        self.player.seek(ms)  # emits seeked: the coverage tracker re-anchors there
        self._position = ms
        self.position_changed.emit(ms)

    def seek_relative(self, delta_ms: int) -> None:
        """Move by ``delta_ms`` from the current position."""
        self.seek(max(0, self.position() + delta_ms))

    def go_end(self) -> None:
        """The last frame, not past it: libvlc stops when asked for the very end."""
        self.seek(max(0, self._duration - int(round(1000 / self._fps))))

    def step_frame(self, direction: int) -> None:
        """One frame back or forward (pauses)."""
        if not self._loaded:
            return
        self._stop_unwatched()
        self.coverage.interrupted()
        self.player.step_frame(direction)

    def shuttle(self, direction: int) -> None:
        """J (-1) / L (+1): faster on each press."""
        if not self._loaded:
            return
        self._stop_unwatched()
        self.coverage.interrupted()
        self.player.shuttle(direction)

    def set_speed(self, rate: float) -> None:
        """Playback speed (0.5×–2×)."""
        self.player.set_rate(float(rate))

    def change_speed(self, step: int) -> None:
        """One step slower (-1) or faster (+1) on the 0.5×–2× scale."""
        current = min(SPEEDS, key=lambda s: abs(s - abs(self._rate)))
        i = max(0, min(len(SPEEDS) - 1, SPEEDS.index(current) + step))
        self.set_speed(SPEEDS[i])

    def play_unwatched(self) -> bool:
        """Play only what this person has not watched yet, at 1×; False when there is nothing left."""
        if not self._loaded:
            return False
        gaps = self.unwatched_gaps()
        if not gaps:
            return False
        if self.is_playing():
            self.player.pause()
        if abs(self._rate - 1.0) > 1e-6:
            self.player.set_rate(1.0)
        self._unwatched = gaps
        self.unwatched_mode_changed.emit(True)
        self.seek(gaps[0][0])
        self.player.play()
        return True

    # -- scrubbing on the seek bar --------------------------------------------------------------
    def scrub_started(self) -> None:
        """A drag on the seek bar began: pause under the mouse."""
        self._stop_unwatched()
        self._was_playing_before_scrub = self.is_playing()
        if self._was_playing_before_scrub:
            self.player.pause()

    def scrub_to(self, ms: int) -> None:
        """Coalesce a fast drag into at most one seek per 40 ms: libvlc seeks are not free."""
        self._pending_scrub = ms
        if not self._scrub_timer.isActive():
            self._scrub_timer.start()

    def _apply_scrub(self) -> None:
        if self._pending_scrub is not None:
            ms, self._pending_scrub = self._pending_scrub, None
            self.seek(ms)

    def scrub_finished(self) -> None:
        """The drag ended: the last position wins, playback resumes if it ran before."""
        self._scrub_timer.stop()
        self._apply_scrub()
        if self._was_playing_before_scrub:
            self.player.play()

    def stop_timers(self) -> None:
        """Before shutdown."""
        self._scrub_timer.stop()

    # -- player events --------------------------------------------------------------------------
    def _on_position(self, ms: int) -> None:
        if ms < 0:
            return
        self._position = ms
        self.position_changed.emit(ms)
        self.coverage.observe(ms, playing=self.is_playing(), rate=self._rate)
        if self._unwatched is not None and self.is_playing():
            self._follow_unwatched(ms)

    def _on_state(self, state: str) -> None:
        previous, self._state = self._state, state
        if state in PLAYING_STATES and previous not in PLAYING_STATES:
            # Anchor at where playback starts: the first report after this may be credited.
            # libvlc reports a few ms while the first frame is on screen: that is the start.
            start = self.position()
            frame_ms = int(1000 / self._fps) if self._fps > 0 else 40
            self.coverage.seeked(0 if start <= frame_ms else start)
        if previous in PLAYING_STATES and state not in PLAYING_STATES:
            # Credit up to the exact stop position, then write the view session.
            pos = self.position()
            self.coverage.observe(pos, playing=True, rate=self._rate)
            self.coverage.interrupted()
            self.coverage.save()
            if state != "playing" and self._unwatched is not None and state in STOPPED_STATES:
                self._stop_unwatched()
        if state in STOPPED_STATES:
            self.coverage.interrupted()
        self.state_changed.emit(state)
        self._update_uncounted()

    def _on_media_loaded(self, duration_ms: int, fps: float) -> None:
        if not self._loaded:
            return
        if duration_ms > 0:
            self._duration = duration_ms
            self.coverage.set_duration(duration_ms)
            self.duration_changed.emit(duration_ms)

    def _on_rate(self, rate: float) -> None:
        self._rate = rate
        self.rate_changed.emit(rate)
        self._update_uncounted()

    def _update_uncounted(self) -> None:
        reverse = self._rate < 0
        fast = self.is_playing() and self._rate > MAX_COUNTED_RATE + 1e-6
        self._set_uncounted(reverse or fast)

    def _set_uncounted(self, on: bool) -> None:
        if on != self._uncounted:
            self._uncounted = on
            self.uncounted_changed.emit(on)

    # -- the unwatched tour -----------------------------------------------------------------------
    def _follow_unwatched(self, ms: int) -> None:
        gaps = self._unwatched
        while gaps and ms >= gaps[0][1]:
            gaps.pop(0)
            if gaps:
                # Over what was already watched to the next gap (a seek: never credited).
                self.seek(gaps[0][0])
                return
        if not gaps:
            self._stop_unwatched()
            self.player.pause()

    def _stop_unwatched(self) -> None:
        if self._unwatched is not None:
            self._unwatched = None
            self.unwatched_mode_changed.emit(False)
