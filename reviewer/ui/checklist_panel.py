"""The compliance checklist beside the video: Pass / Fail / N/A and a note per item, saved as given.

Every choice is written at once through ``SignoffService.save_answers`` (one audited
``checklist_answer`` event per change), so what the director answered is never only on screen.
Labels and guidance follow the UI language (the template carries both); critical (blocking)
items are marked, and a Fail on one of them is what keeps "Approve & sign" disabled.

Keyboard: each item is one focus stop; 1 / 2 / 3 answer Pass / Fail / N/A, ↑/↓ move between
items, Tab goes to the item's note. Space and the other desk keys keep their desk meaning.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.checklist import (
    FAIL,
    NA,
    PASS,
    Answer,
    ChecklistItem,
    ChecklistState,
    ChecklistTemplate,
    evaluate,
)
from reviewer.errors import ReviewerError
from reviewer.ui.i18n import fill
from reviewer.ui.signoff_text import (
    RESULT_COLOURS,
    error_style,
    muted_style,
    result_name,
    ui_language,
)

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

RESULT_KEYS = {Qt.Key.Key_1: PASS, Qt.Key.Key_2: FAIL, Qt.Key.Key_3: NA}
_ORDER = (PASS, FAIL, NA)

PANEL_STYLE = """
QFrame#checklistRow { border: 1px solid transparent; border-radius: 4px; background: transparent; }
QFrame#checklistRow:focus { border: 1px solid #4c8dde; background: #23262b; }
QFrame#checklistRow[answer="fail"] { background: #2c2022; }
QFrame#checklistRow[answer="fail"]:focus { background: #35262a; }
QLabel#checklistGroup { color: #c5c9cf; font-weight: 700; padding: 8px 2px 2px 2px; }
QLabel#criticalBadge {
    color: #ffd9d6; background: #5c2624; border-radius: 3px; padding: 0px 5px; font-size: 8.5pt;
}
QPushButton[result] { padding: 3px 8px; min-width: 36px; }
QPushButton[result="pass"]:checked { background: %(pass)s; border-color: #3fae6a; color: #ffffff; }
QPushButton[result="fail"]:checked { background: %(fail)s; border-color: #e05252; color: #ffffff; }
QPushButton[result="na"]:checked { background: %(na)s; border-color: #7d93b8; color: #ffffff; }
QLineEdit#checklistNote { padding: 2px 6px; }
QProgressBar#checklistProgress { border: none; background: #3a3d43; border-radius: 2px; max-height: 4px; }
QProgressBar#checklistProgress::chunk { background: #3fae6a; border-radius: 2px; }
""" % {"pass": RESULT_COLOURS[PASS], "fail": RESULT_COLOURS[FAIL], "na": RESULT_COLOURS[NA]}


class ChecklistItemRow(QFrame):
    """One checklist item: number, label, critical mark, Pass / Fail / N/A buttons and a note.

    Signals:
        result_chosen(str, str): the user chose a result (item id, "pass"/"fail"/"na").
        note_edited(str, str): the user finished editing the note (item id, text).
        move_requested(int): ↑ (-1) or ↓ (+1) on the row.
    """

    result_chosen = Signal(str, str)
    note_edited = Signal(str, str)
    move_requested = Signal(int)

    def __init__(self, item: ChecklistItem, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.number = number
        self._result: str | None = None
        self._saved_note = ""
        self.setObjectName("checklistRow")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setProperty("answer", "")

        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.critical = QLabel(objectName="criticalBadge")
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(6)
        top.addWidget(self.label, 1)
        top.addWidget(self.critical, 0, Qt.AlignmentFlag.AlignTop)

        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(4)
        for result in _ORDER:
            b = QPushButton()
            b.setCheckable(True)
            b.setProperty("result", result)
            # One focus stop per item (the row): the buttons are for the mouse, 1/2/3 for the keys.
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.clicked.connect(lambda _checked=False, r=result: self._clicked(r))
            self.group.addButton(b)
            self.buttons[result] = b
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.note = QLineEdit(objectName="checklistNote")
        self.note.setClearButtonEnabled(True)
        self.note.editingFinished.connect(self._note_finished)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 5, 6, 6)
        lay.setSpacing(4)
        lay.addLayout(top)
        lay.addLayout(buttons)
        lay.addWidget(self.note)
        # Only now that the label has a parent: shown earlier it would open as a window of its own.
        self.critical.setVisible(item.blocking)
        self.note.setVisible(False)
        self.retranslate()

    # -- state ----------------------------------------------------------------------------
    def result(self) -> str | None:
        """The result shown (as last saved), or None."""
        return self._result

    def note_text(self) -> str:
        """The note as typed now."""
        return self.note.text().strip()

    def set_answer(self, result: str | None, note: str) -> None:
        """Show a saved answer (None: unanswered)."""
        self._result = result
        self._saved_note = note or ""
        self.group.setExclusive(False)
        for r, b in self.buttons.items():
            b.setChecked(r == result)
        self.group.setExclusive(True)
        if self.note.text().strip() != self._saved_note or not self.note.hasFocus():
            self.note.setText(self._saved_note)
        self.setProperty("answer", result or "")
        self.style().unpolish(self)
        self.style().polish(self)
        self.retranslate()
        self.update_note_visibility()

    def focus_inside(self) -> bool:
        """Whether the keyboard is on this item or its note."""
        w = QApplication.focusWidget()
        return w is not None and (w is self or self.isAncestorOf(w))

    def update_note_visibility(self) -> None:
        """The note shows on the current item, on a failed one, and wherever there is a note."""
        show = self.focus_inside() or self._result == FAIL or bool(self.note.text().strip())
        if show != self.note.isVisibleTo(self):
            self.note.setVisible(show)

    def note_changed(self) -> bool:
        """Whether the typed note differs from the saved one."""
        return self.note_text() != self._saved_note

    # -- user actions -----------------------------------------------------------------------
    def _clicked(self, result: str) -> None:
        # Show the saved state until the panel has stored the choice (it calls set_answer).
        self.group.setExclusive(False)
        for r, b in self.buttons.items():
            b.setChecked(r == self._result)
        self.group.setExclusive(True)
        self.result_chosen.emit(self.item.id, result)

    def _note_finished(self) -> None:
        if self.note_changed():
            self.note_edited.emit(self.item.id, self.note_text())

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        """1 / 2 / 3 answer the item; ↑ / ↓ move to the previous / next item."""
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods == Qt.KeyboardModifier.NoModifier:
            if event.key() in RESULT_KEYS:
                self.result_chosen.emit(self.item.id, RESULT_KEYS[event.key()])
                return
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_requested.emit(-1 if event.key() == Qt.Key.Key_Up else +1)
                return
        super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        """A click anywhere on the item makes it the current one."""
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    # -- language ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Label and guidance in the UI language; button texts translated."""
        lang = ui_language()
        self.label.setText(f"{self.number}. {self.item.label.get(lang)}")
        guidance = self.item.guidance.get(lang)
        tip = guidance
        if self.item.blocking:
            tip += "\n\n" + translate("ChecklistPanel", "Critical item: a Fail here blocks approval.")
        self.label.setToolTip(tip)
        self.setToolTip(tip)
        self.critical.setText(translate("ChecklistPanel", "Critical"))
        self.critical.setToolTip(translate("ChecklistPanel", "Critical item: a Fail here blocks approval."))
        keys = {PASS: "1", FAIL: "2", NA: "3"}
        for r, b in self.buttons.items():
            b.setText(result_name(r))
            b.setToolTip(fill(translate("ChecklistPanel", "%1 (key %2 on the selected item)"), result_name(r), keys[r]))
        if self._result == FAIL:
            self.note.setPlaceholderText(translate("ChecklistPanel", "Why does it fail? (note)"))
        else:
            self.note.setPlaceholderText(translate("ChecklistPanel", "Note (optional)"))


class ChecklistPanel(QWidget):
    """The active checklist for one clip version and the person at the desk.

    ``signoff`` is the :class:`reviewer.core.signoff.SignoffService`; ``principal`` whose answers
    these are (the person at the desk).

    Signals:
        state_changed(object): the :class:`ChecklistState` after answers were loaded or saved.
        answer_saved(str, str): an answer was stored (item id, result).
    """

    state_changed = Signal(object)
    answer_saved = Signal(str, str)

    def __init__(self, signoff, principal: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistPanel")
        self.setStyleSheet(PANEL_STYLE)
        self._signoff = signoff
        self._principal = principal
        self._clip_id = ""
        self._version = 0
        self._template: ChecklistTemplate | None = None
        self._answers: dict[str, Answer] = {}
        self._state: ChecklistState | None = None
        self._rows: dict[str, ChecklistItemRow] = {}
        self._row_order: list[ChecklistItemRow] = []
        self._group_labels: list[tuple[QLabel, object]] = []
        self._template_error = ""

        self.progress_label = QLabel()
        self.progress_label.setWordWrap(True)
        self.progress_bar = QProgressBar(objectName="checklistProgress")
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedHeight(4)

        self.content = QWidget()
        self.content_layout = QVBoxLayout(self.content)
        self.content_layout.setContentsMargins(0, 0, 4, 0)
        self.content_layout.setSpacing(2)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setWidget(self.content)
        # Which template and the keys: at the top of the scrolled list, so the items keep the room.
        self.title = QLabel(self.content)
        self.title.setWordWrap(True)
        self.title.setStyleSheet(muted_style() + " font-size: 9pt;")
        self.keys_label = QLabel(self.content)
        self.keys_label.setWordWrap(True)
        self.keys_label.setStyleSheet(muted_style() + " font-size: 8.5pt;")

        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet(muted_style())
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(error_style())
        self.error_label.hide()

        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 4)
        lay.setSpacing(4)
        lay.addWidget(self.progress_label)
        lay.addWidget(self.progress_bar)
        lay.addWidget(self.error_label)
        lay.addWidget(self.scroll, 1)
        lay.addWidget(self.empty_label, 1)
        self.retranslate()
        self._show_rows()
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def _focus_changed(self, old, new) -> None:
        for w in (old, new):
            row = self._row_of(w)
            if row is not None:
                row.update_note_visibility()

    def _row_of(self, widget) -> ChecklistItemRow | None:
        while widget is not None:
            if isinstance(widget, ChecklistItemRow):
                return widget if self._rows.get(widget.item.id) is widget else None
            if widget is self:
                return None
            widget = widget.parentWidget()
        return None

    # -- loading ----------------------------------------------------------------------------
    def set_clip(self, clip_id: str, version: int) -> None:
        """Show the checklist of ``clip_id`` version ``version`` ("" = nothing under review)."""
        self._clip_id, self._version = clip_id, int(version or 0)
        self._answers = {}
        self._state = None
        self.error_label.hide()
        if not clip_id:
            self._show_rows()
            self.state_changed.emit(None)
            return
        try:
            template = self._signoff.template()
        except ReviewerError as exc:
            # A broken station template: say so instead of showing a checklist that is not in force.
            self._template, self._template_error = None, exc.message
            self._rebuild()
            self._show_rows()
            self.state_changed.emit(None)
            return
        self._template_error = ""
        if self._template is None or template.hash != self._template.hash:
            self._template = template
            self._rebuild()
        try:
            self._answers = self._signoff.answers(clip_id, self._principal, self._version or None)
        except ReviewerError as exc:
            self._show_error(exc.message)
            self._answers = {}
        self._show_answers()
        self._show_rows()

    def reload(self) -> None:
        """Read the answers again (e.g. after a change made elsewhere)."""
        self.set_clip(self._clip_id, self._version)

    def _rebuild(self) -> None:
        while self.content_layout.count():
            child = self.content_layout.takeAt(0)
            w = child.widget()
            if w is not None and w not in (self.title, self.keys_label):
                w.hide()
                w.deleteLater()
        self._rows, self._row_order, self._group_labels = {}, [], []
        template = self._template
        if template is None:
            return
        self.content_layout.addWidget(self.title)
        self.content_layout.addWidget(self.keys_label)
        number = 0
        for group in template.groups:
            header = QLabel(objectName="checklistGroup")
            header.setWordWrap(True)
            self._group_labels.append((header, group))
            self.content_layout.addWidget(header)
            for item in template.items_in(group.id):
                number += 1
                row = ChecklistItemRow(item, number)
                row.result_chosen.connect(self._result_chosen)
                row.note_edited.connect(self._note_edited)
                row.move_requested.connect(lambda step, r=row: self._move(r, step))
                self.content_layout.addWidget(row)
                self._rows[item.id] = row
                self._row_order.append(row)
        self.content_layout.addStretch(1)
        for a, b in zip(self._row_order, self._row_order[1:]):
            QWidget.setTabOrder(a.note, b)
        self.retranslate()

    def _show_rows(self) -> None:
        has = bool(self._clip_id) and self._template is not None
        self.scroll.setVisible(has)
        self.progress_bar.setVisible(has)
        self.progress_label.setVisible(has)
        self.empty_label.setVisible(not has)
        if self._template_error:
            self.empty_label.setText(self._template_error)
            self.empty_label.setStyleSheet(error_style())
        else:
            self.empty_label.setText(translate("ChecklistPanel", "Choose a clip in the queue to fill in its checklist."))
            self.empty_label.setStyleSheet(muted_style())

    def _show_answers(self) -> None:
        for item_id, row in self._rows.items():
            a = self._answers.get(item_id)
            row.set_answer(a.result if a else None, a.note if a else "")
        self._update_state()

    def _update_state(self) -> None:
        if self._template is None:
            self._state = None
            self.state_changed.emit(None)
            return
        self._state = evaluate(self._template, self._answers)
        done, total = self._state.progress
        self.progress_bar.setRange(0, max(1, total))
        self.progress_bar.setValue(done)
        self._show_progress()
        self.state_changed.emit(self._state)

    def _show_progress(self) -> None:
        state = self._state
        if state is None:
            self.progress_label.setText("")
            return
        done, total = state.progress
        parts = [fill(translate("ChecklistPanel", "%1 of %2 answered"), done, total)]
        if state.failed_blocking:
            parts.append(fill(translate("ChecklistPanel", "%1 failed (%2 critical)"),
                              len(state.failed), len(state.failed_blocking)))
        elif state.failed:
            parts.append(fill(translate("ChecklistPanel", "%1 failed"), len(state.failed)))
        if state.complete and not state.failed_blocking:
            parts.append(translate("ChecklistPanel", "complete"))
        self.progress_label.setText(" · ".join(parts))
        if state.failed_blocking:
            self.progress_label.setStyleSheet(error_style())
        elif state.complete:
            self.progress_label.setStyleSheet("color: #3fae6a; font-weight: 600;")
        else:
            self.progress_label.setStyleSheet("")

    # -- saving -----------------------------------------------------------------------------
    def set_result(self, item_id: str, result: str, note: str | None = None) -> bool:
        """Answer an item now (saved and audited); False if the library refused it."""
        row = self._rows.get(item_id)
        if row is None or not self._clip_id:
            return False
        text = row.note_text() if note is None else note.strip()
        try:
            self._answers = self._signoff.save_answers(
                self._clip_id, self._principal, [Answer(item_id, result, text)], self._version or None
            )
        except ReviewerError as exc:
            self._show_error(exc.message)
            a = self._answers.get(item_id)
            row.set_answer(a.result if a else None, a.note if a else "")
            return False
        self.error_label.hide()
        saved = self._answers.get(item_id)
        row.set_answer(saved.result if saved else None, saved.note if saved else "")
        if note is not None:
            row.note.setText(saved.note if saved else "")
        self._update_state()
        self.answer_saved.emit(item_id, result)
        return True

    def _result_chosen(self, item_id: str, result: str) -> None:
        if self.set_result(item_id, result) and result == FAIL:
            row = self._rows[item_id]
            if not row.note_text():
                # A failed item almost always needs a word of why: offer the note right away.
                row.note.setFocus(Qt.FocusReason.OtherFocusReason)

    def _note_edited(self, item_id: str, text: str) -> None:
        a = self._answers.get(item_id)
        if a is None:
            # A note is stored with its answer: keep it typed until a result is chosen.
            return
        self.set_result(item_id, a.result, text)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    # -- keyboard ---------------------------------------------------------------------------
    def _move(self, row: ChecklistItemRow, step: int) -> None:
        i = self._row_order.index(row) + step
        if 0 <= i < len(self._row_order):
            target = self._row_order[i]
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll.ensureWidgetVisible(target, 0, 24)

    def focus_first_open(self) -> None:
        """Keyboard focus to the first unanswered item (or the first item)."""
        if not self._row_order:
            return
        target = next((r for r in self._row_order if r.result() is None), self._row_order[0])
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.scroll.ensureWidgetVisible(target, 0, 24)

    # -- reading ----------------------------------------------------------------------------
    def template(self) -> ChecklistTemplate | None:
        """The template shown."""
        return self._template

    def answers(self) -> dict[str, Answer]:
        """The saved answers shown, by item id."""
        return dict(self._answers)

    def state(self) -> ChecklistState | None:
        """Where the checklist stands (None when nothing is under review)."""
        return self._state

    def row(self, item_id: str) -> ChecklistItemRow:
        """The row of one item."""
        return self._rows[item_id]

    def rows(self) -> list[ChecklistItemRow]:
        """All rows in display order."""
        return list(self._row_order)

    # -- language ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Re-read every visible text (labels follow the UI language)."""
        lang = ui_language()
        if self._template is not None:
            self.title.setText(fill(translate("ChecklistPanel", "%1 (version %2)"),
                                    self._template.title.get(lang), self._template.version))
        else:
            self.title.setText(translate("ChecklistPanel", "Checklist"))
        for label, group in self._group_labels:
            label.setText(group.label.get(lang))
        for row in self._row_order:
            row.retranslate()
        self.keys_label.setText(
            translate("ChecklistPanel", "Keys on the selected item: 1 Pass · 2 Fail · 3 N/A · ↑↓ next item · Tab note")
        )
        self._show_progress()
        self._show_rows()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Follow language switches."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
