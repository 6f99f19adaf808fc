"""Compare mode: the earlier (A) and the new (B) version on one screen, switched with one key at
the same timecode.

A window of its own with its own player (the desk's player pauses while it is open): press B
(or the A/B button) and the other version continues from the same timecode, playing if it was
playing. Under the picture a seek bar marks what changed (in the time of the version shown).
What is watched here counts, as everywhere, for the version that was played: each version's
coverage is tracked and saved like the desk's.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from reviewer.core.model import ClipDetail, ClipVersion
from reviewer.core.timecode import timecode
from reviewer.ui.coverage_bar import SeekBar
from reviewer.ui.i18n import fill
from reviewer.ui.video_view import VideoView
from reviewer.ui.viewing import ViewingCoverage

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

SWITCH_KEY = "B"
_COLOURS = {"A": "#9aa0a8", "B": "#4da3ff"}


class CompareWindow(QDialog):
    """A/B comparison of two versions (see the module docstring).

    ``player`` is a Player facade (reviewer.media.player.Player or a test double) owned by this
    window; ``segments`` the changed segments of ``reviewer diff`` (may be updated later).

    Signals:
        version_shown(str, int): "A" or "B" and its version number, once the switch is done.
        closed_at(int): the window closed at this time (ms), for the desk to continue there.
    """

    version_shown = Signal(str, int)
    closed_at = Signal(int)

    def __init__(
        self,
        services,
        detail: ClipDetail,
        old: ClipVersion,
        new: ClipVersion,
        player,
        *,
        segments: list[dict] | None = None,
        start_ms: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compareWindow")
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.services = services
        self.detail = detail
        self.versions = {"A": old, "B": new}
        self.player = player
        self.side = "B"
        self._segments = list(segments or [])
        self._position = max(0, int(start_ms))
        self._state = "idle"
        self._rate = 1.0
        self._resume_playing = False
        self._closed = False
        self.coverage = ViewingCoverage(services.library, services.person, parent=self)

        self.badge = QLabel(objectName="compareBadge")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(objectName="clipMeta")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.title.setWordWrap(True)
        self.time_label = QLabel(objectName="timecode")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.time_label.setStyleSheet('font-family: "DejaVu Sans Mono", monospace; font-size: 13pt;')
        self.video = VideoView()
        self.seek_bar = SeekBar()
        self.a_button = QPushButton(objectName="showA")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.b_button = QPushButton(objectName="showB")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.play_button = QPushButton(objectName="comparePlay")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        for b in (self.a_button, self.b_button):
            b.setCheckable(True)
        for b in (self.a_button, self.b_button, self.play_button):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.a_button.clicked.connect(lambda: self.show_side("A"))
        self.b_button.clicked.connect(lambda: self.show_side("B"))
        self.play_button.clicked.connect(self.toggle_play)
        self.hint = QLabel(objectName="clipMeta")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.hint.setWordWrap(True)

        head = QHBoxLayout()
        head.addWidget(self.badge)
        head.addWidget(self.title, 1)
        head.addWidget(self.time_label)
        controls = QHBoxLayout()
        controls.addWidget(self.play_button)
        controls.addWidget(self.a_button)
        controls.addWidget(self.b_button)
        controls.addWidget(self.hint, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        lay.addLayout(head)
        lay.addWidget(self.video, 1)
        lay.addWidget(self.seek_bar)
        lay.addLayout(controls)

        self.switch_shortcut = QShortcut(QKeySequence(SWITCH_KEY), self, activated=self.switch)  # type: ignore[call-overload]  # stubs omit signals as keywords
        self.play_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Space), self, activated=self.toggle_play)  # type: ignore[call-overload]  # stubs omit signals as keywords
        QShortcut(QKeySequence(Qt.Key.Key_K), self, activated=self.toggle_play)  # type: ignore[call-overload]  # stubs omit signals as keywords
        QShortcut(QKeySequence(Qt.Key.Key_Left), self, activated=lambda: self.seek(self.position() - 1000))  # type: ignore[call-overload]  # stubs omit signals as keywords
        QShortcut(QKeySequence(Qt.Key.Key_Right), self, activated=lambda: self.seek(self.position() + 1000))  # type: ignore[call-overload]  # stubs omit signals as keywords

        self.seek_bar.seek_requested.connect(self.seek)
        p = self.player
        p.attach(self.video.surface)
        p.position_changed.connect(self._on_position)
        p.state_changed.connect(self._on_state)
        p.first_frame_shown.connect(self._on_first_frame)
        p.error_occurred.connect(
            lambda m: self.video.show_message(translate("RoundTrip", "This version cannot be played"), m, error=True)
        )
        p.seeked.connect(self.coverage.seeked)
        self.resize(960, 680)
        self.retranslate()
        self._load("B", self._position, play=False)

    # -- commands ---------------------------------------------------------------------------
    def position(self) -> int:
        """The time shown (ms)."""
        pos = self.player.position_ms()
        return pos if pos is not None and pos >= 0 else self._position

    def switch(self) -> None:
        """B ↔ A at the same timecode (the key B)."""
        self.show_side("A" if self.side == "B" else "B")

    def show_side(self, side: str) -> None:
        """Show version A (earlier) or B (new) from the current timecode."""
        if side == self.side:
            self._update_buttons()
            return
        playing = self._state == "playing"
        at = self.position()
        self._leave()
        self._load(side, at, play=playing)

    def toggle_play(self) -> None:
        """Play or pause the version shown."""
        if self._state == "playing":
            self.player.pause()
        else:
            self.player.play()

    def seek(self, ms: int) -> None:
        """Go to ``ms`` in the version shown."""
        duration = self.versions[self.side].duration_ms
        ms = max(0, min(int(ms), duration or int(ms)))
        self.player.seek(ms)
        self._position = ms
        self._show_time(ms)

    def set_segments(self, segments: list[dict]) -> None:
        """The changed segments (when the comparison finished after the window opened)."""
        self._segments = list(segments)
        self._mark_changes()

    # -- internals --------------------------------------------------------------------------
    def _load(self, side: str, at_ms: int, *, play: bool) -> None:
        self.side = side
        version = self.versions[side]
        path = self.services.home / version.store_path
        fps = version.fps if version.fps and version.fps > 0 else 25.0
        at_ms = min(at_ms, max(0, version.duration_ms - int(round(1000 / fps))))
        self.coverage.start(self.detail.clip.id, version.id, version.duration_ms)
        self._resume_playing = play
        self.seek_bar.set_duration(version.duration_ms)
        self._mark_changes()
        self.video.show_video()
        self.player.load(str(path), fps=fps, paused_on_first_frame=True)
        if at_ms > 0:
            self.player.seek(at_ms)  # applied when the first frame is primed
        self._position = at_ms
        self._show_time(at_ms)
        self._update_buttons()

    def _leave(self) -> None:
        """Credit what was watched of the version shown, then save it."""
        pos = self.position()
        if self._state == "playing":
            self.coverage.observe(pos, playing=True, rate=self._rate)
        self.coverage.interrupted()
        self.coverage.save()

    def _mark_changes(self) -> None:
        if self.side == "B":
            spans = [(s["start_ms"], s["end_ms"]) for s in self._segments]
        else:
            spans = [(s["from_start_ms"], s["from_end_ms"]) for s in self._segments]
        self.seek_bar.set_changes(spans)

    def _show_time(self, ms: int) -> None:
        version = self.versions[self.side]
        self.seek_bar.set_position(ms)
        self.time_label.setText(timecode(ms, version.fps if version.fps and version.fps > 0 else 25.0))

    def _on_position(self, ms: int) -> None:
        if ms < 0:
            return
        self._position = ms
        self._show_time(ms)
        self.coverage.observe(ms, playing=self._state == "playing", rate=self._rate)

    def _on_state(self, state: str) -> None:
        previous, self._state = self._state, state
        self.play_button.setText(
            translate("RoundTrip", "Pause (Space)") if state == "playing" else translate("RoundTrip", "Play (Space)")
        )
        if state == "playing" and previous != "playing":
            self.coverage.seeked(self.position())
        if previous == "playing" and state != "playing":
            self.coverage.observe(self.position(), playing=True, rate=self._rate)
            self.coverage.interrupted()
            self.coverage.save()

    def _on_first_frame(self) -> None:
        self.video.show_video()
        if self._resume_playing:
            self._resume_playing = False
            QTimer.singleShot(0, self.player.play)
        # After this turn of the event loop, so the frame is painted before listeners run.
        QTimer.singleShot(0, lambda: self.version_shown.emit(self.side, self.versions[self.side].number))

    def _update_buttons(self) -> None:
        self.a_button.setChecked(self.side == "A")
        self.b_button.setChecked(self.side == "B")
        version = self.versions[self.side]
        label = (
            fill(translate("RoundTrip", "A · version %1 (earlier)"), version.number)
            if self.side == "A"
            else fill(translate("RoundTrip", "B · version %1 (new)"), version.number)
        )
        self.badge.setText(label)
        self.badge.setStyleSheet(
            f"background: {_COLOURS[self.side]}; color: #101114; font-weight: 700; "
            "padding: 4px 10px; border-radius: 4px;"
        )
        self.setWindowTitle(fill(translate("RoundTrip", "Compare versions — %1"), self.detail.clip.title))

    def retranslate(self) -> None:
        """Every text in the UI language."""
        a, b = self.versions["A"], self.versions["B"]
        self.title.setText(
            fill(
                translate("RoundTrip", "%1 — version %2 against version %3"), self.detail.clip.title, b.number, a.number
            )
        )
        self.a_button.setText(fill(translate("RoundTrip", "A: version %1"), a.number))
        self.b_button.setText(fill(translate("RoundTrip", "B: version %1"), b.number))
        self.play_button.setText(
            translate("RoundTrip", "Pause (Space)")
            if self._state == "playing"
            else translate("RoundTrip", "Play (Space)")
        )
        self.hint.setText(
            translate(
                "RoundTrip",
                "B switches version at the same timecode · ←/→ 1 s · Esc closes. Blue marks on the bar: what changed.",
            )
        )
        self._update_buttons()

    def changeEvent(self, event) -> None:
        """Follow language switches."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def done(self, r: int) -> None:  # noqa: D102 - Qt API
        self.shutdown()
        super().done(r)

    def closeEvent(self, event) -> None:
        """Closing: save coverage, release the player."""
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Save what was watched and release the player (idempotent)."""
        if self._closed:
            return
        self._closed = True
        at = self.position()
        try:
            self._leave()
        except Exception:  # closing must go on
            log.exception("saving coverage of the compare window failed")
        self.player.shutdown()
        self.closed_at.emit(at)
