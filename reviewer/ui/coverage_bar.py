"""The seek bar (with note markers) and the viewing-coverage bar drawn under it."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from reviewer.core.coverage import IntervalSet
from reviewer.ui import theme

# Both bars leave the same margin on each side so that a time sits at the same x in both.
SIDE_MARGIN = 8
CHANGE_COLOUR = QColor("#4da3ff")  # changed since the earlier version (seek bar band)


def _x_of(ms: int, duration: int, width: float) -> float:
    if duration <= 0:
        return SIDE_MARGIN
    frac = min(1.0, max(0.0, ms / duration))
    return SIDE_MARGIN + frac * (width - 2 * SIDE_MARGIN)


class SeekBar(QWidget):
    """A timeline: played part, playhead, and note markers (ranges drawn as spans).

    Clicking or dragging anywhere moves the playhead there.

    Signals:
        seek_requested(int): the user wants to see this time (ms).
        scrub_started(): a drag began.
        scrub_finished(): the drag ended.
    """

    seek_requested = Signal(int)
    scrub_started = Signal()
    scrub_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._duration = 0
        self._position = 0
        self._markers: list[tuple[int, int | None]] = []
        self._changes: list[tuple[int, int]] = []
        self._dragging = False
        self.setMinimumHeight(26)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        """Wide and short."""
        return QSize(400, 26)

    @property
    def dragging(self) -> bool:
        """Whether the user is dragging the playhead."""
        return self._dragging

    def set_duration(self, ms: int) -> None:
        """Length of the clip."""
        self._duration = max(0, int(ms))
        self.update()

    def set_position(self, ms: int) -> None:
        """Where the playhead is (ignored while the user drags it)."""
        if not self._dragging and ms != self._position:
            self._position = max(0, int(ms))
            self.update()

    def position(self) -> int:
        """The playhead time shown."""
        return self._position

    def set_markers(self, markers: list[tuple[int, int | None]]) -> None:
        """Note markers: (start_ms, end_ms or None)."""
        self._markers = list(markers)
        self.update()

    def set_changes(self, spans: list[tuple[int, int]]) -> None:
        """Where this version differs from the one before: (start_ms, end_ms); start == end marks a cut."""
        self._changes = [(int(a), int(b)) for a, b in spans]
        self.update()

    def changes(self) -> list[tuple[int, int]]:
        """The changed spans drawn."""
        return list(self._changes)

    def ms_at(self, x: float) -> int:
        """The time under horizontal pixel ``x``."""
        usable = max(1.0, self.width() - 2 * SIDE_MARGIN)
        frac = min(1.0, max(0.0, (x - SIDE_MARGIN) / usable))
        return int(round(frac * self._duration))

    def x_of(self, ms: int) -> float:
        """Horizontal pixel of time ``ms``."""
        return _x_of(ms, self._duration, self.width())

    def mousePressEvent(self, event) -> None:
        """Jump to the clicked time and start a drag."""
        if event.button() != Qt.MouseButton.LeftButton or self._duration <= 0:
            return super().mousePressEvent(event)
        self._dragging = True
        self.scrub_started.emit()
        self._move_to(event.position().x())
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        """Follow the drag."""
        if self._dragging:
            self._move_to(event.position().x())
            event.accept()
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        """End the drag where the mouse is."""
        if self._dragging and event.button() == Qt.MouseButton.LeftButton:
            self._move_to(event.position().x())
            self._dragging = False
            self.scrub_finished.emit()
            event.accept()
        else:
            super().mouseReleaseEvent(event)

    def _move_to(self, x: float) -> None:
        ms = self.ms_at(x)
        self._position = ms
        self.update()
        self.seek_requested.emit(ms)

    def paintEvent(self, _event) -> None:
        """Groove, played part, note markers, playhead."""
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        cy = h / 2 + 3
        groove = QRectF(SIDE_MARGIN, cy - 3, w - 2 * SIDE_MARGIN, 6)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(theme.RAISED)
        p.drawRoundedRect(groove, 3, 3)
        if self._duration > 0:
            px = self.x_of(self._position)
            played = QRectF(SIDE_MARGIN, cy - 3, px - SIDE_MARGIN, 6)
            p.setBrush(theme.ACCENT)
            p.drawRoundedRect(played, 3, 3)
            # Changed since the earlier version: a band under the groove (a cut: a short tick).
            for start, end in self._changes:
                x0 = self.x_of(start)
                x1 = self.x_of(end) if end > start else x0
                p.setBrush(CHANGE_COLOUR)
                p.drawRect(QRectF(x0 - (1.5 if end <= start else 0), cy + 5, max(3.0, x1 - x0), 4))
            for start, note_end in self._markers:
                x0 = self.x_of(start)
                if note_end is not None and note_end > start:
                    x1 = self.x_of(note_end)
                    span = QColor(theme.NOTE_MARKER)
                    span.setAlpha(110)
                    p.setBrush(span)
                    p.drawRect(QRectF(x0, cy - 3, max(2.0, x1 - x0), 6))
                tri = QPainterPath(QPointF(x0 - 5, 1))
                tri.lineTo(QPointF(x0 + 5, 1))
                tri.lineTo(QPointF(x0, 8))
                tri.closeSubpath()
                p.setBrush(theme.NOTE_MARKER)
                p.drawPath(tri)
            p.setBrush(QColor("#ffffff"))
            p.setPen(QPen(theme.ACCENT, 2))
            p.drawEllipse(QPointF(px, cy), 6, 6)
        p.end()


class CoverageBar(QWidget):
    """What this person has watched of the current version: green where seen, grey where not."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._duration = 0
        self._intervals = IntervalSet()
        self.setFixedHeight(8)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_coverage(self, intervals: IntervalSet, duration_ms: int) -> None:
        """Show ``intervals`` of a clip ``duration_ms`` long."""
        if intervals == self._intervals and duration_ms == self._duration:
            return
        self._intervals = intervals
        self._duration = max(0, int(duration_ms))
        self.update()

    def intervals(self) -> IntervalSet:
        """The intervals drawn."""
        return self._intervals

    def paintEvent(self, _event) -> None:
        """Grey track, green watched spans."""
        p = QPainter(self)
        w, h = self.width(), self.height()
        track = QRectF(SIDE_MARGIN, 1, w - 2 * SIDE_MARGIN, h - 2)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(theme.UNCOVERED)
        p.drawRect(track)
        if self._duration > 0:
            p.setBrush(theme.COVERED)
            for start, end in self._intervals.intersect_range(0, self._duration):
                x0 = _x_of(start, self._duration, w)
                x1 = _x_of(end, self._duration, w)
                p.drawRect(QRectF(x0, 1, max(1.0, x1 - x0), h - 2))
        p.end()
