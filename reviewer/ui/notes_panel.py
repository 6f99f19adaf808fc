"""Timecoded notes: the list of the version's notes and the dialog that adds one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
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
    QStyledItemDelegate,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.model import Note
from reviewer.core.timecode import parse_timecode, timecode
from reviewer.ui import theme
from reviewer.ui.qt_items import top_level_items

translate = QCoreApplication.translate


def note_time_text(note: Note, fps: float) -> str:
    """``start`` or ``start – end`` as timecode."""
    if note.end_ms is None:
        return timecode(note.start_ms, fps)
    return f"{timecode(note.start_ms, fps)} – {timecode(note.end_ms, fps)}"


COL_TIME, COL_NOTE = 0, 1
_NOTE_ID = Qt.ItemDataRole.UserRole + 1


class _WrappingDelegate(QStyledItemDelegate):
    """Sizes the note column's rows to their wrapped text at the column's current width
    (QTreeView itself measures every row as one line)."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(self, option, index):
        """Height of the text wrapped at the column width."""
        size = super().sizeHint(option, index)
        if index.column() == COL_NOTE:
            width = max(60, self._tree.columnWidth(COL_NOTE) - 12)
            text = index.data(Qt.ItemDataRole.DisplayRole) or ""
            rect = option.fontMetrics.boundingRect(0, 0, width, 100_000, int(Qt.TextFlag.TextWordWrap), text)
            size.setHeight(max(size.height(), rect.height() + 8))
        return size


class NotesPanel(QWidget):
    """The notes of the version under review, in time order; a click seeks to the note.

    Each note shows its time, a box ticked when it is resolved (đã xử lý), its text wrapped to the
    panel's width, who wrote it, and the reply line. The buttons under the list act on the
    selected note; the window (or the round-trip wiring) does the storing and calls ``set_notes``.

    Signals:
        seek_requested(int): the user chose a note starting at this time (ms).
        add_requested(): the user wants to add a note at the current time.
        edit_requested(int): change the text of the note with this id.
        reply_requested(int): write the reply line of the note with this id.
        resolved_toggled(int, bool): mark the note with this id resolved (True) or open again.
    """

    seek_requested = Signal(int)
    add_requested = Signal()
    edit_requested = Signal(int)
    reply_requested = Signal(int)
    resolved_toggled = Signal(int, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._notes: list[Note] = []
        self._fps = 25.0
        self._filling = False
        self.tree = QTreeWidget()
        self.tree.setObjectName("notesTree")
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setItemDelegate(_WrappingDelegate(self.tree))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(COL_TIME, QHeaderView.ResizeMode.ResizeToContents)
        # Wrapped heights depend on the width: lay the rows out again when it changes.
        header.sectionResized.connect(lambda *_a: self.tree.scheduleDelayedItemsLayout())
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemChanged.connect(self._changed)
        self.tree.itemDoubleClicked.connect(lambda item, _c: self.edit_requested.emit(self._id(item)))
        self.tree.currentItemChanged.connect(lambda *_a: self._update_buttons())
        self.add_button = QPushButton()
        self.add_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button = QPushButton()
        self.reply_button = QPushButton()
        self.resolve_button = QPushButton()
        self.resolve_button.setCheckable(True)
        for b in (self.edit_button, self.reply_button, self.resolve_button):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.edit_button.clicked.connect(lambda: self._emit_selected(self.edit_requested))
        self.reply_button.clicked.connect(lambda: self._emit_selected(self.reply_requested))
        self.resolve_button.clicked.connect(self._resolve_clicked)
        self.empty_label = QLabel(objectName="clipMeta")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.add_button)
        row.addStretch(1)
        actions = QHBoxLayout()
        actions.setContentsMargins(0, 0, 0, 0)
        actions.addWidget(self.resolve_button)
        actions.addWidget(self.reply_button)
        actions.addWidget(self.edit_button)
        actions.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.setSpacing(6)
        lay.addLayout(row)
        lay.addWidget(self.tree, 1)
        lay.addWidget(self.empty_label, 1)
        lay.addLayout(actions)
        self.retranslate()
        self.set_notes([], 25.0)

    def set_notes(self, notes: list[Note], fps: float, name_of=None) -> None:
        """Show ``notes`` (time order), keeping the selected note selected; ``name_of`` gives an
        author's printed name from their principal."""
        self._name_of = name_of
        selected = self.selected_note_id()
        self._notes = sorted(notes, key=lambda n: (n.start_ms, n.id))
        self._fps = fps if fps and fps > 0 else 25.0
        self._filling = True
        try:
            self.tree.clear()
            for note in self._notes:
                item = QTreeWidgetItem([note_time_text(note, self._fps).replace(" – ", "\n– "), self._note_text(note)])
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(COL_TIME, Qt.CheckState.Checked if note.resolved else Qt.CheckState.Unchecked)
                item.setForeground(COL_TIME, theme.NOTE_MARKER if not note.resolved else theme.MUTED_TEXT)
                if note.resolved:
                    item.setForeground(COL_NOTE, theme.MUTED_TEXT)
                item.setToolTip(COL_TIME, translate("RoundTrip", "Ticked: resolved. Click the box to change."))
                item.setToolTip(COL_NOTE, note.text)
                item.setTextAlignment(COL_TIME, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                item.setData(COL_TIME, Qt.ItemDataRole.UserRole, note.start_ms)
                item.setData(COL_TIME, _NOTE_ID, note.id)
                self.tree.addTopLevelItem(item)
                if note.id == selected:
                    self.tree.setCurrentItem(item)
        finally:
            self._filling = False
        self.tree.setVisible(bool(self._notes))
        self.empty_label.setVisible(not self._notes)
        self._update_buttons()

    def _note_text(self, note: Note) -> str:
        state = translate("RoundTrip", "resolved") if note.resolved else translate("RoundTrip", "open")
        name_of = getattr(self, "_name_of", None)
        author = name_of(note.author) if name_of is not None else note.author
        meta = f"— {author} · {state}"
        if note.edited_at is not None:
            meta += " · " + translate("RoundTrip", "edited")
        text = f"{note.text}\n{meta}"
        if note.reply:
            text += "\n↳ " + note.reply
        return text

    def notes(self) -> list[Note]:
        """The notes shown."""
        return list(self._notes)

    def selected_note_id(self) -> int | None:
        """The id of the selected note, or None."""
        item = self.tree.currentItem() if hasattr(self, "tree") else None
        return self._id(item) if item is not None else None

    def select_note(self, note_id: int) -> bool:
        """Select the note with this id (for the buttons); False if it is not shown."""
        for item in top_level_items(self.tree):
            if self._id(item) == note_id:
                self.tree.setCurrentItem(item)
                return True
        return False

    def row_heights(self) -> list[int]:
        """The height of each note's row on screen (long notes wrap over several lines)."""
        return [self.tree.visualItemRect(item).height() for item in top_level_items(self.tree)]

    @staticmethod
    def _id(item: QTreeWidgetItem | None) -> int:
        return int(item.data(COL_TIME, _NOTE_ID)) if item is not None else -1

    def _note(self, note_id: int) -> Note | None:
        return next((n for n in self._notes if n.id == note_id), None)

    def _clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        self.seek_requested.emit(int(item.data(COL_TIME, Qt.ItemDataRole.UserRole)))

    def _changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != COL_TIME:
            return
        note = self._note(self._id(item))
        resolved = item.checkState(COL_TIME) == Qt.CheckState.Checked
        if note is not None and note.resolved != resolved:
            # Later: the receiver calls set_notes, which must not delete the item whose own
            # signal is still running.
            QTimer.singleShot(0, self, lambda i=note.id, r=resolved: self.resolved_toggled.emit(i, r))

    def _emit_selected(self, signal) -> None:
        note_id = self.selected_note_id()
        if note_id is not None and note_id >= 0:
            signal.emit(note_id)

    def _resolve_clicked(self) -> None:
        note = self._note(self.selected_note_id() or -1)
        if note is not None:
            self.resolved_toggled.emit(note.id, not note.resolved)
        self._update_buttons()

    def _update_buttons(self) -> None:
        note = self._note(self.selected_note_id() or -1)
        for b in (self.edit_button, self.reply_button, self.resolve_button):
            b.setEnabled(note is not None)
        self.resolve_button.setChecked(bool(note and note.resolved))
        self.resolve_button.setText(
            translate("RoundTrip", "Reopen")
            if note is not None and note.resolved
            else translate("RoundTrip", "Mark resolved")
        )

    def retranslate(self) -> None:
        """Re-read every visible text in the current language."""
        self.tree.setHeaderLabels([translate("NotesPanel", "Time"), translate("NotesPanel", "Note")])
        self.add_button.setText(translate("NotesPanel", "Add note at current time (N)"))
        self.edit_button.setText(translate("RoundTrip", "Edit…"))
        self.reply_button.setText(translate("RoundTrip", "Reply…"))
        self.empty_label.setText(
            translate(
                "NotesPanel", "No notes on this version yet. Press N while watching to add one at the current time."
            )
        )
        if self._notes:
            self.set_notes(self._notes, self._fps)
        else:
            self._update_buttons()

    def changeEvent(self, event) -> None:
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
        self.clip_label = QLabel(title, objectName="clipMeta")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
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
            QShortcut(QKeySequence(keys), self, activated=self._save)  # type: ignore[call-overload]  # stubs omit signals as keywords

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
        hint = QLabel(translate("NoteDialog", "Ctrl+Enter saves · Esc cancels"), objectName="clipMeta")  # type: ignore[call-overload]  # stubs omit inherited Qt properties as keywords
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
            self._invalid(translate("NoteDialog", "The start time is not a timecode HH:MM:SS:FF."))
            return None
        end = None
        if self.range_check.isChecked():
            end = parse_timecode(self.end_edit.text(), self._fps)
            if end is None:
                self._invalid(translate("NoteDialog", "The end time is not a timecode HH:MM:SS:FF."))
                return None
            if end < start:
                self._invalid(translate("NoteDialog", "The end of the range is before its start."))
                return None
        if self._duration and start > self._duration:
            self._invalid(translate("NoteDialog", "The start time is after the end of the clip."))
            return None
        text = self.text_edit.toPlainText().strip()
        if not text:
            self._invalid(translate("NoteDialog", "Write the note first."))
            return None
        return start, end, text

    def _invalid(self, message: str) -> None:
        self.error_label.setText(message)

    def _save(self) -> None:
        values = self.values()
        if values is None:
            return
        # The window stores the note and closes the dialog; on a library error it stays open.
        self.note_entered.emit(*values)

    def set_error(self, message: str) -> None:
        """Show a problem the library reported (the dialog stays open)."""
        self.error_label.setText(message)
