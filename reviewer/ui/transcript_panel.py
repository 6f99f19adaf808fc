"""The transcript beside the video: every cue with its time, the current one highlighted."""

from __future__ import annotations

import re

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.captions import CueTimeline
from reviewer.core.model import CaptionTrack, Cue
from reviewer.core.timecode import timecode
from reviewer.ui import icons, theme
from reviewer.ui.caption_notes import describe_reader_note
from reviewer.ui.i18n import fill

translate = QCoreApplication.translate

_CUE_REF = re.compile(r"\bcue (\d+) \(")

# The caption checker (reviewer.core.captions) words its findings in English; these patterns give
# the reviewer the same finding in the desk's language.
_WARNING_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^(?:.*?: )?cue (\d+) \(([^)]*)\) overlaps cue (\d+) by (\d+) ms$"), "overlap"),
    (
        re.compile(
            r"^(?:.*?: )?cue (\d+) \(([^)]*)\) reads at ([\d.]+) characters per second \(limit ([\d.]+)\): (\d+) characters in ([\d.]+) s$"
        ),
        "cps",
    ),
    (re.compile(r"^(?:.*?: )?cue (\d+) \(([^)]*)\) line (\d+) has (\d+) characters \(limit (\d+)\)$"), "line"),
    (re.compile(r"^(?:.*?: )?cue (\d+) \(([^)]*)\) has zero duration$"), "zero"),
    (re.compile(r"^(?:.*?: )?cue (\d+) \(([^)]*)\) ends (\d+) ms before it starts$"), "negative"),
    (re.compile(r"^(?:.*?: )?decoded as windows-1258 \(legacy Vietnamese encoding\)$"), "cp1258"),
]


_SRT_TIME = re.compile(r"^(\d+):(\d{2}):(\d{2})[,.](\d{3})$")


def _desk_time(srt_time: str, fps: float | None) -> str:
    """``00:00:07,200`` (as the caption checker writes it) as the desk's timecode HH:MM:SS:FF."""
    m = _SRT_TIME.match(srt_time.strip())
    if not m or not fps:
        return srt_time
    h, mi, s, ms = (int(x) for x in m.groups())
    return timecode(((h * 60 + mi) * 60 + s) * 1000 + ms, fps)


def _decimal(text: str) -> str:
    """``32.0`` in the UI locale's way (``32,0`` in Vietnamese); whole numbers stay whole."""
    from PySide6.QtCore import QLocale

    try:
        value = float(text)
    except ValueError:
        return text
    decimals = len(text.partition(".")[2])
    return QLocale().toString(value, "f", decimals)


def describe_warning(text: str, fps: float | None = None) -> str:
    """A caption warning in the desk's language, times as the desk's timecode when ``fps`` is
    given (unknown wordings are shown as they are)."""
    for pattern, kind in _WARNING_PATTERNS:
        m = pattern.match(text)
        if not m:
            continue
        g = list(m.groups())
        if kind != "cp1258":
            g[1] = _desk_time(g[1], fps)
        if kind == "overlap":
            return fill(translate("CaptionWarning", "Cue %1 (%2) overlaps cue %3 by %4 ms"), *g)
        if kind == "cps":
            # Decimals as the desk's language writes them (32,0 in Vietnamese).
            for i in (2, 3, 5):
                g[i] = _decimal(g[i])
            return fill(
                translate(
                    "CaptionWarning", "Cue %1 (%2) reads at %3 characters per second (limit %4): %5 characters in %6 s"
                ),
                *g,
            )
        if kind == "line":
            return fill(translate("CaptionWarning", "Cue %1 (%2): line %3 has %4 characters (limit %5)"), *g)
        if kind == "zero":
            return fill(translate("CaptionWarning", "Cue %1 (%2) has zero duration"), *g)
        if kind == "negative":
            return fill(translate("CaptionWarning", "Cue %1 (%2) ends %3 ms before it starts"), *g)
        if kind == "cp1258":
            return translate("CaptionWarning", "The file was decoded as Windows-1258 (legacy Vietnamese encoding)")
    return describe_reader_note(text)  # what the caption reader noted (skipped cues, odd timestamps)


def cue_warnings(track: CaptionTrack, fps: float | None = None) -> tuple[dict[int, list[str]], list[str]]:
    """Warnings per cue index (0-based, time order) and the warnings about the whole file."""
    per_cue: dict[int, list[str]] = {}
    general: list[str] = []
    for w in track.warnings:
        m = _CUE_REF.search(w)
        if m:
            per_cue.setdefault(int(m.group(1)) - 1, []).append(describe_warning(w, fps))
        else:
            general.append(describe_warning(w, fps))
    return per_cue, general


class CueModel(QAbstractTableModel):
    """The cues of one caption track: time and text, warnings as icon and tooltip."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._cues: tuple[Cue, ...] = ()
        self._warnings: dict[int, list[str]] = {}
        self._fps = 25.0
        self._current: int | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    def set_cues(self, cues: tuple[Cue, ...], warnings: dict[int, list[str]], fps: float) -> None:
        """Show these (time-sorted) cues."""
        self.beginResetModel()
        self._cues = cues
        self._warnings = warnings
        self._fps = fps if fps and fps > 0 else 25.0
        self._current = None
        self.endResetModel()

    def cue(self, row: int) -> Cue | None:
        """The cue on ``row``."""
        return self._cues[row] if 0 <= row < len(self._cues) else None

    def set_current(self, row: int | None) -> None:
        """Highlight ``row`` (None: no cue showing)."""
        if row == self._current:
            return
        old, self._current = self._current, row
        for r in (old, row):
            if r is not None and 0 <= r < len(self._cues):
                self.dataChanged.emit(self.index(r, 0), self.index(r, 1))

    @property
    def current(self) -> int | None:
        """The highlighted row."""
        return self._current

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        """One row per cue."""
        return 0 if parent.isValid() else len(self._cues)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        """Time and text."""
        return 0 if parent.isValid() else 2

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        """Time, text, warning icon, highlight."""
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        cue = self._cues[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return timecode(cue.start_ms, self._fps) if col == 0 else cue.text
        if role == Qt.ItemDataRole.DecorationRole and col == 0 and row in self._warnings:
            return icons.warning_icon()
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [
                fill(
                    translate("TranscriptPanel", "%1 → %2"),
                    timecode(cue.start_ms, self._fps),
                    timecode(cue.end_ms, self._fps),
                )
            ]
            parts += self._warnings.get(row, [])
            return "\n".join(parts)
        if role == Qt.ItemDataRole.BackgroundRole and row == self._current:
            return theme.HIGHLIGHT_ROW
        if role == Qt.ItemDataRole.ForegroundRole:
            if row == self._current:
                return theme.TEXT
            if col == 0:
                return theme.WARNING if row in self._warnings else theme.MUTED_TEXT
        if role == Qt.ItemDataRole.FontRole and row == self._current and col == 1:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None


class TranscriptPanel(QWidget):
    """All cues of the clip's captions; follows playback; a click seeks.

    Signals:
        seek_requested(int): the user clicked a cue starting at this time (ms).
    """

    seek_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tracks: tuple[CaptionTrack, ...] = ()
        self._timeline = CueTimeline(())
        self._fps = 25.0
        self._general: list[str] = []
        self.model = CueModel(self)
        self.track_combo = QComboBox()
        self.track_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._track_label = QLabel()
        self._track_label.setObjectName("clipMeta")
        self.banner = QLabel(objectName="warningBanner")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.empty_label = QLabel()
        self.empty_label.setObjectName("clipMeta")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setShowGrid(False)
        self.view.setWordWrap(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setCursor(Qt.CursorShape.PointingHandCursor)
        self.view.clicked.connect(self._clicked)

        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self._track_label, 1)
        head.addWidget(self.track_combo)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.setSpacing(6)
        lay.addLayout(head)
        lay.addWidget(self.banner)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.empty_label, 1)
        self.track_combo.currentIndexChanged.connect(self._track_chosen)
        self.set_tracks((), 25.0)

    # -- content ----------------------------------------------------------------------------
    def set_tracks(self, tracks: tuple[CaptionTrack, ...], fps: float) -> None:
        """Show the caption tracks of a version (the first one selected)."""
        self._tracks = tuple(tracks)
        self._fps = fps if fps and fps > 0 else 25.0
        self.track_combo.blockSignals(True)
        self.track_combo.clear()
        for t in self._tracks:
            self.track_combo.addItem(f"{t.file_name} ({t.language or '?'})")
        self.track_combo.blockSignals(False)
        self.track_combo.setVisible(len(self._tracks) > 1)
        self._track_chosen(0)

    def current_track(self) -> CaptionTrack | None:
        """The track shown."""
        i = self.track_combo.currentIndex()
        return self._tracks[i] if 0 <= i < len(self._tracks) else None

    def _track_chosen(self, index: int) -> None:
        track = self._tracks[index] if 0 <= index < len(self._tracks) else None
        if track is None:
            self._timeline = CueTimeline(())
            self.model.set_cues((), {}, self._fps)
            self._general = []
        else:
            self._timeline = CueTimeline(track.cues)
            per_cue, self._general = cue_warnings(track, self._fps)
            self.model.set_cues(self._timeline.cues, per_cue, self._fps)
        has = self.model.rowCount() > 0
        self.view.setVisible(has)
        self.empty_label.setVisible(not has)
        self.retranslate()

    def retranslate(self) -> None:
        """Re-read every visible text in the current language."""
        track = self.current_track()
        if track is None:
            self._track_label.setText(translate("TranscriptPanel", "No captions"))
        else:
            lang = track.language or translate("TranscriptPanel", "unknown language")
            self._track_label.setText(
                fill(translate("TranscriptPanel", "%1 · %2 · %3 cues"), track.file_name, lang, len(track.cues))
            )
        self.empty_label.setText(translate("TranscriptPanel", "This version has no caption file."))
        lines = list(self._general)
        flagged = len(self.model._warnings) if track else 0
        if flagged:
            lines.append(
                fill(
                    translate("TranscriptPanel", "Cues that need attention: %1 (marked ⚠; hover for details)."), flagged
                )
            )
        self.banner.setText("\n".join(lines))
        self.banner.setVisible(bool(lines))
        # Timecodes may now need more or less room.
        self.model.layoutChanged.emit()

    def changeEvent(self, event) -> None:
        """Follow language switches."""
        if event.type() == QEvent.Type.LanguageChange:
            track = self.current_track()
            if track is not None:
                per_cue, self._general = cue_warnings(track, self._fps)
                self.model._warnings = per_cue
            self.retranslate()
        super().changeEvent(event)

    # -- playback ---------------------------------------------------------------------------
    def set_time(self, ms: int) -> None:
        """Highlight the cue showing at ``ms`` and keep it in view."""
        row = self._timeline.index_at(ms)
        if row == self.model.current:
            return
        self.model.set_current(row)
        if row is not None:
            self.view.scrollTo(self.model.index(row, 1), QAbstractItemView.ScrollHint.EnsureVisible)

    def current_row(self) -> int | None:
        """The highlighted cue's row (time order), or None."""
        return self.model.current

    def cue_rect_center(self, row: int):
        """Centre of a cue's text cell in view coordinates (tests click there)."""
        return self.view.visualRect(self.model.index(row, 1)).center()

    def _clicked(self, index: QModelIndex) -> None:
        cue = self.model.cue(index.row())
        if cue is not None:
            self.seek_requested.emit(cue.start_ms)
