"""Transport controls under the video: seek bar, coverage bar, buttons, timecode, speed, volume."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.coverage import IntervalSet
from reviewer.core.timecode import timecode
from reviewer.ui import icons, theme
from reviewer.ui.coverage_bar import CoverageBar, SeekBar
from reviewer.ui.i18n import fill

translate = QCoreApplication.translate


def rate_text(rate: float) -> str:
    """``1×``, ``0.5×``, ``1.25×`` (decimal separator of the current locale); ``◂ 2×`` in reverse."""
    text = QLocale().toString(abs(float(rate)), "g", 3)
    return f"◂ {text}×" if rate < 0 else f"{text}×"


class Transport(QWidget):
    """The bar under the picture. Buttons trigger the window's actions (same as the keys).

    Signals:
        seek_requested(int): the user clicked or dragged the seek bar to this time (ms).
        scrub_started(), scrub_finished(): a drag on the seek bar began / ended.
        volume_requested(int): the user moved the volume slider (0-100).
    """

    seek_requested = Signal(int)
    scrub_started = Signal()
    scrub_finished = Signal()
    volume_requested = Signal(int)

    def __init__(self, actions: dict[str, QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transport")
        self._fps = 25.0
        self._duration = 0
        self._fraction = 0.0
        self.seek_bar = SeekBar()
        self.coverage_bar = CoverageBar()
        self.coverage_label = QLabel(objectName="coveragePercent")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.coverage_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.coverage_caption = QLabel(objectName="clipMeta")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.timecode_label = QLabel("00:00:00:00", objectName="timecode")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.duration_label = QLabel("00:00:00:00", objectName="timecodeDuration")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.rate_label = QLabel("1×", objectName="clipMeta")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.rate_label.setMinimumWidth(40)
        self.rate_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Said while it happens: faster than 2× (or backwards) adds nothing to "watched".
        self.uncounted_badge = QLabel(objectName="uncountedBadge")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.uncounted_badge.setStyleSheet(
            "QLabel#uncountedBadge { background: #5a4310; color: #ffe3b0; border-radius: 3px; padding: 1px 6px;"
            " font-weight: 600; }"
        )
        self.uncounted_badge.hide()
        # No sound device (or it failed): an icon that says why, instead of silence.
        self.audio_label = QLabel(objectName="audioProblem")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.audio_label.setPixmap(icons.no_audio_icon().pixmap(18, 18))
        self.audio_label.hide()
        self._audio_reason = ""
        self.volume_slider = QSlider(Qt.Orientation.Horizontal)
        self.volume_slider.setRange(0, 100)
        self.volume_slider.setMinimumWidth(48)
        self.volume_slider.setMaximumWidth(96)
        self.volume_slider.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.volume_slider.valueChanged.connect(self.volume_requested)

        drawn = {
            "go_start": icons.go_start_icon,
            "shuttle_back": icons.shuttle_back_icon,
            "play_pause": icons.play_icon,
            "shuttle_forward": icons.shuttle_forward_icon,
            "go_end": icons.go_end_icon,
            "mute": icons.volume_icon,
            "frame_back": icons.frame_back_icon,
            "frame_forward": icons.frame_forward_icon,
            "loop": icons.loop_icon,
            "subtitles": icons.subtitles_icon,
            "add_note": icons.note_icon,
        }
        self.buttons: dict[str, QToolButton] = {}
        for name, draw in drawn.items():
            actions[name].setIcon(draw())  # the menus show them too
        for name in (
            "frame_back",
            "shuttle_back",
            "play_pause",
            "shuttle_forward",
            "frame_forward",
            "loop",
            "subtitles",
            "mute",
            "add_note",
        ):
            action = actions[name]
            button = QToolButton()
            button.setDefaultAction(action)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            button.setIconSize(QSize(18, 18))
            self.buttons[name] = button
        self.buttons["play_pause"].setIconSize(QSize(24, 24))

        watched = QHBoxLayout()
        watched.setContentsMargins(0, 0, 0, 0)
        watched.setSpacing(4)
        watched.addWidget(self.coverage_caption)
        watched.addStretch(1)
        watched.addWidget(self.coverage_label)
        # One grid, so the seek bar and the coverage bar span exactly the same pixels.
        bars = QGridLayout()
        bars.setContentsMargins(0, 0, 4, 0)
        bars.setHorizontalSpacing(6)
        bars.setVerticalSpacing(1)
        bars.addWidget(self.seek_bar, 0, 0)
        bars.addWidget(self.duration_label, 0, 1)
        bars.addWidget(self.coverage_bar, 1, 0)
        bars.addLayout(watched, 1, 1)
        bars.setColumnStretch(0, 1)

        row = QHBoxLayout()
        row.setContentsMargins(4, 0, 4, 0)
        row.setSpacing(2)
        # Home / End (start, end) are keys and menu items: the row stays narrow enough for 1280 px.
        for name in ("frame_back", "shuttle_back", "play_pause", "shuttle_forward", "frame_forward"):
            row.addWidget(self.buttons[name])
        row.addSpacing(8)
        row.addWidget(self.timecode_label)
        row.addStretch(1)
        row.addWidget(self.uncounted_badge)
        row.addWidget(self.rate_label)
        row.addWidget(self.buttons["loop"])
        row.addWidget(self.buttons["subtitles"])
        row.addWidget(self.buttons["add_note"])
        row.addSpacing(8)
        row.addWidget(self.audio_label)
        row.addWidget(self.buttons["mute"])
        row.addWidget(self.volume_slider)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 4)
        lay.setSpacing(2)
        lay.addLayout(bars)
        lay.addLayout(row)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        self.seek_bar.seek_requested.connect(self.seek_requested)
        self.seek_bar.scrub_started.connect(self.scrub_started)
        self.seek_bar.scrub_finished.connect(self.scrub_finished)
        self.retranslate()

    # -- updates from the window ------------------------------------------------------------
    def set_clip(self, duration_ms: int, fps: float) -> None:
        """A new clip: its length and frame rate."""
        self._fps = fps if fps and fps > 0 else 25.0
        self.set_duration(duration_ms)
        self.set_position(0)

    def set_duration(self, duration_ms: int) -> None:
        """The clip's length (ms)."""
        self._duration = max(0, int(duration_ms))
        self.seek_bar.set_duration(self._duration)
        self.duration_label.setText(timecode(self._duration, self._fps))

    def set_position(self, ms: int) -> None:
        """The playhead moved."""
        self.timecode_label.setText(timecode(ms, self._fps))
        self.seek_bar.set_position(ms)

    def set_playing(self, playing: bool) -> None:
        """Show pause while playing, play otherwise."""
        self.buttons["play_pause"].defaultAction().setIcon(icons.pause_icon() if playing else icons.play_icon())

    def set_rate(self, rate: float) -> None:
        """Show the playback speed (highlighted when not 1×)."""
        self.rate_label.setText(rate_text(rate))
        colour = theme.TEXT if abs(rate - 1.0) < 1e-6 else theme.WARNING
        self.rate_label.setStyleSheet(f"color: {colour.name()}; font-weight: 600;")

    def set_uncounted(self, on: bool) -> None:
        """Playing faster than what counts as viewing (or backwards): say so beside the speed."""
        self.uncounted_badge.setVisible(on)

    def set_audio_problem(self, reason: str) -> None:
        """No sound: show the icon with the reason ("" hides it)."""
        self._audio_reason = reason
        self.audio_label.setVisible(bool(reason))
        self._audio_tip()

    def _audio_tip(self) -> None:
        if self._audio_reason:
            self.audio_label.setToolTip(fill(translate("Transport", "No sound: %1"), self._audio_reason))

    def audio_problem(self) -> str:
        """The reason shown for missing sound ("" when there is sound)."""
        return self._audio_reason if self.audio_label.isVisible() or self._audio_reason else ""

    def set_volume(self, volume: int, muted: bool) -> None:
        """Reflect the player's volume without echoing it back."""
        self.volume_slider.blockSignals(True)
        self.volume_slider.setValue(int(volume))
        self.volume_slider.blockSignals(False)
        self.buttons["mute"].defaultAction().setIcon(icons.muted_icon() if muted else icons.volume_icon())

    def set_coverage(self, intervals: IntervalSet, duration_ms: int, fraction: float) -> None:
        """Draw watched intervals and the percentage."""
        self._fraction = fraction
        self.coverage_bar.set_coverage(intervals, duration_ms)
        # Floor, never round up: 99.6% watched is not "100%".
        percent = int(fraction * 1000) / 10
        self.coverage_label.setText(QLocale().toString(percent, "f", 1 if percent < 100 else 0) + " %")
        complete = fraction >= 0.999
        self.coverage_label.setStyleSheet(f"color: {(theme.COVERED if complete else theme.TEXT).name()}")

    def coverage_text(self) -> str:
        """The percentage shown."""
        return self.coverage_label.text()

    def set_markers(self, markers: list[tuple[int, int | None]]) -> None:
        """Note markers on the seek bar."""
        self.seek_bar.set_markers(markers)

    def retranslate(self) -> None:
        """Re-read every visible text in the current language."""
        self.coverage_caption.setText(translate("Transport", "Watched"))
        self.uncounted_badge.setText(translate("Transport", "not counted as watched"))
        self.uncounted_badge.setToolTip(
            translate(
                "Transport",
                "Faster than 2× or backwards: this part is not counted as watched. K stops, Space plays at 1×.",
            )
        )
        self._audio_tip()
        self.coverage_bar.setToolTip(
            translate(
                "Transport",
                "Parts of this version you have watched at up to 2× (green). Seeking and skipping do not count.",
            )
        )
        self.volume_slider.setToolTip(translate("Transport", "Volume (- and =)"))
        self.rate_label.setToolTip(translate("Transport", "Playback speed ([ and ])"))
        self.timecode_label.setToolTip(
            fill(
                translate("Transport", "Timecode HH:MM:SS:FF at %1 frames per second"),
                QLocale().toString(self._fps, "g", 5),
            )
        )

    def changeEvent(self, event) -> None:
        """Follow language switches."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
