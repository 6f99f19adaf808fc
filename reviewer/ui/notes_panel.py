"""Timecoded notes: the list of the version's notes and the dialog that adds one."""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.model import Note
from reviewer.core.timecode import timecode
from reviewer.ui import theme

translate = QCoreApplication.translate

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


def note_time_text(note: Note, fps: float) -> str:
    """``start`` or ``start – end`` as timecode."""
    if note.end_ms is None:
        return timecode(note.start_ms, fps)
    return f"{timecode(note.start_ms, fps)} – {timecode(note.end_ms, fps)}"


class NotesPanel(QWidget):
    """The notes of the version under review, in time order; a click seeks to the note.

    Signals:
        seek_requested(int): the user chose a note starting at this time (ms).
        add_requested(): the user wants to add a note at the current time.
    """

    seek_requested = Signal(int)
    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._notes: list[Note] = []
        self._fps = 25.0
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemClicked.connect(self._clicked)
        self.add_button = QPushButton()
        self.add_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.add_button.clicked.connect(self.add_requested)
        self.empty_label = QLabel(objectName="clipMeta")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.add_button)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.setSpacing(6)
        lay.addLayout(row)
        lay.addWidget(self.tree, 1)
        lay.addWidget(self.empty_label, 1)
        self.retranslate()
        self.set_notes([], 25.0)

    def set_notes(self, notes: list[Note], fps: float, name_of=None) -> None:
        """Show ``notes`` (time order); ``name_of`` gives an author's printed name from their principal."""
        self._notes = sorted(notes, key=lambda n: (n.start_ms, n.id))
        self._fps = fps if fps and fps > 0 else 25.0
        self.tree.clear()
        for note in self._notes:
            author = name_of(note.author) if name_of is not None else note.author
            item = QTreeWidgetItem([note_time_text(note, self._fps), author, note.text])
            item.setToolTip(1, note.author)
            item.setForeground(0, theme.NOTE_MARKER)
            item.setForeground(1, theme.MUTED_TEXT)
            item.setToolTip(2, note.text)
            item.setData(0, Qt.ItemDataRole.UserRole, note.start_ms)
            self.tree.addTopLevelItem(item)
        self.tree.setVisible(bool(self._notes))
        self.empty_label.setVisible(not self._notes)

    def notes(self) -> list[Note]:
        """The notes shown."""
        return list(self._notes)

    def _clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        self.seek_requested.emit(int(item.data(0, Qt.ItemDataRole.UserRole)))

    def retranslate(self) -> None:
        """Re-read every visible text in the current language."""
        self.tree.setHeaderLabels(
            [translate("NotesPanel", "Time"), translate("NotesPanel", "Author"), translate("NotesPanel", "Note")]
        )
        self.add_button.setText(translate("NotesPanel", "Add note at current time (N)"))
        self.empty_label.setText(translate("NotesPanel", "No notes on this version yet. Press N while watching to add one at the current time."))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Follow language switches."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class NoteDialog(QDialog):
    """Add a note at a time (optionally a range up to an end time).

    Signals:
        note_entered(int, object, str): start ms, end ms or None, text - the user pressed Save;
            the receiver stores the note, then calls ``accept()`` (or ``set_error``).
    """

    note_entered = Signal(int, object, str)

    def __init__(self, start_ms: int, duration_ms: int, fps: float, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fps = fps if fps and fps > 0 else 25.0
        self._duration = duration_ms
        self.setWindowTitle(translate("NoteDialog", "Add note"))
        self.setModal(True)
        self.setMinimumWidth(460)
        self.clip_label = QLabel(title, objectName="clipMeta")
        self.clip_label.setWordWrap(True)
        self.start_edit = QLineEdit(timecode(start_ms, self._fps))
        self.range_check = QCheckBox(translate("NoteDialog", "Range: until"))
        self.end_edit = QLineEdit(timecode(min(duration_ms, start_ms + 2000) if duration_ms else start_ms, self._fps))
        self.end_edit.setEnabled(False)
        self.range_check.toggled.connect(self.end_edit.setEnabled)
        for edit in (self.start_edit, self.end_edit):
            edit.setFixedWidth(130)
            edit.setStyleSheet('font-family: "DejaVu Sans Mono", monospace;')
        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText(translate("NoteDialog", "What needs attention here?"))
        self.text_edit.setTabChangesFocus(True)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(f"color: {theme.DANGER.name()}")
        self.error_label.setWordWrap(True)
        self.save_button = QPushButton(translate("NoteDialog", "Save note"))
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(translate("NoteDialog", "Cancel"))
        self.save_button.clicked.connect(self._save)
        self.cancel_button.clicked.connect(self.reject)
        # Return makes a new line in the text; Ctrl+Return saves from anywhere in the dialog.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self._save)

        times = QHBoxLayout()
        times.addWidget(self.start_edit)
        times.addSpacing(12)
        times.addWidget(self.range_check)
        times.addWidget(self.end_edit)
        times.addStretch(1)
        form = QFormLayout()
        form.addRow(translate("NoteDialog", "Clip"), self.clip_label)
        form.addRow(translate("NoteDialog", "At"), times)
        form.addRow(translate("NoteDialog", "Note"), self.text_edit)
        buttons = QHBoxLayout()
        hint = QLabel(translate("NoteDialog", "Ctrl+Enter saves · Esc cancels"), objectName="clipMeta")
        buttons.addWidget(hint)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error_label)
        lay.addLayout(buttons)
        self.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def values(self) -> tuple[int, int | None, str] | None:
        """(start, end or None, text) when valid; otherwise shows what is wrong and returns None."""
        start = parse_timecode(self.start_edit.text(), self._fps)
        if start is None:
            return self._invalid(translate("NoteDialog", "The start time is not a timecode HH:MM:SS:FF."))
        end = None
        if self.range_check.isChecked():
            end = parse_timecode(self.end_edit.text(), self._fps)
            if end is None:
                return self._invalid(translate("NoteDialog", "The end time is not a timecode HH:MM:SS:FF."))
            if end < start:
                return self._invalid(translate("NoteDialog", "The end of the range is before its start."))
        if self._duration and start > self._duration:
            return self._invalid(translate("NoteDialog", "The start time is after the end of the clip."))
        text = self.text_edit.toPlainText().strip()
        if not text:
            return self._invalid(translate("NoteDialog", "Write the note first."))
        return start, end, text

    def _invalid(self, message: str) -> None:
        self.error_label.setText(message)
        return None

    def _save(self) -> None:
        values = self.values()
        if values is None:
            return
        # The window stores the note and closes the dialog; on a library error it stays open.
        self.note_entered.emit(*values)

    def set_error(self, message: str) -> None:
        """Show a problem the library reported (the dialog stays open)."""
        self.error_label.setText(message)
